"""Dates written as a document writes them at its foot or under its title: "2025年11月5日",
"二〇二一年三月五日", "（2021年3月）", "2021-03-05". One place for the pattern, read by the title,
byline and cut-off finders and by the answers that leave a sign-off out of a list."""
from __future__ import annotations

import re

_YEAR = r"(?:\d{4}|[一二三四五六七八九〇○零]{4})"
_MONTH = r"[\d一二三四五六七八九十]{1,2}\s*月"
_DAY = r"[\d一二三四五六七八九十]{1,3}\s*日"

# A written date with its day ("2025年11月5日"): the pattern, to be built into others.
FULL_DATE = rf"{_YEAR}\s*年\s*{_MONTH}\s*{_DAY}"
# A date on a line of its own, its day and brackets optional, or in figures with dashes.
DATE_LINE = re.compile(rf"^[（(]?\s*{_YEAR}\s*年\s*{_MONTH}(?:\s*{_DAY})?\s*[)）]?$"
                       r"|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")
# The issuer and the date set apart on one line, as a 纪要, 简报 or 通知 heads its body
# ("某县人民政府办公室　　　　2026年3月20日", "县委办公室　　2026年3月20日印发"): it closes, like a date alone.
ISSUER_DATE_LINE = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,30}}[ \t\u3000]{{2,}}{FULL_DATE}\s*(?:印发|发布)?$")
# A date with its day and nothing else: the line under a signature.
SIGN_DATE = re.compile(rf"^{FULL_DATE}$")
