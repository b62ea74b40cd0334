"""Text copied from a PDF, hard-wrapped at the page's width.

Its lines end mid-sentence, and mid-heading too: "一、正视成绩、直面问题，清醒认识安全生产和防灾减灾工作面"
then "临的形势". :func:`wrap_width` tells such a text from one whose lines end where its sentences
do, and :func:`wrapped_title` when a heading line runs on into the next. Page numbers come
along too (:data:`COPIED_PAGE_NUMBER`); the PDF reader drops the same lines and bare numbers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .headings import LINE_FINAL
from .numbering import leading_marker

# A page number copied along with the text of a PDF ("— 3 —", "- 12 -", "第 2 页 共 9 页",
# "Page 3 of 9"): a line of its own, often mid-sentence. A bare number is left alone, as it may
# be a table's cell.
_PAGE_NUMBER = r"(?:\d{1,4}|[一二三四五六七八九十百零〇]{1,4})"
COPIED_PAGE_NUMBER = re.compile(
    rf"[-—–－~～·•]+\s*\d{{1,4}}\s*[-—–－~～·•]+"
    rf"|第\s*{_PAGE_NUMBER}\s*页(?:\s*[,，/／]?\s*共\s*{_PAGE_NUMBER}\s*页)?"
    rf"|共\s*{_PAGE_NUMBER}\s*页\s*[,，]?\s*第\s*{_PAGE_NUMBER}\s*页"
    r"|(?i:page)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?")

# A line ending in a note it opened and closed itself ("…实行24小时值守。（责任单位：县林业局；完成时限：
# 4月10日前）"): a line that ends where its sentence does, as minutes and plans write their tasks.
_CLOSED_NOTE = re.compile(r"[。；;！？][（(][^（()）]{2,60}[）)]$")


def ends_with_closed_note(text: str) -> bool:
    """Whether a line ends a sentence and then a note it opens and closes ("…完成验收。（责任单位：县农业农村局）"):
    it ends its paragraph as a full stop does."""
    return bool(_CLOSED_NOTE.search(text))

WRAPPED_SHARE = 0.3  # of the lines running on mid-sentence, for a text hard-wrapped at a width
WRAPPED_LINES = 8


def wrap_width(texts: list[str]) -> int | None:
    """The width a text copied from a PDF was hard-wrapped at (the shorter quarter of its lines
    that run on mid-sentence), or ``None`` when its lines end where its sentences do."""
    running = sorted(len(t) for t in texts if t[-1] not in LINE_FINAL and not closed_title(t)
                     and not ends_with_closed_note(t))
    if len(running) < WRAPPED_LINES or len(running) < WRAPPED_SHARE * len(texts):
        return None
    return running[len(running) // 4]


INDENT_SHARE = 0.8  # of the paragraph openings that are indented, for a text that indents its paragraphs
INDENT_OPENINGS = 3


def indents_paragraphs(lines: list[tuple[bool, str]], width: int | None) -> bool:
    """Whether a hard-wrapped text opens its paragraphs indented ("\u3000\u3000全县现有…"): of the lines
    that plainly open a paragraph (after a line ending a sentence short of the width), unnumbered
    ones, most are indented. ``lines``: (indented, text) per non-empty line, in order."""
    if width is None:
        return False
    openings = [indented for (_i, before), (indented, text) in zip(lines, lines[1:])
                if before and before[-1] in LINE_FINAL and len(before) < width - 2 and not leading_marker(text)]
    return len(openings) >= INDENT_OPENINGS and sum(openings) >= INDENT_SHARE * len(openings)


def runs_on_unindented(before: str, text: str, indented: bool, width: int | None, indents: bool) -> bool:
    """Whether ``text``, a line of a text that indents its paragraphs, goes on with the paragraph of
    the line ``before`` although that one ended a sentence: the sentence ended where the width
    did ("…远低于1∶4的配置要求。" filling the line), and this line opens with no indent and no number."""
    return (indents and not indented and width is not None and bool(before) and before[-1] in LINE_FINAL
            and len(before) >= width - 1 and not leading_marker(text) and not closed_title(before))


# A line whose last sentence is a point's short lead, begun mid-line ("…站213个。四是应急处置有力有效。"):
# the point's body follows on the next line, though the line ends a sentence.
_LEAD_ENDS_LINE = re.compile(r"[。；;！？]\s*(?:[一二三四五六七八九十]是|[一二三四五六七八九十]要|第[一二三四五六七八九十]，?"
                             r"|其[一二三四五六七八九十]，?)[^。！？；;]{2,20}。$")


def lead_runs_on(before: str, text: str, width: int | None) -> bool:
    """Whether ``text`` goes on with the point whose short lead ended the hard-wrapped line ``before``
    (see :data:`_LEAD_ENDS_LINE`); not when ``text`` opens a point or a heading of its own."""
    return width is not None and bool(_LEAD_ENDS_LINE.search(before)) and not leading_marker(text)


def wrapped_title(title: str, text: str, width: int | None) -> bool:
    """Whether ``text`` is the rest of a heading that a hard wrap broke ("一、…清醒认识…工作面" /
    "临的形势"): the heading line fills the width, and the next line is short and says no sentence."""
    return (width is not None and len(title) >= width - 2 and len(text) < width
            and not any(c in text for c in "。！？!?；;，,"))


def closed_title(text: str) -> bool:
    """A heading line with no sentence end (``（一）抓产业``) takes no continuation."""
    m = leading_marker(text)
    return bool(m and m.is_heading and not any(c in text for c in "。！？!?"))


# A running header or footer repeated on every page of a PDF ("××县人民政府公报　　2025年第2期",
# "内部资料 注意保存"), copied along with the text like its page numbers, often mid-paragraph.
RUNNING_REPEATS = 3  # times the same line recurs
PAGED_REPEATS = 2  # times, where each stands right after a page number
RUNNING_SPACING = 10  # lines between two of its recurrences, at least: a page's worth
_RUNNING_CHARS = (4, 40)
_SENTENCE_MARKS = re.compile(r"[。！？；：:，,!?;]")


@lru_cache(maxsize=2)  # one text at a time, asked for by each pass over its lines
def running_lines(source: str) -> frozenset[int]:
    """Start offsets of the lines that are a page's running header or footer: the same short
    line (figures aside, as an issue or page number changes) recurring at least
    :data:`RUNNING_REPEATS` times, each a page apart, saying no sentence and opening no point. A short
    report of three pages shows its header twice: twice will do where each stands right beside a page
    number ("— 1 —" / "××乡第八届人民代表大会第三次会议文件")."""
    seen: dict[str, list[tuple[int, int]]] = {}
    beside_number: dict[str, int] = {}
    lines, pos = [], 0
    for n, raw in enumerate(source.splitlines(keepends=True)):
        start, pos = pos, pos + len(raw)
        if text := raw.strip(" \t\r\n\u3000"):
            lines.append((n, start + raw.index(text[0]), text))
    numbered = [bool(COPIED_PAGE_NUMBER.fullmatch(text)) for _n, _s, text in lines]
    for i, (n, start, text) in enumerate(lines):
        if not _RUNNING_CHARS[0] <= len(text) <= _RUNNING_CHARS[1] or _SENTENCE_MARKS.search(text):
            continue
        key = re.sub(r"\s+", " ", re.sub(r"[0-9０-９]+", "#", text))
        seen.setdefault(key, []).append((n, start))
        # a page number right before or after it: the page's foot and the next page's head
        beside = (i and numbered[i - 1]) or (i + 1 < len(lines) and numbered[i + 1])
        beside_number[key] = beside_number.get(key, 0) + bool(beside)
    out: set[int] = set()
    for key, hits in seen.items():
        paged = len(hits) >= PAGED_REPEATS and beside_number[key] == len(hits)
        if (len(hits) < RUNNING_REPEATS and not paged) or leading_marker(key.replace("#", "1")) is not None:
            continue
        if paged or all(b[0] - a[0] >= RUNNING_SPACING for a, b in zip(hits, hits[1:])):  # a page number marks the page
            out.update(start for _, start in hits)
    return frozenset(out)
