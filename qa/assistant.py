"""The Assistant: load (or build) the index once, then answer questions."""
from __future__ import annotations

import copy
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from index.corpus import corpus_files
from index.document import Document
from index.errors import IndexMissingError, SpeechError
from index.manifest import Manifest
from index.reader import read_corpus, read_speech_bytes
from index.store import PassageIndex, build_index, load_index
from index.tokenize import warm_up

from .answer import Answer
from .answerer import ExtractiveAnswerer
from .config import Settings
from .followup import resolve_followup
from .guard import clean_question
from .retriever import HybridRetriever
from .streaming import partial_texts


@dataclass
class _Loaded:
    """What one index load gives; swapped as a whole so a reader never sees a mix."""

    index: PassageIndex
    retriever: HybridRetriever
    answerer: ExtractiveAnswerer


class Assistant:
    """Answers questions about the indexed speeches, citing the passages used.

    >>> Assistant().ask("当前存在哪些突出问题?").answer   # doctest: +SKIP
    """

    def __init__(self, index_dir: str | Path | None = None, *, settings: Settings | None = None,
                 progress: bool = True, auto_build: bool = True,
                 retriever_mode: str = "hybrid", encoder=None) -> None:
        """Load the index at ``index_dir`` (or the configured one), building it when missing.

        ``encoder`` lets several assistants share one loaded embedding model.
        Raises ``IndexLoadError`` with the command to run when the index is
        corrupt or stale.
        """
        self.settings = (settings or Settings.from_env()).with_overrides(index_dir=index_dir)
        self.progress = progress
        self.retriever_mode = retriever_mode
        self._rebuild_lock = threading.Lock()
        self._turns: dict[tuple, tuple[str, list]] = {}  # resolved earlier turns, see _previous_turn
        self.encoder = encoder
        warm_up()  # jieba's dictionary loads while the model does
        self._state = self._load(auto_build)

    # -- loading -------------------------------------------------------------
    def _load(self, auto_build: bool) -> _Loaded:
        """Check the index first (cheap, and its errors come at once), then load the model."""
        from index.e5_export import model_fingerprint

        files = corpus_files(self.settings.corpus_paths())
        if self.encoder is not None:
            fingerprint = self.encoder.fingerprint
        else:
            model_dir = self.settings.resolve_model_dir(progress=self.progress)
            fingerprint = model_fingerprint(model_dir)
        try:
            index = load_index(self.settings.index_dir, files, fingerprint)
        except IndexMissingError:
            if not auto_build:
                raise
            if self.progress:
                print(f"No index yet: building one at {self.settings.index_dir}", file=sys.stderr)
            self._build(files)
            index = load_index(self.settings.index_dir, files, fingerprint)
        self._ensure_encoder(index.manifest.precision)  # questions are embedded as the index was
        return self._wrap(index)

    def _ensure_encoder(self, precision: str | None = None):
        if self.encoder is None:
            self.encoder = self.settings.make_encoder(precision, progress=self.progress)
        return self.encoder

    def _wrap(self, index: PassageIndex, structure: bool = True, fusion: str = "convex") -> _Loaded:
        retriever = HybridRetriever(index, self._ensure_encoder(), mode=self.retriever_mode, fusion=fusion,
                                    structure=structure)
        return _Loaded(index=index, retriever=retriever,
                       answerer=ExtractiveAnswerer(index, retriever, structure=structure,
                                                   top_k=self.settings.top_k))

    def variant(self, *, retriever_mode: str | None = None, structure: bool = True,
                fusion: str = "convex", index: PassageIndex | None = None) -> Assistant:
        """A copy sharing the model, answering with another retriever, index or no structure.

        Used to measure baselines side by side; the copy never rebuilds anything.
        """
        other = copy.copy(self)
        other.retriever_mode = retriever_mode or self.retriever_mode
        other._state = other._wrap(index or self._state.index, structure=structure, fusion=fusion)
        other._turns = {}
        return other

    def _build(self, files: list[Path], on_stage: Callable[[str], None] | None = None) -> Manifest:
        documents = read_corpus(files)
        return build_index(documents, self._ensure_encoder(), self.settings.index_dir, files,
                           progress=self.progress, on_stage=on_stage)

    # -- questions -----------------------------------------------------------
    def ask(self, question: str, history: list[str] | None = None) -> Answer:
        """Answer one question; ``history`` is the earlier user questions, oldest first."""
        state = self._state
        cleaned = clean_question(question, self.settings.max_question_chars)
        if cleaned.reply is not None:
            return state.answerer.refuse_input(question, cleaned.reply)
        history = [h for h in (history or []) if isinstance(h, str) and h.strip()]
        resolved = resolve_followup(cleaned.text, history, self._previous_turn(history))
        answer = state.answerer.answer(question, resolved)
        answer.resolved = resolved.text
        if cleaned.note:
            answer.answer = f"{cleaned.note}\n\n{answer.answer}"
        return answer

    def _previous_turn(self, history: list[str]) -> Callable[[], tuple[str, list]]:
        """Lazily re-answer the last history turn: its resolved text and the items it listed.

        A chat sends the same history again with every question, so the result is
        kept per history in a small bounded cache, emptied when the index is swapped.
        """
        def previous() -> tuple[str, list]:
            key = tuple(history)
            if key not in self._turns:
                last = self.ask(history[-1], history[:-1])
                if len(self._turns) >= 512:
                    self._turns.pop(next(iter(self._turns)))
                self._turns[key] = ((last.resolved or history[-1]),
                                    (last.items if last.answerable else []))
            return self._turns[key]
        return previous

    def stream(self, question: str, history: list[str] | None = None) -> Iterator[str]:
        """Yield the answer text as it grows (whole sentences and markers, never half a marker)."""
        yield from partial_texts(self.ask(question, history).answer)

    # -- the corpus ----------------------------------------------------------
    @property
    def index(self) -> PassageIndex:
        """The index answers come from now."""
        return self._state.index

    def documents(self) -> list[Document]:
        """The indexed documents."""
        return self._state.index.documents

    def outline(self) -> list[dict]:
        """Every outline node of every document: document, title, path, level, status."""
        return [{"document": d.id, "title": n.title, "path": n.path, "level": n.level,
                 "status": n.status} for d in self.documents() for n in d.outline_nodes()]

    def add_speech(self, filename: str, data: bytes) -> Path:
        """Check an uploaded speech and save it to the upload folder (no rebuild yet).

        Raises SpeechError with a clear message, leaving the corpus unchanged,
        when the file is too large, not text, or not a speech that can be read.
        """
        name = Path(filename).name
        if Path(name).suffix.lower() not in (".txt", ".md"):
            raise SpeechError(f"{name}: only .txt and .md speeches can be added.")
        if len(data) > self.settings.max_upload_bytes:
            raise SpeechError(f"{name} is {len(data):,} bytes; the limit is "
                              f"{self.settings.max_upload_bytes:,}.")
        document = read_speech_bytes(data, Path(name).stem, path=name)
        if not document.passages:
            raise SpeechError(f"{name}: no text to index was found in it.")
        target = self.settings.upload_dir / name
        if target.exists() or Path(name).stem in {d.id for d in self.documents()}:
            raise SpeechError(f"A speech named {Path(name).stem} is already in the corpus.")
        self.settings.upload_dir.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{name}.part")
        tmp.write_bytes(data)
        tmp.replace(target)
        return target

    def rebuild(self, on_stage: Callable[[str], None] | None = None) -> Manifest:
        """Rebuild the index from the corpus, then swap it in; questions keep their old index till then."""
        with self._rebuild_lock:
            files = corpus_files(self.settings.corpus_paths())
            manifest = self._build(files, on_stage)
            self._state = self._wrap(load_index(self.settings.index_dir, files, self.encoder.fingerprint))
            self._turns = {}
            return manifest


_default: Assistant | None = None
_default_lock = threading.Lock()


def default_assistant() -> Assistant:
    """The cached process-wide Assistant (the only global state)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Assistant()
        return _default


def ask(question: str, history: list[str] | None = None) -> Answer:
    """Answer with the cached default Assistant."""
    return default_assistant().ask(question, history)
