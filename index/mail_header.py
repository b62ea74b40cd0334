"""A speech forwarded by e-mail and saved as text: the mail's header block above it.

"发件人：… / 发送时间：… / 收件人：… / 主题：转发：副县长在全县…会议上的讲话" (or From/Sent/To/
Subject), and "-----原始邮件-----" or "---------- Forwarded message ----------" before the
quoted text. The fields are no part of the speech; the subject, without its 转发/回复/Fw/Re,
names it.
"""
from __future__ import annotations

import re
from functools import lru_cache

_FIELD = re.compile(r"[ \t\u3000>]*(发件人|发送时间|发件时间|收件人|抄送|主题|From|Sent|To|Cc|Date|Subject)"
                    r"[ \t\u3000]*[:：][ \t\u3000]*(.*)", re.I)
_SEPARATOR = re.compile(r"[ \t\u3000>]*-{3,}[ \t\u3000]*(?:原始邮件|转发邮件|Original Message|Forwarded message)"
                        r"[ \t\u3000]*-{3,}[ \t\u3000]*", re.I)
_REPLY_MARKS = re.compile(r"^(?:(?:转发|回复|答复|Fwd?|Re)[ \t\u3000]*[:：][ \t\u3000]*)+", re.I)
_SUBJECT = {"主题", "subject"}
HEAD_LINES = 15  # the header block stands in the text's first lines
MIN_FIELDS = 2  # fields, a subject among them, before a block is a mail's header


@lru_cache(maxsize=2)  # one text at a time: read for the title and again for each pass over the text's lines
def mail_header(source: str) -> tuple[str | None, frozenset[int]]:
    """The forwarded mail's subject (without 转发/回复/Fw/Re), and the start offsets of its header
    field lines and separator lines; ``(None, ∅)`` when the text opens with no mail header."""
    starts, subject, fields, pos = set(), None, 0, 0
    note: list[int] = []  # the forwarder's own lines, between the header and the first separator
    separated = False
    for n, raw in enumerate(source.splitlines(keepends=True)):
        start, pos = pos, pos + len(raw)
        line = raw.rstrip("\r\n")
        at = start + len(line) - len(line.lstrip(" \t\u3000>"))
        if (m := _FIELD.fullmatch(line)) and n < HEAD_LINES:
            fields += 1
            starts.add(at)
            if m.group(1).lower() in _SUBJECT:
                subject = _REPLY_MARKS.sub("", m.group(2).strip()) or None
        elif _SEPARATOR.fullmatch(line):
            starts.add(at)
            if fields and not separated:  # "各单位：现将讲话稿转发给你们…" is the cover note, not the speech
                starts.update(note)
            separated = True
        elif fields and not separated and line.strip():
            note.append(at)
    if fields < MIN_FIELDS or subject is None:
        return None, frozenset()
    return subject, frozenset(starts)
