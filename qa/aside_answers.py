"""Answers composed before any section or sentence is chosen, for questions whose shape decides them:
a value asked against a scale's brackets (:mod:`qa.range_rows`) and an item a cut-off speech names
ahead but never reaches (:mod:`qa.beyond_cut`)."""
from __future__ import annotations

from .beyond_cut import beyond_cut_answer, item_beyond_cut
from .range_rows import bracket_answer


def answer_aside(index, builder, question: str, result, lang: str):
    """(text, items, notices) for such a question, else None; raises like :func:`bracket_answer`."""
    if (bracket := bracket_answer(index, builder, question, result, lang)) is not None:
        return bracket, [], []  # "18万的车补多少": the row of its bracket
    doc = index.document(result.hits[0].passage.document) if result.hits else None
    if doc is not None and (beyond := item_beyond_cut(index, doc, question)) is not None:
        return beyond_cut_answer(index, builder, doc, beyond, lang)  # named ahead, cut off before it
    return None
