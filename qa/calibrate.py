"""Choose the refusal rule's numbers from question sets (``qa eval --calibrate``).

For every question the rule would judge (those not about the speech by their
form), record its evidence and whether the gold set says it is answerable,
then search the weight and the per-language thresholds for the best accuracy.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .eval import EvalItem
from .followup import resolve_followup
from .guard import clean_question
from .intent import detect_intent
from .refusal import Evidence, evidence


@dataclass
class Sample:
    """One judged question: its evidence, language and gold answerability."""

    evidence: Evidence
    lang: str
    answerable: bool
    question: str


def collect(assistant, items: list[EvalItem]) -> list[Sample]:
    """The evidence the rule sees for each question it would judge."""
    state = assistant._state
    samples = []
    for item in items:
        cleaned = clean_question(item.question)
        if cleaned.reply:
            continue
        resolved = resolve_followup(cleaned.text, item.history, assistant._previous_turn(item.history))
        intent = detect_intent(resolved.text)
        result = state.retriever.search(resolved.text, intent)
        if state.answerer.about_the_speech(resolved, intent, result):
            continue
        samples.append(Sample(evidence(resolved.text, result, state.index), intent.lang,
                              item.answerable, item.question))
    return samples


def best_rule(samples: list[Sample]) -> dict[str, float]:
    """The weight and thresholds with the highest accuracy (ties: the largest margin)."""
    best: tuple[float, float, dict[str, float]] | None = None
    for weight in np.arange(0.0, 1.01, 0.05):
        rule: dict[str, float] = {"coverage_weight": round(float(weight), 2)}
        correct = 0
        for lang in ("zh", "en"):
            group = [s for s in samples if s.lang == lang]
            if not group:
                rule[f"threshold_{lang}"] = float("nan")
                continue
            scores = np.array([s.evidence.dense + weight * s.evidence.coverage for s in group])
            gold = np.array([s.answerable for s in group])
            cuts = np.unique(np.concatenate([scores, scores + 1e-4]))
            accs = [((scores >= c) == gold).sum() for c in cuts]
            top = max(accs)
            # Of the cuts with the best accuracy, take the middle one: the widest margin.
            good = [c for c, a in zip(cuts, accs) if a == top]
            rule[f"threshold_{lang}"] = round(float(np.median(good)), 3)
            correct += top
        accuracy = correct / max(1, len(samples))
        if best is None or accuracy > best[0]:
            best = (accuracy, weight, rule)
    rule = best[2] if best else {}
    rule["accuracy"] = round(best[0], 4) if best else float("nan")
    return rule
