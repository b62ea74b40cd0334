"""A value asked against a tiered standard: "18万的车能补多少" of rows "15万元（含）—20万元 | 5000元/辆".

A policy's standards are often set by brackets ("分档补贴"): a table or a list whose rows open with a
range ("10万元（含）—15万元", "30万元（含）以上", "不足10万元", "60—79周岁"). A user asks with their
own value, which no row writes, so words and figures match the wrong row ("8万" finds "8000元").
The row whose range holds the value answers; a value below or above every bracket is one the
text sets no standard for, and the question is declined.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.document import SECTION_SEP

from .beyond_shown import PointInGap
from .ranking import SearchResult

_MULTIPLIER = {"": 1.0, "千": 1e3, "万": 1e4, "亿": 1e8}
_UNIT = r"元|块钱|块|周岁|岁|平方米|亩|人|公里|吨|千瓦|户|辆"
_NUM = rf"(\d+(?:\.\d+)?)\s*([千万亿]?)\s*({_UNIT})?"
_INCLUSIVE = r"(?:[（(]含[）)])?"
_BETWEEN = re.compile(rf"{_NUM}\s*{_INCLUSIVE}\s*(?:—|–|－|-|~|～|至|到)+\s*{_NUM}\s*{_INCLUSIVE}")
_ABOVE = re.compile(rf"{_NUM}\s*{_INCLUSIVE}\s*(?:及以上|以上|起)")
_BELOW = re.compile(rf"(?:不足|低于|不满|未满|少于)\s*{_NUM}|{_NUM}\s*{_INCLUSIVE}\s*(?:以下|以内)")
# The value a question states: "18万的车", "买个12万元的", "25万块钱的车" (not a year, not a count asked).
_STATED = re.compile(rf"(?<![\d.])(?!(?:19|20)\d{{2}}\s*年)(\d+(?:\.\d+)?)\s*([千万亿]?)\s*(?:({_UNIT})|(?=的|左右|多|呢|[，,？?\s]|$))")
_ASKS_AMOUNT = re.compile(r"多少|几|标准|能补|补[多几]|有没有|有补|能不能|可以|吗|哪一?档"
                          r"|\bhow much\b|\bwhat (?:subsidy|amount|standard)\b|\bwhich (?:band|bracket|tier)\b", re.I)
# The value an English question states: "a car priced at 180,000 yuan", "a 150,000-yuan car", "250k RMB"
_EN_STATED = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|k)?[\s-]*(yuan|rmb|cny)\b"
                        r"|(?<![\d.,])(\d{1,3}(?:,\d{3})+)(?![\d.,])", re.I)
_EN_MULTIPLIER = {"": 1.0, "thousand": 1e3, "k": 1e3, "million": 1e6}
MIN_ROWS = 2  # brackets: a single range is a condition, not a scale


def _base(unit: str | None) -> str:
    """The unit a value is measured in, with its spoken forms (块, 岁) as written (元, 周岁)."""
    return {"块钱": "元", "块": "元", "岁": "周岁"}.get(unit or "", unit or "")


@dataclass(frozen=True)
class Bracket:
    low: float  # inclusive
    high: float  # exclusive
    unit: str  # "" when the row writes none


def bracket_of(cell: str) -> Bracket | None:
    """The range a row's opening cell or clause writes, if any."""
    if (m := _BETWEEN.search(cell)) is not None:
        low_n, low_m, low_u, high_n, high_m, high_u = m.groups()
        high_mult = _MULTIPLIER[high_m]
        low_mult = _MULTIPLIER[low_m] if low_m else high_mult  # "10—15万元": both in 万元
        return Bracket(float(low_n) * low_mult, float(high_n) * high_mult, _base(high_u or low_u))
    if (m := _ABOVE.search(cell)) is not None:
        return Bracket(float(m.group(1)) * _MULTIPLIER[m.group(2)], float("inf"), _base(m.group(3)))
    if (m := _BELOW.search(cell)) is not None:
        n, mult, unit = m.groups()[:3] if m.group(1) else m.groups()[3:]
        return Bracket(float("-inf"), float(n) * _MULTIPLIER[mult], _base(unit))
    return None


def stated_value(question: str) -> tuple[float, str] | None:
    """The value a question states and asks a standard for ("18万的车能补多少": 180000, ""), else None."""
    if not _ASKS_AMOUNT.search(question) or bracket_of(question) is not None:
        return None  # "售价2000元到5000元的补贴多少" names a bracket: the rows answer it as they are
    if not re.search(r"[\u4e00-\u9fff]", question):  # English: a sum in yuan, or a figure grouped by commas
        if (en := _EN_STATED.search(question)) is None:
            return None
        figure, mult, unit = (en.group(1), en.group(2), en.group(3)) if en.group(1) else (en.group(4), None, None)
        return float(figure.replace(",", "")) * _EN_MULTIPLIER[(mult or "").lower()], "元" if unit else ""
    m = _STATED.search(question)
    if m is None:
        return None
    return float(m.group(1)) * _MULTIPLIER[m.group(2)], _base(m.group(3))


def _opening(text: str) -> str:
    """A row's opening cell ("15万元（含）—20万元 | 5000元/辆") or a line's opening clause."""
    return re.split(r"\s*\|\s*|[，,：:；;]", text, maxsplit=1)[0]


_BARE_MARKER = re.compile(r"^[（(]?[一二三四五六七八九十\d]{1,3}[)）.．、]?$")


def _scale(section: str) -> str:
    """The section a row's scale is under: its own, or its parent's when a bare item number is all
    its own heading says ("三、… > 1.")."""
    parts = section.split(SECTION_SEP)
    return SECTION_SEP.join(parts[:-1]) if len(parts) > 1 and _BARE_MARKER.match(parts[-1].strip()) else section


def _unmarked(passage) -> str:
    """A row's text without the item number its heading is ("1.80—89周岁" under "… > 1.": "80—89周岁")."""
    marker = passage.section.split(SECTION_SEP)[-1].strip()
    text = passage.text.lstrip()
    return text[len(marker):] if _BARE_MARKER.match(marker) and text.startswith(marker) else text


_LEADING_NUMBER = re.compile(r"^\s*(\d{1,2})[.．、]")


def _rows_of_scale(index, doc: str, scale: str) -> list[tuple[int, str]]:
    """(row, text) of the passages under ``scale``, their list numbers taken off when they count
    1, 2, 3… ("1.80—89周岁", "2.90—99周岁": items 1 and 2, not 1.80 and 2.90)."""
    rows = [(r, _unmarked(index.passages[r])) for r in index.doc_rows(doc)
            if _scale(index.passages[r].section) == scale]
    numbers = [int(m.group(1)) for _r, t in rows if (m := _LEADING_NUMBER.match(t))]
    if numbers and numbers == list(range(1, len(numbers) + 1)):
        rows = [(r, _LEADING_NUMBER.sub("", t, count=1)) for r, t in rows]
    return rows


def bracket_rows(index, result: SearchResult, unit: str = "") -> list[tuple[int, Bracket]]:
    """The rows of a bracketed standard of ``unit`` (any, when "") in the best passages' speech: those
    of one section whose opening cells are ranges. The scale a best passage belongs to comes first,
    then the speech's others in order (a heading asked, "有没有补贴", can steer past the table);
    empty when there is no such scale."""
    hits = result.hits[:5]
    seen: set[tuple[str, str]] = set()
    for doc, section in [(h.passage.document, h.passage.section) for h in hits] + [
            (p.document, p.section) for p in (index.passages[r] for r in index.doc_rows(hits[0].passage.document))]:
        if (doc, _scale(section)) in seen:
            continue
        seen.add((doc, _scale(section)))
        scale = _rows_of_scale(index, doc, _scale(section))
        rows = [(r, b) for r, text in scale if (b := bracket_of(_opening(text))) is not None
                and (not unit or not b.unit or b.unit == unit)]
        if len(rows) >= MIN_ROWS:
            return rows
    return []


def row_for_value(index, question: str, result: SearchResult) -> tuple[int | None, list[tuple[int, Bracket]]]:
    """(the row whose bracket holds the value asked, or None when none does; the brackets), or
    (None, []) when the question states no value or the passages hold no scale of its unit."""
    value = stated_value(question)
    if value is None:
        return None, []
    amount, unit = value
    rows = bracket_rows(index, result, unit) if result.hits else []
    if len(rows) < MIN_ROWS:
        return None, []
    lows = {b.low for _r, b in rows}
    # a bracket's upper bound is its own ("80—89周岁" holds 89) unless the next one starts there ("15—20万元")
    holding = [r for r, b in rows if b.low <= amount < b.high or amount == b.high and b.high not in lows]
    return (holding[0] if holding else None), rows


def _value_said(question: str) -> str:
    """The value as the question wrote it ("18万")."""
    m = _STATED.search(question)
    return m.group(0).strip() if m else ""


def bracket_answer(index, builder, question: str, result: SearchResult, lang: str) -> str | None:
    """The row holding the value asked, quoted and cited, said as the bracket it falls in; None when
    no scale answers the question. Raises :class:`~qa.beyond_shown.PointInGap` (no notice) when no
    bracket holds the value: the text sets nothing for it."""
    row, rows = row_for_value(index, question, result)
    if not rows:
        return None
    if row is None:
        raise PointInGap(outside_brackets_reply(index, question, rows, lang), None)
    quote = "".join(f"{builder.sentence(s)}[{builder.cite_sentence(s)}]" for s in index.sentences_of(row))
    opening = _opening(_unmarked(index.passages[row]))
    if lang == "en":
        return f"{_value_said(question)} falls in the bracket “{opening}”: {quote}"
    return f"{_value_said(question)}落在“{opening}”这一档:{quote}"


def outside_brackets_reply(index, question: str, rows: list[tuple[int, Bracket]], lang: str) -> str:
    """The decline of a value no bracket holds, naming the brackets the text sets."""
    doc = index.document(index.passages[rows[0][0]].document)
    openings = "、".join(f"“{_opening(_unmarked(index.passages[r]))}”" for r, _b in rows)
    if lang == "en":
        return (f"《{doc.title}》 sets its standard by brackets ({openings}); {_value_said(question)} falls in "
                "none of them, so the text gives no standard for it.")
    return f"《{doc.title}》按区间列出标准({openings}),{_value_said(question)}不在其中任何一档,文件未给出对应的标准,无法依据原文作答。"


def of_the_named_bracket(index, question: str, sentences: list[int]) -> list[int]:
    """``sentences`` without the rows of other brackets, when the question names one a row opens with
    ("售价2000元以下的补贴多少": its row, not "2000元（含）—5000元 | 500元" beside it, sharing 2000元)."""
    named = bracket_of(question)
    if named is None:
        return sentences
    wanted = (named.low, named.high)

    def brackets(s: int) -> set[tuple[float, float]]:
        # a list item's number may run into its range ("3.100周岁以上"): read with and without it
        text = index.sentence_text(s).strip()
        found = (bracket_of(_opening(t)) for t in (text, _LEADING_NUMBER.sub("", text, count=1)))
        return {(b.low, b.high) for b in found if b is not None}

    read = {s: brackets(s) for s in sentences}
    if not any(wanted in b for b in read.values()):
        return sentences
    return [s for s in sentences if not read[s] or wanted in read[s]]
