"""Does a loaded build hold together? Counts, shapes, finite vectors, rows in range.

A file cut short by a power loss, or edited by hand, must read as a damaged index
with the command that fixes it, never as an IndexError or a NaN score later on.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .document import Passage
from .manifest import Manifest


def check_spans(spans: Any, passages: Sequence[Passage]) -> str | None:
    """What is wrong with sentences.json ([passage row, start, end] per sentence), or None."""
    try:
        arr = np.asarray(spans, dtype=np.int64)
    except (TypeError, ValueError, OverflowError):
        return "sentences.json is not a list of [row, start, end] numbers"
    if arr.size == 0:
        return None if isinstance(spans, list) else "sentences.json is not a list"
    if arr.ndim != 2 or arr.shape[1] != 3:
        return f"sentences.json has shape {arr.shape}, expected (sentences, 3)"
    rows, starts, ends = arr[:, 0], arr[:, 1], arr[:, 2]
    if rows.min() < 0 or rows.max() >= len(passages):
        return f"sentences.json names passage rows up to {rows.max()}, but there are {len(passages)} passages"
    lengths = np.fromiter((len(p.text) for p in passages), dtype=np.int64, count=len(passages))
    if (starts < 0).any() or (ends <= starts).any() or (ends > lengths[rows]).any():
        return "sentences.json has sentence offsets outside their passages"
    return None


def check_arrays(manifest: Manifest, passages: Sequence[Passage], faiss_index, bm25_docs: int,
                 sentence_vectors: Any, spans: Any) -> str | None:
    """The first inconsistency between the manifest and the files of a build, or None."""
    if not (len(passages) == manifest.passages == faiss_index.ntotal == bm25_docs):
        return (f"it is inconsistent: the manifest counts {manifest.passages} passages, documents.json "
                f"holds {len(passages)}, the vectors {faiss_index.ntotal}, BM25 {bm25_docs}")
    if faiss_index.d != manifest.dim:
        return f"it is inconsistent: the vectors have {faiss_index.d} dimensions, the manifest says {manifest.dim}"
    if (problem := check_spans(spans, passages)) is not None:
        return problem
    expected = (len(spans), manifest.dim)
    if not isinstance(sentence_vectors, np.ndarray) or sentence_vectors.shape != expected:
        shape = getattr(sentence_vectors, "shape", None)
        return f"sentences.npy has shape {shape}, expected {expected}"
    if sentence_vectors.dtype.kind != "f":
        return f"sentences.npy holds {sentence_vectors.dtype}, expected floats"
    if not np.isfinite(sentence_vectors).all():
        return "sentences.npy holds NaN or infinite values"
    return None
