"""Headings, item markers and outline blocks of Chinese government speeches.

Which numbering schemes exist is in :mod:`index.numbering`; which depth a heading has is
decided by :mod:`index.sequence` from the order the schemes appear. This module knows
what a heading line looks like: its title, its number, a salutation, an outline block.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from .numbering import BULLET_SCHEME, TITLE_BRACKETS, cn_number, cn_numeral, leading_marker, render_marker  # noqa: F401 (re-exported)
from .sequence import outline_depths

SALUTATION_RE = re.compile(
    r"^(?:同志们|各位(?:领导|代表|委员|同志|来宾|嘉宾|同仁|老师|同学)[^，,。:：！!]{0,20}|女士们、先生们|朋友们)"
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


def heading_number(title: str) -> str | None:
    """The number a heading opens with ("三、", "(三)", "第一部分", "1.", "第二，"), if any."""
    m = leading_marker(title.strip())
    return m.text.rstrip() if m and m.is_heading else None


def strip_heading_number(title: str) -> str:
    """A heading without its number: "(一)加强组织领导,…" -> "加强组织领导,…"."""
    text = title.strip()
    number = heading_number(text)
    return text[len(number):].lstrip() if number else text


# Where a heading runs on into the next one or its body with no sentence end between, as a
# page whose line breaks were lost writes it: "…紧迫感（一）过去一年成绩来之不易。" (a first
# bracketed sub-heading), or "…落地见效 今年全镇工作的总体要求是：…" (a space, then a sentence).
RUN_ON_SUBHEAD = re.compile(r"[(（](?:一|1|１)[)）](?=[\u4e00-\u9fff]{2})")
_RUN_ON_SPACE = re.compile(r"[ \u3000\t]+(?=\S)")
RUN_ON_SENTENCE = 20  # chars from the space to the sentence end: a body, not the heading's second phrase


def split_heading(text: str) -> tuple[str, int]:
    """Split a heading line into its title and where the body on the same line starts.

    The title runs to the first sentence end; a heading line without one is all title
    (body start = len(text)). A title that runs on into a first sub-heading ("（一）…") or,
    after a space, into a long sentence ends there (body start = where that begins).
    """
    end = next((i for i, ch in enumerate(text) if ch in SENTENCE_END), None)
    if end is not None and text[end] in "？?":
        end = _second_question_end(text, end)
    m = leading_marker(text)
    head = m.end if m else 0
    if m and m.scheme.startswith(BULLET_SCHEME) and (close := TITLE_BRACKETS.get(m.text.strip())) \
            and 0 < (at := text.find(close, head)) < len(text.rstrip()) - 1:
        return text[:at + 1], at + 1  # "【编者按】入汛以来，…": the title is what the brackets hold
    while head < len(text) and text[head].isspace():
        head += 1
    scope = text[:end] if end is not None else text
    sub = RUN_ON_SUBHEAD.search(scope, head + 2)
    if sub:
        return scope[:sub.start()].rstrip("，,：:；; \u3000"), sub.start()
    if end is not None:
        for gap in _RUN_ON_SPACE.finditer(scope, head + 2):
            if end - gap.end() >= RUN_ON_SENTENCE:
                return scope[:gap.start()].rstrip("，,：:；; \u3000"), gap.end()
        return text[:end].rstrip("，,：:；; \u3000"), end + 1
    return text.rstrip("，,：:；;。 \u3000"), len(text)


# A Q&A's numbered question may ask two things on its line ("六、政策执行期限是多久？补贴名额有没有
# 限制？"): a second question this short, ending the line, is still the heading, not its answer.
SECOND_QUESTION_CHARS = 30


def _second_question_end(text: str, end: int) -> int:
    """Where a heading line's title ends when its first sentence is a question: at a short second
    question that closes the line, else at the first one (``end``)."""
    rest = text[end + 1:].rstrip()
    if rest.strip() and len(rest.strip()) <= SECOND_QUESTION_CHARS and rest[-1] in "？?" \
            and not any(ch in SENTENCE_END for ch in rest[:-1]):
        return end + len(rest)
    return end


def item_marker(text: str) -> str | None:
    """The item marker opening a paragraph (``一是``, ``首先``, ``第一``, ``其一``, ``——``), if any."""
    m = leading_marker(text)
    return m.label if m and not m.is_heading else None


def previous_item(marker: str) -> str | None:
    """The item before ``marker`` (``三是`` → ``二是``, ``其次`` → ``首先``); None for a first item."""
    m = leading_marker(marker + "，")
    if not m or m.value <= 1 or m.value >= 99:
        return None
    return render_marker(m.scheme, m.value - 1, m.text).rstrip("，,、：: ")


def normalize_title(title: str) -> str:
    """A title reduced for matching: no numbering, punctuation or spaces; ``_``/``*`` kept."""
    t = unicodedata.normalize("NFKC", title).strip()
    m = leading_marker(t)
    if m and m.is_heading:
        t = t[m.end:]
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


def _heading_line(text: str):
    m = leading_marker(text)
    if not m or not m.is_heading or any(c in text for c in SENTENCE_END) or len(text) > 80:
        return None
    return m


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
    rows: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    used = int(marked)
    for start, end, text in lines[used:]:
        if CLOSER_RE.match(text):
            used += 1
            break
        if not _heading_line(text):
            break
        key = text.strip()
        if key in seen:
            break
        seen.add(key)
        rows.append((start, end, text.strip()))
        used += 1
    depths = outline_depths([_heading_line(t) for _, _, t in rows])
    if 0 in depths:  # a line that breaks the numbering ends the block
        cut = depths.index(0)
        used -= len(rows) - cut
        rows, depths = rows[:cut], depths[:cut]
    entries = [OutlineEntry(d, t, s, e) for (s, e, t), d in zip(rows, depths)]
    if not marked:  # an unlabelled outline: 3+ headings at the top whose first recurs later
        first = normalize_title(entries[0].title) if len(entries) >= 3 else None
        if not first or not any(leading_marker(t) and normalize_title(split_heading(t)[0]) == first
                                for _, _, t in lines[used:]):
            return [], 0
    return entries, used
