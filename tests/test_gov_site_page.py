"""A report saved from a county government's site: GBK, a nav bar and breadcrumb, the title in a
``<div class="title">`` (no ``<h1>``), an info row under it ("发布时间：… 来源：…"), the report in
the site's editor block with its "——…在…会议上" line and a template's stand-in name ("县长 某某某").
The info row is the page's date and source; the "——" line joins the title; the speaker line is
the byline, not the first passage. Pages written here, in several shapes."""
from __future__ import annotations

import pytest

from index.formats.web import meta_line, read_html
from index.reader import read_speech_file

BODY = """<div class="TRS_Editor">
<p style="text-indent:2em">——2026年1月15日在青石县第十八届人民代表大会第五次会议上</p>
<p style="text-indent:2em">县长&nbsp;&nbsp;{speaker}</p>
<p style="text-indent:2em">各位代表：</p>
<p style="text-indent:2em">现在，我代表县人民政府，向大会报告工作，请予审议。</p>
<p><strong>一、2025年工作回顾</strong></p>
<p style="text-indent:2em">全年实现地区生产总值286.4亿元，增长5.8%；一般公共预算收入15.2亿元，增长4.1%。</p>
<p><strong>二、2026年重点工作</strong></p>
<p style="text-indent:2em">今年地区生产总值增长6%左右，新增城镇就业5000人以上。</p>
</div>"""


def page(title_block: str, info: str, speaker: str = "某某某") -> str:
    return f"""<html><head><meta charset="gb2312"><title>政府工作报告_青石县人民政府</title></head><body>
<div class="nav"><a>首页</a> <a>政务公开</a> <a>政务服务</a> <a>互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="article">{title_block}
<div class="info">{info}</div>
{BODY.format(speaker=speaker)}
<div class="tools">【打印本页】【关闭窗口】</div></div>
<div class="footer">主办单位：青石县人民政府办公室 ICP备案号：某ICP备12345678号</div></body></html>"""


SHAPES = [
    ('<div class="title">政府工作报告</div>', "发布时间：2026-01-20&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;浏览次数：<span>1234</span>",
     "2026-01-20"),
    ('<h2 class="art-title">政府工作报告</h2>', "<span>来源：青石县人民政府网</span> <span>2026/01/20 09:30</span>",
     "2026/01/20"),
    ('<td class="bt">政府工作报告</td>', "信息来源：县政府办　发布日期：2026年01月20日", "2026年01月20日"),
]


@pytest.mark.parametrize("title_block, info, date", SHAPES)
@pytest.mark.parametrize("speaker", ["某某某", "×××", "李明远"])
def test_the_info_row_under_a_title_block_dates_the_page(tmp_path, title_block, info, date, speaker):
    path = tmp_path / "report.html"
    path.write_bytes(page(title_block, info, speaker).encode("gbk"))
    doc = read_speech_file(path)
    assert doc.title == "政府工作报告 ——2026年1月15日在青石县第十八届人民代表大会第五次会议上"
    assert date in doc.source.splitlines()[0]
    assert doc.passages[0].text.startswith("现在，我代表县人民政府"), doc.passages[0].text
    assert "首页" not in doc.source and "ICP" not in doc.source


def test_a_dated_line_far_from_the_title_is_not_the_pages_date():
    import lxml.html
    filler = "".join(f"<p>第{i}段正文，没有日期。</p>" for i in range(20))
    tree = lxml.html.document_fromstring(
        f"<html><body><div class='title'>政府工作报告</div>{filler}<div>2026-01-20 相关链接</div></body></html>")
    assert meta_line(tree, "政府工作报告") is None


@pytest.mark.slow
def test_when_and_by_whom_the_page_was_published_is_answered_from_its_info_row(assistant, encoder, tmp_path):
    from index.store import index_in_memory
    path = tmp_path / "report.html"
    path.write_bytes(page(*SHAPES[0][:2]).encode("gbk"))
    ask = assistant.variant(index=index_in_memory([read_speech_file(path)], encoder)).ask
    answer = ask("这篇网页是什么时候发布的")
    assert answer.answerable and "2026-01-20" in answer.answer, answer.answer


def test_read_html_keeps_the_info_row_once():
    data = page(*SHAPES[0][:2]).encode("gbk")
    text = read_html(data, "report.html").text
    assert text.count("发布时间") == 1
