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

A rebuild writes a new ``build-*`` folder and then replaces the ``current``
link with ``os.replace``; a kill at any moment leaves the old build in use.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import bm25s
import faiss
import numpy as np

from .document import Document, Passage, section_under
from .errors import IndexCorruptError, IndexLoadError, IndexMissingError, IndexStaleError
from .manifest import SCHEMA_VERSION, Manifest, corpus_entries
from .tokenize import tokenize
from .vectors import embed_passages

CURRENT = "current"
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


@contextmanager
def _build_lock(index_dir: Path):
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexLoadError(f"Another rebuild of {index_dir} is running; wait for it to finish.") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


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
                on_stage: Callable[[str], None] | None = None) -> Manifest:
    """Embed and index the passages of ``documents``, save, and swap the result in atomically."""
    stage = on_stage or (lambda _msg: None)
    index_dir = Path(index_dir)
    with _build_lock(index_dir):
        _remove_leftovers(index_dir)
        started = time.perf_counter()
        stamp = f"build-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
        build, n = index_dir / stamp, 1
        while build.exists():  # a second rebuild within the same second: never reuse the current build
            n += 1
            build = index_dir / f"{stamp}-{n}"
        build.mkdir()  # first, so a rebuild in progress is visible (and cleaned up if killed)
        built = index_in_memory(documents, encoder, progress, on_stage)
        stage("saving")
        np.save(build / "sentences.npy", built.sentence_vectors)
        _write_json(build / "sentences.json", built.sentence_spans)
        faiss.write_index(built.faiss_index, str(build / "vectors.faiss"))
        built.bm25.save(str(build / "bm25"), show_progress=False)
        _write_json(build / "documents.json", [d.to_dict() for d in documents])
        manifest = built.manifest
        manifest.corpus = corpus_entries(corpus_files, documents)
        manifest.build_seconds = round(time.perf_counter() - started, 3)
        _write_json(build / "manifest.json", manifest.to_dict())  # last: marks the build whole
        stage("swapping in the new index")
        _swap_current(index_dir, build)
        return manifest


def _write_json(path: Path, data) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _swap_current(index_dir: Path, build: Path) -> None:
    link = index_dir / CURRENT
    old = link.resolve() if link.is_symlink() else None
    tmp_link = index_dir / f".{CURRENT}.{os.getpid()}"
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    tmp_link.symlink_to(build.name)
    os.replace(tmp_link, link)  # atomic: readers see the old build or the new one
    if old and old != build.resolve() and old.parent == index_dir.resolve():
        shutil.rmtree(old, ignore_errors=True)


def _remove_leftovers(index_dir: Path) -> None:
    """Delete builds a killed rebuild left behind (never the current one)."""
    link = index_dir / CURRENT
    current = link.resolve() if link.is_symlink() else None
    for child in index_dir.glob("build-*"):
        if child.resolve() != current:
            shutil.rmtree(child, ignore_errors=True)
    for child in index_dir.glob(f".{CURRENT}.*"):
        child.unlink(missing_ok=True)


def read_manifest(index_dir: Path) -> Manifest:
    """Read the manifest of the current build, or raise an error naming the fix."""
    index_dir = Path(index_dir)
    link = index_dir / CURRENT
    if not link.exists():
        if link.is_symlink():
            raise IndexCorruptError(f"The index at {index_dir} points to a build that is gone. "
                                    f"Run `{REBUILD_HINT}`.")
        raise IndexMissingError(f"No index has been built at {index_dir} yet. Run `{REBUILD_HINT}`.")
    path = link / "manifest.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Manifest.from_dict(data)
    except FileNotFoundError:
        raise IndexCorruptError(f"The index at {index_dir} has no manifest.json. "
                                f"Run `{REBUILD_HINT}`.") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise IndexCorruptError(f"The manifest at {path} is unreadable ({exc}). "
                                f"Run `{REBUILD_HINT}`.") from None


def check_fresh(manifest: Manifest, corpus_files: Sequence[Path] | None,
                model_sha256: str | None) -> None:
    """Raise IndexStaleError when the index no longer matches schema, model or corpus."""
    if manifest.schema_version != SCHEMA_VERSION:
        raise IndexStaleError(f"The index was built with schema {manifest.schema_version}; this version "
                              f"reads schema {SCHEMA_VERSION}. Run `{REBUILD_HINT}`.")
    if model_sha256 and manifest.model_sha256 != model_sha256:
        raise IndexStaleError(f"The index was built with another embedding model ({manifest.model_id}, "
                              f"{manifest.model_sha256[:12]}). Run `{REBUILD_HINT}`.")
    if corpus_files is not None:
        problems = manifest.corpus_changes(corpus_files)
        if problems:
            raise IndexStaleError("The corpus changed since the index was built: " + "; ".join(problems)
                                  + f". Run `{REBUILD_HINT}`.")


def load_index(index_dir: Path, corpus_files: Sequence[Path] | None = None,
               model_sha256: str | None = None) -> PassageIndex:
    """Load the current build, checking it is whole and fresh; errors say what to run."""
    index_dir = Path(index_dir)
    manifest = read_manifest(index_dir)
    check_fresh(manifest, corpus_files, model_sha256)
    build = (index_dir / CURRENT).resolve()
    try:
        docs = [Document.from_dict(d) for d in
                json.loads((build / "documents.json").read_text(encoding="utf-8"))]
        faiss_index = faiss.read_index(str(build / "vectors.faiss"))
        bm = bm25s.BM25.load(str(build / "bm25"), show_progress=False)
        sentence_vectors = np.load(build / "sentences.npy")
        spans = [tuple(x) for x in json.loads((build / "sentences.json").read_text(encoding="utf-8"))]
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
        raise IndexCorruptError(f"The index at {index_dir} is damaged ({type(exc).__name__}: {exc}). "
                                f"Run `{REBUILD_HINT}`.") from None
    passages = [p for d in docs for p in d.passages]
    if not (len(passages) == manifest.passages == faiss_index.ntotal
            == int(bm.scores["num_docs"])) or faiss_index.d != manifest.dim \
            or len(spans) != len(sentence_vectors):
        raise IndexCorruptError(
            f"The index at {index_dir} is inconsistent: the manifest counts {manifest.passages} passages, "
            f"documents.json holds {len(passages)}, the vectors {faiss_index.ntotal}, BM25 "
            f"{int(bm.scores['num_docs'])}. Run `{REBUILD_HINT}`.")
    return PassageIndex(manifest=manifest, documents=docs, passages=passages,
                        faiss_index=faiss_index, bm25=bm, path=build,
                        sentence_vectors=sentence_vectors, sentence_spans=spans)
