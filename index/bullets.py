"""An outline marked with symbols instead of numbers: ``■ 工作回顾`` over ``◆ 经济运行稳中有进。…``.

Forum posts, WeChat articles and slide handouts often set a report's parts with a symbol
(■, ●, ▲, ★ …) and its points with another (◆, ○, ▶ …), with no number anywhere. A reader
sees the levels from the page itself: the symbol that opens the short title lines is the
top, and each other symbol met under it is a level below, in the order it first appears.

A symbol counts only when the document uses it as a reader would read an outline:
- the top symbol opens two or more lines, each a short title (no sentence end), with text
  under each but the last, so a run of related links ("● 关于…的通知" four times) stays text;
- a lower symbol opens two or more lines after the top one first appears.

While :func:`outline_bullets` is in force, :func:`index.numbering.leading_marker` reads
those symbols as markers of the schemes ``bullet1``, ``bullet2`` …, which the sequence
tracker (:mod:`index.sequence`) takes as headings like any numbered ones.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from .headings import SENTENCE_END
from .numbering import OUTLINE_BULLETS, TITLE_BRACKETS

# Bullets pages set before a line: dots, arrows, geometric shapes, dingbats, stars and emoji.
BULLET_CHARS = "\u2022\u00b7\u2190-\u21ff\u25a0-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff"
_OPENING = re.compile(f"([{BULLET_CHARS}])\ufe0f?[ \\t\\u3000\\u00a0]*(?=[^{BULLET_CHARS}\\s])")
# The longest line that still reads as a part's title rather than a point.
TITLE_CHARS = 30
# Levels beyond this are decoration, not outline.
MAX_LEVELS = 3


# News pages, WeChat posts and work bulletins set a part's title in lenticular brackets instead:
# "【部署任务】", or "【编者按】入汛以来，…" with the part's text run on after it. The opening bracket is
# then the symbol, and the title is what the brackets hold.
_BRACKETED = re.compile(rf"([{''.join(TITLE_BRACKETS)}])([^】〗\n]{{1,{TITLE_CHARS}}})[】〗]\s*(.*)$")


def _opening(text: str) -> tuple[str, str, bool] | None:
    """The bullet a line opens with, the text after it, and whether a bracketed title has its text
    run on after it on the same line; for a bracketed title ("【部署任务】"), the opening bracket and
    the title inside."""
    if m := _BRACKETED.match(text.strip()):
        return m.group(1), m.group(2), bool(m.group(3))
    m = _OPENING.match(text)
    return (m.group(1), text[m.end():], False) if m else None


def _is_title(text: str) -> bool:
    return len(text) <= TITLE_CHARS and not any(ch in SENTENCE_END + "；;" for ch in text)


def bullet_levels(lines: list[tuple[int, int, str]]) -> dict[str, int]:
    """Which symbols mark outline levels in these body lines, with their rank (1 = top); {} when none do."""
    opened = [_opening(text) for _s, _e, text in lines]
    first: dict[str, int] = {}
    rows: dict[str, list[int]] = {}
    for i, o in enumerate(opened):
        if o:
            first.setdefault(o[0], i)
            rows.setdefault(o[0], []).append(i)
    top = next((sym for sym in sorted(first, key=first.get) if _titles_with_text(sym, rows[sym], opened)), None)
    if top is None:
        return {}
    lower = [sym for sym in sorted(first, key=first.get)
             if sym != top and first[sym] > first[top] and len(rows[sym]) >= 2]
    return {sym: rank for rank, sym in enumerate([top] + lower[:MAX_LEVELS - 1], 1)}


def _titles_with_text(sym: str, rows: list[int], opened: list) -> bool:
    """Whether the lines ``sym`` opens are two or more short titles, each but the last with text under
    it (or run on after it: "【编者按】入汛以来，…")."""
    if len(rows) < 2 or not all(_is_title(opened[i][1]) for i in rows):
        return False
    return all(b - a > 1 or opened[a][2] for a, b in zip(rows, rows[1:]))


@contextmanager
def outline_bullets(levels: dict[str, int]) -> Iterator[None]:
    """Read ``levels``' symbols as outline markers while the block runs (one document's parse)."""
    token = OUTLINE_BULLETS.set(levels)
    try:
        yield
    finally:
        OUTLINE_BULLETS.reset(token)


def opening_symbol(text: str) -> str | None:
    """The symbol a line or paragraph opens with as a list item ("👉 今年…", "◆ 经济运行…"), if any;
    a bracketed title ("【部署任务】") is none."""
    o = _opening(text.strip())
    return o[0] if o and not o[2] and o[0] not in TITLE_BRACKETS else None


def symbol_items(texts: list[str]) -> set[int]:
    """The indices of ``texts`` (a body's lines, in order) that are items of a list set with a
    symbol: two or more lines in a row that open with the same one ("👉 今年城镇新增就业目标4.5万人"
    under "划重点👇"). A WeChat box writes its points with no sentence end, so each is a paragraph of
    its own, and what follows the box is not run on into its last point."""
    symbol = [opening_symbol(t) for t in texts]
    return {i for i, s in enumerate(symbol)
            if s is not None and ((i > 0 and symbol[i - 1] == s) or (i + 1 < len(symbol) and symbol[i + 1] == s))}
