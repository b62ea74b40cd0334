"""Asked where a body sits ("办公室设在哪里", "在哪个部门办"), an office answers as a place does:
"领导小组办公室设在县住建局". With the question's own words taken out of the clause, the office
stood first ("县住建局"), and a place was only a level word after another character ("某县"), so
the answer was declined. Texts written here, in several wordings; a text that never says where
the office is still declines."""
from __future__ import annotations

import pytest

from qa.fact_check import holds_fact

PLAN = """某某县防汛抗旱工作方案
一、组织领导
县防汛抗旱指挥部负责全县防汛抗旱工作的组织指挥。指挥部办公室设在县应急管理局，办公室主任由县应急管理局局长兼任。
二、工作专班
为推进重点项目建设，成立项目建设工作专班，专班办公室设在县发展改革委，负责日常调度和督办。
三、便民服务
企业开办实行一窗受理，受理窗口统一设在县政务服务中心，材料齐全的当场办结。
"""

SILENT = """某某县农村人居环境整治工作方案
一、组织领导
成立农村人居环境整治工作领导小组，由县长任组长，分管副县长任副组长。
二、资金保障
县财政局负责统筹整合涉农资金，每年安排整治资金2000万元。
"""


@pytest.mark.parametrize("clause", ["县住建局", "·县应急管理局", "市发展改革委", "区政务服务中心"])
def test_an_office_is_a_place(clause):
    assert holds_fact(clause, "place")


@pytest.mark.parametrize("question,expected", [
    ("指挥部办公室设在哪里", "县应急管理局"),
    ("指挥部的办公室在哪个单位", "县应急管理局"),
    ("专班办公室设在哪", "县发展改革委"),
    ("企业开办的受理窗口在哪里", "县政务服务中心"),
])
def test_where_a_body_sits(ask_of, question, expected):
    answer = ask_of(PLAN)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


def test_a_text_that_never_says_where_still_declines(ask_of):
    answer = ask_of(SILENT)("领导小组办公室设在哪里")
    assert not answer.answerable or "未给出" in answer.answer or "没有" in answer.answer, answer.answer
