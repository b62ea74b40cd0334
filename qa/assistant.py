"""The Assistant: load (or build) the index once, then answer questions."""
from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from index.document import Document
from index.manifest import Manifest
from index.bulk import paused_gc
from index.store import PassageIndex, load_index
from index.tokenize import use_cache_dir, warm_up

from . import library_ops
from .answer import Answer
from .answerer import ExtractiveAnswerer
from .config import Settings
from .documents import resolve_documents
from .bare_asks import names_heading_of, names_no_subject
from .followup import ResolvedQuestion, resolve_followup
from .second_reading import second_reading
from .question_form import leans_on_previous
from .guard import clean_question
from .followed_speech import speeches_followed
from .speech_followups import follow_each_speech
from .history import Turn, TurnMemory, check_history, enclosing_list, sub_list
from .index_loading import IndexLoading, _Loaded
from .retriever import HybridRetriever
from .row_columns import bare_column_ask, row_column_answer
from .streaming import partial_texts
from .typos import HomophoneReader, fixes_note


class Assistant(IndexLoading):
    """Answers questions about the indexed speeches, citing the passages used.

    >>> Assistant().ask("当前存在哪些突出问题?").answer   # doctest: +SKIP
    """

    def __init__(self, index_dir: str | Path | None = None, *, settings: Settings | None = None,
                 corpus: Sequence[str | Path] | None = None, progress: bool = True,
                 auto_build: bool = True, retriever_mode: str = "hybrid", encoder=None) -> None:
        """Load the index at ``index_dir`` (or the configured one), building it when missing.

        An index answers from its own corpus (the files its manifest lists) and is stale
        when those changed; only a ``corpus`` given here (or by ``QA_CORPUS``/``--corpus``)
        is compared with it. ``encoder`` lets several assistants share one loaded model.
        Raises ``IndexLoadError`` with the command to run when the index is corrupt or
        stale, and ``SettingsError`` for a folder setting that cannot work.
        """
        self.settings = (settings or Settings.from_env()).with_overrides(index_dir=index_dir, corpus=corpus)
        use_cache_dir(self.settings.cache_dir)
        self.progress = progress
        self.retriever_mode = retriever_mode
        self._rebuild_lock = threading.Lock()
        self._memory = self._new_memory()  # resolved earlier turns of chats
        self._scoped: dict[frozenset[str], TurnMemory] = {}  # the same, per chosen set of speeches
        self._scoped_lock = threading.Lock()
        self.encoder = encoder
        warm_up()  # jieba's dictionary loads while the model does
        with paused_gc():  # see index.bulk: the load creates objects by the hundred thousand
            self._state = self._load(auto_build)

    # -- loading -------------------------------------------------------------
    def _new_memory(self, documents: frozenset[str] | None = None) -> TurnMemory:
        return TurnMemory(
            lambda q, earlier, previous: self._answer(self._state, q, earlier, previous,
                                                      set(documents) if documents else None),
            self._leans,
            expand=lambda items: enclosing_list(self._state.index, items),
            inner=lambda items: sub_list(self._state.index, items))

    def _leans(self, question: str) -> bool:
        """Whether ``question`` may use the turn before it: a follow-up's form, a bare ask of no
        subject ("谁负责" after a table row is that row's 责任单位 cell) or of a column alone
        ("怎么整改"), which :meth:`_answer` reads against the last turn too. A chain is walked back
        through all three, so a history answered afresh gives what the chat gave turn by turn."""
        text = clean_question(question, self.settings.max_question_chars).text
        return leans_on_previous(text) or names_no_subject(text) or bare_column_ask(text)

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
        other._memory = other._new_memory()
        other._scoped, other._scoped_lock = {}, threading.Lock()
        return other

    def corpus_sources(self) -> tuple[list[Path], list[Path] | None]:
        """What a rebuild reads, and what it records as the index's corpus (None: the default one);
        see :func:`qa.library_ops.rebuild_sources`."""
        return library_ops.rebuild_sources(self.settings, self._state.index.manifest.sources)

    # -- questions -----------------------------------------------------------
    def ask(self, question: str, history: list[str] | None = None, *,
            document: str | Sequence[str] | None = None) -> Answer:
        """Answer one question; ``history`` is the earlier user questions, oldest first.

        Follow-ups are resolved from the last ``settings.history_turns`` questions only.
        A ``history`` that is a str or a dict raises TypeError. ``document`` (an id, file
        name or title, or a list of them) restricts the answer to those speeches; an
        unknown one raises :class:`~qa.documents.UnknownDocumentError` (a ValueError).
        """
        history = self._window(check_history(history))
        chosen = resolve_documents(document, self.documents())
        return self._answer(self._state, question, history, self._memory_for(chosen).previous(history), chosen)

    def _memory_for(self, documents: set[str] | None) -> TurnMemory:
        """Earlier turns are answered again in the same speeches as the question (a chat scoped
        to one speech keeps its lists there)."""
        if not documents:
            return self._memory
        key = frozenset(documents)
        with self._scoped_lock:
            if key not in self._scoped:
                self._scoped[key] = self._new_memory(key)
            return self._scoped[key]

    def _window(self, history: list[str]) -> list[str]:
        turns = self.settings.history_turns
        return history[-turns:] if turns else []

    def _answer(self, state: _Loaded, question: str, history: list[str],
                previous: Callable[[], tuple[str, list]], documents: set[str] | None = None) -> Answer:
        cleaned = clean_question(question, self.settings.max_question_chars)
        if cleaned.reply is not None:
            return state.answerer.refuse_input(question, cleaned.reply)
        if state.homophones is None:
            state.homophones = HomophoneReader((d.source for d in state.index.documents),
                                               state.index.bm25.vocab_dict)
        text, fixes = state.homophones.read(cleaned.text)
        if fixes:
            cleaned.text = text
            cleaned.note = "\n".join(n for n in (cleaned.note, fixes_note(fixes, cleaned.lang)) if n)
        resolved = resolve_followup(cleaned.text, history, previous)
        if resolved.text != cleaned.text and names_no_subject(cleaned.text, history[-1] if history else "") \
                and names_heading_of(state.retriever, cleaned.text, documents, Turn.of(previous()).items):
            # "钱从哪里来" after another question names "（一）…解决好“钱从哪里来”的问题" word for word
            resolved = ResolvedQuestion(text=cleaned.text, original=question, position=resolved.position)
        answer = None
        last = Turn.of(previous()) if history and state.answerer.structure else Turn()
        if last.items and (answer := row_column_answer(state.index, cleaned.text, last.items,
                                                       cleaned.lang)) is not None:  # "谁负责" of the table row just shown
            answer.followup = resolved
        if answer is None and documents is None and history and state.answerer.structure:
            answer = follow_each_speech(state.answerer, question, cleaned.text, history, resolved, last)
            if answer is None:
                documents = speeches_followed(cleaned.text, resolved, last.documents, state.index.documents)
            else:  # "第六个呢" after an answer speech by speech: in each speech's own list
                resolved = answer.followup or resolved
        if answer is None:
            answer = state.answerer.answer(question, resolved, documents)
            answer, resolved = second_reading(lambda r: state.answerer.answer(question, r, documents), question,
                                              cleaned.text, resolved, answer, history, previous)
        answer.resolved = resolved.text
        answer.followup = resolved
        if cleaned.note:
            answer.answer = f"{cleaned.note}\n\n{answer.answer}"
        return answer

    def _previous_turn(self, history: list[str]) -> Callable[[], tuple[str, list]]:
        """Lazily resolve the last history turn: its resolved text and the items it listed (see qa.history)."""
        return self._memory.previous(self._window(check_history(history)))

    def stream(self, question: str, history: list[str] | None = None, *,
               document: str | Sequence[str] | None = None) -> Iterator[str]:
        """Yield the answer text as it grows (whole sentences and markers, never half a marker)."""
        yield from partial_texts(self.ask(question, history, document=document).answer)

    # -- the corpus ----------------------------------------------------------
    @property
    def index(self) -> PassageIndex:
        """The index answers come from now."""
        return self._state.index

    @property
    def retriever(self) -> HybridRetriever:
        """The retriever answers search with now."""
        return self._state.retriever

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
        return library_ops.save_upload(self, filename, data)

    def rebuild(self, on_stage: Callable[[str], None] | None = None,
                extra_files: Sequence[Path] = ()) -> Manifest:
        """Rebuild the index from the corpus, then swap it in; questions keep their old index till then.

        ``extra_files`` are indexed too: uploads staged outside the corpus until their index is in.
        """
        with self._rebuild_lock:
            paths, sources = self.corpus_sources()
            manifest = self._build(paths, on_stage, sources=sources, extra_files=extra_files)
            self._reload()
            return manifest

    def add_files(self, paths: Sequence[Path], on_stage: Callable[[str], None] | None = None) -> Manifest:
        """Add speech files to the index without embedding the library again, then swap it in
        (a full rebuild when the index is missing, stale or of another model; see :mod:`qa.library_ops`)."""
        return library_ops.add_files(self, paths, on_stage)

    def remove_documents(self, doc_ids: Sequence[str], on_stage: Callable[[str], None] | None = None) -> Manifest:
        """Remove documents by id (nothing is embedded), then swap the index in; a full rebuild done
        instead (see :meth:`add_files`) leaves them out only when their files are out of the corpus."""
        return library_ops.remove_documents(self, doc_ids, on_stage)

    def _reload(self) -> None:
        """Swap in the index on disk (questions keep the old one until then); forget remembered turns."""
        self._state = self._wrap(load_index(self.settings.index_dir, None, self.encoder.fingerprint,
                                            own_files=True))
        self._memory.clear()
        self._scoped.clear()


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
