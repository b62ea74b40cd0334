"""Text copied out of a PDF into a .txt: lines hard-wrapped at the page's width, mid-sentence and
mid-heading, with the page numbers copied along ("— 2 —", "第 3 页 共 8 页", "- 4 -", "Page 5 of 8").

The page numbers are layout, not text; a heading the wrap broke is one heading. Texts are written here.
"""
from __future__ import annotations

import pytest

from index.hard_wrap import wrap_width
from index.parser import parse_speech

FOOTERS = ["— 2 —", "- 2 -", "第 2 页 共 6 页", "第2页", "共6页 第2页", "Page 2 of 6", "—2—"]


def _wrapped(footer: str) -> str:
    return f"""在全区教育工作会议上的讲话
同志们：
今天召开全区教育工作会议，主要是总结去年工作，部署今年
任务。下面，我讲两点意见。
一、坚持问题导向、守正创新，准确把握全区教育事业发展面
临的新形势
（一）主要成效。去年全区新建中小学4所，新增学位2100个，
义务教育巩固率达到99.
{footer}
6%，高考本科上线率比上年提高1.8个百分点。
（二）存在的问题。主要有以下几个方面：一是城区学位依然紧
张，部分学校大班额问题突出；二是乡村教师队伍不稳定，年轻
教师流失较多；三是职业教育与产业需求结合不紧。
二、聚焦重点、精准发力，全面提升教育质量和群众满意度水
平
（一）扩大优质学位供给。今年要开工建设城东第二小学，新增
学位1200个，9月底前完成城南中学扩建工程。
（二）稳定乡村教师队伍。落实乡村教师生活补助，每人每月
不低于500元，新招聘教师优先补充乡村学校。
"""


@pytest.mark.parametrize("footer", FOOTERS)
def test_a_copied_page_number_is_no_part_of_the_text(footer):
    doc = parse_speech(_wrapped(footer), "edu")
    texts = "".join(p.text for p in doc.passages)
    assert footer.replace(" ", "") not in texts.replace(" ", "")
    assert any("义务教育巩固率达到99.6%" in p.text for p in doc.passages)


@pytest.mark.parametrize("footer", FOOTERS[:3])
def test_a_heading_broken_by_the_wrap_is_one_heading(footer):
    titles = [n.title for n in parse_speech(_wrapped(footer), "edu").outline_nodes()]
    assert "一、坚持问题导向、守正创新，准确把握全区教育事业发展面临的新形势" in titles
    assert "二、聚焦重点、精准发力，全面提升教育质量和群众满意度水平" in titles
    assert len([t for t in titles if t.startswith(("一、", "二、"))]) == 2


def test_a_text_whose_lines_end_with_its_sentences_has_no_wrap_width():
    lines = ["一、总体要求", "今年要抓好三件事。", "（一）稳增长", "要扩大有效投资。", "二、重点任务",
             "要抓好项目建设。", "要抓好招商引资。", "要抓好民生实事。", "要抓好安全生产。", "要抓好作风建设。"]
    assert wrap_width(lines) is None


def test_a_short_line_after_a_short_heading_in_an_unwrapped_text_stays_apart():
    text = """在全县农业工作会议上的讲话
同志们：
今年全县粮食播种面积稳定在85万亩以上。要抓好春耕备耕工作。
一、抓好粮食生产
县农业农村局牵头
要落实粮食安全党政同责，确保完成省里下达的任务。
二、抓好乡村建设
要改造农村户厕3000户。
"""
    titles = [n.title for n in parse_speech(text, "farm").outline_nodes()]
    assert "一、抓好粮食生产" in titles


@pytest.mark.slow
@pytest.mark.parametrize("question", ["当前存在哪些问题?", "讲话说还有哪些短板和问题"])
def test_problems_asked_of_the_wrapped_text_are_its_listed_problems(ask_of, question):
    answer = ask_of(_wrapped("— 2 —"), "edu")(question)
    assert answer.answerable
    for item in ("城区学位依然紧张", "乡村教师队伍不稳定", "职业教育与产业需求结合不紧"):
        assert item in answer.answer, answer.answer
