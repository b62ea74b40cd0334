"""A Markdown speech (.md, as a notes app exports it) as the text a reader sees.

Only the inline markup is taken off: emphasis (``**一是…。**`` → 一是…。), links (the text
kept, the address dropped), images and inline code marks. The line structure stays as it
is, since the parser reads headings (``## 一、…``), list items and table rows from it.

A single ``*`` is left alone inside a line: speeches blank figures with it ("有*个园区"),
and two blanks on one line would otherwise read as one emphasised run; so is a ``**`` before
a unit ("增长**%"). A line wholly
wrapped in one pair ("*本文由…导出*") is emphasis, as is any ``**…**`` or ``__…__`` pair.
A thematic break (``---`` alone on a line) is dropped.
"""
from __future__ import annotations

import re

# A "**" before a unit is a blanked figure ("增长**%", "投资**亿元"), not a bold mark.
_NOT_A_UNIT = r"(?![%％亿万千百十个元人项家户次所座条名件台辆吨亩倍成])"
_STRONG = re.compile(rf"\*\*{_NOT_A_UNIT}(?=\S)(.+?)(?<=\S)\*\*{_NOT_A_UNIT}|__(?=\S)(.+?)(?<=\S)__")
_WHOLE_LINE_EMPHASIS = re.compile(r"^([ \t]*)[*_](?=[^\s*_])([^\n]*?[^\s*_])[*_][ \t]*$", re.M)
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^)\s\n]+)(?:\s+\"[^\"\n]*\")?\)")
_CODE = re.compile(r"`([^`\n]+)`")
# A thematic break ("---", "***", "_ _ _" alone on a line) draws a rule: no text of the speech.
_THEMATIC_BREAK = re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.M)


def plain_markdown(text: str) -> str:
    """``text`` with its inline Markdown markup taken off (see the module docstring)."""
    text = _THEMATIC_BREAK.sub("", text)
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _CODE.sub(lambda m: m.group(1), text)
    text = _STRONG.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    return _WHOLE_LINE_EMPHASIS.sub(lambda m: m.group(1) + m.group(2), text)
