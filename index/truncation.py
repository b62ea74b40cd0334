"""Detectors for what an excerpt does not show: gap notices, a cut-off, and the evidence for them.

Each detector works on the decoded source and returns offsets into it, so the
parser can attach the marks to passages. The rules describe the genre (web
excerpts of Chinese government speeches on template sites), not one file: a site
says "the rest is not shown" in many wordings, and a text can also just stop.
Blanks and redactions live in :mod:`index.blanks` (re-exported here).
"""
from __future__ import annotations

import heapq
import re
from dataclasses import dataclass

from .blanks import find_blanks, find_redactions
from .chrome import chrome_line_kind, chrome_tail, line_spans, trim_span
from .dates import DATE_LINE
from .document import CutOff, TruncationFinding
from .page_numbers import lost_pages

__all__ = ["BOILERPLATE_LINE_RE", "BOILERPLATE_RE", "GapNotice", "find_blanks", "find_cut_off", "find_gaps",
           "find_redactions", "truncation_findings"]

HAN = "\u4e00-\u9fff"
_ELLIPSIS = r"(?:…+|\.{3,}|。{3,}|\u22ef+)"
_OPEN, _CLOSE = r"[(（【\[]", r"[)）】\]]"
_INNER = r"[^()（）【】\[\]\n]"

# A gap: "……(新文秘网http://…省略1145字,正式会员可完整阅读)……", "（此处略去约600字）", "(略)",
# "……（中间内容略）……".
GAP_RE = re.compile(
    rf"{_ELLIPSIS}?[ \t\u3000]*{_OPEN}{_INNER}{{0,120}}?(?:省略|略去|删节|删去|隐去|节选(?!自)"
    # "（第四部分“加强党的建设”略）", "（以下略）", "（其余内容从略）": a part, or what follows, left out
    rf"|(?:部分|内容|文字|正文|下文|后文|其余|余下|以下|以后|其后|[下后”\"』」》])\s*(?:从)?略(?=\s*{_CLOSE}))"
    rf"{_INNER}{{0,120}}?{_CLOSE}[ \t\u3000]*{_ELLIPSIS}?"
    # "（中略）", "（中间内容略）", "（此处部分内容从略）": where the text was left out, said in brackets
    rf"|{_ELLIPSIS}?[ \t\u3000]*{_OPEN}\s*(?:(?:此处|中间|部分)*(?:内容|文字|正文)?(?:从)?略|下略|中略)\s*{_CLOSE}"
    rf"[ \t\u3000]*{_ELLIPSIS}?"
    rf"|{_ELLIPSIS}[^…\n]{{0,80}}?省略\s*\d+\s*字[^…\n]{{0,80}}?{_ELLIPSIS}"
)
_OMITTED_RE = re.compile(r"(?:省略|略去|删去|删节|隐去)(?:了)?\s*(?:约|近|共)?\s*(\d+)\s*(?:个)?字")

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
    """Gap notices (``……(…省略N字…)……``, ``(略)``) in ``text[start:end]``, in order, and the
    pages a PDF copy's page numbers show were dropped (1, 2, 4: page 3)."""
    end = len(text) if end is None else end
    lost = [GapNotice(a, b, None, "（缺第" + "、".join(map(str, pages)) + "页）") for a, b, pages in lost_pages(text, start, end)]
    return sorted(_marked_gaps(text, start, end) + lost, key=lambda g: g.start)


def _marked_gaps(text: str, start: int, end: int) -> list[GapNotice]:
    out = []
    for m in GAP_RE.finditer(text, start, end):
        notice = m.group(0)
        if re.search(_CUT_WORDS, notice) and not _OMITTED_RE.search(notice):
            continue  # a cut-off notice in brackets, not a gap
        num = _OMITTED_RE.search(notice)
        out.append(GapNotice(m.start(), m.end(), int(num.group(1)) if num else None, notice.strip()))
    return out


# ---- the cut-off ----------------------------------------------------------------

# Wordings that can only mean "the rest is not shown": figures of the whole and the
# shown part, 未完/待续, the end of a preview.
_CUT_STRONG = (r"未完(?![成善全结工])|待续|(?:全文|本文|全篇)(?:共|约|总)?\s*\d+\s*字"
               r"|(?:仅|已|当前页面?|只)(?:显示|展示)(?:了)?\s*(?:前)?\s*\d+\s*字|(?:剩余|余下|还有)\s*\d+\s*字"
               r"|(?:免费)?(?:预览|试读|试看)(?:已)?结束")
# Offers of the rest: only a notice where a site puts one (after "……", in brackets, on
# a line of its own, or at the very end of the page).
_CUT_OFFER = (r"(?:免费)?获取全文|(?:查看|阅读|下载|浏览|显示|余下)全文|完整阅读|阅读完整|查看完整"
              r"|(?:剩余|剩下的?|余下)(?:内容|全文)|下载(?:后|原文|文档|word)|(?:正式|VIP|vip|付费)会员"
              r"|会员(?:可|才能)(?:见|查看|阅读|下载|浏览)|(?:登录|登陆|注册)后(?:可)?(?:查看|阅读|浏览|可见|下载)"
              r"|付费(?:阅读|查看|下载)|(?:购买|支付)后(?:阅读|查看|下载)|(?:购买|解锁)全文|定制代笔"
              r"|(?:仅|只)(?:展示|显示)(?:了)?(?:部分|前)|点击下一页继续阅读"
              # an article's pager: its text goes on on the pages it numbers
              r"|(?:(?:首页|上一页)[ \t\u3000]*)?(?:\d+[ \t\u3000]+)+(?:下一?页|后一页|下一頁)")
_CUT_WORDS = _CUT_STRONG + "|" + _CUT_OFFER
_CUT_STRONG_RE = re.compile(_CUT_STRONG)
_CUT_WORD_RE = re.compile(_CUT_WORDS)
# the notice's own subject may stand between the bracket and its keyword: "……（全文未完）"
_LEAD_RE = re.compile(rf"(?:{_ELLIPSIS}[ \t\u3000]*)?(?:{_OPEN}[ \t\u3000]*)?(?:本文|全文|此文|该文|文章|正文)?$")
_TOTAL_RE = re.compile(r"(?:全文|本文|全篇)(?:共|约|总)?\s*(\d+)\s*字")
_SHOWN_RE = re.compile(r"(?:显示|展示)(?:了)?\s*(?:前)?\s*(\d+)\s*字")
_LEFT_RE = re.compile(r"(?:剩余|余下|还有)\s*(\d+)\s*字")
_NOTICE_LINE_MAX = 60
# What may stand before an offer that opens a notice line: "本文仅展示…", "请登录后查看…".
_LEAD_IN_RE = re.compile(r"[\s\u3000]*(?:本文|全文|此文|该文|文章|请|您|如需|点击|更多)*[\s\u3000]*")


_BREAKS = "\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"


def _line_of(text: str, pos: int) -> tuple[int, int]:
    """``(start, end)`` of the line holding ``pos`` (any line separator)."""
    end = pos
    while end < len(text) and text[end] not in _BREAKS:
        end += 1
    return _line_start(text, pos), end


def _line_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] not in _BREAKS:
        i -= 1
    return i


def _only_chrome_after(text: str, pos: int) -> bool:
    """Whether everything after ``pos`` is blank, site chrome or further notice lines."""
    lines = []
    for a, b in line_spans(text, pos):
        line = text[a:b].strip()
        if not line:
            continue
        if len(line) > 40 and not (chrome_line_kind(line) or _CUT_WORD_RE.search(line)):
            return False  # running text: the page goes on
        lines.append(line)
    if not lines:
        return True
    rest = lines[chrome_tail(lines):]
    body = lines[:len(lines) - len(rest)]
    return all(chrome_line_kind(ln) or _CUT_WORD_RE.search(ln) or GAP_RE.fullmatch(ln)
               or re.fullmatch(rf"{_ELLIPSIS}|{_CLOSE}", ln) for ln in body)


def _notice_start(text: str, pos: int, line_start: int) -> int:
    """Where a notice whose keyword is at ``pos`` begins: an ellipsis and bracket before it,
    a line holding only an ellipsis just above it, or the end of the sentence before it."""
    lead = _LEAD_RE.search(text, line_start, pos)
    at = lead.start() if lead and lead.end() == pos else pos
    if at == line_start and line_start > 0:  # "……" alone on the line above
        prev_start = _line_start(text, line_start - 1)
        if re.fullmatch(rf"\s*{_ELLIPSIS}\s*", text[prev_start:line_start]):
            return prev_start + len(text[prev_start:line_start]) - len(text[prev_start:line_start].lstrip())
    if at == pos and at > line_start:  # inline, at the page's end: from the end of the last sentence
        before = text[line_start:pos]
        cut = max(before.rfind(c) for c in "。！？!?；;")
        at = line_start + cut + 1 if cut >= 0 else line_start
        while at < pos and text[at].isspace():
            at += 1
    return at


def _placed_like_notice(text: str, m: re.Match, line: tuple[int, int]) -> bool:
    """A keyword where sites put their notices: after "……", inside brackets, or opening a line.

    A figure or "未完"-like wording may also stand anywhere on a short line; an offer
    ("阅读全文", "会员") must open its line (after at most "本文"/"请"), so a sentence
    that mentions reading a document is never taken for a notice.
    """
    a, b = line
    before = text[a:m.start()]
    if re.search(rf"{_ELLIPSIS}[ \t\u3000]*{_OPEN}?[ \t\u3000]*$", before):
        return True
    opened = max(before.rfind(c) for c in "(（【[")
    if opened >= 0 and not any(c in before[opened:] for c in ")）】]") and len(before) - opened <= 40:
        return True
    if _LEAD_IN_RE.fullmatch(before):
        return True
    strong = _CUT_STRONG_RE.match(text, m.start()) is not None
    return strong and b - a <= _NOTICE_LINE_MAX and not any(c in before for c in "。！？")


def _opens_last_sentence(text: str, m: re.Match, line: tuple[int, int]) -> bool:
    """A keyword in its line's last sentence, opening it (an offer) or anywhere in it (a figure, 未完)."""
    a, b = line
    if b - m.start() > 40:
        return False
    before = text[a:m.start()]
    cut = max(before.rfind(c) for c in "。！？!?")
    return _CUT_STRONG_RE.match(text, m.start()) is not None or bool(_LEAD_IN_RE.fullmatch(before[cut + 1:]))


def _cut_candidates(text: str, start: int):
    """Positions where a cut-off notice may start, with their lines, in order (lazily)."""
    def keywords():
        for m in _CUT_WORD_RE.finditer(text, start):
            line = _line_of(text, m.start())
            if _placed_like_notice(text, m, line) or (_opens_last_sentence(text, m, line)
                                                       and _only_chrome_after(text, line[1])):
                yield m.start(), line

    def end_gaps():
        for g in GAP_RE.finditer(text, start):
            if _only_chrome_after(text, g.end()):
                yield g.start(), _line_of(text, g.start())

    return heapq.merge(keywords(), end_gaps())


def find_cut_off(text: str, start: int = 0) -> CutOff | None:
    """The first cut-off notice at or after ``start``: where the excerpt stops, and what it says.

    A notice is a site's wording for "the rest is not shown" (未完, 全文共N字, 预览结束,
    试读结束, 剩余内容请下载, 正式会员可阅读, 登录后查看, 付费阅读, 定制代笔 …) placed where sites
    put one: after "……", in brackets, on a line of its own, or anywhere in the page's last
    lines when only chrome follows it. A gap notice ("省略N字") followed only by chrome is
    the cut-off too. Its notice text runs to the end of its line.
    """
    for pos, (a, b) in _cut_candidates(text, start):
        notice_at = _notice_start(text, pos, a) if text[pos] not in "….。(（【[" else pos
        notice = re.sub(r"\s*\n\s*", " ", text[notice_at:b].strip())
        if _OMITTED_RE.search(notice) and not _only_chrome_after(text, b):
            continue  # "省略N字" with text after it is a gap, not the end
        total = _TOTAL_RE.search(notice)
        shown = _SHOWN_RE.search(notice)
        left = _LEFT_RE.search(notice)
        total_n = int(total.group(1)) if total else None
        shown_n = int(shown.group(1)) if shown else None
        if shown_n is None and left and total_n is not None:
            shown_n = max(total_n - int(left.group(1)), 0)
        return CutOff(offset=notice_at, total_chars=total_n, shown_chars=shown_n, notice=notice)
    return None


# ---- evidence that the text is not whole ----------------------------------------

_ELLIPSIS_END_RE = re.compile(rf"{_ELLIPSIS}[”’」』)）\]】]*$")
_FINAL_RE = re.compile(r"[。！？!?…][”’」』\"')）\]】]*$")
# A closing that needs no full stop: "谢谢大家", "谢谢各位", "以上报告，请予审议".
_CLOSING_RE = re.compile(r"^(?:谢谢(?:大家|各位|你们)?|谢谢各位(?:领导|代表|委员|同志)?|以上.{0,20}(?:请|敬请).{0,10}|完|全文完)[!！。.]*$")
# A date or signature line ending a document: "2021年3月5日", "（二〇二一年三月五日）", "XX县人民政府".
_SIGNATURE_RE = re.compile(rf"^[{HAN}（）()、\s]{{2,30}}(?:人民政府|委员会|办公室|办公厅|党委|党组|政府|委|局|厅|部|院|会|处|中心)$")
_NOTE_LINE_RE = re.compile(r"^[（(][^（）()]{1,40}[）)]$")  # "（此件公开发布）"
_TRAILING_NOTE_RE = re.compile(r"(?<=[。！？!?…”’」』])\s*[（(][^（）()]{1,40}[）)]\s*$")


def _strong_notice(notice: str) -> bool:
    return bool(_CUT_STRONG_RE.search(notice) or _OMITTED_RE.search(notice))


def _ends_like_document(line: str) -> bool:
    """A last line that ends a speech or document without a full stop: a date, a signature, a closing."""
    return bool(DATE_LINE.match(line) or _SIGNATURE_RE.match(line) or _CLOSING_RE.match(line)
                or _NOTE_LINE_RE.match(line))


def truncation_findings(text: str, body_end: int, cut: CutOff | None, gaps) -> list[TruncationFinding]:
    """The evidence that ``text`` is not whole, each with a confidence, in order of strength.

    ``body_end`` is where the body ends (before any notice or chrome); ``gaps`` are the
    gap notices found (anything with ``start``/``omitted_chars``/``notice``). Kinds:
    ``notice`` (a cut-off notice, 0.95; 0.9 when it only offers the full text),
    ``gap`` (0.95), ``trailing_ellipsis`` (the body, or the notice, opens with "……"
    where the text breaks off, 0.8) and ``mid_sentence`` (the body stops without final
    punctuation, 0.4: weak evidence, never fired by a date, a signature or a closing).
    """
    out: list[TruncationFinding] = []
    if cut is not None:
        out.append(TruncationFinding("notice", 0.95 if _strong_notice(cut.notice) else 0.9, cut.notice, cut.offset))
    for g in gaps:
        detail = f"省略{g.omitted_chars}字" if g.omitted_chars else g.notice
        out.append(TruncationFinding("gap", 0.95, detail, g.start))
    lines = [(a, b) for a, b in (trim_span(text, a, b) for a, b in line_spans(text, 0, body_end)) if a < b]
    lines = lines[:chrome_tail([text[a:b] for a, b in lines])]
    if not lines:
        return out
    a, b = lines[-1]
    last = text[a:b]
    tail = _ELLIPSIS_END_RE.search(last)
    if tail:
        out.append(TruncationFinding("trailing_ellipsis", 0.8, last[max(0, tail.start() - 12):], a + tail.start()))
        last, b = last[:tail.start()].rstrip(), a + len(last[:tail.start()].rstrip())
        if not last and len(lines) > 1:  # "……" on a line of its own: judge the line above
            a, b = lines[-2]
            last = text[a:b]
    elif cut is not None and re.match(_ELLIPSIS, cut.notice):
        out.append(TruncationFinding("trailing_ellipsis", 0.8, "…… before the notice", cut.offset))
    # a note in brackets after the last full stop ("…参加会议。（记者 孙某某）", "。（完）") ends the text too
    last = _TRAILING_NOTE_RE.sub("", last)
    if last and not _FINAL_RE.search(last) and not _ends_like_document(last):
        out.append(TruncationFinding("mid_sentence", 0.4, last[-20:], b))
    return out

