"""Which FAISS index holds the passage vectors, chosen by the library's size.

Up to :data:`FLAT_MAX` passages an exact inner-product scan (``IndexFlatIP``) is
fast enough and exact. Above it an inverted-file index (``IndexIVFFlat``) searches
a few of its lists only. IVF rather than HNSW: it is built the same way every time
(k-means with a fixed seed, then each vector into the list of its nearest centroid),
so an index rebuilt after an add equals a full rebuild's, and rows can be removed;
an HNSW graph built on several threads differs from one build to the next. The
figures behind the threshold and the list counts are in the closing note of issue 11
(``qa bench index`` prints the recall@10 of the chosen index against the flat one).
"""
from __future__ import annotations

import math

import faiss
import numpy as np

FLAT_MAX = 50_000  # passages; above this an IVF index (see the module docstring)
SEED = 1234


def ivf_lists(n: int) -> int:
    """Inverted lists for ``n`` vectors: about √n (316 at 100,000), so k-means trains in seconds."""
    return max(16, int(math.sqrt(n)))


def ivf_probes(lists: int) -> int:
    """Lists searched per query: an eighth of them, at least 16."""
    return min(lists, max(16, lists // 8))


def make_faiss_index(vectors: np.ndarray, flat_max: int = FLAT_MAX) -> faiss.Index:
    """An inner-product index over normalized ``vectors``: flat up to ``flat_max`` rows, IVF above."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    n, dim = vectors.shape
    if n <= flat_max:
        index = faiss.IndexFlatIP(dim)
        index.add(vectors)
        return index
    lists = ivf_lists(n)
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFFlat(quantizer, dim, lists, faiss.METRIC_INNER_PRODUCT)
    index.cp.seed = SEED
    sample = vectors[np.random.default_rng(SEED).choice(n, size=min(n, lists * 64), replace=False)]
    index.train(sample)
    index.add(vectors)
    index.nprobe = ivf_probes(lists)
    index.make_direct_map()  # rows can be read back (reconstruct) and removed
    return index


def index_kind(index: faiss.Index) -> str:
    """``flat`` or ``ivf<lists>`` (for the manifest and the bench)."""
    ivf = faiss.try_extract_index_ivf(index)
    return f"ivf{ivf.nlist}/probe{ivf.nprobe}" if ivf is not None else "flat"


def stored_vectors(index: faiss.Index) -> np.ndarray:
    """Every row of the index as one ``(n, dim)`` array (a view of the flat index's own memory)."""
    if isinstance(index, faiss.IndexFlat):
        n, dim = index.ntotal, index.d
        if n == 0:
            return np.zeros((0, dim), dtype=np.float32)
        return faiss.rev_swig_ptr(index.get_xb(), n * dim).reshape(n, dim)
    ivf = faiss.try_extract_index_ivf(index)
    if ivf is not None and ivf.direct_map.type == faiss.DirectMap.NoMap:
        ivf.make_direct_map()
    return index.reconstruct_n(0, index.ntotal)


def top_k(index: faiss.Index, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows and inner products of the ``k`` best rows for one query (fewer when the index is smaller)."""
    k = min(k, index.ntotal)
    scores, rows = index.search(np.asarray(query, dtype=np.float32).reshape(1, -1), k)
    keep = rows[0] >= 0
    return rows[0][keep].astype(np.int64), scores[0][keep]


def recall_at_k(index: faiss.Index, vectors: np.ndarray, queries: np.ndarray, k: int = 10) -> float:
    """Share of the exact top ``k`` (by a flat scan of ``vectors``) that ``index`` finds, over ``queries``."""
    exact = np.argsort(-(np.asarray(queries, dtype=np.float32) @ vectors.T), axis=1)[:, :k]
    _scores, found = index.search(np.asarray(queries, dtype=np.float32), k)
    return float(np.mean([len(set(e) & set(f)) / k for e, f in zip(exact.tolist(), found.tolist())]))
