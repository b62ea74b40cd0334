"""A body's name on its own line under the title ("县水务局党组", "青石县人民政府") is the byline of a
report the body gives (a 班子述职报告, a 政府工作报告): "谁做的述职", "这是谁的报告" are answered
with it, and the line is no passage of the text. Texts written here."""
from __future__ import annotations

import pytest

from index.byline import read_byline
from index.parser import parse_speech
from qa.byline_answers import byline_asked

BUREAU = """2025年度领导班子述职报告
县水务局党组
同志们：
一年来，局党组团结带领全系统干部职工，各项工作取得新的进展。全年完成水利投资9.2亿元。
"""

GOVERNMENT = """青石县2026年政府工作报告
青石县人民政府
各位代表：
过去一年，全县地区生产总值增长5.8%。今年要抓好项目建设和民生实事。
"""

OFFICE = """关于2025年度全市信访工作情况的报告
中共临河市委办公室
2025年，全市信访总量同比下降12%，信访事项及时受理率达到100%。
"""


@pytest.mark.parametrize("text, body", [(BUREAU, "县水务局党组"), (GOVERNMENT, "青石县人民政府"),
                                        (OFFICE, "中共临河市委办公室")])
def test_the_body_under_the_title_is_the_byline(text, body):
    assert read_byline(text).speaker.text == body
    assert not any(body == p.text for p in parse_speech(text, "doc").passages)


def test_a_sentence_under_the_title_is_no_byline():
    text = "关于全县春耕生产的情况通报\n全县春耕生产进展顺利，已完成播种面积12万亩。\n"
    assert read_byline(text).speaker is None


@pytest.mark.slow
@pytest.mark.parametrize("text, question, body", [
    (BUREAU, "谁做的述职", "县水务局党组"), (BUREAU, "述职的是哪个单位", "县水务局党组"),
    (GOVERNMENT, "这是谁的报告", "青石县人民政府"), (OFFICE, "这份报告是哪个单位写的", "中共临河市委办公室"),
])
def test_who_gives_the_report_is_answered_by_the_body(ask_of, text, question, body):
    answer = ask_of(text)(question)
    assert answer.answerable and body in answer.answer, answer.answer


@pytest.mark.parametrize("question, subject", [("这是谁的述职报告", "述职"), ("这些项目由谁负责", "项目")])
def test_a_demonstrative_is_no_subject_of_what_is_asked(question, subject):
    from qa.asked import asked

    what = asked(question)
    assert subject in what.subject and not any(w in ("这是", "这些") for w in what.focus)


@pytest.mark.parametrize("question", ["致辞的是谁", "讲话的是谁", "作报告的是谁？", "发言的人是谁"])
def test_the_act_named_then_who(question):
    assert byline_asked(question) == "speaker"


@pytest.mark.parametrize("question", ["负责的是谁", "牵头的是谁"])
def test_a_task_named_then_who_is_no_byline(question):
    assert byline_asked(question) is None


TOAST = """在第三届某某镇梨花节开幕式上的致辞
镇长 李某某
尊敬的各位来宾，朋友们：
今天，第三届梨花节在这里开幕。全镇梨树种植面积达到3.2万亩，本届梨花节为期20天。
"""


def test_asked_who_gave_the_toast(ask_of):
    answer = ask_of(TOAST)("致辞的是谁")
    assert answer.answerable and "镇长 李某某" in answer.answer, answer.answer
