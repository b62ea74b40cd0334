"""The first pass of reading a body: lines joined into *raw paragraphs* for :mod:`index.body`.

A line that does not end a sentence runs on into the next, unless the next one opens with a
number, stands apart as a field, a table row, a document number or a list item; a gap notice
ends a paragraph and stays in the list between them.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .blocks import Para
from .bullets import symbol_items
from .chrome import REPORTER_LINE_RE
from .dates import DATE_LINE, ISSUER_DATE_LINE
from .hard_wrap import (closed_title, ends_with_closed_note, indents_paragraphs, lead_runs_on, runs_on_unindented,
                        wrap_width, wrapped_title)
from .headings import LINE_FINAL, SALUTATION_RE
from .numbering import leading_marker
from .title import DOC_TITLE_LINE_RE, NUMBER_MARK
from .truncation import GapNotice

_NUMBERED_START = re.compile(r"^\s*\d{1,2}\s*[.．、]")
_OPENS_LIST = re.compile(r"[：:](?=[^：:]*[；;])")  # a colon, then the list's first "；"
_PAREN_LINE_RE = re.compile(r"^[(（][^()（）]*[)）]$")
# A table row as the readers write it ("1 | 城北污水处理厂… | 县住建局", from .docx, .html or a
# Markdown table): each row is a paragraph of its own, never run on into the next.
TABLE_ROW_RE = re.compile(r"^[^|\n]*\S\s*\|\s*\S[^|\n]*(?:\|\s*\S[^|\n]*)+$")
# A row of a two-column table ("车辆价格区间 | 补贴标准", "10万元（含）—15万元 | 3000元/辆"): one bar
# between spaces, as the readers join two cells. One such line alone may be a stray bar in the text;
# two or more in a row, or beside a wider row, are a table.
TWO_CELL_ROW_RE = re.compile(r"^[^|\n]*\S \| \S[^|\n]*$")


# A roster's line: names and units with no sentence mark, in cells set apart by wide spaces ("王立新　县发展和改革局
# 副局长　　　李晓梅（女）　县财政局预算股股长"), as a 表彰决定 or a name list prints them. Three or more such lines in
# a row, two of them spaced into cells, are each an entry of their own, not a hard-wrapped paragraph (a title
# block's one spaced byline, "县长　李某某", makes none).
_ROSTER_LINE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9（）()·•\s\u3000、]{2,80}$")
_CELL_GAP = re.compile(r"\u3000|\s{2,}")
ROSTER_RUN = 3
ROSTER_CELLED = 2


def roster_lines(texts: list[str]) -> set[int]:
    """The indices of ``texts`` (stripped lines, in order) that are entries of a roster."""
    out: set[int] = set()
    run: list[int] = []
    for i, t in enumerate([*texts, ""]):
        if t and _ROSTER_LINE.match(t) and not leading_marker(t):
            run.append(i)
            continue
        if len(run) >= ROSTER_RUN and sum(bool(_CELL_GAP.search(texts[j])) for j in run) >= ROSTER_CELLED:
            out.update(run)
        run = []
    return out


def table_rows(texts: list[str]) -> set[int]:
    """The indices of ``texts`` (lines or paragraphs, in order) that are rows of a table."""
    rows = {i for i, t in enumerate(texts) if TABLE_ROW_RE.match(t)}
    pairs = {i for i, t in enumerate(texts) if TWO_CELL_ROW_RE.match(t)}
    return rows | {i for i in pairs if i - 1 in pairs | rows or i + 1 in pairs | rows}


# The labels of the contact a notice closes with ("联系人：…，电话：…"); qa.meeting_fields answers by them.
CONTACT_LABELS = r"联\s*系\s*人|联系电话|咨询电话|联系方式|电话|邮箱|电子邮箱"
# The labels of whom a document or a bulletin goes to ("抄送：…", "报：…" "送：…" "发：…").
DISTRIBUTION_LABELS = r"抄送|主送|抄报|分送|报送|报|送|发"
# A labelled field of minutes or a notice ("时间：…　地点：…", "会议地点：…", "活动时间：…", "联系人：…")
# is a line of its own.
# Minutes close with who was away and where the record goes ("请假：…", "抄送：…"): labelled lines too.
def spaced(pattern: str) -> str:
    """A label pattern that also matches its characters spaced out to align, as minutes set their
    closing fields ("出　　席：", "记　　录："): any spaces between two of its Chinese characters."""
    return re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", r"[ \\t\\u3000]*", pattern)


FIELD_LINE_RE = re.compile(spaced(
    r"^(?:会议|活动)?(?:时间|日期|地点|地址|会场|主持人?|参加(?:人员)?|参会人员|出席(?:人员)?|列席(?:人员)?|记录人?"
    r"|请假(?:人员)?|缺席(?:人员)?|" + DISTRIBUTION_LABELS + r"|" + CONTACT_LABELS + r"|传真"
    # a mailbox or message page's fields: "来信人：", "来信内容：", "办理单位：", "回复时间："
    r"|(?:来信|留言|咨询|投诉|信件|回复|答复|办理|受理|处理)(?:人|时间|日期|内容|单位|部门|标题|主题|编号|状态|结果))"
    r"\s*[：:]"))
# A document's number on a line of its own ("〔2026〕第3期", "X政办发〔2026〕5号"): never the start of
# the sentence on the next line.
# An issue's number alone ("第7期", "总第126期") numbers a bulletin or a record the same way.
DOC_NUMBER_RE = re.compile(rf"^[\u4e00-\u9fff]{{0,10}}[〔［\[（(]\s*(?:19|20)\d{{2}}\s*[〕］\])）]\s*第?\s*\d{{1,4}}\s*[号期]{NUMBER_MARK}$"
                           r"|^总?第\s*\d{1,4}\s*期$")


def _trim(source: str, a: int, b: int) -> tuple[int, int]:
    while a < b and source[a].isspace():
        a += 1
    while b > a and source[b - 1].isspace():
        b -= 1
    return a, b


def _blank_runs(source: str, lines) -> list[int]:
    """How many empty lines stand before each line."""
    runs, prev_end = [], None
    for start, _end, _text in lines:
        runs.append(0 if prev_end is None else max(source.count("\n", prev_end, start) - 1, 0))
        prev_end = _end
    return runs


# A Markdown list item or block quote: the mark and the space after it ("- ", "* ", "+ ", "> ").
MARKDOWN_ITEM = re.compile(r"[-*+>][ \t\u3000]+")
_LINE_MARK = re.compile(rf"[ \t\u3000]*(?:{MARKDOWN_ITEM.pattern})$")  # what stands before a line's text


def _listed(source: str, at: int) -> bool:
    """Whether the line holding ``at`` opened with a list or quote mark before it ("- 产品供给…"): an item of its own."""
    return bool(_LINE_MARK.match(source, source.rfind("\n", 0, at) + 1, at))


def _indented(source: str, at: int) -> bool:
    """Whether the line holding ``at`` has blank space before it (an indented paragraph's opening)."""
    return at > source.rfind("\n", 0, at) + 1 and source[at - 1] in " \t\u3000\xa0"


def raw_paragraphs(source: str, lines, gaps: list[GapNotice], titles: frozenset[int] = frozenset()) -> list:
    """Join lines into raw paragraphs; gap notices stay in the list between them. A line starting
    at an offset in ``titles`` (an unnumbered part title) is a paragraph of its own."""
    out: list = []
    cur: Para | None = None
    pending: GapNotice | None = None
    gap_at = [g.start for g in gaps]
    runs = _blank_runs(source, lines)
    counts = sorted(runs[1:]) or [0]
    usual = counts[len(counts) // 2]
    stripped = [line.strip() for _s, _e, line in lines]
    rosters = roster_lines(stripped)
    width = wrap_width([t for i, (_s, _e, t) in enumerate(lines) if i not in rosters])
    indents = indents_paragraphs([(_indented(source, a), source[a:b])
                                  for a, b in (_trim(source, s, e) for s, e, _t in lines) if a < b], width)
    last_line, last_text, last_run, before_last = 0, "", 0, ""
    done = 0
    # a table's rows, a box's symbol-set points and a roster's entries are each a paragraph of their own
    row_starts = {_trim(source, lines[i][0], lines[i][1])[0]
                  for i in table_rows(stripped) | symbol_items(stripped) | rosters}
    for (start, end, _text), run in zip(lines, runs):
        # the gaps within this line, and any standing between it and the line before (a page a PDF
        # copy dropped shows at its page-number line, which is layout, not a line of text)
        upto = max(done, bisect_left(gap_at, end))
        cuts, done = gaps[done:upto], upto
        pieces, pos = [], start
        for g in cuts:
            pieces += [(pos, g.start), g] if g.start >= start else [g]
            pos = max(pos, g.end)
        pieces.append((pos, end))
        for k, piece in enumerate(pieces):
            if isinstance(piece, GapNotice):
                if cur:
                    cur.ends_at_gap = piece
                cur, pending = None, piece
                out.append(piece)
                continue
            a, b = _trim(source, *piece)
            if a >= b:
                continue
            text = source[a:b]
            # A hard-wrapped line that fills the width and stops mid-sentence runs on into the next,
            # even where the next opens like a numbered point ("…物资品种单" / "一、数量不足，…").
            runs_on = width is not None and k == 0 and cur is not None and cur.text[-1] not in LINE_FINAL \
                and last_line >= width - 1 and not closed_title(cur.text)
            # A sentence that ended where the line did, in a text that indents its paragraphs: an
            # unindented line after it goes on with the paragraph.
            joined = k == 0 and cur is not None and run <= usual and (
                runs_on_unindented(last_text, text, _indented(source, a), width, indents)
                or lead_runs_on(last_text, text, width))  # "…213个。四是应急处置有力有效。" / its body
            # A list a colon opens whose paragraph ends on "；" goes on in the next one ("主要预期目标是：…增长7%；"
            # then "城镇新增就业5000人以上；…"), unless that opens a point, a field or a table row of its own.
            # An item ("1.80—89周岁：每人每月100元；") is followed by the next one ("2.90—99周岁：…", whose number
            # reads as a decimal), not by more of itself.
            joined = joined or (k == 0 and cur is not None and cur.text.rstrip()[-1:] in ("；", ";")
                                and bool(_OPENS_LIST.search(cur.text)) and not leading_marker(text)
                                and not leading_marker(cur.text) and not _NUMBERED_START.match(text)
                                and not FIELD_LINE_RE.match(text) and a not in row_starts and not _listed(source, a))
            # A date on a line of its own closes a sign-off ("…办公室" / "2025年3月12日"), and a document's
            # name set apart (by wider spacing, or under a sign-off) opens what it names: neither runs
            # on into the next line. A sentence wrapped after "…印发的实施方案" is set apart by nothing.
            after_close = k == 0 and (DATE_LINE.match(last_text) or ISSUER_DATE_LINE.match(last_text) or (
                DOC_TITLE_LINE_RE.match(last_text) and not runs_on
                and (max(run, last_run) > usual or DATE_LINE.match(before_last))))
            if k == 0:
                last_run, before_last = run, last_text
            last_line, last_text = len(text), text
            starts_new = not joined and (
                          k > 0 or cur is None or cur.text[-1] in LINE_FINAL or ends_with_closed_note(cur.text)
                          or (leading_marker(text) and not runs_on)
                          or after_close
                          or FIELD_LINE_RE.match(text) or FIELD_LINE_RE.match(cur.text) or DOC_NUMBER_RE.match(cur.text)
                          or REPORTER_LINE_RE.match(cur.text) or REPORTER_LINE_RE.match(text)
                          or a in row_starts or cur.offs[0] in row_starts
                          or _PAREN_LINE_RE.match(text) or _PAREN_LINE_RE.match(cur.text)
                          or SALUTATION_RE.match(text) or _listed(source, a) or a in titles or cur.offs[0] in titles
                          or (closed_title(cur.text) and not wrapped_title(cur.text, text, width)))
            if starts_new:
                cur = Para(after_gap=pending, wide_break=k == 0 and run > usual)
                pending = None
                out.append(cur)
            cur.add(text, a)
    return out
