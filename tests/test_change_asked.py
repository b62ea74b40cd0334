"""A change asked in one everyday character ("涨了几个点", "跌了多少", "升了多少") names the
speech's word for it (增长, 下降), so the clause of that change on the asked thing answers: not a
clause of the opposite change, nor a figure of a share of the thing that holds its name too
(issue 9, class 2). A blanked figure in the right clause is quoted with its notice. Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked
from qa.measure import change_asked


@pytest.mark.parametrize("question, word", [
    ("去年固定资产投资涨了几个点", "增长"), ("居民收入涨了多少", "增长"), ("猪肉价格跌了多少", "下降"),
    ("PM2.5浓度降了多少", "下降"), ("城镇化率升到多少了", "增长"), ("出口掉了几个点", "下降"),
    ("工业增加值要涨多少", "增长"),
])
def test_one_character_change_names_the_speech_word(question, word):
    assert change_asked(question) == word
    assert word in asked(question).focus


@pytest.mark.parametrize("question", ["固定资产投资增长多少", "减税降费多少", "能耗下降了多少", "工业增加值是多少",
                                      "提升了几个百分点"])
def test_a_change_already_in_the_speech_words_adds_nothing(question):
    assert change_asked(question) is None


REVIEW = """在全区经济工作会议上的讲话
一、去年工作回顾
过去一年，全区地区生产总值增长6.1%；一般公共预算收入完成21.4亿元；固定资产投资增长X%；社会消费品零售总额增长7.5%。
民间投资意愿偏弱，全年民间投资占固定资产投资比重不足四成，比上年下降了1.8个百分点。
二、今年主要目标
地区生产总值增长6%左右，固定资产投资增长8%。
"""

PRICES = """全县物价和民生工作情况通报
一、物价运行
去年全县居民消费价格上涨1.9%，其中猪肉价格下降12.4%，鲜菜价格上涨6.3%。
粮油价格保持稳定，猪肉供应充足，生猪存栏比上年增长3.2%。
二、居民收入
全县城乡居民人均可支配收入分别增长5.1%和7.6%。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, shown, notice", [
    (REVIEW, "去年固定资产投资涨了几个点", "固定资产投资增长X%", True),
    (REVIEW, "去年固定资产投资涨了多少", "固定资产投资增长X%", True),
    (PRICES, "去年猪肉价格跌了多少", "12.4%", False),
    (PRICES, "去年鲜菜价格涨了多少", "6.3%", False),
])
def test_the_clause_of_the_asked_change_answers(ask_of, text, question, shown, notice):
    answer = ask_of(text)(question)
    assert answer.answerable and shown in answer.answer.replace("……", ""), answer.answer
    assert any(n.kind == "blank" for n in answer.notices) == notice, answer.notices
