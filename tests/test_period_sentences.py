"""A figure asked of one year ("去年改造投资完成了多少") is answered by the sentence speaking of that year, not
also by the next sentence of the same passage with this year's target ("今年力争…"), nor by one of
several years together ("过去五年…年均增长", "近三年来…"). Asked of the span, the span's sentence answers.
Texts written here, in two wordings."""
from __future__ import annotations

import pytest

from qa.periods import names_other_year

ECONOMY = """在全区经济工作会议上的讲话
同志们：
过去五年，全区地区生产总值年均增长6.8%，城乡居民收入年均增长7.1%。
去年，全区实现地区生产总值286.4亿元，同比增长5.7%，高于全市平均0.3个百分点。
今年的主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长4%。
"""

RENEWAL = """在全市城市更新工作推进会上的讲话
同志们：
一、工作成效
近三年来，全市累计完成改造投资230亿元，惠及居民12万户。
去年全市完成改造投资86亿元，同比增长9%。今年力争完成改造投资100亿元以上。
二、下一步工作
要加快老旧小区改造，年内开工改造小区210个。
"""


@pytest.mark.parametrize("sentence", ["过去五年，全区地区生产总值年均增长6.8%。", "近三年来，全市累计完成改造投资230亿元。",
                                      "“十四五”时期年均增长6.1%。"])
def test_a_span_of_years_is_another_period_than_last_year(sentence):
    assert names_other_year(sentence, "去年", None)


@pytest.mark.parametrize("sentence", ["去年全市完成改造投资86亿元。", "三年行动方案提出要完成改造。"])
def test_a_sentence_of_the_year_or_of_none_is_not(sentence):
    assert not names_other_year(sentence, "去年", None)


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said, not_said", [
    (ECONOMY, "去年GDP是多少", "286.4亿元", "年均增长6.8%"),
    (ECONOMY, "去年地区生产总值增长了多少", "同比增长5.7%", "5.5%左右"),
    (ECONOMY, "过去五年GDP年均增长多少", "年均增长6.8%", "286.4亿元"),
    (RENEWAL, "去年改造投资完成了多少", "86亿元", "100亿元"),
    (RENEWAL, "今年改造投资目标多少", "100亿元", "86亿元"),
])
def test_the_sentence_of_the_year_asked_answers(ask_of, text, question, said, not_said):
    answer = ask_of(text)(question)
    assert answer.answerable and said in answer.answer and not_said not in answer.answer, answer.answer
