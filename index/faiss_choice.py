"""Which FAISS index holds the passage vectors, chosen by the library's size.

Up to :data:`FLAT_MAX` passages an exact inner-product scan (``IndexFlatIP``) is fast
enough and exact. Above it a graph (``IndexHNSWFlat``, M=32, efSearch=64) finds the
nearest passages in well under a millisecond. Measured on a 10,000-passage generated
library and on libraries grown from its sentence vectors (``python -m qa.bench_faiss``;
one search thread, 210 real queries, two shared and busy cores, load 4–7):

=========  ==========  ==============================  ===============================
passages   flat        IVF, √n lists, 1/8 of them      HNSW M=32 ef=64
=========  ==========  ==============================  ===============================
10,000     0.7 ms      recall@10 0.79, 0.1 ms          0.992, 0.3 ms, built in 2 s
50,000     9.7 ms      0.83, 1.0 ms (1/2: 0.98, 5 ms)  0.980, 0.5 ms, built in 49 s
100,000    27 ms       0.86, 2.8 ms (1/2: 0.98, 18 ms) 0.986, 0.6 ms, built in 65 s
=========  ==========  ==============================  ===============================

The genre's passages are alike (the same words recombined), so IVF must search half
its lists to reach the recall HNSW has at ef=64, and then it is no faster than flat.
HNSW is built on one thread: its graph then depends only on the vectors and their
order, so an index rebuilt after an add or a remove equals a full rebuild's (a graph
cannot drop rows in place; both rebuild it from the kept vectors).
"""
from __future__ import annotations

import faiss
import numpy as np

FLAT_MAX = 50_000  # passages; above this an HNSW graph (see the module docstring)
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 40
HNSW_EF_SEARCH = 64


def make_faiss_index(vectors: np.ndarray, flat_max: int = FLAT_MAX) -> faiss.Index:
    """An inner-product index over normalized ``vectors``: flat up to ``flat_max`` rows, HNSW above."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    n, dim = vectors.shape
    if n <= flat_max:
        index = faiss.IndexFlatIP(dim)
        index.add(vectors)
        return index
    index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    index.hnsw.efSearch = HNSW_EF_SEARCH
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)  # one thread: the same graph every time
    try:
        index.add(vectors)
    finally:
        faiss.omp_set_num_threads(threads)
    return index


def index_kind(index: faiss.Index) -> str:
    """``flat`` or ``hnsw<M>`` (for the manifest and the bench)."""
    return f"hnsw{HNSW_M}" if isinstance(index, faiss.IndexHNSW) else "flat"


def stored_vectors(index: faiss.Index) -> np.ndarray:
    """Every row of the index as one ``(n, dim)`` array (a view of the flat index's own memory)."""
    if isinstance(index, faiss.IndexFlat):
        n, dim = index.ntotal, index.d
        if n == 0:
            return np.zeros((0, dim), dtype=np.float32)
        return faiss.rev_swig_ptr(index.get_xb(), n * dim).reshape(n, dim)
    return index.reconstruct_n(0, index.ntotal)


def top_k(index: faiss.Index, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows and inner products of the ``k`` best rows for one query (fewer when the index is smaller)."""
    k = min(k, index.ntotal)
    if isinstance(index, faiss.IndexHNSW):
        index.hnsw.efSearch = max(HNSW_EF_SEARCH, k)
    scores, rows = index.search(np.asarray(query, dtype=np.float32).reshape(1, -1), k)
    keep = rows[0] >= 0
    return rows[0][keep].astype(np.int64), scores[0][keep]


def recall_at_k(index: faiss.Index, vectors: np.ndarray, queries: np.ndarray, k: int = 10) -> float:
    """Share of the exact top ``k`` (by a flat scan of ``vectors``) that ``index`` finds, over ``queries``."""
    exact = np.argsort(-(np.asarray(queries, dtype=np.float32) @ vectors.T), axis=1)[:, :k]
    _scores, found = index.search(np.asarray(queries, dtype=np.float32), k)
    return float(np.mean([len(set(e) & set(f)) / k for e, f in zip(exact.tolist(), found.tolist())]))
