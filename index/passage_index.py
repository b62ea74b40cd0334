"""A loaded index in memory: documents, passages in order, both search structures and the sentence vectors.

What answering asks of an index: passages by id and row, a document's rows, the rows
under a section, dense scores (all rows, some rows, or the top k through FAISS),
BM25 scores, and the sentences of a passage with their vectors.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import bm25s
import faiss
import numpy as np

from .document import Document, Passage, section_under
from .faiss_choice import stored_vectors, top_k
from .lexical import TOKENS_FILE, load_tokens, passage_tokens
from .manifest import Manifest
from .tokenize import tokenize


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
    tokens: list[list[str]] | None = None  # BM25 words per passage; None once loaded (read on demand)

    def passage(self, passage_id: str) -> Passage | None:
        """The passage with this id, if any."""
        return self._by_id.get(passage_id)

    def position(self, passage_id: str) -> int:
        """Row of a passage in the vector and BM25 matrices."""
        return self._row[passage_id]

    def document(self, doc_id: str) -> Document | None:
        """The document with this id, if any."""
        return self._docs.get(doc_id)

    def __post_init__(self) -> None:
        self._docs = {d.id: d for d in self.documents}
        self._by_id = {p.id: p for p in self.passages}
        self._row = {p.id: i for i, p in enumerate(self.passages)}
        self._passage_vectors = self._vectors_at_load()
        self._under: dict[tuple[str, str], list[int]] = {}
        # Each passage's sentences are one run of sentence indices (they are stored passage by
        # passage): its first and how many; sentences_of reads them from here.
        owners = np.fromiter((row for row, _a, _b in self.sentence_spans), dtype=np.int64,
                             count=len(self.sentence_spans))
        self._sentence_count = np.bincount(owners, minlength=len(self.passages))[:len(self.passages)].astype(np.int64)
        self._sentence_first = np.zeros(len(self.passages), dtype=np.int64)
        self._sentence_first[1:] = np.cumsum(self._sentence_count)[:-1]
        self._doc_rows: dict[str, range] = {}
        self._doc_number = np.zeros(len(self.passages), dtype=np.int32)  # row -> position of its document
        start = 0
        for i, d in enumerate(self.documents):  # a document's passages are one run of rows
            self._doc_rows[d.id] = range(start, start + len(d.passages))
            self._doc_number[start:start + len(d.passages)] = i
            start += len(d.passages)

    def _vectors_at_load(self) -> np.ndarray:
        """The passage vectors (a view of the flat FAISS index's own memory where it can be)."""
        return stored_vectors(self.faiss_index)

    def doc_rows(self, doc_id: str) -> range:
        """The rows of one document's passages (they follow each other)."""
        return self._doc_rows.get(doc_id, range(0))

    def rows_under(self, doc_id: str, path: str) -> list[int]:
        """Rows of the passages of a section and everything below it, in speech order (cached).

        Only the document's own rows are looked at, never the whole library.
        """
        key = (doc_id, path)
        if key not in self._under:
            self._under[key] = [r for r in self.doc_rows(doc_id)
                                if section_under(self.passages[r].section, path)]
        return self._under[key]

    def sentences_of(self, row: int) -> list[int]:
        """Indices (into sentence_spans/sentence_vectors) of the sentences of passage ``row``."""
        first = int(self._sentence_first[row])
        return list(range(first, first + int(self._sentence_count[row])))

    def sentence_text(self, s_idx: int) -> str:
        """The text of one sentence."""
        row, a, b = self.sentence_spans[s_idx]
        return self.passages[row].text[a:b]

    def scoped_rows(self, documents: Sequence[str]) -> np.ndarray:
        """The rows of these documents' passages, in row order of the documents given."""
        ranges = [self.doc_rows(d) for d in documents]
        return (np.concatenate([np.arange(r.start, r.stop, dtype=np.int64) for r in ranges]) if ranges
                else np.zeros(0, dtype=np.int64))

    def in_documents(self, rows: np.ndarray, documents: Sequence[str]) -> np.ndarray:
        """Which of ``rows`` belong to one of ``documents`` (a mask; costs the rows, not the library)."""
        chosen = set(documents)
        wanted = [i for i, d in enumerate(self.documents) if d.id in chosen]
        return np.isin(self._doc_number[np.asarray(rows, dtype=np.int64)], wanted)

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

    def document_frequency(self, word: str) -> int:
        """How many passages hold ``word`` (a BM25 word, see :func:`index.tokenize.tokenize`)."""
        tid = self.bm25.vocab_dict.get(word)
        indptr = self.bm25.scores["indptr"]
        return 0 if tid is None or tid + 1 >= len(indptr) else int(indptr[tid + 1] - indptr[tid])

    def dense_top(self, query_vec: np.ndarray, k: int,
                  documents: Sequence[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Rows and cosines of the ``k`` passages nearest the query, best first, through FAISS.

        Exact up to :data:`index.faiss_choice.FLAT_MAX` passages, an IVF search above it:
        what a retriever can take as its dense candidates instead of scoring every row.
        ``documents``: only their passages (scored exactly).
        """
        if documents is None:
            return _one_thread(top_k, self.faiss_index, query_vec, k)
        rows = self.scoped_rows(documents)
        return _best(rows, self.dense_scores_of(query_vec, rows), k)

    def candidates(self, query_vec: np.ndarray, query: str, k: int = 200,
                   documents: Sequence[str] | None = None) -> np.ndarray:
        """Rows worth scoring for a question: the ``k`` nearest by the dense search and the ``k``
        best by BM25, in row order. A retriever can fuse and steer these instead of every row."""
        dense, _ = self.dense_top(query_vec, k, documents)
        lexical, _ = self.bm25_top(query, k, documents)
        return np.union1d(dense, lexical).astype(np.int64)

    def bm25_top(self, query: str, k: int,
                 documents: Sequence[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Rows and BM25 scores of the ``k`` best passages with a score above zero, best first.

        Only the passages holding a word of the query are scored (see :meth:`bm25_matches`).
        """
        rows, scores, constant = self.bm25_matches(query)
        if documents is not None:
            keep = self.in_documents(rows, documents)
            rows, scores = rows[keep], scores[keep]
        scores = scores + np.float32(constant)
        keep = scores > 0
        return _best(rows[keep], scores[keep], k)

    def bm25_matches(self, query: str) -> tuple[np.ndarray, np.ndarray, float]:
        """The passages holding a word of ``query``: their rows (ascending), their BM25 scores, and
        the score every passage gets besides (zero for the usual BM25). Every other passage scores
        that constant, so this is :meth:`bm25_scores` without an array the size of the library.
        An index whose BM25 search lives elsewhere (Milvus) gives them through its own :meth:`bm25_top`."""
        if type(self).bm25_top is not PassageIndex.bm25_top:
            rows, scores = self.bm25_top(query, len(self.passages))
            order = np.argsort(rows, kind="stable")
            return rows[order].astype(np.int64), scores[order].astype(np.float32), 0.0
        vocab = self.bm25.vocab_dict
        ids = [vocab[t] for t in tokenize(query) if t in vocab]
        constant = 0.0
        nonoccurrence = getattr(self.bm25, "nonoccurrence_array", None)
        if ids and nonoccurrence is not None:
            constant = float(np.asarray(nonoccurrence)[ids].sum())
        indptr, indices, data = (self.bm25.scores[k] for k in ("indptr", "indices", "data"))
        spans = [(int(indptr[i]), int(indptr[i + 1])) for i in ids if i + 1 < len(indptr)]
        if not spans:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32), constant
        hit = np.concatenate([indices[a:b] for a, b in spans]).astype(np.int64)
        weight = np.concatenate([data[a:b] for a, b in spans]).astype(np.float64)
        if 8 * len(hit) < len(self.passages):  # few postings: sort them rather than fill a library-sized array
            rows, inverse = np.unique(hit, return_inverse=True)
            return rows, np.bincount(inverse, weights=weight).astype(np.float32), constant
        sums = np.bincount(hit, weights=weight, minlength=len(self.passages))
        rows = np.flatnonzero(sums)
        return rows.astype(np.int64), sums[rows].astype(np.float32), constant

    def dense_scores_of(self, query_vec: np.ndarray, rows: Sequence[int]) -> np.ndarray:
        """Cosine of the query with the passages at ``rows`` only."""
        return _products(self._passage_vectors[np.asarray(rows, dtype=np.int64)], query_vec)

    def best_sentence_scores(self, query_vec: np.ndarray, rows: Sequence[int],
                             own: np.ndarray | None = None) -> np.ndarray:
        """For each of ``rows``, the best cosine of the query with one of its sentences (its own when it has none).

        ``own``: the passages' own cosines, when the caller has them already.
        """
        q = np.asarray(query_vec, dtype=np.float32)
        rows = np.asarray(rows, dtype=np.int64)
        out = np.array(self.dense_scores_of(q, rows) if own is None else own, dtype=np.float32)
        has, offsets, gathered = self.sentence_runs(rows)
        if len(offsets):
            out[has] = np.maximum.reduceat(_products(self.sentence_vectors[gathered], q), offsets)
        return out

    def sentence_runs(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The sentences of the passages at ``rows``, gathered for one product and a
        ``np.maximum.reduceat``: which of ``rows`` have any, where each one's run starts in
        the gathered list, and the gathered sentence indices."""
        count = self._sentence_count[rows]
        has = count > 0
        first, count = self._sentence_first[rows[has]], count[has]
        offsets = np.cumsum(count) - count
        return has, offsets, np.repeat(first - offsets, count) + np.arange(int(count.sum()))

    def stored_tokens(self) -> list[list[str]]:
        """The BM25 words of every passage: kept with the build, else (older builds) tokenized again."""
        if self.tokens is None:
            self.tokens = (load_tokens(self.path / TOKENS_FILE, len(self.passages)) if self.path != Path()
                           else None) or passage_tokens(self.passages)
        return self.tokens


def _products(vectors: np.ndarray, query_vec: np.ndarray) -> np.ndarray:
    """``vectors @ query`` without BLAS: from about a thousand rows BLAS splits a product over
    threads, which on shared, busy cores makes it ten times slower than one loop."""
    return np.einsum("ij,j->i", vectors, np.asarray(query_vec, dtype=np.float32))


def _one_thread(search, *args):
    """Run a FAISS search of one query on one thread: splitting it costs more than it saves, and
    far more on shared cores (16 ms instead of 1 at 10,000 passages). The setting is the calling
    thread's own (OpenMP's), so other threads keep theirs."""
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        return search(*args)
    finally:
        faiss.omp_set_num_threads(threads)


def _best(rows: np.ndarray, scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` best (row, score) pairs, best first (ties: the earlier row)."""
    if len(rows) > k:
        keep = np.argpartition(-scores, k - 1)[:k]
        rows, scores = rows[keep], scores[keep]
    order = np.lexsort((rows, -scores))
    return rows[order], scores[order]
