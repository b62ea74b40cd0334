"""What a list question counts, for the answers that pick a list: the noun it counts ("哪几条产业链"
-> 产业链) and whether a text announces a list counted in a unit ("分为以下四类" in 类).

The unit a question counts in is read with its intent (:data:`qa.intent.ASKED_UNIT`).
"""
from __future__ import annotations

import re

from index.announce import find_announcements
from index.tokenize import tokenize

from .intent import TOPICS, topic_words

# "围绕哪几条产业链", "有几类企业": the thing a question counts, read up to the next word break.
_COUNTED = re.compile(r"(?:哪几|哪些|几)[个条项点类种家批支座所]?([\u4e00-\u9fff]{2,10})")


_COUNT_MODIFIER = re.compile(r"^(?:重点|主要|具体|重要|关键|核心|突出|新的?|大的?)")


def counted_nouns(question: str) -> list[str]:
    """What the question counts ("哪几条产业链招商" -> ["产业链"]): the counted run's first word
    (the topic nouns are not things counted here: their lists are the point)."""
    out = []
    for m in _COUNTED.finditer(question):
        run = m.group(1).split("的")[-1]  # "哪些不容忽视的问题": the noun after the modifier
        run = _COUNT_MODIFIER.sub("", run)  # "哪些重点产业": 产业 is counted
        first = max((w for w in tokenize(run) if len(w) >= 2 and run.startswith(w)), key=len, default=None)
        if first and first not in ("方面", "部分", "要求") and not any(first in topic_words(t) for t in TOPICS):
            out.append(first)
    return out


_COUNT = "[一二三四五六七八九十两几\\d]+"  # "四", "几", "12": a count a list is announced with


def counts_in_unit(text: str, unit: str) -> bool:
    """Whether ``text`` announces a list counted in ``unit`` ("分为以下四类" in 类)."""
    return bool(find_announcements(text) and re.search(rf"{_COUNT}(?:个|大)?{unit}", text))
