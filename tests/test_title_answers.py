"""What a text is called and at which meeting it was given, answered from its title and cited
at ``<doc>#header``; a title that names no meeting leaves the question to the text. Texts
written here."""
from __future__ import annotations

import pytest

from qa.title_answers import title_asked

AT_A_MEETING = """在全县秋冬季森林防火工作会议上的讲话
同志们：
今天召开会议，主要是部署今冬明春森林防火工作。全县共有林地面积86万亩，森林覆盖率达到63%。
"""

A_PLAN = """某某县乡村旅游发展三年行动方案
为推动乡村旅游提质增效，制定本方案。到2027年，全县乡村旅游接待游客突破500万人次。
"""


REPORT_SUBTITLE = """青溪市2025年政府工作报告
——2025年1月18日在青溪市第十八届人民代表大会第三次会议上
各位代表：
过去一年，全市地区生产总值增长5.8%。
"""


@pytest.mark.parametrize("question, asked", [
    ("这次会议的名称是什么?", "meeting"), ("会议叫什么？", "meeting"), ("本次会议全称是什么", "meeting"),
    ("这次会是什么会", "meeting"), ("What is the name of the meeting?", "meeting"),
    ("这是在什么会议上的讲话", "meeting"), ("领导是在哪个会上讲的", "meeting"), ("在什么场合上的发言", "meeting"),
    ("讲话的标题是什么?", "title"), ("这篇文章的题目是什么", "title"), ("What is the title of the report?", "title"),
])
def test_questions_about_the_text_ask_its_title_or_meeting(question, asked):
    assert title_asked(question) == asked


@pytest.mark.parametrize("question", ["园区的名称是什么", "这条公交线路叫什么", "会议精神是什么", "会上提了哪些要求", "在什么会议上通过了这项决定",
                                      "项目名称是什么"])
def test_questions_about_what_the_text_names_do_not(question):
    assert title_asked(question) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (AT_A_MEETING, "这次会议的名称是什么?", "全县秋冬季森林防火工作会议"),
    (AT_A_MEETING, "会议叫什么", "全县秋冬季森林防火工作会议"),
    (AT_A_MEETING, "这是在什么会议上的讲话", "全县秋冬季森林防火工作会议"),
    (REPORT_SUBTITLE, "这是在什么会议上的报告", "青溪市第十八届人民代表大会第三次会议"),
    (AT_A_MEETING, "讲话的标题是什么", "《在全县秋冬季森林防火工作会议上的讲话》"),
    (A_PLAN, "这份文件的标题是什么？", "《某某县乡村旅游发展三年行动方案》"),
    (A_PLAN, "What is the title of the document?", "某某县乡村旅游发展三年行动方案"),
])
def test_the_title_answers_and_is_cited(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
    citation = answer.citations[0]
    assert citation.passage_id == "doc#header" and citation.quote in citation.text


@pytest.mark.slow
def test_a_title_that_names_no_meeting_leaves_the_question_to_the_text(ask_of):
    answer = ask_of(A_PLAN)("这次会议叫什么?")
    assert not any(c.passage_id == "doc#header" for c in answer.citations)
