""""X叫什么名字" is answered by a name of X: a quoted term elsewhere in the sentence ("“三合一”场所")
names no workshop, and a speech that never names its speaker does not answer who the leader is.
Texts written here."""
from __future__ import annotations

import pytest

from qa.fact_check import names_head


@pytest.mark.parametrize("clause, head, named", [
    ("编制《全市产业园区总体规划》", ["规划"], True),
    ("打造“青岚”文旅品牌", ["品牌"], True),
    ("这一行动简称“三清”", ["行动"], True),
    ("“三合一”场所火灾时有发生", ["作坊"], False),
    ("完善“企业吹哨、部门报到”机制", ["领导"], False),
])
def test_a_name_names_the_noun_asked(clause, head, named):
    assert names_head(clause, head) is named


SAFETY = """在全县消防安全工作会议上的讲话
同志们：
一、火灾形势
今年以来，“三合一”场所火灾时有发生，上月城西一家家具加工小作坊发生火灾，造成1人受伤。
二、下一步工作
要开展“清剿火患”专项行动，对全县沿街门店逐一排查。县里将编制《全县消防救援站布局规划》，年内新建乡镇消防站3个。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["那家着火的作坊叫什么名字", "讲话的县领导叫什么名字"])
def test_a_name_the_speech_never_gives_is_declined(ask_of, question):
    assert not ask_of(SAFETY)(question).answerable


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [("专项行动叫什么名字", "清剿火患"),
                                                ("要编制的规划叫什么", "全县消防救援站布局规划")])
def test_a_name_the_speech_gives_is_answered(ask_of, question, expected):
    answer = ask_of(SAFETY)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
