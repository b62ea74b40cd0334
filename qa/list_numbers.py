"""The numbers a listed answer shows its points under."""
from __future__ import annotations

import re

from .ordinal_picks import shown_numbers, skipped_numbers


def own_numbers(picks: list) -> list[int]:
    """The numbers to show a list's points under: the speech's own where a gap skips one (1, 2, 4, 5),
    else 1, 2, 3…"""
    return shown_numbers(picks) if skipped_numbers(picks) else list(range(1, len(picks) + 1))


_OWN_NUMBER = re.compile(r"(\d{1,2})[.．、]\s*(?!\d)")


def numbered(n: int, item: str) -> str:
    """A line of a listed answer: ``n. item``, or, when the item opens with a number of its own
    ("1. 经济总量不大…", "1.长宁河…", "2、…"), that number as the list's: Markdown would otherwise
    nest it as a list in the list, or show "1. 1.长宁河"."""
    own = _OWN_NUMBER.match(item)
    return f"{own.group(1)}. {item[own.end():]}" if own else f"{n}. {item}"
