"""A five-year plan's span ("“十四五”时期…年均增长6.1%", "十三五以来") tells five years together: asked
a figure of one year (去年, 2025年), the answer is the sentence of that year ("全年实现…"), not the
span's average; asked of the span, the span's sentence answers. Texts written here."""
from __future__ import annotations

import pytest

from qa.fact_periods import period_conflict

REPORT = """2025年政府工作报告
——2026年1月15日在青川市第九届人民代表大会第四次会议上
一、2025年工作回顾
2025年是“十四五”规划的收官之年。
回顾“十四五”时期，全市地区生产总值年均增长6.3%，一般公共预算收入年均增长4.9%。
全年实现地区生产总值1856.2亿元，增长5.6%；一般公共预算收入132.4亿元，增长3.8%。
二、2026年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。
"""


@pytest.mark.parametrize("sentence", ["回顾“十四五”时期，全市地区生产总值年均增长6.3%", "“十三五”以来，累计新增就业8万人",
                                      "十四五期间累计完成投资3000亿元"])
def test_a_plan_span_is_not_one_year(sentence):
    assert period_conflict(["去年"], sentence, (2026,)) and period_conflict(["2025年"], sentence, (2026,))


def test_a_plan_span_asked_is_its_own():
    assert not period_conflict(["十四五"], "回顾“十四五”时期，全市地区生产总值年均增长6.3%", (2026,))


@pytest.mark.slow
@pytest.mark.parametrize("question, quoted, not_quoted", [
    ("去年全市GDP总量多少？", "1856.2亿元", "年均增长6.3%"),
    ("2025年地区生产总值是多少", "1856.2亿元", "年均增长6.3%"),
    ("去年一般公共预算收入多少", "132.4亿元", "年均增长4.9%"),
])
def test_one_years_figure_is_that_years_sentence(ask_of, question, quoted, not_quoted):
    answer = ask_of(REPORT)(question)
    assert answer.answerable and quoted in answer.answer and not_quoted not in answer.answer, answer.answer


@pytest.mark.slow
def test_the_spans_figure_is_the_spans_sentence(ask_of):
    answer = ask_of(REPORT)("“十四五”时期GDP年均增长多少")
    assert answer.answerable and "年均增长6.3%" in answer.answer, answer.answer
