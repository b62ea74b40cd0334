"""Fitting the refusal model, and measuring a fit the way it will be used: on speeches it never saw.

Two candidates are fitted to the same samples and compared by leaving one speech out:

* a logistic regression over :data:`~qa.refusal_features.FEATURES` (Newton's method,
  L2 on the standardised weights);
* a hand rule: ``dense + w * coverage`` against a threshold per language.

Both then get the same two vetoes, searched on the training samples: decline when the
asked fact is missing from the best clauses (``fact_missing >= fact_veto``), when a
year the question names is nowhere in the speech, and when a question asking a fact names
a period (去年, 上半年) the best passages never speak of. A veto is an AND the linear score
cannot express: a near miss shares the topic, so its score is high.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from .refusal import LogisticRefusal
MODEL_FEATURES = ("dense", "dense_gap", "coverage", "in_doc", "around_missing", "period_missing", "entity_missing",
                  "english", "coverage_en")
HAND_SCALE = 50.0  # the hand rule as a logistic model: a steep sigmoid around its threshold
_FACT_VETOES = (0.4, 0.5, 0.6, 0.7, 0.8, None)


def _matrix(samples, names: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    x = np.stack([s.evidence.vector(names) for s in samples])
    y = np.array([s.answerable for s in samples], dtype=np.float64)
    return x, y


def fit_logistic(samples, names: tuple[str, ...] = MODEL_FEATURES, l2: float = 1.0) -> LogisticRefusal:
    """A logistic regression on standardised features (the intercept is not shrunk)."""
    x, y = _matrix(samples, names)
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std < 1e-9] = 1.0
    z = np.hstack([(x - mean) / std, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    reg = np.eye(z.shape[1]) * l2
    reg[-1, -1] = 1e-6  # the intercept is all but free (a trace keeps a separable set solvable)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-z @ w))
        step = np.linalg.solve((z * (p * (1 - p))[:, None]).T @ z + reg, z.T @ (p - y) + reg @ w)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = w[:-1] / std
    return LogisticRefusal(kind="logistic", names=tuple(names), weights=[round(float(v), 5) for v in weights],
                           bias=round(float(w[-1] - (mean / std) @ w[:-1]), 5))


def fit_hand_rule(samples) -> LogisticRefusal:
    """``dense + w * coverage >= threshold`` (one threshold per language), as a steep logistic model."""
    best: tuple[int, float, dict[str, float]] | None = None
    for weight in np.arange(0.0, 1.01, 0.05):
        cuts, correct = {}, 0
        for lang in ("zh", "en"):
            group = [s for s in samples if s.lang == lang]
            if not group:
                cuts[lang] = cuts.get("zh", 1.0)
                continue
            scores = np.array([s.evidence.dense + weight * s.evidence.coverage for s in group])
            gold = np.array([s.answerable for s in group])
            options = np.unique(scores)
            accs = np.array([((scores >= c) == gold).sum() for c in options])
            good = options[accs == accs.max()]
            # Of the cuts with the best accuracy, the lowest: on a tie, answer (a wrong decline hides
            # what the speech says; the vetoes, not this cut, decline the near misses).
            cuts[lang] = float(good.min())
            correct += int(accs.max())
        if best is None or correct > best[0]:
            best = (correct, float(weight), cuts)
    _n, weight, cuts = best
    k = HAND_SCALE
    return LogisticRefusal(kind="hand rule", names=("dense", "coverage", "english"),
                           weights=[k, round(k * weight, 5), round(k * (cuts["zh"] - cuts["en"]), 5)],
                           bias=round(-k * cuts["zh"], 5))


def _veto_choices():
    return [(fact, year, period) for fact in _FACT_VETOES for year in (True, False) for period in (False, True)]


def with_vetoes(model: LogisticRefusal, samples) -> LogisticRefusal:
    """The model with the fact, year and period vetoes that suit ``samples`` best (none when they do not help);
    the name veto is a rule, not a choice: it always holds."""
    best: tuple[int, LogisticRefusal] | None = None
    for fact, year, period in _veto_choices():
        candidate = replace(model, fact_veto=fact, year_veto=year, period_veto=period, name_veto=True)
        correct = sum(candidate.predict(s.evidence) == s.answerable for s in samples)
        if best is None or correct > best[0]:
            best = (correct, candidate)
    return best[1]


def fit_logistic_vetoed(samples) -> LogisticRefusal:
    """The logistic model fitted to the samples no veto decides, for the vetoes that suit best."""
    best: tuple[int, LogisticRefusal] | None = None
    for fact, year, period in _veto_choices():
        veto = LogisticRefusal(fact_veto=fact, year_veto=year, period_veto=period, name_veto=True)
        kept = [s for s in samples if not veto.vetoed(s.evidence)] or samples
        candidate = replace(fit_logistic(kept), fact_veto=fact, year_veto=year, period_veto=period, name_veto=True)
        correct = balanced_accuracy(samples, [candidate.predict(s.evidence) for s in samples])
        if best is None or correct > best[0]:
            best = (correct, candidate)
    return best[1]


def balanced_accuracy(samples, predictions: list[bool]) -> float:
    """The mean of the accuracy on answerable questions and on those to decline.

    A veto exists for the near misses, a few hundred among thousands of answerable questions: by
    plain accuracy the loosest veto wins, as a wrongly answered near miss (a figure the speech
    never gives) then costs no more than one wrong decline among many."""
    groups: dict[bool, list[bool]] = {True: [], False: []}
    for s, p in zip(samples, predictions):
        groups[bool(s.answerable)].append(p == s.answerable)
    shares = [float(np.mean(v)) for v in groups.values() if v]
    return float(np.mean(shares)) if shares else 0.0


FITTERS: dict[str, Callable] = {
    "logistic": fit_logistic_vetoed,
    "hand rule": lambda samples: with_vetoes(fit_hand_rule(samples), samples),
}


def cross_validated(samples, fit: Callable) -> list[bool]:
    """Leave one speech out: each speech's questions judged by a model fitted on the other speeches
    (with a single speech, the model fitted on all of them)."""
    docs = sorted({s.doc for s in samples})
    if len(docs) < 2:  # nothing to leave out: the fit measured on its own samples
        model = fit(samples)
        return [model.predict(s.evidence) for s in samples]
    out: list[bool | None] = [None] * len(samples)
    for doc in docs:
        model = fit([s for s in samples if s.doc != doc])
        for i, s in enumerate(samples):
            if s.doc == doc:
                out[i] = model.predict(s.evidence)
    return [bool(v) for v in out]


def accuracy_table(samples, predictions: list[bool]) -> dict[str, tuple[float, int]]:
    """Accuracy (and count) overall, per index size, per document size, per both, per language."""
    groups: dict[str, list[bool]] = {"all questions": []}
    for s, p in zip(samples, predictions):
        ok = p == s.answerable
        groups["all questions"].append(ok)
        for key in (f"index: {s.setting}", f"speech: {s.size}", f"{s.setting} x {s.size}", f"lang: {s.lang}",
                    f"gold: {'answerable' if s.answerable else 'decline'}"):
            groups.setdefault(key, []).append(ok)
    return {k: (round(float(np.mean(v)), 3), len(v)) for k, v in sorted(groups.items())}

