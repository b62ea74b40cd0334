"""HybridRetriever: dense (FAISS) + BM25 (jieba), fused, steered by the speech's structure."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from index.document import OutlineNode, Passage
from index.store import PassageIndex
from index.tokenize import normalize

from .intent import TOPICS, Intent

MODES = ("hybrid", "dense", "bm25")


@dataclass
class Hit:
    """One ranked passage with the scores that placed it."""

    row: int
    passage: Passage
    score: float
    dense: float
    bm25: float


@dataclass
class SearchResult:
    """The ranking and what the question was found to target."""

    hits: list[Hit]
    query_vector: np.ndarray
    dense: np.ndarray  # cosine per passage row
    targets: list[tuple[str, OutlineNode]] = field(default_factory=list)  # (document id, node)


def _minmax(x: np.ndarray) -> np.ndarray:
    lo, hi = float(x.min()), float(x.max())
    return np.zeros_like(x) if hi - lo < 1e-9 else (x - lo) / (hi - lo)


_NUMBER = re.compile(r"^\s*(?:第[一二三四五六七八九十\d]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])\s*")


def _core_title(title: str) -> str:
    """A heading without its number: "(一)加强组织领导,…" -> "加强组织领导,…"."""
    return _NUMBER.sub("", title)


class HybridRetriever:
    """Ranks passages for a question.

    ``mode`` picks the signal (``hybrid`` fuses both); ``structure`` adds the
    speech's own structure: a topic (问题/任务/措施) leans to the section whose
    heading names it, a heading or part named in the question is reached directly.
    """

    def __init__(self, index: PassageIndex, encoder, mode: str = "hybrid", fusion: str = "convex",
                 alpha: float = 0.6, structure: bool = True, boost: float = 0.35) -> None:
        if mode not in MODES:
            raise ValueError(f"retriever mode must be one of {MODES}, not {mode!r}")
        self.index, self.encoder, self.mode, self.fusion = index, encoder, mode, fusion
        self.alpha, self.structure, self.boost = alpha, structure, boost
        self._titles = [(d.id, n, normalize(_core_title(n.title)))
                        for d in index.documents for n in d.outline_nodes()]
        self._gram_df = self._title_gram_df()

    # -- structure -------------------------------------------------------------
    def _title_gram_df(self, n: int = 4) -> dict[str, int]:
        df: dict[str, int] = {}
        for _doc, _node, title in self._titles:
            for gram in {title[i:i + n] for i in range(len(title) - n + 1)}:
                df[gram] = df.get(gram, 0) + 1
        return df

    def named_nodes(self, question: str, n: int = 4) -> list[tuple[str, OutlineNode]]:
        """Headings the question names: most shared distinctive 4-character runs, at least two."""
        q = normalize(question)
        grams = {q[i:i + n] for i in range(len(q) - n + 1)}
        grams = {g for g in grams if 0 < self._gram_df.get(g, 0) <= 2}
        scored = [(sum(g in title for g in grams), doc, node) for doc, node, title in self._titles]
        best = max((s for s, _d, _n in scored), default=0)
        if best < 2:
            return []
        return [(d, node) for s, d, node in scored if s == best]

    def topic_nodes(self, topic: str) -> list[tuple[str, OutlineNode]]:
        """Outline nodes whose heading names the topic (e.g. a heading with 突出问题)."""
        cues = TOPICS[topic]["heading"]
        found = [(d, node) for d, node, title in self._titles if any(c in title for c in cues)]
        # The shallowest match per document: "三、…重点任务" rather than a child that repeats it.
        best: dict[str, tuple[str, OutlineNode]] = {}
        for d, node in found:
            if d not in best or node.level < best[d][1].level:
                best[d] = (d, node)
        return list(best.values())

    def part_nodes(self, part: int) -> list[tuple[str, OutlineNode]]:
        """The part-th top-level node of each document (by position: numbering can be wrong)."""
        return [(d.id, d.outline[part - 1]) for d in self.index.documents if 0 < part <= len(d.outline)]

    def targets(self, question: str, intent: Intent) -> list[tuple[str, OutlineNode]]:
        """The sections the question points at, most specific signal first."""
        if not self.structure:
            return []
        named = self.named_nodes(question)
        if named:
            return named
        if intent.part:
            return self.part_nodes(intent.part)
        if intent.topic:
            return self.topic_nodes(intent.topic)
        return []

    # -- ranking ---------------------------------------------------------------
    def search(self, question: str, intent: Intent, k: int = 10) -> SearchResult:
        """Rank all passages for ``question``; the top ``k`` (at least 10 when there are) come back."""
        qvec = self.encoder.encode_query(question)
        dense = self.index.dense_scores(qvec)
        lexical = self.index.bm25_scores(question)
        if self.mode == "dense":
            score = _minmax(dense)
        elif self.mode == "bm25":
            score = _minmax(lexical)
        elif self.fusion == "rrf":
            score = self._rrf(dense, lexical)
        else:
            score = self.alpha * _minmax(dense) + (1 - self.alpha) * _minmax(lexical)
        targets = self.targets(question, intent)
        if targets:
            score = score + self._structure_boost(targets, intent, score)
        order = np.argsort(-score, kind="stable")[:max(k, 10)]
        hits = [Hit(int(r), self.index.passages[r], float(score[r]), float(dense[r]), float(lexical[r]))
                for r in order]
        return SearchResult(hits=hits, query_vector=qvec, dense=dense, targets=targets)

    @staticmethod
    def _rrf(dense: np.ndarray, lexical: np.ndarray, k: int = 60) -> np.ndarray:
        out = np.zeros_like(dense)
        for scores in (dense, lexical):
            ranks = np.empty(len(scores), dtype=np.float32)
            ranks[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
            out += 1.0 / (k + ranks)
        return _minmax(out)

    def _structure_boost(self, targets, intent: Intent, score: np.ndarray) -> np.ndarray:
        boost = np.zeros_like(score)
        for row, p in enumerate(self.index.passages):
            for doc, node in targets:
                if p.document == doc and (p.section == node.path
                                          or p.section.startswith(node.path + " > ")):
                    boost[row] = self.boost
                    if intent.items and p.item in intent.items:
                        boost[row] += self.boost
        return boost
