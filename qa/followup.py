"""Follow-up questions: "第二个问题具体说说", "第三条", "这一条", "它" point into the last answer."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .answer import AnswerItem
from .intent import numeral_value

_ORDINAL = re.compile(r"第\s*([一二三四五六七八九十]+|\d+)\s*(?:个|条|点|项|方面|部分|类)?")
_LAST = re.compile(r"最后(?:一)?(?:个|条|点|项)")
_DEICTIC = re.compile(r"这一?(?:条|个|点|项|方面|问题|任务|措施)|该(?:条|问题|任务|措施)|上述|(?<![其吉])它|前者")
_EN_ORDINAL = re.compile(r"\b(first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th)\b", re.I)
_EN_INDEX = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "fifth": 5, "5th": 5, "sixth": 6}
_EN_DEICTIC = re.compile(r"\b(it|this one|that one|this point|that point)\b", re.I)


@dataclass
class ResolvedQuestion:
    """The question to search for, and the earlier item it points at, if any."""

    text: str  # what retrieval sees
    focus: AnswerItem | None = None
    original: str = ""


def referenced_position(question: str) -> int | None:
    """0-based item position a question points at (-1 for "the last"), or None."""
    if _LAST.search(question) or re.search(r"\blast\b", question, re.I):
        return -1
    if (m := _ORDINAL.search(question)) and "部分" not in m.group(0):
        value = numeral_value(m.group(1))
        return value - 1 if value else None
    if (m := _EN_ORDINAL.search(question)):
        return _EN_INDEX.get(m.group(1).lower(), 1) - 1
    if _DEICTIC.search(question) or _EN_DEICTIC.search(question):
        return 0
    return None


def resolve_followup(question: str, history: list[str],
                     previous_items: Callable[[], list[AnswerItem]]) -> ResolvedQuestion:
    """Rewrite a follow-up so it stands alone; other questions pass through unchanged.

    ``previous_items`` is called only when the question refers back, so plain
    questions never pay for re-answering the last turn.
    """
    position = referenced_position(question) if history else None
    if position is None:
        return ResolvedQuestion(text=question, original=question)
    items = previous_items()
    if not items or not -len(items) <= position < len(items):
        return ResolvedQuestion(text=question, original=question)
    item = items[position]
    return ResolvedQuestion(text=f"{item.text} {question}", focus=item, original=question)
