"""How an ordinal picks an item of a list in the speech's own numbering: the number of a list
marker in any scheme (三是, （三）, 第三，, ③), the numbers a list shows, and those a gap skips
("第三点" of 第一/第二/第四 lies in the gap, not the third one shown).
"""
from __future__ import annotations

import re

from index.numbering import leading_marker

from .intent import numeral_value
from .question_form import _N


def marker_number(marker: str | None) -> int | None:
    """The number of a list marker in any scheme: 3 for "三是", "（三）", "第三，", "其三", "3.", "③",
    "再次"; None for a marker without one ("——", "最后")."""
    if not marker:
        return None
    m = leading_marker(marker.strip() + "，")  # labels drop the punctuation a marker ends with
    if m is not None and 0 < m.value < 99:
        return m.value
    if m is None and (found := re.search(_N, marker)):
        return numeral_value(found.group(0))
    return None


def pick_by_ordinal(items: list, position: int, start_omitted: bool = False):
    """The item a 0-based position names: the one the speech itself numbers so, else by place.

    After a gap a list can start at "二是"; "第三个" then means the item marked
    三是, not the third one shown. With ``start_omitted`` (the list's section lost text
    in a gap), "第一个" of it is None: it lies in what the text leaves out.
    """
    if position >= 0:
        numbers = shown_numbers(items)
        if position + 1 in numbers:
            return items[numbers.index(position + 1)]
        if start_omitted and any(numbers) and position + 1 < min(n for n in numbers if n):
            return None
        if numbered_past(numbers, position + 1):
            return None  # "第三点" of 第一/第二/第四: it lies in a gap, not the third one shown
    return items[position] if -len(items) <= position < len(items) else None


def numbered_past(numbers: list[int | None], asked: int) -> bool:
    """Whether a list numbered straight up (1, 2, 4) skips the point ``asked`` between two it shows."""
    if len(numbers) < 2 or None in numbers or any(a >= b for a, b in zip(numbers, numbers[1:])):
        return False
    return numbers[0] < asked < numbers[-1] and asked not in numbers


def skipped_numbers(items: list) -> list[int]:
    """The numbers a list numbered straight up skips between the points it shows (1, 2, 4, 5: [3])."""
    numbers = shown_numbers(items)
    if len(numbers) < 2 or None in numbers or any(a >= b for a, b in zip(numbers, numbers[1:])):
        return []
    return [k for k in range(numbers[0] + 1, numbers[-1]) if k not in numbers]


def shown_numbers(items: list) -> list[int | None]:
    """Each item's number: its marker's (三是: 3), or, for the unmarked text right before a marked
    item after a gap ("…公里,形成了…" then "三是"), the number before that one (2); else None."""
    numbers = [marker_number(getattr(item, "marker", None)) for item in items]
    if len(numbers) >= 2 and numbers[0] is None and numbers[1] and numbers[1] > 1:
        numbers[0] = numbers[1] - 1
    return numbers
