"""Sentence spans in Chinese (and mixed) text: the unit answers are quoted in."""
from __future__ import annotations

import re

# A sentence runs to 。！？!? (or ……), taking closing quotes and brackets with it.
_SENTENCE = re.compile(r"[^。！？!?…]*(?:[。！？!?]+|…{1,2}|$)[”’」』)）]*", re.S)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, whitespace trimmed, covering all its words."""
    spans = []
    for m in _SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings."""
    return [text[a:b] for a, b in sentence_spans(text)]
