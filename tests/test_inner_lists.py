"""A list announced inside a point of an outer list ("三是加快项目建设。…重点推进以下项目：" then 1./2./3.)
ends where its numbering does: the outer list's next point ("四是…") is not its fourth item, though the
numbers go on. Texts written here, in two numbering pairs."""
from __future__ import annotations

import pytest

PLAN = """2026年度工作打算
一是抓好安全生产。全年开展道路运输安全检查不少于40次。
二是提升公交服务。新开通城乡公交线路6条。
三是加快重点项目建设。全年计划完成交通投资6.2亿元，重点推进以下项目：
1.北环路改造工程，年内完成投资2亿元。
2.清溪大桥新建工程，9月底前合龙。
3.乡村公路提质工程，改造农村公路80公里。
四是改进工作作风。班子成员每月下乡不少于4天。
五是从严管党治党。每季度开展1次廉政警示教育。
"""

SPEECH = """在全县教育工作会议上的讲话
同志们：
第一，要抓好学位供给。今年重点建设以下学校：
（1）城东小学，新增学位900个；
（2）实验中学新校区，新增学位1200个；
（3）第三幼儿园，新增学位360个。
第四，要抓好教师队伍建设。今年招聘教师120名。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, items, not_items", [
    (PLAN, "今年重点推进哪些项目", ["北环路改造工程", "清溪大桥新建工程", "乡村公路提质工程"], ["改进工作作风", "从严管党治党"]),
    (SPEECH, "今年重点建设哪些学校", ["城东小学", "实验中学新校区", "第三幼儿园"], ["教师队伍建设"]),
])
def test_an_inner_list_ends_where_its_numbering_does(ask_of, text, question, items, not_items):
    answer = ask_of(text)(question)
    assert all(i in answer.answer for i in items) and not any(n in answer.answer for n in not_items), answer.answer


# Points run on with "；" end at the last one's full stop: the sentence after it is the section's.
RUN_ON = """在全市大气污染防治工作会议上的讲话
一、去年工作
全年重点做了三件事。一是淘汰燃煤锅炉40台；二是检查建筑工地200个；三是修订应急减排清单，涉及企业100家。全年全市空气质量优良天数达到300天，比上年增加9天。
二、存在问题
臭氧污染问题日益突出。
"""


def test_the_sentence_after_points_run_on_with_semicolons_is_the_sections():
    from index.parser import parse_speech
    document = parse_speech(RUN_ON, "air")
    after = next(p for p in document.passages if p.text.startswith("全年全市空气质量"))
    last = next(p for p in document.passages if p.text.startswith("三是"))
    assert after.item is None and last.text.endswith("涉及企业100家。")
    assert all(document.source[p.start:p.end] == p.text for p in document.passages)


@pytest.mark.slow
def test_a_figure_after_the_points_is_quoted_without_the_last_point(ask_of):
    answer = ask_of(RUN_ON)("空气优良天数多少天")
    assert "300天" in answer.answer and "三是修订应急减排清单" not in answer.answer, answer.answer
