"""The page numbers of a text copied out of a PDF, and the pages they show were lost.

A copy keeps the numbers printed at each page's foot ("— 3 —", "第 3 页"). When they run 1, 2, 4,
a page was dropped in the copy: the text jumps mid-sentence with no notice, and the jump is a gap
like a site's "（此处省略…）". A bare number on a line of its own is a page number only where the
sequence puts it ("— 4 —", "5", "— 6 —"); elsewhere it may be a table's cell.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .hard_wrap import COPIED_PAGE_NUMBER

MIN_PAGES = 3  # numbered pages, for a sequence to be told from numbers that happen to stand alone
MAX_LOST = 5  # pages lost at one place, at most; a larger jump is not one text's numbering
_BARE = re.compile(r"\d{1,4}")


@dataclass(frozen=True)
class PageNumber:
    """One page-number line: its value and where the line stands."""

    value: int
    start: int
    end: int
    bare: bool


@lru_cache(maxsize=2)
def page_numbers(source: str) -> tuple[PageNumber, ...]:
    """The page-number lines of ``source`` in order: the copied ones ("— 3 —") when at least
    :data:`MIN_PAGES` of them run upward, and bare numbers standing where the sequence puts them."""
    found: list[PageNumber] = []
    pos = 0
    for raw in source.splitlines(keepends=True):
        start, pos = pos, pos + len(raw)
        text = raw.strip(" \t\r\n\u3000")
        if COPIED_PAGE_NUMBER.fullmatch(text) and (m := re.search(r"\d{1,4}", text)):
            found.append(PageNumber(int(m.group()), start, pos, False))
        elif _BARE.fullmatch(text):
            found.append(PageNumber(int(text), start, pos, True))
    copied = [p for p in found if not p.bare]
    if len(copied) < MIN_PAGES or any(b.value < a.value for a, b in zip(copied, copied[1:])):
        return ()
    out = []
    for i, p in enumerate(found):
        if p.bare:
            before = next((q for q in reversed(found[:i]) if not q.bare), None)
            after = next((q for q in found[i + 1:] if not q.bare), None)
            if not (before and after and before.value + 1 == p.value == after.value - 1):
                continue
        out.append(p)
    return tuple(out)


def bare_page_number_lines(source: str) -> frozenset[int]:
    """Start offsets of the bare numbers that are page numbers (layout, not text)."""
    return frozenset(p.start for p in page_numbers(source) if p.bare)


def lost_pages(source: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, list[int]]]:
    """Where the page numbers jump within ``source[start:end]``: (start, end) of the last number
    before the jump, and the pages missing there."""
    end = len(source) if end is None else end
    numbers = page_numbers(source)
    return [(a.start, a.end, list(range(a.value + 1, b.value))) for a, b in zip(numbers, numbers[1:])
            if 2 <= b.value - a.value <= MAX_LOST + 1 and start <= a.start < end]
