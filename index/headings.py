"""Headings, item markers and outline blocks of Chinese government speeches.

Levels: 1 = ``一、`` / ``第一部分``; 2 = ``(一)`` / ``（一）``; 3 = ``1.`` / ``1、`` (only
under a level 2). Items (``一是`` / ``首先`` / ``第一，``) are not headings: they open
a paragraph and become the last element of its section path.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

_CN = "一二三四五六七八九十"
L1_RE = re.compile(rf"^(?:第[{_CN}百]+部分|[{_CN}]{{1,3}}、)")
L2_RE = re.compile(rf"^[(（][{_CN}]{{1,3}}[)）]")
L3_RE = re.compile(r"^(?:\d{1,2}|[０-９]{1,2})[.．、](?![\d０-９])")
ITEM_RE = re.compile(
    rf"^(?:(?P<shi>[{_CN}]{{1,3}}[是要])|(?P<seq>首先|其次|再次|再者)|(?P<last>最后)(?=[，,：:])"
    rf"|(?P<ord>(?:第|其)[{_CN}]{{1,3}})(?=[，,、：:])|(?P<num>\d{{1,2}}[.．、])(?!\d))")
SALUTATION_RE = re.compile(
    r"^(?:同志们|各位(?:领导|代表|委员|同志|来宾|嘉宾|同仁)[^，,。:：]{0,20}|女士们、先生们|朋友们)"
    r"\s*[：:，,！!]\s*")
OUTLINE_MARKER_RE = re.compile(
    r"^(?:目\s*录|提\s*纲|目录/提纲|提纲/目录|目录及提纲|讲话提纲)\s*[：:]?\s*(?:…+|\.{3,})?\s*$")
CLOSER_RE = re.compile(r"^(?:…+|\.{3,}|-{3,}|—{2,}|\*{3,}|={3,})$")
SENTENCE_END = "。！？!?"
# A line ending with one of these is finished; otherwise it runs on into the next line.
LINE_FINAL = "。！？!?；;：:”’」』\"'…"


@dataclass
class OutlineEntry:
    """One heading line of an outline block."""

    level: int
    title: str
    start: int
    end: int


def heading_level(text: str, under_level2: bool) -> int:
    """The heading level of a line (1, 2, 3), or 0 when it is not a heading."""
    if L1_RE.match(text):
        return 1
    if L2_RE.match(text):
        return 2
    if under_level2 and L3_RE.match(text):
        return 3
    return 0


def heading_number(title: str) -> str | None:
    """The number a heading opens with ("三、", "(三)", "第一部分", "1."), if any."""
    text = title.strip()
    for pattern in (L1_RE, L2_RE, L3_RE):
        if (m := pattern.match(text)):
            return m.group(0)
    return None


def strip_heading_number(title: str) -> str:
    """A heading without its number: "(一)加强组织领导,…" -> "加强组织领导,…"."""
    text = title.strip()
    number = heading_number(text)
    return text[len(number):].lstrip() if number else text


def split_heading(text: str) -> tuple[str, int]:
    """Split a heading line into its title and where the body on the same line starts.

    The title runs to the first sentence end; a heading line without one is all title
    (body start = len(text)).
    """
    for i, ch in enumerate(text):
        if ch in SENTENCE_END:
            return text[:i].rstrip("，,：: "), i + 1
    return text.rstrip("，,：:。 "), len(text)


def item_marker(text: str) -> str | None:
    """The item marker opening a paragraph (``一是``, ``一要``, ``首先``, ``第一``, ``其一``, ``1.``), if any."""
    m = ITEM_RE.match(text)
    return m.group(0) if m else None


_NUM = {c: i + 1 for i, c in enumerate(_CN)}


def cn_number(s: str) -> int | None:
    """Value of a Chinese numeral from 1 to 99 (``三`` → 3, ``十二`` → 12)."""
    if not s or any(c not in _NUM for c in s):
        return None
    if "十" not in s:
        return _NUM[s] if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    return (_NUM[tens] if tens else 1) * 10 + (_NUM[ones] if ones else 0)


def cn_numeral(n: int) -> str:
    """The Chinese numeral for 1..99."""
    if n <= 10:
        return _CN[n - 1]
    tens, ones = divmod(n, 10)
    return (_CN[tens - 1] if tens > 1 else "") + "十" + (_CN[ones - 1] if ones else "")


def previous_item(marker: str) -> str | None:
    """The item before ``marker`` (``三是`` → ``二是``, ``其次`` → ``首先``); None for a first item."""
    seq = ["首先", "其次", "再次"]
    if marker in seq:
        i = seq.index(marker)
        return seq[i - 1] if i else None
    m = re.fullmatch(rf"([{_CN}]{{1,3}})([是要])|([第其])([{_CN}]{{1,3}})|(\d+)([.．、])", marker)
    if not m:
        return None
    if m.group(5):
        n = int(m.group(5))
        return f"{n - 1}{m.group(6)}" if n > 1 else None
    n = cn_number(m.group(1) or m.group(4))
    if not n or n < 2:
        return None
    return f"{cn_numeral(n - 1)}{m.group(2)}" if m.group(1) else f"{m.group(3)}{cn_numeral(n - 1)}"


def normalize_title(title: str) -> str:
    """A title reduced for matching: no numbering, punctuation or spaces; ``_``/``*`` kept."""
    t = unicodedata.normalize("NFKC", title).strip()
    t = re.sub(rf"^(?:第[{_CN}百]+部分|[{_CN}]{{1,3}}、|\([{_CN}]{{1,3}}\)|\d{{1,2}}[.、])", "", t)
    return re.sub(r"[^\w*]", "", t)


def title_similarity(outline_title: str, body_title: str) -> float:
    """How well a body heading matches an outline heading (1.0 = same text)."""
    a, b = normalize_title(outline_title), normalize_title(body_title)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if "_" in a or "*" in a:
        pattern = "".join(".{1,8}" if c in "_*" else re.escape(c) for c in a.replace("__", "_"))
        if re.fullmatch(pattern, b):
            return 0.95
    return SequenceMatcher(None, a, b).ratio()


def parse_outline_block(lines: list[tuple[int, int, str]]) -> tuple[list[OutlineEntry], int]:
    """Read an outline block at the top of ``lines`` (``(start, end, text)`` non-empty lines).

    Returns its entries and how many lines it took (0 when there is no block). The block
    opens with a marker line (``目录/提纲:``, ``提纲``) and ends at a closer line (``……``),
    at the first line that is not a heading, or when a heading repeats (the body began).
    Without a marker, three or more heading lines at the very top count as an outline
    when the first of them recurs as a body heading.
    """
    if not lines:
        return [], 0
    marked = bool(OUTLINE_MARKER_RE.match(lines[0][2]))
    entries: list[OutlineEntry] = []
    seen: set[tuple[int, str]] = set()
    used, under2 = int(marked), False
    for start, end, text in lines[used:]:
        if CLOSER_RE.match(text):
            used += 1
            break
        level = heading_level(text, under2)
        if not level or any(c in text for c in SENTENCE_END) or len(text) > 80:
            break
        key = (level, normalize_title(text))
        if key in seen:
            break
        seen.add(key)
        under2 = level >= 2
        entries.append(OutlineEntry(level, text.strip(), start, end))
        used += 1
    if not marked:  # an unlabelled outline: 3+ headings at the top whose first recurs later
        first = normalize_title(entries[0].title) if len(entries) >= 3 else None
        if not first or not any(heading_level(t, True) and normalize_title(split_heading(t)[0]) == first
                                for _, _, t in lines[used:]):
            return [], 0
    return entries, used
