"""An old government page laid out in tables: the page's title cell puts the speaker before the
title ("县长吴立群在全县…的讲话"), and the body repeats the speech's own title line, then the speaker
and the date. The repeat is the page's heading again, not a passage; the speaker and date lines are
the byline; a <title> "标题--县人民政府" loses the site's name. Pages written here."""
from __future__ import annotations

import pytest

from index.reader import read_speech_file

OWN_TITLE = "在全县农村供水保障工作推进会上的讲话"


def page(page_title: str, own_title: str, separator: str) -> bytes:
    cells = [own_title, "县委副书记、县长　吴立群", "（2026年4月9日）", "同志们：",
             "今天召开全县农村供水保障工作推进会，安排部署今年工作。下面，我讲两点意见。",
             "一、充分肯定成绩", "去年全县完成农村供水工程投资1.36亿元，新建改造集中供水工程27处。",
             "二、突出重点任务", "今年要完成城东水厂扩建，9月底前通水，由县水利局牵头。"]
    rows = "\n".join(f"<tr><td class='content'>{c}</td></tr>" for c in cells)
    return f"""<html><head><meta charset="gb2312"><title>{page_title}{separator}青岚县人民政府</title></head><body>
<table><tr><td><a href="/">网站首页</a> | <a>政务公开</a> | <a>办事服务</a></td></tr></table>
<table><tr><td valign="top"><table><tr><td align="center" class="title">{page_title}</td></tr>
<tr><td align="center">日期：2026-04-10　来源：县水利局　点击：328</td></tr>
{rows}</table></td></tr></table>
<table><tr><td>版权所有：青岚县人民政府</td></tr></table></body></html>""".encode("gbk")


@pytest.mark.parametrize("page_title", ["县长吴立群在全县农村供水保障工作推进会上的讲话", OWN_TITLE])
@pytest.mark.parametrize("separator", ["--", "_", " - "])
def test_the_bodys_own_title_line_is_the_heading_again(tmp_path, page_title, separator):
    path = tmp_path / "speech.html"
    path.write_bytes(page(page_title, OWN_TITLE, separator))
    doc = read_speech_file(path)
    assert doc.title == page_title
    assert doc.passages[0].text.startswith("今天召开全县农村供水保障工作推进会"), doc.passages[0].text
    assert not any(OWN_TITLE in p.text or "吴立群" in p.text for p in doc.passages)


def test_a_different_title_line_in_the_body_is_not_taken_for_a_repeat(tmp_path):
    path = tmp_path / "speech.html"
    path.write_bytes(page("县长吴立群在全县农村供水保障工作推进会上的讲话", "在全县防汛抗旱工作会议上的讲话", "--"))
    doc = read_speech_file(path)
    assert any("在全县防汛抗旱工作会议上的讲话" in p.text for p in doc.passages)
