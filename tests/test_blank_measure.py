"""A blanked figure answers a question only of its own measure: "*万人" is the blank of a population,
so "GDP总量要达到多少亿元" is a near miss the text does not give (its only figure of output is a share),
while the population asked is answered with the blank's notice. Texts written here."""
from __future__ import annotations

import pytest

from qa.fact_check import blank_fits

CORE = """在全市产城融合发展推进会议上的讲话
同志们：
一、优化空间布局
构建“一核引领、多极支撑”的发展格局。到2030年，市中心城区常住人口要达到*万人，地区生产总值占全市的比重达到50%以上。
二、推进产业园区建设
今年新建标准厂房××万平方米，园区企业数量增长10%。
"""


@pytest.mark.parametrize("clause, measure, fits", [
    ("市中心城区常住人口要达到*万人", "money", False), ("市中心城区常住人口要达到*万人", "人", True),
    ("新建标准厂房××万平方米", "rate", False), ("占全市的比重达到×%", "rate", True),
    ("投资××亿元", "money", True), ("新建××个", None, True), ("新建××个", "count", True),
])
def test_a_blank_stands_for_a_figure_of_its_own_measure(clause, measure, fits):
    assert blank_fits(clause, measure) is fits


@pytest.mark.slow
@pytest.mark.parametrize("question", ["中心城区2030年GDP总量要达到多少亿元", "中心城区到2030年地区生产总值要达到多少亿元"])
def test_a_sum_asked_where_only_a_share_and_another_blank_stand_is_declined(ask_of, question):
    answer = ask_of(CORE)(question)
    assert not answer.answerable and "未给出" in answer.answer and "gdp" not in answer.answer


@pytest.mark.slow
def test_the_blanked_population_is_answered_with_its_notice(ask_of):
    answer = ask_of(CORE)("中心城区2030年常住人口要达到多少")
    assert answer.answerable and "*万人" in answer.answer and any(n.kind == "blank" for n in answer.notices)
