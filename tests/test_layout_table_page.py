"""An old portal page laid out with nested tables: the speech in one ``<td>`` as ``&nbsp;``-indented
runs split by ``<br><br>``, bold runs for headings, the title, date and speaker each in a cell of
their own above it. The body is read as paragraphs (not one table row), its parts are found, and
the speaker line is kept; a table of figures with short cells stays a table. Pages written here."""
from __future__ import annotations

import pytest

from index.formats.web import read_html, unwrap_layout_tables
from index.reader import read_speech_bytes

SPEECH = ("&nbsp;&nbsp;&nbsp;&nbsp;同志们：<br><br>"
          "&nbsp;&nbsp;&nbsp;&nbsp;今天召开全镇农业农村工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲两点意见。<br><br>"
          "&nbsp;&nbsp;&nbsp;&nbsp;<b>一、{first}</b><br><br>"
          "&nbsp;&nbsp;&nbsp;&nbsp;去年全镇粮食总产量达到4.6万吨，农村居民人均可支配收入达到21340元，增长6.9%。"
          "新建高标准农田1.2万亩，完成农村户厕改造860户，村集体经济收入全部超过10万元。<br><br>"
          "&nbsp;&nbsp;&nbsp;&nbsp;<b>二、{second}</b><br><br>"
          "&nbsp;&nbsp;&nbsp;&nbsp;<b>（一）稳住粮食生产。</b>今年粮食播种面积稳定在8.5万亩以上，镇农业办牵头落实。"
          "<br><br>&nbsp;&nbsp;&nbsp;&nbsp;<b>（二）壮大特色产业。</b>扩大食用菌种植规模，年内新建标准化菇棚200个。<br><br>")


def portal(first: str, second: str, speaker: str, charset: str = "gb2312", figures: str = "") -> bytes:
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>领导讲话_白石镇人民政府</title></head><body>
<table width="1000"><tr><td>白石镇人民政府门户网站</td></tr></table>
<table width="1000"><tr><td width="200" valign="top">
  <table><tr><td>·<a href="#">政府文件</a></td></tr><tr><td>·<a href="#">领导讲话</a></td></tr></table>
</td><td valign="top">
  <table><tr><td>当前位置：首页 &gt; 政务公开 &gt; 领导讲话</td></tr></table>
  <table>
    <tr><td class="title">在全镇农业农村工作会议上的讲话</td></tr>
    <tr><td>（2025年2月10日）</td></tr>
    <tr><td>{speaker}</td></tr>
    <tr><td class="info">发布时间：2025-02-12　来源：镇党政办　【打印本页】【关闭窗口】</td></tr>
    <tr><td class="content">{SPEECH.format(first=first, second=second)}</td></tr>
  </table>{figures}
</td></tr></table>
<table width="1000"><tr><td>版权所有：白石镇人民政府　ICP备案：某ICP备0000号</td></tr></table>
</body></html>"""
    return html.encode("gb18030" if charset.lower() != "utf-8" else "utf-8")


@pytest.mark.parametrize("first,second,speaker,charset", [
    ("肯定成绩，坚定信心", "突出重点，狠抓落实", "镇长　王立新", "gb2312"),
    ("回顾过去一年工作", "扎实做好今年重点工作", "镇党委书记 陈国华", "gbk"),
    ("去年工作成效明显", "今年要抓好两件大事", "镇长&nbsp;某某某", "utf-8"),
])
def test_the_body_in_a_layout_cell_is_read_as_paragraphs_with_its_parts(first, second, speaker, charset):
    doc = read_speech_bytes(portal(first, second, speaker, charset), "page", "page.html")
    assert doc.title == "在全镇农业农村工作会议上的讲话"
    assert [n.title for n in doc.outline] == [f"一、{first}", f"二、{second}"]
    assert [c.title for c in doc.outline[1].children] == ["（一）稳住粮食生产", "（二）壮大特色产业"]
    assert any(p.text.startswith("去年全镇粮食总产量达到4.6万吨") for p in doc.passages)
    # the speaker's own cell, dropped with the title block by the extractor, is kept for the byline
    assert speaker.replace("&nbsp;", " ").replace("　", " ").split()[-1] in doc.source.split("同志们")[0]
    assert not any("版权所有" in p.text or "当前位置" in p.text for p in doc.passages)


def test_a_table_of_figures_with_short_cells_stays_a_table():
    figures = ("<table class=\"data\"><tr><td>指标</td><td>2024年</td><td>2025年目标</td></tr>"
               "<tr><td>粮食产量（万吨）</td><td>4.6</td><td>4.7</td></tr></table>")
    extracted = read_html(portal("肯定成绩", "狠抓落实", "镇长　王立新", figures=figures), "page.html")
    assert "粮食产量（万吨） | 4.6 | 4.7" in extracted.text


def test_only_tables_that_hold_a_long_text_or_a_table_are_unwrapped():
    import lxml.html

    tree = lxml.html.document_fromstring(
        "<html><body><table id='data'><tr><td>全镇</td><td>4.6万吨</td></tr></table>"
        "<table id='page'><tr><td>" + "正文内容很长。" * 40 + "</td></tr></table></body></html>")
    assert unwrap_layout_tables(tree)
    assert tree.get_element_by_id("data").tag == "table" and tree.get_element_by_id("page").tag == "div"
