"""Detectors for what an excerpt does not show: site notices, blanks, redactions.

Each detector works on the decoded source and returns offsets into it, so the
parser can attach the marks to passages. The rules describe the genre (web
excerpts of Chinese government speeches), not one file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Blank, CutOff, Redaction

HAN = "\u4e00-\u9fff"
_ELLIPSIS = r"(?:…+|\.{3,}|。{3,}|\u22ef+)"
_OPEN, _CLOSE = r"[(（【\[]", r"[)）】\]]"
_INNER = r"[^()（）【】\[\]\n]"

# A gap: "……(新文秘网http://…省略1145字,正式会员可完整阅读)……", "（此处略去约600字）", "(略)".
GAP_RE = re.compile(
    rf"{_ELLIPSIS}?[ \t\u3000]*{_OPEN}{_INNER}{{0,120}}?(?:省略|略去|删节|删去|隐去)"
    rf"{_INNER}{{0,120}}?{_CLOSE}[ \t\u3000]*{_ELLIPSIS}?"
    rf"|{_ELLIPSIS}?[ \t\u3000]*{_OPEN}\s*(?:略|下略|中略|此处略)\s*{_CLOSE}[ \t\u3000]*{_ELLIPSIS}?"
    rf"|{_ELLIPSIS}[^…\n]{{0,80}}?省略\s*\d+\s*字[^…\n]{{0,80}}?{_ELLIPSIS}"
)
_OMITTED_RE = re.compile(r"(?:省略|略去|删去|删节|隐去)(?:了)?\s*(?:约|近|共)?\s*(\d+)\s*(?:个)?字")

# A cut-off: "……(未完,全文共10026字,当前仅显示3214字,…" and other site wordings.
_CUT_STRONG = (r"未完|(?:全文|本文)(?:共|约)?\s*\d+\s*字|(?:仅|已|当前页面?)显示(?:了)?\s*(?:前)?\s*\d+\s*字"
               r"|(?:剩余|余下)\s*\d+\s*字")
_CUT_WORDS = _CUT_STRONG + r"|查看全文|阅读全文|下载全文|余下全文|显示全文|登录后查看|付费阅读"
# Keywords with a figure (or 未完) may open a line; the others only after "……" or a bracket.
CUT_RE = re.compile(rf"(?:{_ELLIPSIS}[ \t\u3000]*{_OPEN}?|{_OPEN})\s*(?:{_CUT_WORDS})"
                    rf"|^[ \t\u3000]*(?:{_CUT_STRONG})", re.MULTILINE)
_TOTAL_RE = re.compile(r"(?:全文|本文|全篇)(?:共|约|总)?\s*(\d+)\s*字")
_SHOWN_RE = re.compile(r"显示(?:了)?\s*(?:前)?\s*(\d+)\s*字")
_LEFT_RE = re.compile(r"(?:剩余|余下|还有)\s*(\d+)\s*字")

# Whole lines that are site furniture, never speech text.
BOILERPLATE_LINE_RE = re.compile(
    r"^\s*(?:收藏《.*》\)?|(?:本文)?来源[:：].{0,40}|责任编辑[:：].{0,20}|(?:上|下)一篇[:：].*"
    r"|点击(?:下载|收藏|查看).*|免责声明.*|版权所有.*|扫一扫.*|返回(?:顶部|首页|列表).*"
    r"|(?:https?://|www\.)\S+)\s*$")
# Anything a passage must never hold (used to check the parse).
BOILERPLATE_RE = re.compile(r"https?://|www\.|省略\s*\d+\s*字|正式会员|未完[,，]|当前仅显示|收藏《")


@dataclass
class GapNotice:
    """A gap notice found in the source."""

    start: int
    end: int
    omitted_chars: int | None
    notice: str


def find_gaps(text: str, start: int = 0, end: int | None = None) -> list[GapNotice]:
    """Gap notices (``……(…省略N字…)……``, ``(略)``) in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    out = []
    for m in GAP_RE.finditer(text, start, end):
        notice = m.group(0)
        if re.search(_CUT_WORDS, notice) and not _OMITTED_RE.search(notice):
            continue  # a cut-off notice in brackets, not a gap
        num = _OMITTED_RE.search(notice)
        out.append(GapNotice(m.start(), m.end(), int(num.group(1)) if num else None, notice.strip()))
    return out


def find_cut_off(text: str, start: int = 0) -> CutOff | None:
    """The first cut-off notice at or after ``start``; its notice runs to the end of its line."""
    for m in CUT_RE.finditer(text, start):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        notice = text[m.start():line_end].strip()
        if _OMITTED_RE.search(notice):
            continue  # "省略N字" is a gap, not the end
        total = _TOTAL_RE.search(notice)
        shown = _SHOWN_RE.search(notice)
        left = _LEFT_RE.search(notice)
        total_n = int(total.group(1)) if total else None
        shown_n = int(shown.group(1)) if shown else None
        if shown_n is None and left and total_n is not None:
            shown_n = max(total_n - int(left.group(1)), 0)
        return CutOff(offset=m.start(), total_chars=total_n, shown_chars=shown_n, notice=notice)
    return None


# ---- blanked figures -------------------------------------------------------

_NUMERALS = "0-9０-９零〇一二两三四五六七八九十百千万亿几数多余半每个第方"
# Units that always need a figure: "达到公里", "学位万个", "缩短了分钟", "面积平方公里", "达到%".
_STRONG_UNITS = ("平方公里|万平方米|平方米|公里|万个|万人|万元|亿元|万吨|万亩|公顷|分钟"
                 "|个百分点|[%％]")
_STRONG_RE = re.compile(rf"(?<=[{HAN}])(?<![{_NUMERALS}])(?:{_STRONG_UNITS})")
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
# A "*" standing for a figure or a name: "*万元", "*区政府".
_STAR_RE = re.compile(rf"(?<![*＊])[*＊](?![*＊])(?=[{HAN}0-9%])|(?<=[{HAN}])(?<![*＊])[*＊](?![*＊])")
_TRIGGER_START_RE = re.compile(rf"(?:{_TRIGGERS})")


def _clause_start(text: str, pos: int, limit: int = 6) -> int:
    """Start of the clause around ``pos``, at most ``limit`` characters back."""
    i = pos
    while i > 0 and pos - i < limit and re.match(rf"[{HAN}A-Za-z0-9*＊]", text[i - 1]):
        i -= 1
    return i


def _context_before(text: str, pos: int) -> int:
    """Where a blank's context starts: the verb before it when there is one, else 4 characters back."""
    lo = _clause_start(text, pos)
    window = text[lo:pos]
    for cut in range(len(window)):
        if _TRIGGER_START_RE.match(window, cut):
            return lo + cut
    return max(lo, pos - 4)


def _tail(text: str, pos: int, hi: int, n: int) -> int:
    """End of up to ``n`` Chinese characters or digits from ``pos`` (stops at punctuation)."""
    end = pos
    while end < hi and end - pos < n and re.match(rf"[{HAN}0-9]", text[end]):
        end += 1
    return end


def find_blanks(text: str, spans: list[tuple[int, int]]) -> list[Blank]:
    """Blanked figures and names inside the given ``(start, end)`` spans of ``text``, in order."""
    found: list[Blank] = []
    for lo, hi in spans:
        for m in _STRONG_RE.finditer(text, lo, hi):
            c0 = max(_context_before(text, m.start()), lo)
            found.append(Blank(m.start(), m.end(), text[c0:m.end()], "missing"))
        for rx in (_MW_AFTER_VERB_RE, _MW_AFTER_PLACE_RE):
            for m in rx.finditer(text, lo, hi):
                found.append(Blank(m.end() - 1, m.end(), text[m.start():_tail(text, m.end(), hi, 2)], "missing"))
        for m in _NOUN_MW_RE.finditer(text, lo, hi):
            found.append(Blank(m.end() - 1, m.end(), m.group(0).lstrip("、"), "missing"))
        for m in _BARE_PLACE_RE.finditer(text, lo, hi):
            found.append(Blank(m.start(), m.end(), text[m.start():_tail(text, m.end(), hi, 2)], "missing"))
        for m in _STAR_RE.finditer(text, lo, hi):
            c0 = max(_clause_start(text, m.start(), 2), lo)
            found.append(Blank(m.start(), m.end(), text[c0:_tail(text, m.end(), hi, 3)], "star"))
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
            if out and out[-1].offset == m.start():
                continue
            c0 = max(_clause_start(text, m.start(), 4), lo)
            c1 = m.end()
            while c1 < hi and c1 - m.end() < 4 and re.match(rf"[{HAN}]", text[c1]):
                c1 += 1
            out.append(Redaction(offset=m.start(), context=text[c0:c1]))
    return out
