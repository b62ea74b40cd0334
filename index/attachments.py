"""Attachments a notice lists at its end but does not carry: "附件：1.…成员名单 2.…评分标准" with no
attachment after it. Each listed one whose title the text never gives again (as the head of the
attachment itself, "附件1 / …成员名单 / …") is flagged ``attachment``: still listed where the list is
asked ("附件有几个"), and told as not in the text (an ``outline_only`` notice) where it is quoted."""
from __future__ import annotations

import re

from .document import SECTION_SEP, Flag, Passage

ATTACHMENT_DETAIL = "an attachment listed but not carried in the text"
_ATTACHMENTS = re.compile(r"^附\s*件\s*[：:]?$")
_MARKER = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[.．、]\s*")
_TITLE_MAX = 40


def mark_missing_attachments(source: str, passages: list[Passage]) -> None:
    """Flag each listed attachment the text does not carry (see the module docstring), in place."""
    for passage in passages:
        parts = passage.section.split(SECTION_SEP)
        if len(parts) != 2 or not _ATTACHMENTS.match(parts[0]) or "outline_only" in passage.flag_kinds:
            continue
        if not _MARKER.match(passage.text):
            continue  # a line of an attachment's own text ("东村 | 500亩"), not a listed one
        title = _MARKER.sub("", passage.text).strip()
        if not title or len(title) > _TITLE_MAX or re.search(r"[。；;！!？?]", title):
            continue  # a sentence, not an attachment's name
        if _given_again(source, title, passage.end):
            continue
        passage.flags.append(Flag("attachment", ATTACHMENT_DETAIL, passage.start, 0))


def _given_again(source: str, title: str, after: int) -> bool:
    """Whether the attachment's title heads a line of its own after its listing (its text follows)."""
    compact = re.sub(r"\s+", "", title)
    return any(re.sub(r"\s+", "", line).endswith(compact) for line in source[after:].splitlines())
