"""A small stand-in for ``qa.assistant.Assistant`` for the UI tests.

It reads the speeches with the real reader (so its documents are real
``index.document.Document`` objects: outline, passages, truncation map), but
answers with a plain character-bigram overlap instead of the model: enough to
answer the example questions sensibly, in milliseconds. Answers are real
``qa.answer.Answer`` objects whose quotes occur in their passages, with notices
of the contract's kinds taken from the flags of the passages quoted.
"""
from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from index.corpus import corpus_files
from index.document import Document, Passage
from index.errors import SpeechError
from index.reader import read_speech_file
from qa.answer import Answer, AnswerItem, Citation, Notice, RetrievedPassage
from qa.config import Settings
from qa.documents import resolve_documents
from qa.streaming import partial_texts

SPEECH = Path(__file__).resolve().parents[1] / "index" / "data" / "chancheng_speech.txt"
_ORDINAL = re.compile(r"第([一二三四五六七八九十\d]+)(?:个|条|点|项)")
_CN = {c: i + 1 for i, c in enumerate("一二三四五六七八九十")}
_STOP = set("的了是在有和与及等吗呢吧啊?？,，。、讲话什么哪些多少怎么如何具体说说方面")
_FIGURE = re.compile(r"多少|几|数字|规模")


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if c not in _STOP and not c.isspace()]
    return {a + b for a, b in zip(chars, chars[1:])}


def _sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？!?]+[。！？!?]?", text) if s.strip()]


class FakeAssistant:
    """Answers from the bundled speech (plus uploads) with the real Answer contract."""

    def __init__(self, upload_dir: str | Path | None = None, *, rebuild_seconds: float = 0.6,
                 settings: Settings | None = None) -> None:
        base = Settings.from_env()
        up = Path(upload_dir) if upload_dir else base.upload_dir
        self.settings = settings or base.with_overrides(upload_dir=up, corpus=(SPEECH, up),
                                                        index_dir=up.parent / "index")
        self.rebuild_seconds = rebuild_seconds
        self._rebuild_lock = threading.Lock()
        self._docs = self._read()

    def _read(self, extra: Sequence[Path] = ()) -> list[Document]:
        folder = self.settings.upload_dir
        uploads = corpus_files([folder]) if folder.is_dir() and any(
            p.is_file() and not p.name.startswith(".") for p in folder.iterdir()) else []
        return [read_speech_file(f) for f in [SPEECH, *uploads, *map(Path, extra)]]

    def documents(self) -> list[Document]:
        """The indexed documents."""
        return list(self._docs)

    # -- questions -------------------------------------------------------------
    def ask(self, question: str, history: list[str] | None = None, *,
            document: str | Sequence[str] | None = None) -> Answer:
        """Answer from the passages that share the most character bigrams with the question."""
        chosen = resolve_documents(document, self._docs)
        history = [h for h in (history or []) if isinstance(h, str) and h.strip()]
        if (m := _ORDINAL.search(question)) and history:
            earlier = self.ask(history[-1], history[:-1], document=document)
            n = int(m.group(1)) if m.group(1).isdigit() else _CN.get(m.group(1), 0)
            if 0 < n <= len(earlier.citations):
                pid = earlier.citations[n - 1].passage_id
                p = next(p for d in self._docs for p in d.passages if p.id == pid)
                return self._compose(question, [p], [(1.0, p)])
        q = _bigrams(question)
        passages = [p for d in self._docs if chosen is None or d.id in chosen for p in d.passages]
        scored = sorted(((len(q & _bigrams(p.section + p.text)) / (len(q) or 1), p) for p in passages),
                        key=lambda sp: -sp[0])
        best = scored[0][0] if scored else 0.0
        if best < 0.25:
            doc = self._docs[0]
            tops = "、".join(n.title for n in doc.outline)
            return Answer(question, f"《{doc.title}》中没有找到与“{question}”有关的内容。讲话谈的是:{tops}。",
                          False, retrieved=self._retrieved(scored))
        chosen_passages = [p for s, p in scored[:3] if s >= max(0.25, best * 0.6)][:2]
        return self._compose(question, chosen_passages, scored)

    def _compose(self, question: str, chosen: list[Passage], scored) -> Answer:
        citations, notices, parts = [], [], []
        q = _bigrams(question)
        for p in chosen:  # the best one or two sentences of each passage, each a citation
            ranked = sorted(_sentences(p.text) or [p.text], key=lambda s: -len(q & _bigrams(s)))
            quotes = [s for s in ranked[:2] if s is ranked[0] or q & _bigrams(s)]
            line = []
            for quote in sorted(quotes, key=p.text.find):
                citations.append(Citation(len(citations) + 1, p.id, p.document, p.section, p.text, quote))
                line.append(f"{quote.strip()}[{len(citations)}]")
            parts.append("".join(line))
            notices += self._notices(question, p)
        text = "据讲话原文:\n\n" + "\n".join(f"{n}. {s}" for n, s in enumerate(parts, 1))
        items = [AnswerItem(c.quote, c.section, c.document, [c.passage_id]) for c in citations]
        return Answer(question, text, True, citations, notices, self._retrieved(scored), items=items)

    @staticmethod
    def _notices(question: str, p: Passage) -> list[Notice]:
        out = []
        kinds = p.flag_kinds
        if "outline_only" in kinds:
            out.append(Notice("outline_only", f"提纲列有“{p.text}”,但正文在节选中缺失。", p.id))
        if "gap" in kinds:
            out.append(Notice("gap", "原文在此处有省略,这段文字从省略处之后开始。", p.id))
        if "cut_off" in kinds:
            out.append(Notice("cut_off", "讲话在此处被截断,之后的内容未收录。", p.id))
        if "redacted" in kinds:
            spans = "".join(f"“{f.detail or '_'}”" for f in p.flags if f.kind == "redacted")
            out.append(Notice("redacted", f"原文此处有词语被隐去(以“_”代替):{spans}。", p.id))
        if "blank" in kinds and _FIGURE.search(question):
            out.append(Notice("blank", "原文此处的数字在节选中被略去,无法给出。", p.id))
        return out

    @staticmethod
    def _retrieved(scored) -> list[RetrievedPassage]:
        return [RetrievedPassage(p.id, p.section, p.text, s) for s, p in scored[:10]]

    def stream(self, question: str, history: list[str] | None = None, *,
               document: str | Sequence[str] | None = None) -> Iterator[str]:
        """Yield the answer text as it grows."""
        yield from partial_texts(self.ask(question, history, document=document).answer)

    # -- the corpus --------------------------------------------------------------
    def outline(self) -> list[dict]:
        """Outline nodes of every document with their status."""
        return [{"document": d.id, "title": n.title, "path": n.path, "level": n.level, "status": n.status}
                for d in self._docs for n in d.outline_nodes()]

    def add_speech(self, filename: str, data: bytes) -> Path:
        """Save an uploaded speech (no rebuild), refusing a name already there."""
        name = Path(filename).name
        target = self.settings.upload_dir / name
        if target.exists() or Path(name).stem in {d.id for d in self._docs}:
            raise SpeechError(f"A speech named {Path(name).stem} is already in the corpus.")
        self.settings.upload_dir.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return target

    def _stages(self, stages: Sequence[str], on_stage: Callable[[str], None] | None) -> None:
        for stage in stages:
            if on_stage:
                on_stage(stage)
            time.sleep(self.rebuild_seconds / len(stages))

    def rebuild(self, on_stage: Callable[[str], None] | None = None, extra_files=()) -> dict:
        """Re-read the corpus (and ``extra_files``) in stages, then swap it in (ask() uses the old one until then)."""
        with self._rebuild_lock:
            self._stages(("reading speeches", "embedding 3 passages", "saving"), on_stage)
            docs = self._read(tuple(extra_files))
            self._docs = docs
            return {"documents": [d.id for d in docs]}

    def add_files(self, paths: Sequence[Path], on_stage: Callable[[str], None] | None = None) -> dict:
        """Read ``paths`` and add their speeches, in stages (as ``Assistant.add_files``: no re-reading)."""
        with self._rebuild_lock:
            if clash := {Path(p).stem for p in paths} & {d.id for d in self._docs}:
                raise SpeechError(f"A speech named {sorted(clash)[0]} is in the index already.")
            self._stages((f"adding {len(paths)} speech(es) to {len(self._docs)}", "embedding 3 passages",
                          "saving"), on_stage)
            self._docs = [*self._docs, *(read_speech_file(Path(p)) for p in paths)]
            return {"documents": [d.id for d in self._docs]}

    def remove_documents(self, doc_ids: Sequence[str], on_stage: Callable[[str], None] | None = None) -> dict:
        """Drop the speeches ``doc_ids``, in stages (as ``Assistant.remove_documents``)."""
        with self._rebuild_lock:
            if unknown := set(doc_ids) - {d.id for d in self._docs}:
                raise SpeechError(f"The index holds no speech {sorted(unknown)[0]!r}.")
            self._stages((f"removing {len(doc_ids)} speech(es) from {len(self._docs)}", "saving"), on_stage)
            self._docs = [d for d in self._docs if d.id not in set(doc_ids)]
            return {"documents": [d.id for d in self._docs]}
