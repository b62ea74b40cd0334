"""Points counted as 件 ("重点抓好三件事：一是…") are asked by 件 as by 条 or 项: "第二件呢",
"最后一件呢", "下一件呢". Texts written here."""
from __future__ import annotations

import pytest

from qa.question_form import read_question

PLAN = """2025年度个人述职报告
一、履职情况
全年清理河道垃圾1.2万吨，拆除违法建筑37处。
二、下一步打算
2026年，重点抓好三件事：一是完成小型水库除险加固12座；二是建立农村供水工程县级统管机制；三是开展干部作风提升行动。
"""


@pytest.mark.parametrize("question, position", [("第二件呢", 1), ("最后一件呢", -1), ("第三件是什么", 2)])
def test_jian_is_an_ordinal_classifier(question, position):
    assert read_question(question).position == position


@pytest.mark.slow
@pytest.mark.parametrize("follow_up, quoted", [("第二件呢", "县级统管机制"), ("最后一件呢", "干部作风提升行动")])
def test_a_point_counted_by_jian_is_picked(ask_of, follow_up, quoted):
    answer = ask_of(PLAN)(follow_up, history=["明年打算抓哪几件事"])
    assert answer.answerable and quoted in answer.answer, answer.answer
