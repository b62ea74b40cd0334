"""Build, save and load the passage index: FAISS (dense) + BM25 (jieba words).

Layout of an index folder::

    <index_dir>/current -> build-<stamp>/    (a symlink, swapped atomically)
    <index_dir>/build-<stamp>/manifest.json  (written last: its presence marks a whole build)
                             documents.json  (Documents, passages and truncation maps)
                             vectors.faiss   (inner product over normalized passage vectors)
                             sentences.npy   (a vector per sentence: what answers quote)
                             sentences.json  ([passage row, start, end] per sentence)
                             bm25/           (bm25s over jieba tokens)
                             tokens.npz      (each passage's jieba words: BM25 is rebuilt from them)
    <index_dir>/embed-cache/                 (vectors of every text embedded before; see index.embed_cache)

A passage's vector is pooled from the vectors of its heading path and its
sentences (see :mod:`index.vectors`); text embedded before comes from the cache.
The FAISS index is flat or IVF by the library's size (see :mod:`index.faiss_choice`).
An add or a remove (:mod:`index.library`) writes a whole new build the same way.

A rebuild writes a new ``build-*`` folder, fsyncs it, and then replaces the
``current`` link (see :mod:`index.durable`); a kill or a power loss at any moment
leaves the old build in use. A load resolves ``current`` once and reads from that
build, once more if a rebuild swapped it out meanwhile; every way a build can be
damaged reads as an :class:`IndexLoadError` naming the command that fixes it.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import bm25s
import faiss
import numpy as np
import orjson

from . import freshness
from .bulk import paused_gc
from .build_files import fresh_build, save_files
from .document import Document
from .durable import current_target, fsync_tree, resolve_current, swap_current, write_error, write_json
from .embed_cache import DEFAULT_BUDGET_MB, EmbeddingCache
from .errors import IndexCorruptError, IndexLoadError
from .faiss_choice import index_kind, make_faiss_index
from .freshness import own_sources, rebuild_command, short_paths
from .integrity import check_arrays, check_spans
from .lexical import TOKENS_FILE, build_bm25, known_tokens, passage_tokens, tokenizer_fingerprint
from .manifest import SCHEMA_VERSION, Manifest, corpus_entries
from .reader_version import reader_fingerprint
from .milvus_index import open_milvus_index
from .milvus_store import drop_recorded, read_record, write_milvus
from .store_choice import check_store, is_milvus
from .passage_index import PassageIndex
from .vectors import embed_passages

REBUILD_HINT = "qa index rebuild"


def index_in_memory(documents: Sequence[Document], encoder, progress: bool = False,
                    on_stage: Callable[[str], None] | None = None, cache: EmbeddingCache | None = None,
                    flat_max: int | None = None, known_words: dict | None = None) -> PassageIndex:
    """Embed and index the passages of ``documents`` without touching the disk (but for ``cache``).

    ``encoder`` is an :class:`index.embeddings.Encoder` (or anything with
    ``encode_passages``, ``model_id``, ``fingerprint`` and ``precision``); ``cache`` gives
    the vectors of text seen before and keeps the new ones; ``known_words`` the BM25 words
    of passages seen before (see :func:`index.lexical.known_tokens`).
    """
    stage = on_stage or (lambda _msg: None)
    started = time.perf_counter()
    passages = [p for d in documents for p in d.passages]
    if not passages:
        raise IndexLoadError("The corpus holds no passages to index; add a speech with text in it.")
    passage_vectors, spans, sentence_vectors = embed_passages(passages, encoder, progress, stage, cache)
    stage("indexing words")
    tokens = passage_tokens(passages, known_words)
    return assemble(documents, encoder, passage_vectors, spans, sentence_vectors, tokens, started, flat_max)


def assemble(documents: Sequence[Document], encoder, passage_vectors: np.ndarray,
             spans: list[tuple[int, int, int]], sentence_vectors: np.ndarray, tokens: list[list[str]],
             started: float, flat_max: int | None = None) -> PassageIndex:
    """An in-memory index from its parts: the FAISS index and BM25 are made here, the manifest begun."""
    passages = [p for d in documents for p in d.passages]
    faiss_index = make_faiss_index(passage_vectors, **({"flat_max": flat_max} if flat_max is not None else {}))
    manifest = Manifest(
        schema_version=SCHEMA_VERSION, model_id=encoder.model_id, model_sha256=encoder.fingerprint,
        dim=int(passage_vectors.shape[1]), corpus=[], passages=len(passages), documents=len(documents),
        built_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        build_seconds=round(time.perf_counter() - started, 3), precision=encoder.precision,
        extra={"faiss": index_kind(faiss_index), "tokenizer": tokenizer_fingerprint(),
               "reader": reader_fingerprint()})
    return PassageIndex(manifest=manifest, documents=list(documents), passages=passages,
                        faiss_index=faiss_index, bm25=build_bm25(tokens), path=Path(),
                        sentence_vectors=sentence_vectors, sentence_spans=spans, tokens=tokens)


def open_cache(index_dir: Path, encoder, cache_mb: float | None,
               stage: Callable[[str], None] = lambda _msg: None) -> EmbeddingCache | None:
    """The embedding cache of ``index_dir`` for this encoder; None when ``cache_mb`` is 0 or it cannot be opened."""
    budget = DEFAULT_BUDGET_MB if cache_mb is None else cache_mb
    if budget <= 0:
        return None
    try:
        return EmbeddingCache.open(index_dir, encoder.fingerprint, encoder.precision, budget_mb=budget)
    except OSError as exc:  # the cache only saves time: build without it
        stage(f"embedding cache unavailable ({exc.strerror or exc}); embedding everything")
        return None


def build_index(documents: Sequence[Document], encoder, index_dir: Path,
                corpus_files: Sequence[Path], progress: bool = True,
                on_stage: Callable[[str], None] | None = None,
                sources: Sequence[str | Path] | None = None, cache_mb: float | None = None,
                store: str | None = None, flat_max: int | None = None) -> Manifest:
    """Embed and index the passages of ``documents``, save, and swap the result in atomically.

    ``sources`` are the corpus paths as given (recorded so that messages can name the
    command that rebuilds this index); None or empty: the default corpus. Text embedded
    before comes from the embedding cache beside the index (``cache_mb`` bounds it; 0:
    no cache). ``store``: where vectors and BM25 go: ``""`` the index folder (FAISS and
    bm25s), a Milvus URI or Lite file (see :mod:`index.milvus_store`), None the store of
    the current build. A failure removes the partial build folder and leaves the previous
    index in use; a folder that cannot be written raises :class:`IndexWriteError`. ``flat_max``:
    the size above which FAISS is a graph (see :mod:`index.faiss_choice`; for tests).
    """
    stage = on_stage or (lambda _msg: None)
    index_dir = Path(index_dir)
    store = current_store(index_dir) if store is None else check_store(store)
    with fresh_build(index_dir) as build:
        started = time.perf_counter()
        built = index_in_memory(documents, encoder, progress, on_stage, open_cache(index_dir, encoder, cache_mb, stage),
                                flat_max=flat_max, known_words=_kept_words(index_dir))
        manifest = built.manifest
        manifest.corpus = corpus_entries(corpus_files, documents)
        manifest.sources = [str(Path(s).expanduser().resolve()) for s in sources or ()]
        return commit_build(index_dir, build, built, started, stage, store)


def _kept_words(index_dir: Path) -> dict:
    """The current build's BM25 words by passage text, when the same tokenizer made them."""
    try:
        manifest = read_manifest(index_dir)
        if manifest.extra.get("tokenizer") != tokenizer_fingerprint():
            return {}
        return known_tokens(current_target(index_dir) / TOKENS_FILE, manifest.passages)
    except (IndexLoadError, OSError, TypeError):
        return {}


def current_store(index_dir: Path) -> str:
    """The store of the current build: its Milvus URI, or "" for the index folder (or no build)."""
    try:
        return (read_manifest(index_dir).extra.get("milvus") or {}).get("store", "")
    except (IndexLoadError, OSError, AttributeError):
        return ""


def commit_build(index_dir: Path, build: Path, built: PassageIndex, started: float,
                 stage: Callable[[str], None] = lambda _msg: None, store: str = "") -> Manifest:
    """Save ``built`` into ``build`` (vectors and BM25 into ``store`` when it is Milvus), the manifest
    last, flush it all, make it the current build, and drop the replaced build's Milvus collections."""
    manifest = built.manifest
    manifest.extra.pop("milvus", None)
    old = current_target(index_dir)
    old_record = read_record(old) if old is not None else None
    stage("saving")
    try:
        if is_milvus(store):
            stage("writing vectors and BM25 into Milvus")
            manifest.extra["milvus"] = write_milvus(store, build, built)
        save_files(build, built, vectors=not is_milvus(store))
        manifest.build_seconds = round(time.perf_counter() - started, 3)
        write_json(build / "manifest.json", manifest.to_dict())  # last: marks the build whole
        fsync_tree(build)  # every file and the folder reach the disk before the swap
        stage("swapping in the new index")
        swap_current(index_dir, build)
    except (OSError, RuntimeError) as exc:  # FAISS reports a failed write as RuntimeError
        raise write_error(index_dir, exc) from None
    if old_record and old != build.resolve():
        drop_recorded(record=old_record)  # the replaced build's collections (swap_current removed its folder)
    return manifest


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


def _read_current(index_dir: Path, fix: str, read: Callable[[Path], Any]):
    """Resolve ``current`` and read from that build; if a rebuild swapped it out meanwhile, again."""
    for attempt in (1, 2, 3):  # rebuilds back to back may swap it twice during one load
        build = resolve_current(index_dir, fix)
        try:
            return read(build)
        except (IndexLoadError, FileNotFoundError) as exc:
            if attempt < 3 and current_target(index_dir) != build:
                continue
            if isinstance(exc, FileNotFoundError):
                raise IndexCorruptError(f"The index at {index_dir} is damaged ({exc}). Run `{fix}`.") from None
            raise
    raise AssertionError("unreachable")


def read_manifest(index_dir: Path) -> Manifest:
    """Read the manifest of the current build, or raise an error naming the fix."""
    index_dir = Path(index_dir)
    fix = _hint(index_dir, None)
    return _read_current(index_dir, fix, lambda build: _read_manifest_at(index_dir, build, fix))


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
    with paused_gc():
        return _read_current(index_dir, _hint(index_dir, corpus_files),
                      lambda build: _load_build(index_dir, build, corpus_files, model_sha256, fresh))


def _load_build(index_dir: Path, build: Path, corpus_files, model_sha256, fresh: dict) -> PassageIndex:
    manifest = _read_manifest_at(index_dir, build, _hint(index_dir, corpus_files))
    freshness.check_fresh(manifest, index_dir, corpus_files, model_sha256, **fresh)
    fix = _hint(index_dir, corpus_files, manifest)
    milvus = bool(manifest.extra.get("milvus"))
    try:
        docs = [Document.from_dict(d) for d in orjson.loads((build / "documents.json").read_bytes())]
        spans = orjson.loads((build / "sentences.json").read_bytes())
        if not milvus:
            faiss_index = faiss.read_index(str(build / "vectors.faiss"))
            bm = bm25s.BM25.load(str(build / "bm25"), show_progress=False)
            sentence_vectors = np.load(build / "sentences.npy", allow_pickle=False)
    except FileNotFoundError:
        if not build.is_dir():
            raise
        raise IndexCorruptError(f"The index at {index_dir} is damaged: a file of it is missing. Run `{fix}`.") from None
    except Exception as exc:  # noqa: BLE001 - whatever a damaged file raises (EOFError, RuntimeError…)
        raise IndexCorruptError(f"The index at {index_dir} is damaged ({type(exc).__name__}: "
                                f"{str(exc)[:200]}). Run `{fix}`.") from None
    passages = [p for d in docs for p in d.passages]
    if milvus:
        if (problem := check_spans(spans, passages)) is not None or len(passages) != manifest.passages:
            raise IndexCorruptError(f"The index at {index_dir} is damaged: {problem or 'passage counts differ'}. "
                                    f"Run `{fix}`.")
        return open_milvus_index(manifest, docs, passages, _span_tuples(spans), build, index_dir, fix)
    problem = check_arrays(manifest, passages, faiss_index, int(bm.scores.get("num_docs", -1)),
                           sentence_vectors, spans)
    if problem is None:
        index = PassageIndex(manifest=manifest, documents=docs, passages=passages, faiss_index=faiss_index,
                             bm25=bm, path=build, sentence_vectors=sentence_vectors,
                             sentence_spans=_span_tuples(spans))
        if np.isfinite(index._passage_vectors).all():
            return index
        problem = "the passage vectors hold NaN or infinite values"
    raise IndexCorruptError(f"The index at {index_dir} is damaged: {problem}. Run `{fix}`.")


def _span_tuples(spans) -> list[tuple[int, int, int]]:
    """sentences.json's [row, start, end] lists as int tuples (checked already): one numpy
    pass, since a tuple built number by number cost a second at 200,000 sentences."""
    return [tuple(x) for x in np.asarray(spans, dtype=np.int64).reshape(-1, 3).tolist()]
