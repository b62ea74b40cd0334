"""Full-width figures and Latin letters read as the half-width ones people type, and a table's
full-width bars as the bar the table readers write.

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


# A table typed as text with full-width or box-drawing bars ("临溪区｜94.6｜1"), one row a line.
_BARS = "｜│┃"
_BAR_ROW = re.compile(rf"^[^\n{_BARS}]*\S\s*[{_BARS}]\s*\S[^\n{_BARS}]*(?:[{_BARS}]\s*\S[^\n{_BARS}]*)+$")
_TO_BAR = str.maketrans({c: "|" for c in _BARS})


def table_bars(text: str) -> str:
    """``text`` with the bars of table rows typed with "｜" or "│" as "|", which the readers write
    between cells, so each row stands as a row. Rows are lines of three cells or more next to another
    such line: a title line "标题｜时政频道｜某某网" alone is no table. Same length as ``text``."""
    if not any(c in text for c in _BARS):
        return text
    lines = text.split("\n")
    rows = [bool(_BAR_ROW.match(line)) for line in lines]
    out = [line.translate(_TO_BAR) if row and ((i and rows[i - 1]) or (i + 1 < len(rows) and rows[i + 1])) else line
           for i, (line, row) in enumerate(zip(lines, rows))]
    return "\n".join(out)
