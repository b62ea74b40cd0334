"""A date written with dots or dashes (2026.10.31, 2026-06-30), as forum posts and spreadsheets
write them, answers "啥时候/哪天" as 10月31日 does; a figure with a decimal point (2010.5亿元)
is no date. Texts written here."""
from __future__ import annotations

import pytest

from qa.fact_check import holds_fact

FORUM = """青石镇2025年工作总结和2026年工作打算
一、工作打算
新建改建村组道路35公里，2026.10.31前完成石桥村饮水工程。
东坪村便民服务站于2026-06-30前投入使用。
全镇地区生产总值力争达到2010.5亿元。
"""


@pytest.mark.parametrize("clause", ["2026.10.31前完成", "于2026-06-30前投入使用", "2025/12/31完成验收"])
def test_a_dotted_date_is_a_date_to_the_day(clause):
    assert holds_fact(clause, "date", "day")


@pytest.mark.parametrize("clause", ["力争达到2010.5亿元", "增长2024.6万元"])
def test_a_decimal_figure_is_no_date(clause):
    assert not holds_fact(clause, "date", "day") and not holds_fact(clause, "date")


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [("石桥村饮水工程啥时候完工", "2026.10.31"),
                                            ("东坪村便民服务站哪天之前投用", "2026-06-30")])
def test_a_dotted_date_answers_when(ask_of, question, fact):
    answer = ask_of(FORUM, "forum")(question)
    assert answer.answerable and fact in answer.answer, answer.answer
