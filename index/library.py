"""Add speeches to an index, or remove them, without embedding the library again.

An add embeds only the new speeches' text the embedding cache has not seen; every
other passage keeps its stored vector, sentence vectors and BM25 words. The FAISS
index and BM25 are then rebuilt from those arrays (see :func:`index.store.assemble`):
their statistics span the whole library, and rebuilding them from kept arrays is
what a full rebuild does after embedding, so the result equals a full rebuild's:
the same passages in the same order, the same vectors, the same BM25 index.
Both write a whole new build under the build lock and swap it in like a rebuild does
(:mod:`index.build_files`), so a kill at any moment leaves the old index in use.

The chat's upload and delete call :func:`add_documents` and :func:`remove_documents`;
``qa index add`` / ``qa index remove`` do too.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .build_files import fresh_build
from .document import Document
from .errors import IndexStaleError, SpeechError
from .manifest import Manifest, corpus_entries
from .passage_index import PassageIndex
from .store import assemble, commit_build, load_index, open_cache
from .vectors import embed_passages


@dataclass
class _Block:
    """One document's share of an index: its passages' rows of every array."""

    document: Document
    passage_vectors: np.ndarray
    spans: list[tuple[int, int, int]]  # passage row within the document, start, end
    sentence_vectors: np.ndarray
    tokens: list[list[str]]
    entry: dict | None  # its manifest corpus entry


def _blocks_of(index: PassageIndex) -> list[_Block]:
    """Cut a loaded index into per-document blocks (a document's rows follow each other)."""
    span_rows = np.fromiter((r for r, _a, _b in index.sentence_spans), dtype=np.int64,
                            count=len(index.sentence_spans))
    vectors, tokens = index._passage_vectors, index.stored_tokens()
    entries = {e.get("document"): e for e in index.manifest.corpus}
    blocks = []
    for doc in index.documents:
        rows = index.doc_rows(doc.id)
        a, b = np.searchsorted(span_rows, [rows.start, rows.stop])
        blocks.append(_Block(doc, np.array(vectors[rows.start:rows.stop]),
                             [(r - rows.start, x, y) for r, x, y in index.sentence_spans[a:b]],
                             index.sentence_vectors[a:b], tokens[rows.start:rows.stop], entries.get(doc.id)))
    return blocks


def _assemble(blocks: Sequence[_Block], encoder_like, started: float, flat_max: int | None) -> PassageIndex:
    spans, row = [], 0
    for block in blocks:
        spans.extend((r + row, a, b) for r, a, b in block.spans)
        row += len(block.document.passages)
    dim = blocks[0].passage_vectors.shape[1]
    return assemble([b.document for b in blocks], encoder_like,
                    np.concatenate([b.passage_vectors for b in blocks]).reshape(-1, dim), spans,
                    np.ascontiguousarray(np.concatenate([b.sentence_vectors for b in blocks]).reshape(-1, dim)),
                    [t for b in blocks for t in b.tokens], started, flat_max)


@dataclass
class _Model:
    """What :func:`index.store.assemble` records of the model: the current index's own."""

    model_id: str
    fingerprint: str
    precision: str


def _model_of(index: PassageIndex) -> _Model:
    m = index.manifest
    return _Model(m.model_id, m.model_sha256, m.precision)


def _ordered(blocks: list[_Block], order: Sequence[Path] | None) -> list[_Block]:
    """The blocks in the order a full rebuild would read their files, when every one is in ``order``."""
    if not order:
        return blocks
    position = {str(Path(p).resolve()): i for i, p in enumerate(order)}
    keys = [position.get(str(Path(b.document.path).resolve())) if b.document.path else None for b in blocks]
    if any(k is None for k in keys):
        return blocks
    return [b for _k, b in sorted(zip(keys, blocks), key=lambda kb: kb[0])]


def rebuild_order(files: Sequence[Path], now_at: Mapping[Path, Path] | None = None) -> list[Path]:
    """The ``order`` for :func:`add_documents`: the files a full rebuild would read, in its order,
    each named where it is now (``now_at`` maps a file's place in the corpus, e.g. the upload
    folder it will be published to, to where it waits, e.g. the staging folder)."""
    moved = {str(Path(k).resolve()): Path(v) for k, v in (now_at or {}).items()}
    return [moved.get(str(Path(f).resolve()), Path(f)) for f in files]


def add_documents(index_dir: Path, documents: Sequence[Document], encoder, files: Sequence[Path], *,
                  order: Sequence[Path] | None = None, cache_mb: float | None = None,
                  on_stage: Callable[[str], None] | None = None, progress: bool = False,
                  record_sources: bool = True, flat_max: int | None = None) -> Manifest:
    """Add ``documents`` (read from ``files``) to the index at ``index_dir`` and swap the result in.

    ``order``: the corpus files in the order a full rebuild reads them; the new
    documents take their places in it (else they go last). ``record_sources``: for an
    index of an explicit corpus, the new files join its recorded sources (so messages
    and a full rebuild name them). Raises :class:`SpeechError` when a document's id is
    in the index already, :class:`IndexStaleError` when ``encoder`` is another model
    or precision than the index's, and the errors of :func:`index.store.load_index`.
    """
    stage = on_stage or (lambda _msg: None)
    if not documents or not any(d.passages for d in documents):
        raise SpeechError("Nothing to add: the speeches given hold no passages.")
    with fresh_build(index_dir) as build:
        started = time.perf_counter()
        current = load_index(index_dir)
        _same_model(current, encoder, index_dir)
        taken = {d.id for d in current.documents}
        if clash := [d.id for d in documents if d.id in taken]:
            raise SpeechError(f"A speech named {clash[0]} is in the index already; remove it first "
                              f"(qa index remove {clash[0]}).")
        stage(f"adding {len(documents)} speech(es) to {len(current.documents)}")
        passages = [p for d in documents for p in d.passages]
        vectors, spans, sentence_vectors = embed_passages(passages, encoder, progress, stage,
                                                          open_cache(index_dir, encoder, cache_mb, stage))
        stage("indexing words")
        from .lexical import passage_tokens

        new = _new_blocks(documents, vectors, spans, sentence_vectors, passage_tokens(passages), files)
        blocks = _ordered(_blocks_of(current) + new, order)
        built = _assemble(blocks, _model_of(current), started, flat_max)
        _finish_manifest(built.manifest, current.manifest, blocks)
        if record_sources and current.manifest.sources:
            built.manifest.sources = _with_sources(current.manifest.sources, files)
        return commit_build(index_dir, build, built, started, stage, _store_of(current))


def _new_blocks(documents, vectors, spans, sentence_vectors, tokens, files) -> list[_Block]:
    entries = {e["document"]: e for e in corpus_entries(files, documents)}
    blocks, row, s_at = [], 0, 0
    for doc in documents:
        n = len(doc.passages)
        s_end = s_at
        while s_end < len(spans) and spans[s_end][0] < row + n:
            s_end += 1
        blocks.append(_Block(doc, vectors[row:row + n], [(r - row, a, b) for r, a, b in spans[s_at:s_end]],
                             sentence_vectors[s_at:s_end], tokens[row:row + n], entries.get(doc.id)))
        row, s_at = row + n, s_end
    return blocks


def remove_documents(index_dir: Path, doc_ids: Sequence[str], *,
                     on_stage: Callable[[str], None] | None = None,
                     flat_max: int | None = None) -> Manifest:
    """Remove the documents ``doc_ids`` from the index at ``index_dir`` and swap the result in.

    Nothing is embedded. Raises :class:`SpeechError` naming an id the index does not
    hold, or when nothing would be left.
    """
    stage = on_stage or (lambda _msg: None)
    with fresh_build(index_dir) as build:
        started = time.perf_counter()
        current = load_index(index_dir)
        held = [d.id for d in current.documents]
        if unknown := [i for i in doc_ids if i not in held]:
            raise SpeechError(f"The index holds no speech {unknown[0]!r}; it holds "
                              f"{', '.join(held[:5])}{' …' if len(held) > 5 else ''} (qa index info lists them).")
        gone = set(doc_ids)
        if gone >= set(held):
            raise SpeechError("Removing every speech would leave the index empty; rebuild it from another corpus.")
        stage(f"removing {len(gone)} speech(es) from {len(held)}")
        blocks = [b for b in _blocks_of(current) if b.document.id not in gone]
        built = _assemble(blocks, _model_of(current), started, flat_max)
        dropped = [d for d in current.documents if d.id in gone]
        _finish_manifest(built.manifest, current.manifest, blocks, dropped)
        removed = {str(Path(d.path).resolve()) for d in dropped if d.path}
        if current.manifest.sources:
            built.manifest.sources = [s for s in current.manifest.sources if s not in removed]
        return commit_build(index_dir, build, built, started, stage, _store_of(current))


def _store_of(index: PassageIndex) -> str:
    """Where the index's vectors live: its Milvus store, or "" for the index folder."""
    return (index.manifest.extra.get("milvus") or {}).get("store", "")


def _same_model(index: PassageIndex, encoder, index_dir: Path) -> None:
    m = index.manifest
    if encoder.fingerprint != m.model_sha256 or encoder.precision != m.precision:
        raise IndexStaleError(f"The index at {index_dir} was built with {m.model_id} ({m.model_sha256[:12]}, "
                              f"{m.precision}); speeches can be added only with the same model and precision.")


def _finish_manifest(manifest: Manifest, old: Manifest, blocks: Sequence[_Block],
                     removed: Sequence[Document] = ()) -> None:
    """The corpus entries of the blocks, in order, then any old entry no document claims
    (unless it is a removed document's file); the rest carried over from the old manifest."""
    claimed = [b.entry for b in blocks if b.entry is not None]
    gone = {d.id for d in removed} | {str(Path(d.path).resolve()) for d in removed if d.path}
    docs = {b.document.id for b in blocks}
    manifest.corpus = claimed + [e for e in old.corpus if e.get("document") not in docs
                                 and e.get("document") not in gone and e["path"] not in gone]
    manifest.sources = old.sources
    manifest.extra = {**{k: v for k, v in old.extra.items() if k != "milvus"}, **manifest.extra}


def _with_sources(sources: list[str], files: Sequence[Path]) -> list[str]:
    """The recorded sources plus those of ``files`` that no source (file or folder) covers yet."""
    out = list(sources)
    for f in files:
        path = Path(f).expanduser().resolve()
        if not any(str(path) == s or Path(s) in path.parents for s in out):
            out.append(str(path))
    return out
