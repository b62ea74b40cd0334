"""The clauses of a long list sentence that a figure question asks about.

A report lists its targets in one sentence: "主要目标是：粮食播种面积稳定在6.8万亩以上；农村居民人均
可支配收入增长7%左右；村集体经营性收入30万元以上的村达到12个；完成农村户厕改造××户…". Asked
"今年农民收入要涨多少", the answer is the clause on income: quoting all of it buries the figure, and
a blank in another clause ("××户") is no defect of this answer. The clauses that hold most of the
question's words (in the text's words for them) are quoted, as one span of the sentence.
"""
from __future__ import annotations

import re

from .everyday_words import word_variants

MIN_CLAUSES = 3  # a sentence of fewer clauses is quoted whole
_CLAUSE_END = re.compile(r"[；;]")


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each "；"-separated clause of ``sentence``, its lead ("主要目标是：") kept
    with the first."""
    spans, start = [], 0
    for m in _CLAUSE_END.finditer(sentence):
        spans.append((start, m.start()))
        start = m.end()
    if start < len(sentence):
        spans.append((start, len(sentence)))
    return [(a, b) for a, b in spans if sentence[a:b].strip()]


def asked_span(sentence: str, words: list[str]) -> tuple[int, int] | None:
    """The span of ``sentence`` from the first to the last clause holding most of ``words``;
    None when the sentence is short, no clause stands out, or every clause would be kept."""
    spans = clause_spans(sentence)
    if len(spans) < MIN_CLAUSES or not words:
        return None
    forms = [(w, *word_variants(w)) for w in words if len(w) >= 2]
    scores = [sum(any(f in sentence[a:b] for f in group) for group in forms) for a, b in spans]
    best = max(scores, default=0)
    picked = [i for i, s in enumerate(scores) if s == best]
    if not best or len(picked) == len(spans):
        return None
    lead = re.match(r"[^：:]{0,20}[：:]", sentence[spans[picked[0]][0]:spans[picked[0]][1]])
    start = spans[picked[0]][0] + (lead.end() if lead and picked[0] == 0 else 0)
    return start, spans[picked[-1]][1]
