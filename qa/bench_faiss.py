"""The FAISS figures of ``qa bench index``: flat against HNSW, and update against rebuild.

``python -m qa.bench_faiss INDEX_DIR`` also prints how flat, IVF and HNSW search scale
with the library's size, on libraries grown from the index's own sentence vectors (a
passage pooled from two random sentences and a heading path), which is how the flat
threshold and the choice of HNSW in :mod:`index.faiss_choice` were made.
"""
from __future__ import annotations

import math
import random
import statistics
import sys
import time
from pathlib import Path

import faiss
import numpy as np

from index.faiss_choice import FLAT_MAX, index_kind, make_faiss_index, recall_at_k
from index.lexical import build_bm25

from .config import Settings


def _queries(index, settings: Settings, count: int = 200) -> np.ndarray:
    """Real question vectors: the bench's questions and sentences of the library asked as queries."""
    from .bench import SAMPLE_QUESTIONS

    rng = random.Random(5)
    spans = rng.sample(range(len(index.sentence_spans)), min(count, len(index.sentence_spans)))
    texts = list(SAMPLE_QUESTIONS) + [index.sentence_text(s) for s in spans]
    encoder = settings.make_encoder(index.manifest.precision, progress=False)
    return np.stack([encoder.encode_query(t) for t in texts])


def _search_ms(index: faiss.Index, queries: np.ndarray, k: int = 10) -> float:
    """Median time of one single-query search, in ms."""
    times = []
    for q in queries:
        started = time.perf_counter()
        index.search(q.reshape(1, -1), k)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _seconds(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def faiss_report(index_dir: Path, settings: Settings) -> None:
    """Print flat and IVF search time and IVF's recall@10 at this size, and add-path timings."""
    from index.store import load_index

    index = load_index(index_dir)
    vectors = np.ascontiguousarray(index._passage_vectors)
    n = len(vectors)
    queries = _queries(index, settings)
    flat = make_faiss_index(vectors, flat_max=n)
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)  # one search thread: on shared cores two measured slower
    line = (f"FAISS at {n} passages (in use: {index_kind(index.faiss_index)}; flat up to {FLAT_MAX}): "
            f"flat search {_search_ms(flat, queries):.2f} ms")
    started = time.perf_counter()
    graph = make_faiss_index(vectors, flat_max=0)
    built = time.perf_counter() - started
    line += (f"; {index_kind(graph)} search {_search_ms(graph, queries):.2f} ms, built in {built:.1f} s, "
             f"recall@10 against flat {recall_at_k(graph, vectors, queries):.3f} over {len(queries)} queries")
    faiss.omp_set_num_threads(threads)
    print(line + " (python -m qa.bench_faiss INDEX_DIR: against library size)")
    sentences = index.sentence_vectors
    scan = statistics.median(_seconds(lambda q=q: sentences @ q) * 1000 for q in queries[:50])
    print(f"  a scan of all {len(sentences)} sentence vectors (what the retriever does per question today): "
          f"{scan:.1f} ms")
    new = vectors[-50:]
    rebuild = _seconds(lambda: make_faiss_index(vectors))
    copy = faiss.clone_index(flat)
    update = _seconds(lambda: copy.add(new))
    tokens = index.stored_tokens()
    bm25 = _seconds(lambda: build_bm25(tokens))
    print(f"  add path: FAISS rebuilt from the kept vectors {rebuild * 1000:.0f} ms, or 50 rows added in place "
          f"{update * 1000:.1f} ms; BM25 rebuilt from the kept words {bm25:.2f} s (its statistics span the "
          f"library, so it is rebuilt either way)")


def scaling_table(index_dir: Path, settings: Settings, sizes=(10_000, 50_000, 100_000, 200_000)) -> None:
    """Flat, IVF (√n lists, probing 1/8 and 1/2) and HNSW search time and recall@10 on libraries
    grown from this index's sentence vectors; one search thread."""
    from index.store import load_index

    index = load_index(index_dir)
    queries = _queries(index, settings)
    rng = np.random.default_rng(3)
    sentences, heads = index.sentence_vectors, index._passage_vectors
    print("passages | flat ms | IVF lists/probes recall ms | HNSW recall ms build s")
    for n in sizes:
        pooled = (sentences[rng.integers(0, len(sentences), n)] + sentences[rng.integers(0, len(sentences), n)]
                  + 0.5 * heads[rng.integers(0, len(heads), n)])
        pooled = np.ascontiguousarray(pooled / np.linalg.norm(pooled, axis=1, keepdims=True), dtype=np.float32)
        flat = make_faiss_index(pooled, flat_max=n)
        lists = max(16, int(math.sqrt(n)))
        ivf = faiss.IndexIVFFlat(faiss.IndexFlatIP(pooled.shape[1]), pooled.shape[1], lists, faiss.METRIC_INNER_PRODUCT)
        ivf.train(pooled[rng.choice(n, min(n, lists * 64), replace=False)])
        ivf.add(pooled)
        started = time.perf_counter()
        graph = make_faiss_index(pooled, flat_max=0)
        built = time.perf_counter() - started
        faiss.omp_set_num_threads(1)
        cells = []
        for probe in (lists // 8, lists // 2):
            ivf.nprobe = probe
            cells.append(f"{lists}/{probe} {recall_at_k(ivf, pooled, queries):.3f} {_search_ms(ivf, queries):.2f}")
        print(f"{n:>8} | {_search_ms(flat, queries):7.2f} | {'; '.join(cells)} | "
              f"{recall_at_k(graph, pooled, queries):.3f} {_search_ms(graph, queries):.2f} {built:.1f}", flush=True)


if __name__ == "__main__":
    scaling_table(Path(sys.argv[1]), Settings.from_env())
