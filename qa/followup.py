"""Follow-up questions: "第二个问题具体说说", "第三条", "这一条", "它" point into the last answer."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .answer import AnswerItem
from .intent import EN_ORDINALS, numeral_value

_ORDINAL = re.compile(r"第\s*([一二三四五六七八九十]+|\d+)\s*(?:个|条|点|项|方面|部分|类)?")
_LAST = re.compile(r"最后(?:一)?(?:个|条|点|项)")
_DEICTIC = re.compile(r"这一?[条点项]|这个(?:问题|任务|措施)|这方面|该(?:条|问题|任务|措施)|上述|(?<![其吉])它|前者")
# Openings that lean on the last turn without pointing at an item: "那各县呢", "有没有例子".
_CONTINUES = re.compile(r"^(?:那么?|还有|另外|此外|有没有|有无|具体|再|然后|这些|这个|该|其|and\b|what about|"
                        r"how about|any\b|is there|are there)", re.I)
_EN_ORDINAL = re.compile(r"\b(first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th)\b", re.I)
_EN_DEICTIC = re.compile(r"\b(it|this one|that one|this point|that point)\b", re.I)


@dataclass
class ResolvedQuestion:
    """The question to search for, and the earlier item it points at, if any."""

    text: str  # what retrieval sees
    focus: AnswerItem | None = None
    original: str = ""
    position: int | None = None  # an ordinal the question names ("第三条") with no earlier list
    continues: bool = False  # leans on the last answer as a whole ("有没有例子")


def continues_last_turn(question: str) -> bool:
    """True for a question that only makes sense after the last one ("那…呢", "有没有例子")."""
    return bool(_CONTINUES.match(question.strip())) or len(question.strip()) <= 10

def referenced_position(question: str) -> int | None:
    """0-based item position a question points at (-1 for "the last"), or None."""
    if _LAST.search(question) or re.search(r"\blast\b", question, re.I):
        return -1
    if (m := _ORDINAL.search(question)) and "部分" not in m.group(0):
        value = numeral_value(m.group(1))
        return value - 1 if value else None
    if (m := _EN_ORDINAL.search(question)):
        return EN_ORDINALS.get(m.group(1).lower(), 1) - 1
    if _DEICTIC.search(question) or _EN_DEICTIC.search(question):
        return 0
    return None


def marker_number(marker: str | None) -> int | None:
    """3 for "三是", "(三)", "三、", "3."; None when there is no number."""
    m = re.search(r"[一二三四五六七八九十]+|\d+", marker or "")
    return numeral_value(m.group(0)) if m else None


def pick_by_ordinal(items: list, position: int):
    """The item a 0-based position names: the one the speech itself numbers so, else by place.

    After a gap a list can start at "二是"; "第三个" then means the item marked
    三是, not the third one shown.
    """
    if position >= 0:
        for item in items:
            if marker_number(getattr(item, "marker", None)) == position + 1:
                return item
    return items[position] if -len(items) <= position < len(items) else None


def leans_on_previous(question: str) -> bool:
    """Whether a question (after an earlier turn) uses that turn: the test :func:`resolve_followup` applies."""
    return referenced_position(question) is not None or continues_last_turn(question)


def resolve_followup(question: str, history: list[str],
                     previous: Callable[[], tuple[str, list[AnswerItem]]]) -> ResolvedQuestion:
    """Rewrite a follow-up so it stands alone; other questions pass through unchanged.

    ``previous`` re-answers the last turn and gives (its resolved text, its
    items); it is called only when the question leans on it, so plain questions
    never pay for it. An ordinal with no earlier turn ("第一个突出问题是什么")
    is kept in ``position`` for the answerer to apply to its own list.
    """
    position = referenced_position(question)
    if not history:
        return ResolvedQuestion(text=question, original=question, position=position)
    if position is not None:
        _text, items = previous()
        item = pick_by_ordinal(items, position) if items else None
        if item is not None:
            return ResolvedQuestion(text=f"{item.text} {question}", focus=item, original=question)
        return ResolvedQuestion(text=question, original=question, position=position)
    if continues_last_turn(question):
        text, items = previous()
        if not items:
            return ResolvedQuestion(text=f"{text} {question}", original=question)
        # The last answer as a whole is the context: search its passages with this question.
        whole = AnswerItem(text=items[0].text if len(items) == 1 else text, section=items[0].section,
                           document=items[0].document, marker=items[0].marker if len(items) == 1 else None,
                           passage_ids=list(dict.fromkeys(p for it in items for p in it.passage_ids)))
        return ResolvedQuestion(text=f"{text} {question}", focus=whole, original=question, continues=True)
    return ResolvedQuestion(text=question, original=question)
