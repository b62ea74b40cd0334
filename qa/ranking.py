"""What a search returns: ranked hits, and the scores of the passages behind them."""
from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from importlib import resources

import numpy as np

from index.document import OutlineNode, Passage


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
    dense: np.ndarray | RowScores  # cosine per passage row (on a large library: computed for the rows asked)
    targets: list[tuple[str, OutlineNode]] = field(default_factory=list)  # (document id, node)
    base: np.ndarray | RowScores | None = None  # the fused score before the structure steered it
    strength: float = 0.0  # how hard the targets steered: 1.0 when named, less for a topic word
    question: str = ""  # the text searched for


@dataclass(frozen=True)
class RankWeights:
    """How a passage's signals add up to its rank. The shipped values (``qa/data/ranking.json``)
    come from the grid ``python -m qa.rank_fit`` scores on the tuning part, within the bounds
    the class tests set (README, "Ranking weights"); the defaults are the generic pipeline's,
    which the baselines keep."""

    alpha: float = 0.6  # the dense share of the fused score (the rest is BM25)
    steer: float = 1.0  # how much the structure's lift counts (a named heading, a topic section, a focus)
    length: float = 0.0  # a lean to longer passages, per unit of log length / 6: they hold more of an answer

    def to_dict(self) -> dict[str, float]:
        """The JSON form written to ``qa/data/ranking.json``."""
        return asdict(self)


@functools.cache
def fitted_weights() -> RankWeights:
    """The weights shipped with the package; the defaults when the file is missing or unreadable."""
    try:
        data = json.loads(resources.files("qa").joinpath("data", "ranking.json").read_text(encoding="utf-8"))
        return RankWeights(**{k: float(data[k]) for k in ("alpha", "steer", "length")})
    except (OSError, ValueError, KeyError, TypeError):
        return RankWeights()


def length_prior(lengths: np.ndarray) -> np.ndarray:
    """A passage's log length scaled to about [0, 1.2] (a 400-character passage: 1.0)."""
    return (np.log1p(np.asarray(lengths, dtype=np.float32)) / 6.0).astype(np.float32)


@dataclass
class SearchSignals:
    """What one exact search ranked by, row by row, before the weights combined them (for
    fitting the weights: :mod:`qa.rank_fit`)."""

    dense: np.ndarray
    lexical: np.ndarray
    lift: np.ndarray  # the structure's lift, unweighted
    stub: np.ndarray  # the factor a heading stand-in or fragment is scaled by
    documents: set[str] | None  # the speeches searched (None: all)
    result: SearchResult


def minmax(x: np.ndarray, lo: float | None = None, hi: float | None = None) -> np.ndarray:
    """Scale to [0, 1] by the array's own bounds, or by ``lo``/``hi`` when given (a library's,
    not only these rows'); all zeros when they meet."""
    lo = float(x.min()) if lo is None else lo
    hi = float(x.max()) if hi is None else hi
    return np.zeros_like(x) if hi - lo < 1e-9 else (x - lo) / (hi - lo)


def rrf(dense: np.ndarray, lexical: np.ndarray, k: int = 60) -> np.ndarray:
    """Reciprocal-rank fusion of two score arrays, scaled to [0, 1]."""
    out = np.zeros_like(dense)
    for scores in (dense, lexical):
        ranks = np.empty(len(scores), dtype=np.float32)
        ranks[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
        out += 1.0 / (k + ranks)
    return minmax(out)


class RowScores:
    """A score per passage row, held for the candidates and computed for any other row asked.

    Indexing with a row or rows gives what the full-length array of the exact path
    would; ``max()`` is over the candidates (where the best row is).
    """

    def __init__(self, rows: np.ndarray, values: np.ndarray, size: int,
                 compute: Callable[[np.ndarray], np.ndarray]) -> None:
        self.rows, self.values, self.size, self._compute = rows, values, size, compute

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, key):
        if isinstance(key, (int, np.integer)):
            return self[np.array([key])][0]
        rows = np.asarray(key, dtype=np.int64).reshape(-1)
        out = np.empty(len(rows), dtype=np.float32)
        at = np.minimum(np.searchsorted(self.rows, rows), max(len(self.rows) - 1, 0))
        known = (self.rows[at] == rows) if len(self.rows) else np.zeros(len(rows), dtype=bool)
        out[known] = self.values[at[known]]
        if (~known).any():
            out[~known] = self._compute(rows[~known])
        return out

    def max(self) -> float:
        """The best score among the candidates."""
        return self.values.max()

    def argmax(self) -> int:
        """The row of the best score (a candidate), as ``np.ndarray.argmax`` gives it on the full array."""
        return int(self.rows[self.values.argmax()])

    def max_where(self, keep: np.ndarray) -> float:
        """The best score among the candidates whose rows ``keep`` (a mask over every row) holds;
        the best of all candidates when it holds none."""
        held = keep[self.rows]
        return float(self.values[held].max() if held.any() else self.values.max())

    def argmax_where(self, keep: np.ndarray) -> int:
        """The row of the best score among the candidates whose rows ``keep`` holds (of all
        candidates when it holds none)."""
        held = keep[self.rows]
        values = np.where(held, self.values, -np.inf) if held.any() else self.values
        return int(self.rows[values.argmax()])

    def __array__(self, dtype=None, copy=None):
        """Every row's score (a scan of the library: only for callers that need it whole)."""
        full = self[np.arange(self.size)]
        return full if dtype is None else full.astype(dtype)


def max_where(scores, keep: np.ndarray) -> float:
    """The best of ``scores`` (a :class:`RowScores` or a full array) over the rows ``keep`` holds;
    the best of all when it holds none."""
    if isinstance(scores, RowScores):
        return scores.max_where(keep)
    values = np.asarray(scores)
    return float(values[keep].max() if keep.any() else values.max())


def argmax_where(scores, keep: np.ndarray) -> int:
    """The row of the best of ``scores`` (a :class:`RowScores` or a full array) over the rows ``keep``
    holds; of all when it holds none. A :class:`RowScores` answers from its candidates, with no
    scan of the library."""
    if isinstance(scores, RowScores):
        return scores.argmax_where(keep)
    values = np.asarray(scores, dtype=np.float64)
    return int(np.where(keep, values, -np.inf).argmax() if keep.any() else values.argmax())
