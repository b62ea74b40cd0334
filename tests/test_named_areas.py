"""Where something is built or done, asked of a text that names the area by where it lies in the town
("城北、江南片区", "河西组团", "东部新区"): a place, though 片区/组团 alone are no names. Texts written here."""
from __future__ import annotations

import pytest

from qa.fact_check import holds_fact


@pytest.mark.parametrize("clause", [
    "区消防救援大队要在城北、江南片区各新建1个小型消防站",
    "今年在河西组团新建两所幼儿园",
    "东部新区要加快建设综合管廊",
    "在城南片区布局一个冷链物流中心",
])
def test_an_area_named_by_where_it_lies_is_a_place(clause):
    assert holds_fact(clause, "place")


@pytest.mark.parametrize("clause", [
    "每个片区都要建成一支应急队伍",  # 片区 alone
    "老旧小区改造要覆盖所有社区",
    "重点片区的规划要先行",
])
def test_a_bare_area_noun_is_no_place(clause):
    assert not holds_fact(clause, "place")


@pytest.mark.slow
@pytest.mark.parametrize("question", ["新建的小型消防站建在哪", "消防站在哪里建"])
def test_where_it_is_built_is_answered_from_the_named_area(ask_of, question):
    text = ("在全区应急管理工作会议上的讲话\n区长 邵景行\n同志们：\n一、做强专业队伍\n"
            "区级综合应急救援队伍要扩充至120人。同时，区消防救援大队要在城西、河东片区各新建1个小型消防站，"
            "11月底前投入使用。\n二、夯实基层队伍\n每个街道都要建成一支不少于20人的应急救援队伍。\n")
    answer = ask_of(text)(question)
    assert answer.answerable and "河东片区" in answer.answer, answer.answer
