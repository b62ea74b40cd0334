"""Which speeches of a library a question that names none is answered from.

A question written with one speech in mind ("去年GDP多少", "营商环境有哪些问题") often fits
several speeches of a library about as well: five government reports each give last year's
GDP. Answering from the single best passage then quotes another speech about half the time.
When the best passages of other speeches score close to the best one, the question is answered
for each of them (the closest few), each under its title, so that the speech meant is among
them and the user sees which speech says what.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .question_terms import focus_words
from .ranking import SearchResult

# How close (on the fused 0..1 score before the structure steers it) another speech's best
# passage must come to the best one to be answered too, and how many speeches at most. Fitted
# on the tuning part of the colloquial sets with all their speeches in one index: scoring every
# passage, the speech meant is among those answered for 0.59 of first questions at one speech,
# 0.73 at these; among the hits, as here, right answers went from 692 to 718 of 1,098.
CLOSE_MARGIN = 0.1
MOST_SPEECHES = 3
SUBJECT_CHARS = 3  # a question word that close speeches must hold alike, at least


def best_per_speech(result: SearchResult) -> dict[str, float]:
    """The best fused score of each speech among the best passages found (the hits: every store
    finds those, where a large library scores only its candidates)."""
    if result.base is None or not result.hits:
        return {}
    rows = np.array([h.row for h in result.hits], dtype=np.int64)
    values = np.asarray(result.base[rows], dtype=np.float64)
    best: dict[str, float] = {}
    for hit, value in zip(result.hits, values):
        if np.isfinite(value):
            best[hit.passage.document] = max(best.get(hit.passage.document, -np.inf), float(value))
    return best


def close_speeches(result: SearchResult, quoted: list[str], margin: float = CLOSE_MARGIN,
                   most: int = MOST_SPEECHES) -> list[str]:
    """The speeches an answer quoted (``quoted``, in its order), then those whose best passage
    scores within ``margin`` of the best speech's, at most ``most`` in all."""
    ranked = sorted(best_per_speech(result).items(), key=lambda kv: -kv[1])[:most]
    top = ranked[0][1] if ranked else 0.0
    close = [doc for doc, score in ranked if score >= top - margin]
    return list(dict.fromkeys(quoted + close))[:most]


def holding_most_words(question: str, speeches: list[str], text_of: Callable[[str], str]) -> list[str]:
    """``speeches`` (the first the one the answer quoted) less the first when it holds fewer of the
    question's subject words than another: it lacks one the other holds, and holds none the other
    lacks ("今年乡村振兴有哪些重点任务" fits a digital-economy speech's "今年…重点任务" on score, but
    only the rural speech says 乡村振兴). Only the first gives way: the others were found close to
    it, and a word a speech writes otherwise (电动车, 电动自行车) must not drop the one meant."""
    # a subject's name ("乡村振兴", "入住率"), not a plain word a colloquial question brings (实际, 金额)
    words = [w for w in focus_words(question, None) if len(w) >= SUBJECT_CHARS]
    if len(speeches) < 2 or not words:
        return speeches
    held = {doc: {w for w in words if w in text_of(doc)} for doc in speeches}
    lead = speeches[0]
    return speeches[1:] if any(held[lead] < held[other] for other in speeches[1:]) else speeches
