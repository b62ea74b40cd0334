"""Part titles with no number: a short line of its own over the text of the part.

Reports on one's own work (述职报告), summaries (工作总结) and survey reports (调研报告) often
title their parts with a bare line and no number at all:

    一年来的主要工作
    坚持把粮食安全作为头等大事。…
    存在的问题和不足
    …

A reader sees the parts from the page: a short line that says no sentence, standing where a
paragraph starts, with text under it. Read as prose, the title would run on into the paragraph
after it ("一年来的主要工作坚持把…"), and the speech would have no outline to answer "存在哪些问题"
from. :func:`bare_title_lines` finds such lines, and only where a document uses them as an
outline (see its docstring), so a slogan or a signature line stays text.
"""
from __future__ import annotations

import re

from .dates import DATE_LINE
from .hard_wrap import wrap_width
from .headings import LINE_FINAL, SALUTATION_RE
from .numbering import leading_marker

TITLE_CHARS = 25  # the longest line that still reads as a part's title
MIN_TITLES = 2  # a document's outline has two parts at least
# Punctuation a title does not hold: a sentence end, a clause break, a colon that opens a list or
# a field ("时间：…"), an ellipsis that marks a cut. A 、 (成绩、问题和打算) or a dash may stand in one.
_NOT_IN_TITLE = re.compile(r"[。！？!?；;，,：:…|]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A date or a signing body on a line of its own ("2025年11月5日"), as a report closes: never a title.
_SENTENCE_END = re.compile(r"[。！？!?；;]")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}(?=年)")


def _title_shaped(text: str) -> bool:
    """A short line of words with no sentence in it and no number before it."""
    if not 2 <= len(text) <= TITLE_CHARS or _NOT_IN_TITLE.search(text) or text.endswith(("、", "——")):
        return False
    if len(_HAN.findall(text)) < max(2, len(_YEAR_DIGITS.sub("", text)) * 0.6):  # "2026年工作打算": a year is words
        return False
    return leading_marker(text) is None and not DATE_LINE.match(text) and not SALUTATION_RE.match(text + "：")


def bare_title_lines(source: str, lines: list[tuple[int, int, str]]) -> frozenset[int]:
    """Start offsets of the body lines that are unnumbered part titles.

    A line counts when it is title-shaped (:func:`_title_shaped`), stands where a paragraph
    starts (first, after a line that ends a sentence, or after an empty line), is shorter than
    the width a PDF copy was wrapped at, is not a signature over a date or a salutation, and has a sentence
    under it before the next such line.
    The document must use them as its outline: two of them at least, the first before any
    numbered heading (so a short line inside a numbered speech stays text); otherwise none count.
    """
    width = wrap_width([t for _s, _e, t in lines])
    found: list[int] = []
    for i, (start, _end, text) in enumerate(lines):
        if not _title_shaped(text) or (width is not None and len(text) >= width - 2):
            continue
        if i and lines[i - 1][2][-1] not in LINE_FINAL and source.count("\n", lines[i - 1][1], start) < 2:
            continue  # runs on from the line before
        if i + 1 >= len(lines) or DATE_LINE.match(lines[i + 1][2]) or SALUTATION_RE.match(lines[i + 1][2]):
            # nothing under it, or a signing body over its date ("青山镇人民政府" / "2025年12月28日") or
            # over the salutation ("县交通运输局党组" / "同志们：")
            continue
        found.append(i)
    titles = [i for k, i in enumerate(found) if _has_text_under(lines, i, found[k + 1] if k + 1 < len(found) else len(lines))]
    if len(titles) < MIN_TITLES:
        return frozenset()
    first_numbered = next((i for i, (_s, _e, text) in enumerate(lines)
                           if (m := leading_marker(text)) is not None and m.is_heading), len(lines))
    if titles[0] > first_numbered:
        return frozenset()
    return frozenset(lines[i][0] for i in titles)


def _has_text_under(lines: list[tuple[int, int, str]], i: int, stop: int) -> bool:
    """Whether a sentence stands between line ``i`` and line ``stop``."""
    return any(_SENTENCE_END.search(text) for _s, _e, text in lines[i + 1:stop])
