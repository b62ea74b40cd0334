"""Which year a speech's 今年 and 去年 are, and which years a sentence speaks of.

A government work report dated 2026 reviews 2025 under "一、2025年工作回顾" and plans
2026 under "二、2026年…重点任务". Asked "去年新增就业多少人", the review answers it,
though its text never says 去年; asked "今年要改造多少个老旧小区", the plan does, not
the review's figure. So a question's relative year is read against the speech's own
year: the year in its title, else the date in its header ("2026年1月8日").
"""
from __future__ import annotations

import re

from index.document import SECTION_SEP, Document

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*[—–\-~～至到]+\s*(?:19|20)\d{2}")
# A date in words ("2026年1月8日") or in figures, as pages and notes apps print it ("2026-04-18",
# "2026/4/18", "2026.04.18").
_DATED = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                    r"|(?<![\d.])((?:19|20)\d{2})([-/.])(?:0?[1-9]|1[0-2])\3(?:0?[1-9]|[12]\d|3[01])(?![\d.])")
# A paragraph opened by its year ("到2020年，", "2023年，"): the year holds for the sentences after it.
PERIOD_LEAD = re.compile(r"^\s*(?:到|至|截至|在)?\s*(?:19|20)\d{2}\s*年(?:底|末)?(?:前)?[，,]")
HEADER_CHARS = 300  # the title block and dateline, before the body starts
# Words for a year relative to the speech's own, and how far from it each lies.
RELATIVE_YEARS = {"今年": 0, "本年": 0, "本年度": 0, "年内": 0, "去年": -1, "上年": -1, "上一年": -1,
                  "过去一年": -1, "过去的一年": -1, "明年": 1, "前年": -2}
_CANONICAL = {0: "今年", -1: "去年", 1: "明年", -2: "前年"}
# The relative years as a pattern: "年内完成" is this year, "三年内" a span of years.
RELATIVE_PATTERN = "|".join(r"(?<![\d一二两三四五六七八九十几多个])年内" if w == "年内" else w
                            for w in sorted(RELATIVE_YEARS, key=len, reverse=True))
_RELATIVE_RE = re.compile(RELATIVE_PATTERN)


# A heading naming one year: reviewing it ("一、2023年民生实事完成情况") or planning it ("二、2024年重点任务").
_REVIEWS = re.compile(r"回顾|完成情况|总结|取得的成[绩效]|主要成[绩效]|工作成[绩效]")
_PLANS = re.compile(r"任务|安排|目标|计划|打算|思路|重点工作|工作重点")


# A title that reviews the one year it names ("2025年度个人述职报告", "2025年工作总结", "关于2025年预算执行情况
# 的报告"), with no year planned beside it.
_REVIEW_TITLE = re.compile(r"年度|述职|总结|执行情况|回顾")


# The parts of a review of one year, by their headings: its plans for the next ("四、下一步打算",
# "今后努力方向", "明年工作思路"), said with no year since the title gives it.
_PLAN_PART = re.compile(r"下一步|下步|今后|明年|来年|新的一年|打算|努力方向|工作思路|改进措施|整改措施")


# The part of a speech that reviews the year before it ("一、过去一年工作回顾", "一、正视成绩、直面短板",
# "一、2025年取得的主要成效" names its year itself), when its heading plans nothing.
_REVIEW_PART = re.compile(r"回顾|成绩|成效|成果|取得的|过去一年|过去的一年|完成情况")


def part_year(doc: Document, section: str) -> str:
    """The year a part speaks of, its headings naming none, as "2025年". In a review of one year
    ("2025年度个人述职报告"): the year its title names, or the next one for the part that plans ("四、
    下一步打算": 2026年). In any other speech of a known year: the year before it for the part that
    reviews ("一、正视成绩" of a speech of 2025: 2024年). Empty otherwise."""
    if _YEAR.search(section) or _RELATIVE_RE.search(section):
        return ""
    top = section.split(SECTION_SEP, 1)[0]
    if _REVIEW_TITLE.search(doc.title):
        years = set(_YEAR.findall(doc.title))
        if len(years) != 1 or _SPAN.search(doc.title):
            return ""
        year = int(years.pop())
        return f"{year + 1}年" if _PLAN_PART.search(top) else f"{year}年"
    if not _REVIEW_PART.search(top) or _PLANS.search(top) or _PLAN_PART.search(top):
        return ""
    year = document_year(doc)
    return f"{year - 1}年" if year is not None else ""


def years_spoken_of(doc: Document) -> set[str]:
    """The years a speech speaks of without always writing them: those it is read from and the
    year before each (a speech dated "2026年1月8日" speaks of 2026 and reviews 2025 as 全年 or
    去年), and those its parts of a review speak of ("四、下一步打算" of a 2025 report plans 2026),
    as "2026年"."""
    found = {f"{y + back}年" for y in document_years(doc) for back in (0, -1)}
    return found | {y for y in (part_year(doc, p.section) for p in doc.passages) if y}


def document_year(doc: Document) -> int | None:
    """The year a speech speaks from: the one in its title, else its header's dateline, else the
    date it closes with (an opinion's or a notice's), else the one its headings imply (a review
    of 2023 is given in 2024; a plan for 2024 in 2024). A title naming a year reviewed and a year
    planned ("2025年工作总结和2026年工作计划", "关于2025年预算执行情况和2026年预算草案的报告")
    speaks from the later one, as a work report does; a span ("2021—2025年") from its start."""
    if years := _YEAR.findall(doc.title):
        span = _SPAN.search(doc.title)
        return int(span.group(1)) if span else max(int(y) for y in years)
    dated = _dated_year(doc)
    return dated if dated is not None else _heading_year(doc)


def document_years(doc: Document) -> tuple[int, ...]:
    """The years a speech may be read from: :func:`document_year`, and the year it is dated when
    that is the year before or after. A summary dated December 2025, of 2025 with a plan for 2026,
    is read from either: its writer's 明年 is 2026, a reader's 去年 is 2025. So is a
    "2024年度述职报告" dated January 2025: its 全年 is 2024, which a reader calls 去年; undated, a
    title reviewing its one year is read from that year and the next. Empty when unknown."""
    year = document_year(doc)
    if year is None:
        return ()
    dated = _dated_year(doc)
    if dated is None and _REVIEW_TITLE.search(doc.title) and len(set(_YEAR.findall(doc.title))) == 1:
        return (year, year + 1)  # an undated review of one year is given at its end or early the next
    return (year, dated) if dated in (year - 1, year + 1) else (year,)


def _dated_year(doc: Document) -> int | None:
    """The year of the header's dateline, else of the date the text closes with (an opinion's)."""
    if m := _DATED.search(doc.source[:HEADER_CHARS]):
        return int(m.group(1) or m.group(2))
    if found := list(_DATED.finditer(doc.source[-HEADER_CHARS:])):
        return int(found[-1].group(1) or found[-1].group(2))
    return None


def _heading_year(doc: Document) -> int | None:
    votes: dict[int, int] = {}
    for node in doc.outline_nodes():
        years = set(_YEAR.findall(node.title))
        if len(years) != 1:
            continue
        year = int(years.pop())
        if _REVIEWS.search(node.title):
            votes[year + 1] = votes.get(year + 1, 0) + 1
        elif _PLANS.search(node.title):
            votes[year] = votes.get(year, 0) + 1
    if not votes:
        return None
    best = max(votes.values())
    found = [y for y, n in votes.items() if n == best]
    return found[0] if len(found) == 1 else None  # headings that disagree tell nothing


def years_named(text: str, year: int | None) -> tuple[set[str], set[str]]:
    """The years ``text`` names: (as "2025年", as a relative word). With the speech's
    ``year`` known, relative words become years too, so both sets can be compared."""
    absolute = {y + "年" for y in _YEAR.findall(text)}
    relative: set[str] = set()
    for word in _RELATIVE_RE.findall(text):
        offset = RELATIVE_YEARS[word]
        if year is not None:
            absolute.add(f"{year + offset}年")
        else:
            relative.add(_CANONICAL[offset])
    return absolute, relative


Years = int | tuple[int, ...] | None  # a speech's year, or the years it may be read from


def speaks_of(text: str, period: str, year: Years) -> bool:
    """Whether ``text`` names the year ``period`` (a question's "去年" or "2025年"), in any
    form the speech's year allows ("2025年" is 去年 in a speech of 2026)."""
    return _compare(text, period, year)[0]


def names_other_year(text: str, period: str, year: Years) -> bool:
    """Whether ``text`` names a year, and never the asked one. Without the speech's year,
    "2022年" and "今年" cannot be compared and do not conflict."""
    return _compare(text, period, year)[1]


def _compare(text: str, period: str, year: Years) -> tuple[bool, bool]:
    """(``text`` speaks of ``period`` read from one of the years, it names only other years
    than ``period`` read from every one of them)."""
    frames = year if isinstance(year, tuple) else (year,)
    found = [_compare_from(text, period, y) for y in frames or (None,)]
    return any(s for s, _o in found), all(o for _s, o in found)


_SPAN_BACK = re.compile(r"^(?:过去|近)\s*([一二两三四五六七八九十]|\d{1,2})\s*年$")
_DIGITS = dict(zip("一两二三四五六七八九十", (1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10)))


def spans_back(text: str, period: str) -> bool:
    """Whether ``text`` speaks of the span of years a question names back from now ("过去五年"),
    as "5年来", "过去5年", "近五年" or "这五年": the same count, in either numeral."""
    m = _SPAN_BACK.match(period)
    if not m:
        return False
    n = _DIGITS.get(m.group(1)) or int(m.group(1))
    count = "|".join(re.escape(c) for c in {str(n), *(k for k, v in _DIGITS.items() if v == n)})
    return re.search(rf"(?:过去|近|这|最近)\s*(?:{count})\s*年|(?<![\d一二两三四五六七八九十])(?:{count})\s*年(?:来|间|以来)",
                     text) is not None


# A five-year plan's span ("十四五"时期, "十三五"以来): five years told together, never one of them.
PLAN_SPAN = re.compile(r"[十][一二三四五六七八九]?五(?:”|\")?\s*(?:时期|期间|以来|规划期|末)"
                       # "过去五年", "近三年来", "五年来…年均增长": several years together, as a plan's span is
                       r"|(?:过去|近|这)\s*(?:[两三四五六七八九十]|\d{1,2})\s*年(?!前|后|内)|(?<![\d一二两三四五六七八九十])"
                       r"(?:[两三四五六七八九十]|\d{1,2})\s*年来|年均")


def _compare_from(text: str, period: str, year: int | None) -> tuple[bool, bool]:
    if period in text or spans_back(text, period):
        return True, False
    asked_abs, asked_rel = years_named(period, year)
    named_abs, named_rel = years_named(text, year)
    if asked_abs & named_abs or asked_rel & named_rel:
        return True, False
    if (asked_abs or asked_rel) and not (named_abs or named_rel) and PLAN_SPAN.search(text):
        # "“十四五”时期…年均增长6.1%" speaks of five years together, not of the one year asked
        return False, True
    return False, bool((asked_abs and named_abs) or (asked_rel and named_rel))
