"""Full-width figures and Latin letters read as the half-width ones people type.

Some typesetting systems (and text copied out of their PDFs) set every figure full-width:
"２０２４年", "增长６．２％", "５Ｇ基站１２００个". They look like figures but match none of
the figure patterns, units or search words that "2024年", "6.2%" or "5G" would, so a report
set that way answered no figure question. Each such character is read as its half-width form,
one for one, so offsets into the text stay where they were. Chinese punctuation (，。：（）)
is full-width by right and stays as it is; a full-width point or slash is a decimal point or
a unit's slash only between two figures or letters.
"""
from __future__ import annotations

import re

_FOLD = {chr(c): chr(c - 0xFEE0) for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
_FOLD["％"] = "%"
_TABLE = str.maketrans(_FOLD)
_BETWEEN = re.compile(r"(?<=[0-9A-Za-z])[．／](?=[0-9A-Za-z])")


def half_width_figures(text: str) -> str:
    """``text`` with full-width digits, Latin letters and per cent signs as half-width ones, and
    a full-width point or slash between two of them as "." or "/". Same length as ``text``."""
    if not any("\uff05" <= c <= "\uff5a" for c in text):
        return text
    folded = text.translate(_TABLE)
    return _BETWEEN.sub(lambda m: "." if m.group() == "．" else "/", folded)
