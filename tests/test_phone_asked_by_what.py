"""A number to call asked by what it is ("投诉举报打什么电话", "咨询电话是什么") is a figure asked, and a
short hotline ("12345政务服务便民热线") gives it; "举报电话是多少" needs no word 电话 in the text. A clause
asking how long ("多久处理") is an ask of its own. Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked
from qa.refusal import asking_clauses

RULES = """某市餐厨垃圾管理办法
第二十九条　任何单位和个人有权对违反本办法的行为通过12345政务服务便民热线投诉、举报。接到投诉、举报的部门应当在5个工作日内依法处理。
第三十条　餐厨垃圾收运单位应当每日收运，节假日不得间断。
"""


@pytest.mark.parametrize("question", ["投诉举报打什么电话", "举报电话是多少", "热线是啥"])
def test_a_number_to_call_is_a_figure_asked(question):
    what = asked(question)
    assert what.fact == "quantity" and what.measure == "phone"


def test_how_long_is_an_ask_of_its_own():
    assert asking_clauses("投诉举报打什么电话？多久处理") == ["投诉举报打什么电话", "多久处理"]


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [("投诉举报打什么电话？多久处理", ("12345", "5个工作日")),
                                                ("举报电话是多少", ("12345",))])
def test_the_hotline_and_the_time_are_both_answered(ask_of, question, expected):
    answer = ask_of(RULES)(question)
    assert answer.answerable and all(e in answer.answer for e in expected), answer.answer


@pytest.mark.slow
def test_a_number_the_text_never_gives_is_declined_as_a_number(ask_of):
    answer = ask_of(RULES)("咨询电话是什么")
    assert not answer.answerable and "具体电话号码" in answer.answer, answer.answer
