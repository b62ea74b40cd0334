"""Fit the ranking weights on tuning questions (``python -m qa.rank_fit``).

Every tuning question with evidence is asked as ``qa eval`` asks it (all speeches in one
index, and with ``--alone`` its speech indexed alone too); the search behind its answer is recorded signal by signal (:class:`~qa.ranking.SearchSignals`).
A grid over the three weights of :class:`~qa.ranking.RankWeights` (the dense share of the fused
score, how much the structure's lift counts, the lean to longer passages) is then scored by
hit@1, the share of questions whose first passage holds the evidence; ``--out`` writes the
best (the shipped ``qa/data/ranking.json`` was chosen within bounds the class tests set: README,
"Ranking weights"). Held-out rows (``split.json``) are dropped before
anything reads them. Three weights over a thousand questions leave little to fit to a single
one; the closing figures come from ``qa eval`` on both parts.
"""
from __future__ import annotations

import argparse
import functools
import itertools
import json
import pickle
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .calibrate import tuning_items
from .eval import EvalItem
from .ranking import RankWeights, SearchSignals, length_prior, minmax

ALPHAS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
STEERS = (0.1, 0.2, 0.3, 0.5, 0.7, 1.0)
LENGTHS = (0.0, 0.1, 0.2, 0.3)


@dataclass
class RankSample:
    """One question's search: the signals of every row, and which rows hold its evidence."""

    question: str
    dense: np.ndarray
    lexical: np.ndarray
    lift: np.ndarray
    stub: np.ndarray
    searched: np.ndarray  # rows of the speeches searched
    relevant: np.ndarray
    lengths: np.ndarray

    @functools.cached_property
    def _scaled(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        # the same for every point of the grid: scaled once, not once per point
        return minmax(self.dense), minmax(self.lexical), length_prior(self.lengths)

    def first(self, weights: RankWeights) -> int:
        """The row the weights rank first (as :meth:`HybridRetriever.search` would)."""
        dense, lexical, prior = self._scaled
        fused = weights.alpha * dense + (1 - weights.alpha) * lexical
        score = fused * self.stub + weights.steer * self.lift + weights.length * prior
        return int(np.argmax(np.where(self.searched, score, -np.inf)))


def gather(assistant, items: Sequence[EvalItem], say: Callable[[str], None] = lambda m: None) -> list[RankSample]:
    """Ask every item with evidence and record the search its ``retrieved`` list came from."""
    retriever = assistant.retriever
    index = assistant.index
    lengths = np.array([len(p.text) for p in index.passages], dtype=np.int32)
    seen: list[SearchSignals] = []
    retriever.observer = seen.append
    samples = []
    try:
        for n, item in enumerate(items, start=1):
            if not (item.answerable and item.evidence):
                continue
            seen.clear()
            answer = assistant.ask(item.question, item.history)
            ids = [r.passage_id for r in answer.retrieved][:10]
            found = [s for s in seen if [h.passage.id for h in s.result.hits][:10] == ids]
            if not found:  # answered without one search (per speech, by a byline…): nothing to rank
                continue
            signals = found[-1]
            relevant = np.array([item.is_relevant(p.section, p.text) for p in index.passages])
            if not relevant.any():
                continue
            searched = (index.in_documents(np.arange(len(index.passages)), sorted(signals.documents))
                        if signals.documents else np.ones(len(index.passages), dtype=bool))
            samples.append(RankSample(item.question, signals.dense, signals.lexical, signals.lift,
                                      signals.stub, searched, relevant, lengths))
            if n % 100 == 0:
                say(f"{n}/{len(items)} questions asked")
    finally:
        retriever.observer = None
    return samples


def gather_alone(assistant, items: Sequence[EvalItem], say: Callable[[str], None] = lambda m: None) -> list[RankSample]:
    """:func:`gather` with each speech indexed alone, as ``qa eval --alone`` asks (a user's
    library of one speech ranks by the same weights as a library of many)."""
    from index.store import index_in_memory

    docs = {d.id: d for d in assistant.documents()}
    by_doc: dict[str, list[EvalItem]] = {}
    for item in items:
        if item.doc_id in docs:
            by_doc.setdefault(item.doc_id, []).append(item)
    samples = []
    for doc_id, group in by_doc.items():
        alone = assistant.variant(index=index_in_memory([docs[doc_id]], assistant.encoder))
        samples += gather(alone, group)
        say(f"{doc_id}: {len(group)} questions asked alone")
    return samples


def hit_at_1(samples: Sequence[RankSample], weights: RankWeights) -> float:
    """The share of samples whose first row holds the evidence."""
    return float(np.mean([s.relevant[s.first(weights)] for s in samples])) if samples else 0.0


def grid(samples: Sequence[RankSample], alphas: Sequence[float] = ALPHAS) -> list[tuple[float, RankWeights]]:
    """hit@1 of every weight combination, best first; among equals, the nearest to the defaults."""
    default = RankWeights()
    def distance(w: RankWeights) -> float:
        return abs(w.alpha - default.alpha) + abs(w.steer - default.steer) + abs(w.length - default.length)
    scored = [(hit_at_1(samples, w), w) for w in
              (RankWeights(a, s, l) for a, s, l in itertools.product(alphas, STEERS, LENGTHS))]
    return sorted(scored, key=lambda hw: (-round(hw[0], 6), distance(hw[1])))


def main(argv: list[str] | None = None) -> int:
    """Gather tuning samples, score the grid, write the best weights."""
    from .assistant import Assistant

    ap = argparse.ArgumentParser(prog="python -m qa.rank_fit", description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path, help="question sets (.jsonl); held-out rows are skipped")
    ap.add_argument("--split", type=Path, nargs="+", action="extend",
                    help="split.json files with the held-out ids (one per family of sets)")
    ap.add_argument("--index-dir", action="append", required=True,
                    help="an index of every speech its sets are about (repeat it with --family for each family of sets)")
    ap.add_argument("--family", action="append", default=[],
                    help="with several --index-dir: the folder of the sets each index is for, in the same order")
    ap.add_argument("--alone", action="store_true",
                    help="also ask each speech's questions with that speech indexed alone")
    ap.add_argument("--alpha", type=float,
                    help="keep the dense share at this value and fit the other two (hit@1 alone favours "
                         "the dense share more than answers do: choose it by `qa eval` on the tuning part)")
    ap.add_argument("--out", type=Path, help="write the best weights here (JSON)")
    ap.add_argument("--samples", type=Path,
                    help="a pickle of the gathered samples: read when it exists, else written")
    args = ap.parse_args(argv)
    if args.samples and args.samples.exists():
        samples = pickle.loads(args.samples.read_bytes())
    else:
        samples = []
        families = args.family or [None]
        if len(families) != len(args.index_dir):
            ap.error("give one --family per --index-dir")
        for index_dir, family in zip(args.index_dir, families):
            sets = [p for p in args.sets if family is None or p.resolve().parent == Path(family).resolve()]
            assistant = Assistant(index_dir=index_dir, progress=False)
            items = tuning_items(sets, args.split)
            samples += gather(assistant, items, lambda m: print(m, file=sys.stderr))
            if args.alone:
                samples += gather_alone(assistant, items, lambda m: print(m, file=sys.stderr))
        if args.samples:
            args.samples.write_bytes(pickle.dumps(samples))
    ranked = grid(samples, [args.alpha] if args.alpha is not None else ALPHAS)
    print(f"{len(samples)} tuning questions; hit@1 with the generic weights {hit_at_1(samples, RankWeights()):.3f}")
    for score, weights in ranked[:10]:
        print(f"  {score:.3f}  {weights}")
    best = ranked[0][1]
    print(f"best: {best}")
    if args.out:
        args.out.write_text(json.dumps(best.to_dict(), indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
