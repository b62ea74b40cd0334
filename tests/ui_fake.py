"""A small stand-in for ``qa.assistant.Assistant`` for the UI tests.

It has the same public methods (ask, stream, outline, add_speech, rebuild,
settings) and returns real ``qa.answer.Answer`` objects with citations whose
quote occurs in the passage text, and notices of the contract's kinds, found
the way the real one finds them (the site's omission notices, the cut-off
tail, figures left blank, headings only in the outline). Retrieval is a plain
character-bigram overlap, enough to answer the example questions sensibly.
"""
from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from index.errors import SpeechError
from index.reader import decode_speech
from qa.answer import Answer, Citation, Notice, RetrievedPassage
from qa.config import Settings
from qa.streaming import partial_texts

SPEECH = Path(__file__).resolve().parents[1] / "index" / "data" / "chancheng_speech.txt"
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))")
_GAP = re.compile(r"省略(\d+)字")
_CUT = re.compile(r"未完.*?全文共(\d+)字.*?当前仅显示(\d+)字")
_BLANK = re.compile(r"(?<=[\u4e00-\u9fff])(张|个|所|家|公里|平方公里|万人|万个|万平方米|分钟)(?=[,，;；。、])")
_ORDINAL = re.compile(r"第([一二三四五六七八九十\d]+)(?:个|条|点|项)")
_CN = {c: i + 1 for i, c in enumerate("一二三四五六七八九十")}
_STOP = set("的了是在有和与及等吗呢吧啊?？,，。、讲话什么哪些多少怎么如何具体说说方面")


@dataclass
class _Passage:
    id: str
    document: str
    section: str
    text: str
    order: int
    gap: int | None = None  # omitted chars just before this passage
    cut: str | None = None  # the cut-off notice when the excerpt ends here
    outline_only: bool = False


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if c not in _STOP and not c.isspace()]
    return {a + b for a, b in zip(chars, chars[1:])}


def _sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？!?]+[。！？!?]?", text) if s.strip()]


class _Doc:
    """One speech read the simple way: table of contents, headings, paragraphs."""

    def __init__(self, doc_id: str, text: str, path: Path | None = None) -> None:
        self.id = doc_id
        self.path = str(path) if path else None
        self.title = doc_id
        self.passages: list[_Passage] = []
        self.toc: list[str] = []
        self.nodes: list[dict] = []
        lines = [ln.strip() for ln in text.splitlines()]
        in_toc = lines and lines[0].startswith("目录")
        path: list[tuple[int, str]] = []
        gap: int | None = None
        for line in lines[1:] if in_toc else lines:
            if in_toc:
                if line.startswith("……"):
                    in_toc = False
                elif line:
                    self.toc.append(line)
                continue
            if not line:
                continue
            if (m := _GAP.search(line)) and line.startswith("……"):
                gap = int(m.group(1))
                continue
            if _HEADING.match(line) and len(line) < 60:
                level = 1 if "、" in line[:4] else 2
                if level == 2 and line in self.toc:  # a gap may have swallowed the part heading
                    parent = next((t for t in reversed(self.toc[: self.toc.index(line)]) if "、" in t[:4]), None)
                    path = [(1, parent)] if parent else path
                path = [p for p in path if p[0] < level] + [(level, line)]
                self.nodes.append({"title": line, "level": level, "path": " > ".join(t for _, t in path)})
                continue
            cut = _CUT.search(line)
            body = line[: line.find("……")].strip() if cut else line
            if body:
                self._add(" > ".join(t for _, t in path), body, gap, cut.group(0) if cut else None)
            elif cut and self.passages:
                self.passages[-1].cut = cut.group(0)
            gap = None
        body_titles = {n["title"] for n in self.nodes}
        self.nodes += [{"title": t, "level": 1, "path": t} for t in {n["path"].split(" > ")[0] for n in self.nodes}
                       if t not in body_titles]
        for i, line in enumerate(self.toc):
            if line not in body_titles:
                self._add("目录/提纲", line, None, None, outline_only=True)
        partial = {p.section for p in self.passages if p.gap or p.cut}
        partial |= {n["path"].split(" > ")[0] for n in self.nodes if n["path"].split(" > ")[0] not in body_titles}
        self.outline = []
        for line in self.toc or [n["title"] for n in self.nodes]:
            node = next((n for n in self.nodes if n["title"] == line), None)
            if node is None:
                status = "outline_only"
                level = 1 if "、" in line[:4] else 2
            else:
                level = node["level"]
                status = "partial" if any(s == node["path"] or s.startswith(node["path"] + " > ")
                                          for s in partial) else "complete"
            self.outline.append({"document": doc_id, "title": line, "path": node["path"] if node else line,
                                 "level": level, "status": status})

    def _add(self, section: str, text: str, gap: int | None, cut: str | None, outline_only: bool = False) -> None:
        n = len(self.passages)
        self.passages.append(_Passage(f"{self.id}#p{n}", self.id, section, text, n, gap, cut, outline_only))


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

    def _read(self, extra: tuple[Path, ...] = ()) -> list[_Doc]:
        files = [SPEECH]
        if self.settings.upload_dir.is_dir():
            files += sorted(p for p in self.settings.upload_dir.iterdir() if p.is_file()
                            and p.suffix.lower() in (".txt", ".md") and not p.name.startswith("."))
        files += [Path(f) for f in extra]
        return [_Doc(f.stem, decode_speech(f.read_bytes(), f.name)[0], f) for f in files]

    def documents(self) -> list[_Doc]:
        """The indexed documents (id, title, path)."""
        return list(self._docs)

    # -- questions -------------------------------------------------------------
    def ask(self, question: str, history: list[str] | None = None) -> Answer:
        """Answer from the passages that share the most character bigrams with the question."""
        history = [h for h in (history or []) if isinstance(h, str) and h.strip()]
        if (m := _ORDINAL.search(question)) and history:
            earlier = self.ask(history[-1], history[:-1])
            n = int(m.group(1)) if m.group(1).isdigit() else _CN.get(m.group(1), 0)
            if 0 < n <= len(earlier.citations):
                c = earlier.citations[n - 1]
                p = next(p for d in self._docs for p in d.passages if p.id == c.passage_id)
                return self._compose(question, [p], [(1.0, p)])
        q = _bigrams(question)
        scored = sorted(((len(q & _bigrams(p.section + p.text)) / (len(q) or 1), p)
                         for d in self._docs for p in d.passages), key=lambda sp: -sp[0])
        best = scored[0][0] if scored else 0.0
        if best < 0.25:
            tops = "、".join(n["title"] for n in self._docs[0].outline if n["level"] == 1)
            return Answer(question, f"讲话中没有找到与“{question}”有关的内容。讲话谈的是:{tops}。", False,
                          retrieved=self._retrieved(scored))
        chosen = [p for s, p in scored[:3] if s >= max(0.25, best * 0.6)][:2]
        return self._compose(question, chosen, scored)

    def _compose(self, question: str, chosen: list[_Passage], scored) -> Answer:
        citations, notices, parts = [], [], []
        for i, p in enumerate(chosen, 1):
            quote = max(_sentences(p.text), key=lambda s: len(_bigrams(question) & _bigrams(s)))
            citations.append(Citation(i, p.id, p.document, p.section, p.text, quote))
            parts.append(f"{quote.strip()}[{i}]")
            notices += self._notices(question, p, quote)
        text = "据讲话原文:\n\n" + "\n".join(f"- {s}" for s in parts)
        return Answer(question, text, True, citations, notices, self._retrieved(scored),
                      items=[c.quote for c in citations])

    def _notices(self, question: str, p: _Passage, quote: str) -> list[Notice]:
        out = []
        if p.outline_only:
            out.append(Notice("outline_only", f"提纲列有“{p.text}”,但摘录在正文写到这一节之前就截断了,"
                                              "正文内容未收录。", p.id))
        if p.gap:
            out.append(Notice("gap", f"原文在此处省略了{p.gap}字", p.id))
        if p.cut:
            out.append(Notice("cut_off", f"摘录到此截断({p.cut.strip('(')}),之后的内容未收录。", p.id))
        if re.search(r"多少|几|数字|规模", question):
            spans = [quote[max(0, m.start() - 4):m.end()] for m in _BLANK.finditer(quote)]
            q = _bigrams(question)
            spans.sort(key=lambda s: (s[-1] not in question, -len(q & _bigrams(s))))
            if spans:
                out.append(Notice("blank", f"原文此处的数字空缺:“{spans[0]}”", p.id))
        return out

    @staticmethod
    def _retrieved(scored) -> list[RetrievedPassage]:
        return [RetrievedPassage(p.id, p.section, p.text, s) for s, p in scored[:10]]

    def stream(self, question: str, history: list[str] | None = None) -> Iterator[str]:
        """Yield the answer text as it grows."""
        yield from partial_texts(self.ask(question, history).answer)

    # -- the corpus --------------------------------------------------------------
    def outline(self) -> list[dict]:
        """Outline nodes of every document with their status."""
        return [n for d in self._docs for n in d.outline]

    def add_speech(self, filename: str, data: bytes) -> Path:
        """Validate and save an uploaded speech, raising SpeechError and changing nothing if bad."""
        name = Path(filename).name
        if Path(name).suffix.lower() not in (".txt", ".md"):
            raise SpeechError(f"{name}: only .txt and .md speeches can be added.")
        if len(data) > self.settings.max_upload_bytes:
            raise SpeechError(f"{name} is {len(data):,} bytes; the limit is {self.settings.max_upload_bytes:,}.")
        if b"\x00" in data:
            raise SpeechError(f"{name}: this is not a text file.")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise SpeechError(f"{name}: the text is not UTF-8.") from None
        if not text.strip():
            raise SpeechError(f"{name}: no text to index was found in it.")
        target = self.settings.upload_dir / name
        if target.exists() or Path(name).stem in {d.id for d in self._docs}:
            raise SpeechError(f"A speech named {Path(name).stem} is already in the corpus.")
        self.settings.upload_dir.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return target

    def rebuild(self, on_stage: Callable[[str], None] | None = None, extra_files=()) -> dict:
        """Re-read the corpus (and ``extra_files``) in stages, then swap it in (ask() uses the old one until then)."""
        with self._rebuild_lock:
            for stage in ("reading speeches", "embedding passages", "writing index"):
                if on_stage:
                    on_stage(stage)
                time.sleep(self.rebuild_seconds / 3)
            docs = self._read(tuple(extra_files))
            self._docs = docs
            return {"documents": [d.id for d in docs]}
