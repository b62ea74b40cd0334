"""When a sentence speaks: the year or half it is said under, and whether that is the one asked.

"去年…多少" is not answered by a figure of 今年, nor by a passage under "二、2026年主要目标" in a
report of 2026; a table row speaks of the periods its header names. Used by the fact check
(:mod:`qa.fact_check`) and by the sentences an answer picks.
"""
from __future__ import annotations

import re

from index.document import SECTION_SEP
from index.store import PassageIndex

from .periods import PLAN_SPAN, RELATIVE_PATTERN, Years, document_years, names_other_year, part_year, speaks_of

# "比去年有所下调", "高于去年": a comparison names another year without speaking of it.
_COMPARED = re.compile(r"(?:比|较|高于|低于|大于|小于|多于|少于|好于|快于|慢于|超过|超出|同比|与)"
                       r"(?:去年|上年|今年|前年)(?:同期)?"
                       # "在去年压减基础上再压减8%": last year is where this year's cut starts from
                       r"|在(?:去年|上年|前年)[^，,。；;]{0,8}?基础上"
                       # "由2024年的第6位上升至第3位", "从上年的85%提高到": where the change starts from
                       r"|(?:由|从)(?:(?:19|20)\d{2}\s*年|去年|上年|前年)(?:底|末)?的?(?=[^，,。；;]{1,12}?(?:上升|提升|提高|"
                       r"增加|增长|下降|降低|减少|跃升|升至|降至|到|至))")
# "今年上半年" is one period: its year goes with its half, or the half alone would be all a later
# sentence of the passage is known to speak under (and 去年 would not conflict with it).
_ANY_PERIOD = re.compile(r"(?:(?:19|20)\d{2}\s*年|" + RELATIVE_PATTERN + r")?[上下]半年|(?:19|20)\d{2}\s*年|"
                         + RELATIVE_PATTERN)
_HALVES = ("上半年", "下半年")


def table_columns(passage) -> str:
    """The header row a table row stands under ("指标 | 2024年目标 | 2024年完成"): what its figures
    are; empty for any other passage."""
    last = passage.section.rsplit(SECTION_SEP, 1)[-1]
    return last if "|" in last and "|" in passage.text else ""


def table_heading(passage) -> str:
    """The heading a table row's header stands under ("四、购车补贴的标准是多少" over "车辆价格区间 |
    补贴标准"): what the table is of. Empty for a passage that is no table row."""
    if not table_columns(passage):
        return ""
    over = passage.section.rsplit(SECTION_SEP, 2)
    return over[-2] if len(over) >= 2 else ""


def dated_columns(passage, part: str) -> str:
    """:func:`table_columns`, with ``part`` (the year its part of a review speaks of, see
    :func:`qa.periods.part_year`) when the header names no period ("指标 | 目标 | 完成")."""
    columns = table_columns(passage)
    return columns + part if columns and not _ANY_PERIOD.search(columns) else columns


# The year a sentence speaks from, said relatively ("今年", "年内"), and a year or another relative one named.
_THIS_YEAR = re.compile(r"今年|本年度|本年|(?<![\d一二两三四五六七八九十几多个])年内")
_YEAR_NAMED = re.compile(r"(?:19|20)\d{2}\s*年|去年|上年|明年|前年|上一年")


def period_context(passage_text: str, start: int, end: int, section: str = "", part: str = "") -> str:
    """The time words a sentence speaks under: its own, else the last ones named before it in
    its passage ("今年以来，…。…死亡3人。" speaks of 今年), else the last its headings name
    ("一、2025年工作回顾 > （三）…"), else ``part``, the year its part of a review speaks of
    (:func:`qa.periods.part_year`); comparisons left out."""
    own = _COMPARED.sub("", passage_text[start:end])
    headed = _ANY_PERIOD.findall(section)
    anchor = headed[-1] if headed else part
    if anchor and _THIS_YEAR.search(own) and not _YEAR_NAMED.search(own):
        # "年内基本解决" under "四、下一步打算" of a 2025 review, or under "二、明年工作安排": the year
        # that part plans, not the writer's calendar one
        return _THIS_YEAR.sub(anchor, own)
    if _ANY_PERIOD.search(own) or PLAN_SPAN.search(own):  # "“十四五”时期…" speaks of its span, not the heading's year
        return own
    before = _ANY_PERIOD.findall(_COMPARED.sub("", passage_text[:start])) or _ANY_PERIOD.findall(section)
    return own + (before[-1] if before else part)


def period_conflict(periods: list[str], sentence: str, year: Years = None) -> bool:
    """Whether a sentence speaks of another year or half than the one the question names
    (it names a different one, and not the asked one); ``year`` is the speech's own, which
    makes "2025年" its 去年 (see :mod:`qa.periods`). Two years asked ("去年…？今年…？") are
    answered by a sentence of either; a year and a half ("去年上半年") by one of both."""
    halves = [p for p in periods if p in _HALVES]
    years = [p for p in periods if p not in _HALVES]
    if halves and all(p not in sentence and any(q in sentence for q in _HALVES if q != p) for p in halves):
        return True
    if years and all(_beyond_unsaid(p, sentence, year) for p in years):
        return True
    return bool(years) and all(names_other_year(sentence, p, year) for p in years)


_ABSOLUTE = re.compile(r"((?:19|20)\d{2})年")


def _beyond_unsaid(period: str, sentence: str, year: Years) -> bool:
    """Whether a sentence naming no time speaks of another year than ``period`` ("2023年"): said
    with no year, a speech's figure is of the year it speaks from or the one before ("全年实现地区生产
    总值186.4亿元" in a speech of 2025), never of a year further back or ahead."""
    m = _ABSOLUTE.fullmatch(period)
    frames = [y for y in (year if isinstance(year, tuple) else (year,)) if y is not None]
    if not m or not frames or _ANY_PERIOD.search(sentence) or PLAN_SPAN.search(sentence):
        return False
    asked = int(m.group(1))
    return all(not (y - 1 <= asked <= y) for y in frames)


def outside_period(index: PassageIndex, row: int, periods: list[str]) -> bool:
    """Whether the passage at ``row`` speaks of another year than the question's ``periods``
    (by its own words, else its headings': "二、2026年主要目标…" is not 去年 in a report of 2026)."""
    if not periods:
        return False
    passage, part, years = _frame(index, row)
    if not period_conflict(periods, _context(passage, part), years):
        return False
    # "全年新签约亿元以上项目××个。对去年签约未开工的19个项目，…": a passage of this year's plan that
    # mentions last year in passing still speaks of this year in its other sentences
    sentences = index.sentences_of(row)
    return len(sentences) < 2 or all(
        period_conflict(periods, period_context(passage.text, a, b, passage.section, part), years)
        for _r, a, b in (index.sentence_spans[s] for s in sentences))


def inside_period(index: PassageIndex, row: int, periods: list[str]) -> bool:
    """Whether the passage at ``row`` speaks of one of the question's ``periods`` (by its own
    words, else its headings': "一、2025年工作回顾" is 去年 in a report of 2026)."""
    if not periods:
        return False
    context, years = _passage_period(index, row)
    return any(speaks_of(context, p, years) for p in periods)


def _passage_period(index: PassageIndex, row: int) -> tuple[str, Years]:
    """The time words the passage at ``row`` speaks under (a table row: its columns), and its speech's years."""
    passage, part, years = _frame(index, row)
    return _context(passage, part), years


def _frame(index: PassageIndex, row: int):
    """The passage at ``row``, the year of the part it stands in, and its speech's years."""
    passage = index.passages[row]
    doc = index.document(passage.document)
    return passage, part_year(doc, passage.section), document_years(doc)


def _context(passage, part) -> str:
    """The time words a whole passage speaks under (a table row: its columns)."""
    return dated_columns(passage, part) or period_context(passage.text, 0, len(passage.text), passage.section, part)


def in_period_rows(index: PassageIndex, hits, periods: list[str], first: int = 5) -> list[int]:
    """Rows of the first ``first`` hits not of another period, then later hits that speak of the
    asked one: a plan's many lines on this year's GDP do not hide last year's in the review."""
    rows = [h.row for h in hits[:first] if not outside_period(index, h.row, periods)]
    return (rows + [h.row for h in hits[first:] if inside_period(index, h.row, periods)])[:first]


def in_period_sentences(index: PassageIndex, chosen: list[int], periods: list[str]) -> list[int]:
    """``chosen`` without the sentences that speak of another period than the one asked, when some of
    the same speech do not: "去年改造投资完成了多少" is answered by "去年全市完成改造投资86亿元", not also by the
    next sentence's "今年力争完成…100亿元以上", nor by "过去五年…年均增长" before it. Each speech is read
    alone (one's sentence of the year does not drop another's), and a table row is left to its columns."""
    if not periods or len(chosen) < 2:
        return chosen

    def conflicts(s: int) -> bool:
        row, a, b = index.sentence_spans[s]
        passage, part, years = _frame(index, row)
        if table_columns(passage):
            return False
        named = _ANY_PERIOD.findall(_COMPARED.sub("", passage.text[a:b]))
        if named and all(n == "年内" for n in named):
            return False  # "年内有9个…未开工" in a review speaks within the year reviewed, whichever that is
        return period_conflict(periods, period_context(passage.text, a, b, passage.section, part), years)
    by_speech: dict[str, list[int]] = {}
    for s in chosen:
        by_speech.setdefault(index.passages[index.sentence_spans[s][0]].document, []).append(s)
    kept = []
    for sentences in by_speech.values():
        kept += [s for s in sentences if not conflicts(s)] or sentences
    return sorted(kept)
