"""Build, save and load the passage index: FAISS (dense) + BM25 (jieba words).

Layout of an index folder::

    <index_dir>/current -> build-<stamp>/    (a symlink, swapped atomically)
    <index_dir>/build-<stamp>/manifest.json  (written last: its presence marks a whole build)
                             documents.json  (Documents, passages and truncation maps)
                             vectors.faiss   (inner product over normalized passage vectors)
                             sentences.npy   (a vector per sentence: what answers quote)
                             sentences.json  ([passage row, start, end] per sentence)
                             bm25/           (bm25s over jieba tokens)

A passage's vector is pooled from the vectors of its heading path and its
sentences (see :mod:`index.vectors`).

A rebuild writes a new ``build-*`` folder, fsyncs it, and then replaces the
``current`` link (see :mod:`index.durable`); a kill or a power loss at any moment
leaves the old build in use. A load resolves ``current`` once and reads from that
build, once more if a rebuild swapped it out meanwhile; every way a build can be
damaged reads as an :class:`IndexLoadError` naming the command that fixes it.
"""
from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import bm25s
import faiss
import numpy as np

from . import freshness
from .document import Document, Passage, section_under
from .durable import (build_lock, check_writable, current_target, fsync_tree, remove_leftovers,
                      resolve_current, swap_current, write_error, write_json)
from .errors import IndexCorruptError, IndexLoadError
from .freshness import own_sources, rebuild_command, short_paths
from .integrity import check_arrays
from .manifest import SCHEMA_VERSION, Manifest, corpus_entries
from .tokenize import tokenize
from .vectors import embed_passages

REBUILD_HINT = "qa index rebuild"


def lexical_text(p: Passage) -> str:
    """What BM25 sees of a passage: its section path and its text."""
    return f"{p.section} {p.text}"


@dataclass
class PassageIndex:
    """A loaded index: documents, passages in order, and both search structures."""

    manifest: Manifest
    documents: list[Document]
    passages: list[Passage]
    faiss_index: faiss.Index
    bm25: bm25s.BM25
    path: Path
    sentence_vectors: np.ndarray  # [sentences, dim], normalized
    sentence_spans: list[tuple[int, int, int]]  # (passage row, start, end in passage.text)

    def passage(self, passage_id: str) -> Passage | None:
        """The passage with this id, if any."""
        return self._by_id.get(passage_id)

    def position(self, passage_id: str) -> int:
        """Row of a passage in the vector and BM25 matrices."""
        return self._row[passage_id]

    def document(self, doc_id: str) -> Document | None:
        """The document with this id, if any."""
        return next((d for d in self.documents if d.id == doc_id), None)

    def __post_init__(self) -> None:
        self._by_id = {p.id: p for p in self.passages}
        self._row = {p.id: i for i, p in enumerate(self.passages)}
        self._passage_vectors = self.faiss_index.reconstruct_n(0, self.faiss_index.ntotal)
        self._sentences_of: dict[int, list[int]] = {}
        self._under: dict[tuple[str, str], list[int]] = {}
        for s_idx, (row, _a, _b) in enumerate(self.sentence_spans):
            self._sentences_of.setdefault(row, []).append(s_idx)

    def rows_under(self, doc_id: str, path: str) -> list[int]:
        """Rows of the passages of a section and everything below it, in speech order (cached)."""
        key = (doc_id, path)
        if key not in self._under:
            self._under[key] = [r for r, p in enumerate(self.passages)
                                if p.document == doc_id and section_under(p.section, path)]
        return self._under[key]

    def sentences_of(self, row: int) -> list[int]:
        """Indices (into sentence_spans/sentence_vectors) of the sentences of passage ``row``."""
        return self._sentences_of.get(row, [])

    def sentence_text(self, s_idx: int) -> str:
        """The text of one sentence."""
        row, a, b = self.sentence_spans[s_idx]
        return self.passages[row].text[a:b]

    def dense_scores(self, query_vec: np.ndarray) -> np.ndarray:
        """Cosine similarity of the query with every passage, in passage order.

        The retriever fuses every passage's score, so this is the flat index's inner
        product without FAISS's top-k sort over all of them (16 ms at 10,000 passages).
        """
        return self._passage_vectors @ np.asarray(query_vec, dtype=np.float32)

    def bm25_scores(self, query: str) -> np.ndarray:
        """BM25 score of the query against every passage, in passage order."""
        tokens = [t for t in tokenize(query) if t in self.bm25.vocab_dict]
        if not tokens:
            return np.zeros(len(self.passages), dtype=np.float32)
        return np.asarray(self.bm25.get_scores(tokens), dtype=np.float32)


def index_in_memory(documents: Sequence[Document], encoder, progress: bool = False,
                    on_stage: Callable[[str], None] | None = None) -> PassageIndex:
    """Embed and index the passages of ``documents`` without touching the disk.

    ``encoder`` is an :class:`index.embeddings.Encoder` (or anything with
    ``encode_passages``, ``model_id``, ``fingerprint`` and ``precision``).
    """
    stage = on_stage or (lambda _msg: None)
    started = time.perf_counter()
    passages = [p for d in documents for p in d.passages]
    if not passages:
        raise IndexLoadError("The corpus holds no passages to index; add a speech with text in it.")
    passage_vectors, spans, sentence_vectors = embed_passages(passages, encoder, progress, stage)
    faiss_index = faiss.IndexFlatIP(passage_vectors.shape[1])
    faiss_index.add(passage_vectors)
    stage("indexing words")
    bm = bm25s.BM25()
    bm.index([tokenize(lexical_text(p)) or [""] for p in passages], show_progress=False)
    manifest = Manifest(
        schema_version=SCHEMA_VERSION, model_id=encoder.model_id, model_sha256=encoder.fingerprint,
        dim=int(passage_vectors.shape[1]), corpus=[], passages=len(passages), documents=len(documents),
        built_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        build_seconds=round(time.perf_counter() - started, 3), precision=encoder.precision)
    return PassageIndex(manifest=manifest, documents=list(documents), passages=passages,
                        faiss_index=faiss_index, bm25=bm, path=Path(),
                        sentence_vectors=sentence_vectors, sentence_spans=spans)


def build_index(documents: Sequence[Document], encoder, index_dir: Path,
                corpus_files: Sequence[Path], progress: bool = True,
                on_stage: Callable[[str], None] | None = None,
                sources: Sequence[str | Path] | None = None) -> Manifest:
    """Embed and index the passages of ``documents``, save, and swap the result in atomically.

    ``sources`` are the corpus paths as given (recorded so that messages can name the
    command that rebuilds this index); None or empty: the default corpus. A failure
    removes the partial build folder and leaves the previous index in use; a folder
    that cannot be written raises :class:`IndexWriteError`.
    """
    stage = on_stage or (lambda _msg: None)
    index_dir = Path(index_dir)
    check_writable(index_dir)
    with build_lock(index_dir):
        remove_leftovers(index_dir)
        started = time.perf_counter()
        stamp = f"build-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
        build, n = index_dir / stamp, 1
        while build.exists():  # a second rebuild within the same second: never reuse the current build
            n += 1
            build = index_dir / f"{stamp}-{n}"
        try:
            build.mkdir()  # first, so a rebuild in progress is visible (and cleaned up if killed)
        except OSError as exc:
            raise write_error(index_dir, exc) from None
        try:
            built = index_in_memory(documents, encoder, progress, on_stage)
            stage("saving")
            manifest = built.manifest
            manifest.corpus = corpus_entries(corpus_files, documents)
            manifest.sources = [str(Path(s).expanduser().resolve()) for s in sources or ()]
            try:
                _save(build, built, documents)
                manifest.build_seconds = round(time.perf_counter() - started, 3)
                write_json(build / "manifest.json", manifest.to_dict())  # last: marks the build whole
                fsync_tree(build)  # every file and the folder reach the disk before the swap
                stage("swapping in the new index")
                swap_current(index_dir, build)
            except (OSError, RuntimeError) as exc:  # FAISS reports a failed write as RuntimeError
                raise write_error(index_dir, exc) from None
        except BaseException:
            if current_target(index_dir) != build.resolve():
                shutil.rmtree(build, ignore_errors=True)
            raise
        return manifest


def _save(build: Path, built: PassageIndex, documents: Sequence[Document]) -> None:
    with open(build / "sentences.npy", "wb") as fh:
        np.save(fh, built.sentence_vectors)
    write_json(build / "sentences.json", built.sentence_spans)
    faiss.write_index(built.faiss_index, str(build / "vectors.faiss"))
    built.bm25.save(str(build / "bm25"), show_progress=False)
    write_json(build / "documents.json", [d.to_dict() for d in documents])


def _hint(index_dir: Path, corpus: Sequence[Path] | None, manifest: Manifest | None = None) -> str:
    """The rebuild command an error gives: with the corpus given, else the index's own."""
    if corpus:
        return rebuild_command(index_dir, short_paths(corpus))
    return rebuild_command(index_dir, own_sources(manifest) if manifest else None)


def _read_manifest_at(index_dir: Path, build: Path, fix: str) -> Manifest:
    path = build / "manifest.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if not build.is_dir():
            raise  # the build vanished under us (a rebuild swapped it out): the caller retries
        raise IndexCorruptError(f"The index at {index_dir} has no manifest.json. Run `{fix}`.") from None
    except (OSError, ValueError) as exc:
        raise IndexCorruptError(f"The manifest at {path} is unreadable ({exc}). Run `{fix}`.") from None
    try:
        return Manifest.from_dict(data)
    except KeyError as exc:
        raise IndexCorruptError(f"The manifest at {path} is damaged: field {exc} is missing. "
                                f"Run `{fix}`.") from None
    except (TypeError, ValueError) as exc:
        raise IndexCorruptError(f"The manifest at {path} is damaged: {exc}. Run `{fix}`.") from None


def _twice(index_dir: Path, fix: str, read: Callable[[Path], Any]):
    """Resolve ``current`` once and read from that build; if a rebuild swapped it out meanwhile, once more."""
    for attempt in (1, 2):
        build = resolve_current(index_dir, fix)
        try:
            return read(build)
        except (IndexLoadError, FileNotFoundError) as exc:
            if attempt == 1 and current_target(index_dir) != build:
                continue
            if isinstance(exc, FileNotFoundError):
                raise IndexCorruptError(f"The index at {index_dir} is damaged ({exc}). Run `{fix}`.") from None
            raise
    raise AssertionError("unreachable")


def read_manifest(index_dir: Path) -> Manifest:
    """Read the manifest of the current build, or raise an error naming the fix."""
    index_dir = Path(index_dir)
    fix = _hint(index_dir, None)
    return _twice(index_dir, fix, lambda build: _read_manifest_at(index_dir, build, fix))


def check_fresh(manifest: Manifest, corpus_files: Sequence[Path] | None, model_sha256: str | None,
                index_dir: Path | str = "", own_files: bool = False, elsewhere: Sequence[Path] = (),
                default_corpus: Sequence[Path] | None = None) -> None:
    """Raise IndexStaleError when the index no longer matches schema, model or corpus (see index.freshness)."""
    freshness.check_fresh(manifest, index_dir, corpus_files, model_sha256, own_files, elsewhere, default_corpus)


def load_index(index_dir: Path, corpus_files: Sequence[Path] | None = None,
               model_sha256: str | None = None, *, own_files: bool = False,
               elsewhere: Sequence[Path] = (), default_corpus: Sequence[Path] | None = None) -> PassageIndex:
    """Load the current build, checking it is whole and fresh; errors say what to run.

    ``corpus_files`` (files or folders given explicitly): the index must hold exactly
    these. Without them, ``own_files`` checks the index against its own corpus (see
    :func:`index.freshness.check_fresh` for ``elsewhere`` and ``default_corpus``).
    """
    index_dir = Path(index_dir)
    fresh = dict(own_files=own_files, elsewhere=elsewhere, default_corpus=default_corpus)
    return _twice(index_dir, _hint(index_dir, corpus_files),
                  lambda build: _load_build(index_dir, build, corpus_files, model_sha256, fresh))


def _load_build(index_dir: Path, build: Path, corpus_files, model_sha256, fresh: dict) -> PassageIndex:
    manifest = _read_manifest_at(index_dir, build, _hint(index_dir, corpus_files))
    freshness.check_fresh(manifest, index_dir, corpus_files, model_sha256, **fresh)
    fix = _hint(index_dir, corpus_files, manifest)
    try:
        docs = [Document.from_dict(d) for d in
                json.loads((build / "documents.json").read_text(encoding="utf-8"))]
        faiss_index = faiss.read_index(str(build / "vectors.faiss"))
        bm = bm25s.BM25.load(str(build / "bm25"), show_progress=False)
        sentence_vectors = np.load(build / "sentences.npy", allow_pickle=False)
        spans = json.loads((build / "sentences.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        if not build.is_dir():
            raise
        raise IndexCorruptError(f"The index at {index_dir} is damaged: a file of it is missing. Run `{fix}`.") from None
    except Exception as exc:  # noqa: BLE001 - whatever a damaged file raises (EOFError, RuntimeError…)
        raise IndexCorruptError(f"The index at {index_dir} is damaged ({type(exc).__name__}: "
                                f"{str(exc)[:200]}). Run `{fix}`.") from None
    passages = [p for d in docs for p in d.passages]
    problem = check_arrays(manifest, passages, faiss_index, int(bm.scores.get("num_docs", -1)),
                           sentence_vectors, spans)
    if problem is None:
        index = PassageIndex(manifest=manifest, documents=docs, passages=passages, faiss_index=faiss_index,
                             bm25=bm, path=build, sentence_vectors=sentence_vectors,
                             sentence_spans=[tuple(int(v) for v in x) for x in spans])
        if np.isfinite(index._passage_vectors).all():
            return index
        problem = "the passage vectors hold NaN or infinite values"
    raise IndexCorruptError(f"The index at {index_dir} is damaged: {problem}. Run `{fix}`.")
