"""What a question already says is not what it asks. "那个2亿的产业引导基金县财政自己出多少"
gives the fund's size itself, so "设立规模2亿元的产业引导基金" does not tell the county's share;
"县第三小学建在哪个位置" names the school, so "新建县第三小学" (whose 建县 reads like a place
name) does not say where it stands. A clause that gives the asked fact beyond the question's
own words still answers. Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked, stated_figures

REPORT = """政府工作报告
——2026年1月10日在某县第十九届人民代表大会第三次会议上
一、2025年工作回顾
过去一年，全县地区生产总值完成268亿元，增长6.1%。
设立规模3亿元的县科技创新基金，重点投向新能源和生物医药领域。
新建县第二中学，新增学位2400个；改扩建城关幼儿园，新增学位360个。
县中医院门诊楼建在城西新区滨河路，年底投入使用。
二、2026年重点工作
一是筹建规模1.5亿元的乡村振兴贷款风险补偿资金池，其中县财政出资5000万元。
二是新建县第四小学，选址在城东新区，新增学位1800个。
三是完成农村公路提档升级120公里。
"""


@pytest.mark.parametrize("question, figures", [
    ("那个2亿的产业引导基金县财政自己出多少", ["2亿"]),
    ("完成投资120亿元的项目有多少个", ["120亿"]),
    ("去年改了3150户厕所，今年的任务多少", ["3150"]),
    ("2025年GDP增长多少", []),  # a year is a period, not a figure
    ("科技创新基金规模多大", []),
])
def test_the_figures_a_question_states(question, figures):
    assert stated_figures(question) == figures
    assert asked(question).stated == figures


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "那个3亿元的科技创新基金里县财政出了多少",
    "3亿的科技基金社会资本占多少",
    "3亿元科技创新基金撬动了多少社会资本",
])
def test_a_figure_the_question_gives_does_not_answer_it(ask_of, question):
    answer = ask_of(REPORT, "stated")(question)
    assert not answer.answerable, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["县第二中学建在哪个位置", "第二中学建在什么地方", "县第二中学在什么位置"])
def test_a_place_the_question_names_is_not_where_it_stands(ask_of, question):
    answer = ask_of(REPORT, "stated")(question)
    assert not answer.answerable, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("1.5亿的风险补偿资金池县财政出多少", "5000万元"),  # a further figure of the same clause answers
    ("那个3亿的科技创新基金重点投向哪些领域", "新能源"),  # not a figure question: unchanged
    ("县第四小学选址在哪", "城东新区"),  # a place beyond the question's words answers
    ("县中医院门诊楼建在什么地方", "滨河路"),
])
def test_a_fact_beyond_the_questions_own_words_still_answers(ask_of, question, fact):
    answer = ask_of(REPORT, "stated")(question)
    assert answer.answerable, answer.answer
    assert fact in answer.answer and answer.citations


@pytest.mark.parametrize("question, is_place", [
    ("县第二中学在什么位置", True),
    ("新院区位于什么位置", True),
    ("示范区选址在哪个位置", True),
    ("产业兴旺在乡村振兴中处于什么位置", False),  # a role, not a site
    ("营商环境在全省处于什么位置", False),  # a rank
    ("要把生态保护摆在什么位置", False),
])
def test_what_position_asks_a_place_only_of_a_site(question, is_place):
    assert (asked(question).fact == "place") is is_place
