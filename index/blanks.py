"""Blanked figures and redacted words in an excerpt.

Template sites blank the figures of a speech in several ways: the number is simply
dropped before its unit ("达到公里"), replaced by a placeholder ("占比××%", "xx人",
"□□家", "*个"), or left as a space ("地区生产总值 亿元"). Words are redacted with
``_``. Each rule says where a number or a name should stand; magnitudes and
thresholds written without a digit ("亿元以上项目", "上万家", "万元户") and rates per unit of output
("万元GDP用水量") are not blanks.
"""
from __future__ import annotations

import re

from .document import Blank, Redaction

HAN = "\u4e00-\u9fff"
_NUMERALS = "0-9０-９零〇一二两三四五六七八九十百千万亿几数多余半每个第方"
_PUNCT_AFTER = "，,。；;、：:）)！？!?"

# ---- a number dropped before its unit ----------------------------------------

# Units that always need a figure: "达到公里", "学位万个", "缩短了分钟", "面积平方公里", "达到%".
_STRONG_UNITS = ("平方公里|万平方米|平方米|公里|万个|万人|万元|亿元|万吨|万亩|公顷|分钟"
                 "|个百分点|[%％]")
_STRONG_RE = re.compile(rf"(?<=[{HAN}])(?<![{_NUMERALS}])(?:{_STRONG_UNITS})")
# A magnitude word before 万/亿 makes the unit a round amount: "上万人", "超亿元", "过万元".
_MAGNITUDE_BEFORE = re.compile(r"(?:[上近逾超成]|(?<!超)过)$")
# After 万/亿 units, a threshold or a compound: "亿元以上项目", "万元以内", "亿元级", "万元户"; a rate per unit
# of output: "万元GDP用水量", "万元工业增加值能耗".
_THRESHOLD_AFTER = re.compile(r"以上|以下|以内|以外|级|户|(?:GDP|地区生产总值|生产总值|工业增加值|增加值|产值|营业收入)",
                              re.IGNORECASE)
_TRIGGERS = ("达到|新增|新建|扩建|建设|建成|缩短了|缩短|入驻|引进|培育|其中|容纳|导致|共有|已有|还有"
             "|拥有|累计|完成|实现|涉及|设立|打造|组建|仅为|超过|面积|距离|有")
# A measure word right after a verb: "有个园区", "建设个居住社区", "导致家企业".
_MW_AFTER_VERB_RE = re.compile(
    rf"(?:{_TRIGGERS})(?:个(?!别|人|体|性|案|把)|家(?!庭|园|乡|长|属|人|里|风|门|电|具|政|家|族|国))"
    rf"(?=[{HAN}])")
# A measure word right after the place that owns the figure: "我市个产业园区".
_MW_AFTER_PLACE_RE = re.compile(
    rf"(?:我市|全市|全省|我省|全县|我县|全区|我区|全国|全镇)(?:个(?!别|人|体|性|案)|家(?!庭|园|乡)|所(?!有|属|在))"
    rf"(?=[{HAN}])")
# A noun then its measure word, the figure missing between: "中小学所,", "床位张;", "入驻企业家,".
_NOUN_MW_RE = re.compile(
    rf"(?:{_TRIGGERS}|、)(?:中小学|小学|中学|学校|幼儿园|医院|卫生院|养老院)所(?=[，,。；;、）)\s])"
    rf"|(?:{_TRIGGERS}|、)(?:床位|病床)张(?=[，,。；;、）)\s])"
    rf"|(?:入驻|引进|落户|培育|新增|共有|已有|有)(?:企业|公司|商户|机构|银行)家(?=[，,。；;、）)\s])"
    rf"|(?:{_TRIGGERS}|、)(?:项目|园区|社区|场馆|站点|网点)个(?=[，,。；;、）)\s])")
# A place whose name was blanked: "例如,区通过…", ",县与区在…".
_BARE_PLACE_RE = re.compile(r"(?:(?<=[，,。；;：:])|(?<=[，,][区县]与)|(?<=例如|比如))[区县](?=通过|的一|与|在)")
_TRIGGER_START_RE = re.compile(rf"(?:{_TRIGGERS})")

# ---- placeholders --------------------------------------------------------------

# A "*" standing for a figure or a name: "*万元", "*区政府" ("**" is markdown bold, not a blank).
_STAR_RE = re.compile(rf"(?<![*＊])[*＊](?![*＊])(?=[{HAN}0-9%])|(?<=[{HAN}])(?<![*＊])[*＊](?![*＊])"
                      rf"|＊{{2,4}}(?=[{HAN}0-9%％])|(?<=[{HAN}])＊{{2,4}}")
# "**" between a word and its unit ("新增市场主体**户", "投资**亿元"), with no closing "**" after it on
# the line: a figure blanked in a plain text, not the opening of a Markdown bold run.
_DOUBLE_STAR_RE = re.compile(rf"(?<=[{HAN}])\*{{2,3}}(?=(?:{{measure}}))(?![^\n]{{0,30}}\*\*)")
# Marks that mean nothing but "a figure/name goes here" when they touch Chinese or a unit.
_MARK_RE = re.compile(r"[×✕Ｘｘ]++(?!光|射线)|(?<![A-Za-z0-9.])[xX]{2,3}(?![A-Za-z0-9])|□+|[〇○]{2,}")
# A single Latin x only where a number stands: before a unit or measure word, or after 第.
_MEASURE = ("个|家|人|名|位|项|条|所|张|座|次|批|户|件|台|套|辆|栋|亩|吨|元|万|亿|千|百|倍|年|月|日|天"
            "|公里|平方|米|期|届|轮|部|处|起|种|类|片|笔|[%％]")
_DOUBLE_STAR_RE = re.compile(_DOUBLE_STAR_RE.pattern.replace("{measure}", _MEASURE))
_SINGLE_X_RE = re.compile(rf"(?<![A-Za-z0-9.])[xX](?![A-Za-z0-9])(?=(?:{_MEASURE}))"
                          rf"|(?<=第)[xX](?![A-Za-z0-9])")
_CN_DIGITS = "零一二三四五六七八九十〇○0-9０-９"
# "规模_亿元": an underscore before a unit stands for the figure (elsewhere it hides a word).
_UNDERSCORE_FIGURE_RE = re.compile(rf"[_＿]+(?=(?:{_MEASURE}))")
# A line left to be filled in, standing apart from any word ("债务化解方面，______。"): a blank, where an
# underscore touching a word hides that word (a redaction).
FILL_IN_CONTEXT = 12
_FILL_IN_RE = re.compile(rf"(?<![{HAN}A-Za-z0-9_＿])[_＿]{{3,}}(?![{HAN}A-Za-z0-9_＿])")

# ---- a space where the number was ------------------------------------------------

_SPACE_UNITS = ("万亿元|亿元|万元|亿美元|万美元|万人|万户|万吨|万亩|万个|平方公里|平方米|公里|公顷"
                "|个百分点|[%％]")
_SPACE_RE = re.compile(
    rf"(?<=[{HAN}])(?<![{_NUMERALS}])(?<!单位)[ \t\u00a0\u3000\u2002-\u200a]{{1,6}}"
    rf"(?:(?:{_SPACE_UNITS})"
    rf"|[元人吨亩倍座条台户名辆次项所张](?=[{_PUNCT_AFTER}]|\s|$)"
    rf"|个(?=[{HAN}])(?!别|人|体|性|案)|家(?=[{HAN}])(?!庭|园|乡|长|属|人|族|国))")


def _clause_start(text: str, pos: int, limit: int = 6) -> int:
    """Start of the clause around ``pos``, at most ``limit`` characters back."""
    i = pos
    while i > 0 and pos - i < limit and re.match(rf"[{HAN}A-Za-z0-9*＊×□〇○]", text[i - 1]):
        i -= 1
    return _number_whole(text, i)


def _context_before(text: str, pos: int) -> int:
    """Where a blank's context starts: the verb before it when there is one, else 4 characters back."""
    lo = _clause_start(text, pos)
    window = text[lo:pos]
    for cut in range(len(window)):
        if _TRIGGER_START_RE.match(window, cut):
            return lo + cut
    return _number_whole(text, max(lo, pos - 4), lo)


def _number_whole(text: str, start: int, lo: int = 0) -> int:
    """``start`` moved back to the start of a number it would cut ("2026年×月1日", not "026年×月1日")."""
    while start > lo and text[start - 1].isdigit() and text[start].isdigit():
        start -= 1
    return start


def _tail(text: str, pos: int, hi: int, n: int) -> int:
    """End of up to ``n`` Chinese characters or digits from ``pos`` (stops at punctuation)."""
    end = pos
    while end < hi and end - pos < n and re.match(rf"[{HAN}0-9%％]", text[end]):
        end += 1
    return end


def _is_magnitude(text: str, start: int, end: int) -> bool:
    """A 万/亿 unit used as a round amount or a threshold, not a dropped figure."""
    unit = text[start:end]
    if unit.startswith("公里") and text.startswith("数", end):
        return True  # "公里数": the word for a distance
    if not unit.startswith(("万", "亿")):
        return False
    return bool(_MAGNITUDE_BEFORE.search(text, max(0, start - 2), start)
                or _THRESHOLD_AFTER.match(text, end))


def _touches(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether a placeholder run stands next to Chinese text or a unit (so it holds a figure or name)."""
    before = text[start - 1] if start > lo else ""
    after = text[end] if end < hi else ""
    return bool(re.match(rf"[{HAN}%％]", after) or re.match(rf"[{HAN}]", before))


def _mark_ok(text: str, m: re.Match, lo: int, hi: int) -> bool:
    """Whether a placeholder mark stands for a blank here (not a product sign, bullet or year)."""
    s, e = m.start(), m.end()
    run = m.group(0)
    before = text[s - 1] if s > lo else ""
    after = text[e] if e < hi else ""
    if run[0] in "×✕" and (before.isdigit() or after.isdigit()):
        return False  # "3×5": multiplication
    if run[0] in "〇○" and (re.match(f"[{_CN_DIGITS}]", before or " ") or re.match(f"[{_CN_DIGITS}]", after or " ")):
        return False  # "二〇〇八年": a year written in Chinese numerals
    if run[0] == "□" and not text[text.rfind("\n", 0, s) + 1:s].strip():
        return False  # a bullet at the start of a line
    return _touches(text, s, e, lo, hi)


def find_blanks(text: str, spans: list[tuple[int, int]]) -> list[Blank]:
    """Blanked figures and names inside the given ``(start, end)`` spans of ``text``, in order.

    Kinds: ``missing`` (nothing before a unit, "达到公里"), ``star`` (``*``/``＊``),
    ``placeholder`` (``××``/``xx``/``□``/``〇〇`` where a figure or name stands) and
    ``space`` (a unit after a space, "总值 亿元"). One blank per place.
    """
    found: list[Blank] = []
    for lo, hi in spans:
        for m in _STRONG_RE.finditer(text, lo, hi):
            if _is_magnitude(text, m.start(), m.end()):
                continue
            c0 = max(_context_before(text, m.start()), lo)
            found.append(Blank(m.start(), m.end(), text[c0:m.end()], "missing"))
        for rx in (_MW_AFTER_VERB_RE, _MW_AFTER_PLACE_RE):
            for m in rx.finditer(text, lo, hi):
                found.append(Blank(m.end() - 1, m.end(), text[m.start():_tail(text, m.end(), hi, 2)], "missing"))
        for m in _NOUN_MW_RE.finditer(text, lo, hi):
            found.append(Blank(m.end() - 1, m.end(), m.group(0).lstrip("、"), "missing"))
        for m in _BARE_PLACE_RE.finditer(text, lo, hi):
            found.append(Blank(m.start(), m.end(), text[m.start():_tail(text, m.end(), hi, 2)], "missing"))
        for m in [*_STAR_RE.finditer(text, lo, hi), *_DOUBLE_STAR_RE.finditer(text, lo, hi)]:
            c0 = max(_clause_start(text, m.start(), 2), lo)
            found.append(Blank(m.start(), m.end(), text[c0:_tail(text, m.end(), hi, 3)], "star"))
        marks = [m for m in _MARK_RE.finditer(text, lo, hi) if _mark_ok(text, m, lo, hi)]
        marks += [m for m in _SINGLE_X_RE.finditer(text, lo, hi)]
        marks += [m for m in _UNDERSCORE_FIGURE_RE.finditer(text, lo, hi)]
        for m in marks:
            c0 = max(_clause_start(text, m.start(), m.end() - m.start() + 3), lo)
            found.append(Blank(m.start(), m.end(), text[c0:_tail(text, m.end(), hi, 3)], "placeholder"))
        for m in _FILL_IN_RE.finditer(text, lo, hi):  # said with what comes before it: "债务化解方面，____"
            c0 = max(m.start() - FILL_IN_CONTEXT, lo)
            found.append(Blank(m.start(), m.end(), text[c0:m.start()].lstrip("，,；;。 ") + "____", "placeholder"))
        for m in _SPACE_RE.finditer(text, lo, hi):
            c0 = max(_context_before(text, m.start()), lo)
            found.append(Blank(m.start(), m.end(), text[c0:_tail(text, m.end(), hi, 2)], "space"))
    found.sort(key=lambda b: (b.start, b.end))
    out: list[Blank] = []
    for b in found:  # one blank per place
        if out and b.start < out[-1].end:
            continue
        out.append(b)
    return out


_REDACT_RE = re.compile(rf"(?<=[{HAN}])[_＿]+|[_＿]+(?=[{HAN}])")


def find_redactions(text: str, spans: list[tuple[int, int]]) -> list[Redaction]:
    """Words replaced by ``_`` next to Chinese text (``创新_机制``) inside the spans, in order."""
    out = []
    for lo, hi in spans:
        for m in _REDACT_RE.finditer(text, lo, hi):
            if (out and out[-1].offset == m.start()) or _UNDERSCORE_FIGURE_RE.match(text, m.start()):
                continue  # a figure's place is a blank, not a word redacted
            c0 = max(_clause_start(text, m.start(), 4), lo)
            c1 = m.end()
            while c1 < hi and c1 - m.end() < 4 and re.match(rf"[{HAN}]", text[c1]):
                c1 += 1
            out.append(Redaction(offset=m.start(), context=text[c0:c1]))
    return out
