"""HybridRetriever: dense (FAISS) + BM25 (jieba), fused, steered by the speech's structure."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from index.document import OutlineNode
from index.store import PassageIndex

from .candidates import DenseSample, search_candidates
from .config import exact_max_passages
from .everyday_words import official_words
from .glossary import chinese_terms
from .heading_targets import HeadingTargets
from .counted import counts_in_unit
from .intent import Intent
from .ranking import (Hit, RankWeights, RowScores, SearchResult, SearchSignals, fitted_weights, length_prior,
                      minmax, rrf)

__all__ = ["MODES", "Hit", "HybridRetriever", "RowScores", "SearchResult"]

MODES = ("hybrid", "dense", "bm25")


class HybridRetriever:
    """Ranks passages for a question.

    ``mode`` picks the signal (``hybrid`` fuses both); ``structure`` adds the
    speech's own structure: a topic (问题/任务/措施) leans to the section whose
    heading names it, a heading or part named in the question is reached directly.
    Above ``exact_max`` passages (None: QA_EXACT_MAX_PASSAGES) a question scores only
    its candidates (see :mod:`qa.candidates`).
    """

    def __init__(self, index: PassageIndex, encoder, mode: str = "hybrid", fusion: str = "convex",
                 alpha: float | None = None, structure: bool = True, boost: float = 0.35,
                 exact_max: int | None = None, weights: RankWeights | None = None) -> None:
        if mode not in MODES:
            raise ValueError(f"retriever mode must be one of {MODES}, not {mode!r}")
        self.index, self.encoder, self.mode, self.fusion = index, encoder, mode, fusion
        # the fitted weights rank with the structure; without it, a baseline keeps the generic ones
        self.weights = weights or (fitted_weights() if structure else RankWeights())
        if alpha is not None:
            self.weights = replace(self.weights, alpha=alpha)
        self.structure, self.boost = structure, boost
        self.observer: Callable[[SearchSignals], None] | None = None  # sees each exact search (qa.rank_fit)
        self.exact_max = exact_max_passages() if exact_max is None else exact_max
        kinds = [p.flag_kinds for p in index.passages]
        # rows that are a heading standing in for a body the text does not show
        self.heading_rows = np.array(["outline_only" in k for k in kinds], dtype=bool)
        self.headings = HeadingTargets(index, self.heading_rows, boost)
        # Heading stand-ins and fragments (a lone "一是") match everything a little, so they
        # count for less unless the question names their section (then the boost lifts them).
        self._stub_factor = np.array([0.8 if stub or len(p.text) < 12 else 1.0
                                      for p, stub in zip(index.passages, self.heading_rows)], dtype=np.float32)
        self._length_prior = self.weights.length * length_prior([len(p.text) for p in index.passages])
        self._broken_rows = [r for r, k in enumerate(kinds) if k & {"gap", "cut_off"}]
        self._item_rows: dict[str, list[int]] = {}  # "三是" -> the rows that are that item
        for r, p in enumerate(index.passages):
            if p.item:
                self._item_rows.setdefault(p.item, []).append(r)
        self._item_number = {item: i for i, item in enumerate(self._item_rows)}
        self._row_item = np.full(len(index.passages), -1, dtype=np.int32)  # row -> its item's number
        for item, rows_of in self._item_rows.items():
            self._row_item[rows_of] = self._item_number[item]
        self._announcing: dict[str, list[int]] = {}  # unit -> the rows announcing a list counted in it
        self._dense_sample: DenseSample | None = None
        # The passages with sentences, and where each one's run starts (sentences are stored in passage order).
        has, self._sentence_starts, _ = index.sentence_runs(np.arange(len(index.passages)))
        self._sentence_rows = np.flatnonzero(has)

    @property
    def alpha(self) -> float:
        """The dense share of the fused score."""
        return self.weights.alpha

    # -- structure (qa.heading_targets) ------------------------------------------
    def named_nodes(self, question: str, shortest: int = 4, asked: tuple[str, ...] | list[str] = (),
                    body_check: bool = True) -> list[tuple[str, OutlineNode]]:
        """Headings the question names (:meth:`HeadingTargets.named_nodes`)."""
        return self.headings.named_nodes(question, shortest, asked, body_check)

    def targets(self, question: str, intent: Intent, documents: set[str] | None = None,
                lead: str | None = None) -> tuple[list[tuple[str, OutlineNode]], float]:
        """The sections the question points at and how hard to steer (:meth:`HeadingTargets.targets`;
        ``lead``: the speech of the best passage before steering); none without the structure."""
        if not self.structure:
            return [], 0.0
        return self.headings.targets(question, intent, documents, lead)

    # -- ranking ---------------------------------------------------------------
    def search(self, question: str, intent: Intent, k: int = 10,
               focus_rows: list[int] | None = None, documents: set[str] | None = None) -> SearchResult:
        """Rank all passages for ``question``; the top ``k`` (at least 10 when there are) come back.

        ``documents``: only passages of these speeches are ranked (a chosen or named speech).
        """
        qvec = self.encoder.encode_query(question)
        query = question + " " + " ".join(chinese_terms(question) if intent.lang == "en" else official_words(question))
        if len(self.index.passages) > self.exact_max:
            return search_candidates(self, question, qvec, query, intent, k, focus_rows, documents)
        dense = self._dense(qvec)
        lexical = self.index.bm25_scores(query)
        if self.mode == "dense":
            score = minmax(dense)
        elif self.mode == "bm25":
            score = minmax(lexical)
        elif self.fusion == "rrf":
            score = rrf(dense, lexical)
        else:
            score = self.alpha * minmax(dense) + (1 - self.alpha) * minmax(lexical)
        if documents:
            outside = ~self.index.in_documents(np.arange(len(score)), sorted(documents))
            score = np.where(outside, -np.inf, score)
        base = score.copy()
        lead = self.index.passages[int(np.argmax(score))].document if len(score) else None
        targets, strength = self.targets(question, intent, documents, lead)
        if self.structure:
            lift = self._lift(targets, intent, strength, focus_rows)
            score = score * self._stub_factor + self.weights.steer * lift + self._length_prior
        order = np.argsort(-score, kind="stable")[:max(k, 10)]
        if documents:
            order = [r for r in order if np.isfinite(score[r])]
        hits = [Hit(int(r), self.index.passages[r], float(score[r]), float(dense[r]), float(lexical[r]))
                for r in order]
        result = SearchResult(hits=hits, query_vector=qvec, dense=dense, targets=targets, base=base,
                              strength=strength, question=question)
        if self.observer is not None and self.structure:
            self.observer(SearchSignals(dense=dense, lexical=lexical, lift=lift, stub=self._stub_factor,
                                        documents=documents, result=result))
        return result

    def _rows_of_items(self, items: list[str]) -> list[int]:
        return sorted({r for item in items for r in self._item_rows.get(item, ())})

    def rows_announcing(self, unit: str | None) -> list[int]:
        """The rows announcing a list counted in ``unit`` ("本市生活垃圾分为以下四类：" in 类)."""
        if unit is None:
            return []
        if unit not in self._announcing:
            self._announcing[unit] = [r for r, p in enumerate(self.index.passages) if counts_in_unit(p.text, unit)]
        return self._announcing[unit]

    def are_items(self, rows: np.ndarray, items: list[str]) -> np.ndarray:
        """Which of ``rows`` are one of ``items`` ("三是"), as a mask."""
        wanted = [self._item_number[i] for i in items if i in self._item_number]
        return np.isin(self._row_item[np.asarray(rows, dtype=np.int64)], wanted)

    def dense_sample(self) -> DenseSample:
        """The rows whose cosines bound a candidate search's normalisation (made on first use)."""
        if self._dense_sample is None:
            self._dense_sample = DenseSample(self)
        return self._dense_sample

    def dense_of(self, qvec: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """:meth:`_dense` for ``rows`` only."""
        rows = np.asarray(rows, dtype=np.int64)
        own = self.index.dense_scores_of(qvec, rows)
        if not self.structure or not len(self.index.sentence_spans):
            return own
        return 0.5 * own + 0.5 * self.index.best_sentence_scores(qvec, rows, own=own)

    def _dense(self, qvec: np.ndarray) -> np.ndarray:
        """Half the passage's cosine, half its best sentence's: a sharp sentence match counts."""
        dense = self.index.dense_scores(qvec)
        if not self.structure or not len(self.index.sentence_vectors):
            return dense
        per_sentence = self.index.sentence_vectors @ np.asarray(qvec, dtype=np.float32)
        best = dense.copy()
        best[self._sentence_rows] = np.maximum.reduceat(per_sentence, self._sentence_starts)
        return 0.5 * dense + 0.5 * best

    def target_rows(self, targets) -> list[int]:
        """Rows of the passages that lie in the targeted sections."""
        return sorted({r for d, n in targets for r in self.index.rows_under(d, n.path)})

    def _lift(self, targets, intent: Intent, strength: float, focus_rows: list[int] | None) -> np.ndarray:
        """What the speech's structure adds to each row before :attr:`weights` scales it: the
        targeted sections, the passages a follow-up points at, the cut-off ones for a
        completeness question, the items ("三是") asked."""
        lift = np.zeros(len(self.index.passages), dtype=np.float32)
        for row in self.target_rows(targets):
            lift[row] = strength
            if intent.items and self.index.passages[row].item in intent.items:  # "…的三是" reaches that item
                lift[row] += self.boost
        if focus_rows:
            lift[focus_rows] += 2 * self.boost
        if intent.completeness and not targets:
            lift[self._broken_rows] += self.boost
        if intent.items and not targets:  # "…的三是": lean to passages that are that item
            lift[self._rows_of_items(intent.items)] += self.boost
        if not targets:  # "垃圾分成哪几类": lean to the sentences announcing a list counted in 类
            lift[self.rows_announcing(intent.counted_unit)] += self.boost
        return lift
