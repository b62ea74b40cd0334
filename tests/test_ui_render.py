"""The chat's HTML, plain text and Markdown, built from answers and documents (no browser).

Answers here are written in the test; documents are our own speeches read by the real
reader (and the bundled one, which tests may read).
"""
from __future__ import annotations

import html.parser
import re

import pytest

from index.reader import read_speech_bytes, read_speech_file
from qa.answer import Answer, Citation, Notice
from ui import plain, render
from ui.banners import notice_lines, widen
from ui.cards import evidence_panel, group_citations, mark_quotes
from ui.followups import suggest
from ui.fulltext import fulltext_html
from ui.library import doc_status, example_questions, heading_question, header_html
from ui.overview import asked_document, overview_answer
from ui_fake import SPEECH


class _Nesting(html.parser.HTMLParser):
    """Fails on a closing tag that does not close the innermost open one."""

    VOID = {"br", "input", "img", "hr", "meta", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()


def well_formed(markup: str) -> bool:
    parser = _Nesting()
    parser.feed(markup)
    parser.close()
    return not parser.stack


@pytest.fixture(scope="module")
def bundled():
    return read_speech_file(SPEECH)


def _answer(**kw) -> Answer:
    c = Citation(1, "doc#p1", "doc", "一、<b>总则</b> > 一是", "前文<script>alert(1)</script>所引之句。后文",
                 "<script>alert(1)</script>所引之句。")
    base = dict(question="<img src=x onerror=alert(1)>?", answer="**要点**:*区政府_机制 <b>x</b>[1]\n\n- 第二条[1][9]",
                answerable=True, citations=[c], notices=[Notice("gap", "原文在此处省略了<i>1145</i>字", "doc#p1")])
    base.update(kw)
    return Answer(**base)


# -- messages ----------------------------------------------------------------------------------
def test_answer_message_escapes_links_and_carries_its_own_sources():
    msg = render.answer_message(_answer(), aid="abc123def456", titles={"doc": "<讲话>"})
    assert well_formed(msg)
    for tag in ("<script", "<img", "<b>", "<i>", "<code", "<ul", "<li"):
        assert tag not in msg
    assert '<div class="qa-notice qa-notice-gap">⚠ 原文在此处省略了&lt;i&gt;1145&lt;/i&gt;字' in msg
    assert '<a class="qa-cite" href="#cite-1">[1]</a>' in msg and "#cite-9" not in msg  # no card, no link
    assert "<p>**要点**:*区政府_机制 &lt;b&gt;x&lt;/b&gt;" in msg and "<p>- 第二条" in msg
    assert 'details class="qa-sources"' in msg and "《&lt;讲话&gt;》" in msg  # its sources, by title
    meta = render.read_meta(msg)
    assert meta["id"] == "abc123def456" and meta["q"] == "<img src=x onerror=alert(1)>?" and meta["asked"]
    streaming = render.answer_message(_answer(), "**要点**", aid="x", final=False)
    assert "qa-sources" not in streaming and "qa-actions" not in streaming and not render.read_meta(streaming)["asked"]


def test_many_notices_are_summarised_in_the_bubble_by_screen_size():
    notices = [Notice("blank", f"数字空缺{i}", "doc#p1") for i in range(5)]
    msg = render.answer_message(_answer(notices=notices))
    banners = msg[:msg.index('<div class="qa-answer">')]
    assert banners.count('class="qa-notice ') == 4 and "另有 2 条提示" in banners
    assert '<span class="qa-wide">见右侧“引用的原文”</span><span class="qa-narrow">见下方“来源”</span>' in banners
    assert evidence_panel(_answer(notices=notices)).count("数字空缺") == 5


def test_refusal_is_shown_as_such():
    a = _answer(answerable=False, citations=[], notices=[], answer="讲话没有谈到这个问题。讲话谈的是……")
    assert "未在讲话中找到" in render.answer_message(a)
    assert "qa-refusal-card" in evidence_panel(a)


@pytest.mark.parametrize("line,shown", [
    ("1. 一是产业与城市功能匹配度不高。", "一是产业与城市功能匹配度不高。"),
    ("2. (二)加快产业转型升级", "(二)加快产业转型升级"), ("3、首先,要抓好落实。", "首先,要抓好落实。"),
    ("10. 第十,强化考核。", "第十,强化考核。"), ("1. ①建立台账。", "①建立台账。"), ("4. 其四,严格问责。", "其四,严格问责。"),
    ("1. 加强顶层设计。", "1. 加强顶层设计。"), ("2021. 一是", "2021. 一是"), ("一是不动", "一是不动"),
])
def test_list_numbers_are_said_once(line, shown):
    assert plain.undouble(line) == shown


def test_user_text_stays_text():
    assert render.user_message("**x** <script>[1]\n\n![a](b)") == (
        '<div class="qa-user-text"><p>**x** &lt;script&gt;[1]</p><p>![a](b)</p></div>')


def test_outline_rows_name_speeches_by_title_and_ask_about_them():
    outline = [{"document": "d", "title": "一、总则", "path": "一、总则", "level": 1, "status": "partial"},
               {"document": "d", "title": "(一)目标", "path": "一、总则 > (一)目标", "level": 2, "status": "outline_only"}]
    rows = render.outline_samples(outline, {"d": "在全县会议上的讲话"})
    assert rows == [["📄 《在全县会议上的讲话》"], ["\u3000◐ 一、总则"], ["\u3000\u3000✗ (一)目标"]]
    assert render.question_for_row(rows[0][0]) == "《在全县会议上的讲话》主要讲了什么?"
    assert render.question_for_row(rows[2][0]) == "(一)目标讲了什么?"


# -- sources ---------------------------------------------------------------------------------------
def test_one_card_per_passage_with_every_quote_marked():
    text = "甲句一。乙句二。丙句三。"
    cites = [Citation(1, "d#p1", "d", "s", text, "甲句一。"), Citation(2, "d#p2", "d", "s2", "其他。", "其他。"),
             Citation(3, "d#p1", "d", "s", text, "丙句三。"), Citation(4, "d#p1", "d", "s", text, "句一。乙")]
    groups = group_citations(cites)
    assert [g.numbers for g in groups] == [[1, 3, 4], [2]]
    assert mark_quotes(text, groups[0].quotes) == ('<mark class="qa-q-1 qa-q-4">甲句一。乙</mark>句二。'
                                                    '<mark class="qa-q-3">丙句三。</mark>')
    panel = evidence_panel(Answer("q", "a[1][2][3][4]", True, cites), {"d": "T"}, "abc")
    assert well_formed(panel) and panel.count('class="qa-card ') == 2
    for n in (1, 2, 3, 4):  # every number is an anchor holding its whole card
        assert f'id="cite-{n}"' in panel
    assert re.search(r'id="cite-1"><div class="qa-alias" id="cite-3"><div class="qa-alias" id="cite-4">', panel)


@pytest.mark.parametrize("snippet,text,whole", [
    ("三是_机制不健", "三是_机制不健全,缺乏有效的协调推进机制。", "三是_机制不健全"),
    ("展的管理_和运行机", "但目前我市在产城融合发展的管理_和运行机制上还存在诸多问题。", "发展的管理_和运行机制"),
    ("新增床位张", "新建、改扩建医院所,新增床位张;建设各类场馆", "新增床位张"),
    ("不在文中", "别的句子。", "不在文中"),
])
def test_banner_snippets_are_whole_words(snippet, text, whole):
    assert widen(snippet, text) == whole


def test_notice_lines_name_their_citations():
    c1 = Citation(1, "d#p7", "d", "s", "三是_机制不健全,缺乏有效的协调推进机制。", "三是_机制不健全,")
    c2 = Citation(2, "d#p8", "d", "s", "别的。", "别的。")
    c3 = Citation(3, "d#p7", "d", "s", c1.text, "缺乏有效的协调推进机制。")
    a = Answer("q", "x[1][2][3]", True, [c1, c2, c3], [Notice("redacted", "词语被隐去:“三是_机制不健”。", "d#p7"),
                                                     Notice("cut_off", "讲话在此处被截断。", None)])
    lines = notice_lines(a)
    assert lines[0].message == "词语被隐去:“三是_机制不健全”。" and lines[0].refs == [1, 3]
    assert lines[1].refs == []
    assert "(见[1][3])" in render.answer_message(a).replace('<a class="qa-cite" href="#cite-1">', "").replace(
        '<a class="qa-cite" href="#cite-3">', "").replace("</a>", "")


# -- copy and export --------------------------------------------------------------------------------
def test_plain_text_and_markdown_of_an_answer():
    text = "讲话列出2项:\n\n1. 一是要**加强**[链接](http://x)![图](y)。[1]\n2. 二是创新_机制。[2]"
    c1 = Citation(1, "d#p1", "d", "一、总则 > 一是", "一是要**加强**[链接](http://x)![图](y)。", "一是要**加强**[链接](http://x)![图](y)。")
    c2 = Citation(2, "d#p2", "d", "一、总则 > 二是", "二是创新_机制。", "二是创新_机制。")
    a = Answer("有哪些<要求>?", text, True, [c1, c2], [Notice("redacted", "词语被隐去:“创新_机”。", "d#p2")])
    copied = plain.plain_text(a, {"d": "某讲话"})
    assert copied == ("讲话列出2项:\n\n一是要**加强**[链接](http://x)![图](y)。[1]\n二是创新_机制。[2]\n\n"
                      "提示:\n⚠ 词语被隐去:“创新_机制”。(见[2])\n\n"
                      "来源:\n[1] 《某讲话》 一、总则 > 一是:“一是要**加强**[链接](http://x)![图](y)。”\n"
                      "[2] 《某讲话》 一、总则 > 二是:“二是创新_机制。”")
    md = plain.markdown(a, {"d": "某讲话"})
    assert md.startswith("## 问:有哪些\\<要求\\>?\n\n> ⚠ 词语被隐去")
    assert "一是要\\*\\*加强\\*\\*\\[链接\\]\\(http://x\\)\\!\\[图\\]\\(y\\)。\\[1\\]" in md
    assert "二是创新\\_机制" in md and "**来源**" in md and "- \\[2\\] 《某讲话》" in md
    assert "](" not in md.replace("\\](", "").replace("\\]\\(", "")  # no link can form


# -- what the chat says about the speeches -------------------------------------------------------------------
SHORT = "在全县防汛工作会议上的讲话\n同志们:\n一、总体要求\n要坚持人民至上。\n二、重点任务\n一是加强监测预警。二是抓好转移避险。\n"


def test_status_names_what_an_excerpt_leaves_out(bundled):
    assert doc_status(bundled) == "节选:显示3214/10026字,1处省略,10节只有标题,36处数字空缺,3处词语隐去"
    whole = read_speech_bytes(SHORT.encode(), "fx", path="fx.txt")
    assert doc_status(whole) in ("全文", "全文(可能不完整)")
    header = header_html([bundled], "讲话问答", "说明")
    assert "《在全市产城融合发展推进会议上的讲话》" in header and "节选:显示3214/10026字,1处省略" in header
    assert "讲话库共 2 篇讲话" in header_html([bundled, whole], "讲话问答", "说明")


def test_examples_follow_the_speeches(bundled):
    one = example_questions([bundled])
    assert one[0] == "《在全市产城融合发展推进会议上的讲话》主要讲了什么?"
    assert "当前我市产城融合发展存在的突出问题有哪些?" in one
    other = read_speech_bytes(SHORT.encode(), "fx", path="fx.txt")
    both = example_questions([bundled, other])
    assert "《在全县防汛工作会议上的讲话》主要讲了什么?" in both and "重点任务有哪些?" in both
    assert heading_question("(三)加强基础设施建设,提升城市承载能力") == "加强基础设施建设,提升城市承载能力讲了什么?"


def test_overview_lists_the_parts_and_their_status(bundled):
    q = f"《{bundled.title}》主要讲了什么?"
    assert asked_document(q, [bundled]) is bundled
    assert asked_document("《在全市产城融合发展推进会议上的讲话》的主要内容是什么?", [bundled]) is bundled
    assert asked_document("《chancheng_speech.txt》讲了哪些内容?", [bundled]) is bundled
    assert asked_document("《别的讲话》主要讲了什么?", [bundled]) is None
    assert asked_document("产城融合主要讲了什么?", [bundled]) is None
    a = overview_answer(q, bundled)
    assert a.answerable and "共分5个部分" in a.answer and "(正文缺失,只见于提纲,含3节)" in a.answer
    for c in a.citations:
        assert c.quote in c.text and f"[{c.id}]" in a.answer
    assert {n.kind for n in a.notices} == {"cut_off", "gap", "outline_only"}


def test_follow_ups_come_from_the_structure(bundled):
    by_id = {p.id: p for p in bundled.passages}

    def cite(*pids):
        return [Citation(i, pid, bundled.id, by_id[pid].section, by_id[pid].text, by_id[pid].text[:10])
                for i, pid in enumerate(pids, 1)]
    one_item = Answer("新增了多少张医院床位?", "x[1]", True, cite("chancheng_speech#p3"),
                      [Notice("gap", "省略", "chancheng_speech#p3")])
    got = suggest(one_item, [bundled])
    assert got[0] == "“产城空间布局逐步优化”具体讲了什么?"  # the next item
    assert "近年来我市产城融合发展取得的积极成效有哪些?" in got  # its section's items
    assert "近年来我市产城融合发展取得的积极成效哪些内容被省略了?" in got  # what the notice points at
    listed = Answer("有哪些问题?", "x", True, cite("chancheng_speech#p5", "chancheng_speech#p6", "chancheng_speech#p7"))
    assert suggest(listed, [bundled])[0] == "第二项具体讲了什么?"
    cut = Answer("任务?", "x", True, cite("chancheng_speech#p8", "chancheng_speech#p12"),
                 [Notice("cut_off", "截断", None), Notice("outline_only", "缺失", "chancheng_speech#p12")])
    assert {"这篇讲话是全文吗?", "加强基础设施建设,提升城市承载能力讲了什么?"} <= set(suggest(cut, [bundled], limit=5))
    refused = Answer("明天天气怎么样?", "没有", False)
    assert suggest(refused, [bundled]) == [f"《{bundled.title}》主要讲了什么?"]
    for a in (one_item, listed, cut):
        assert len(suggest(a, [bundled])) <= 3 and a.question not in suggest(a, [bundled])


# -- the full text ---------------------------------------------------------------------------------------
def test_full_text_marks_what_is_missing_where_it_is(bundled):
    focus = "chancheng_speech#p7"
    page = fulltext_html(bundled, focus=focus)
    assert well_formed(page)
    text = re.sub(r"<[^>]+>", "", page)
    import html as _html

    assert _html.unescape(text).count("同志们") == bundled.source.count("同志们")
    assert page.count('class="qa-ft-gap"') >= 1 + 1  # the legend and the gap
    assert "节选到此截断:全文共10026字,节选显示3214字" in page
    missing = sum(1 for b in bundled.truncation.blanks if b.kind == "missing")
    assert page.count('<span class="qa-ft-blank" title="数字空缺">□</span>') == missing
    assert page.count('class="qa-ft-redacted"') == len(bundled.truncation.redactions) + 1  # + the legend
    assert page.count('class="qa-ft-p qa-ft-focus" id="ft-p-7"') == 1
    heads = re.findall(r'<span class="qa-ft-h qa-ft-l\d" id="(ft-h-\d+)">([^<]+)</span>', page)
    assert "(二)当前我市产城融合发展存在的突出问题" in [t for _i, t in heads]
    assert "三、明确下一阶段全市产城融合发展的重点任务,推动产城融合高质量发展" in [t for _i, t in heads]
    for anchor, _title in heads:  # the navigation links to each heading that stands in the body
        assert f'href="#{anchor}"' in page
    assert "✗ (三)加强基础设施建设,提升城市承载能力" in page  # a heading only in the outline, marked


def test_full_text_of_a_speech_with_markup_stays_text():
    doc = read_speech_bytes("在会上的讲话\n一、要求\n<script>alert(1)</script>[链接](http://x)要落实。\n".encode(), "m",
                            path="m.txt")
    page = fulltext_html(doc)
    assert "<script>" not in page and "&lt;script&gt;" in page and well_formed(page)
