"""A sum asked in everyday words ("一共拿出多少钱", "一个月挣多少钱", "罚款金额是多少") is answered by
the text's figure in 元 under its own words (资金总额, 月均收入, 罚没款): 钱 and 金额 are the measure
asked, a fine is written 罚没款 as often as 罚款, and a worker 保洁员 or 保洁人员. A text that gives no sum on the topic still declines.
Texts written here, in several wordings."""
from __future__ import annotations

import pytest

from qa.measure import words_for
from qa.word_credit import said

pytestmark = pytest.mark.slow

FUND = """关于开展“惠民消费季”活动的政策解读

一、活动的背景是什么

为进一步释放消费潜力，市商务局会同市财政局组织开展“惠民消费季”活动。

二、活动资金怎么安排

本次活动资金总额为3000万元，由市、区两级财政按5:5比例分担。消费券分四批发放，每批名额约两万个。

三、怎样参加活动

市民通过“某市发布”小程序领取消费券，在活动商户消费时直接抵扣。
"""

CARE = """关于全县农村保洁队伍建设情况的调研报告

一、基本情况

全县共有农村保洁人员860人，覆盖全部行政村，每村至少配备2名保洁员。

二、存在的主要问题

保洁人员月均工资约2,100元，工作强度大、待遇偏低，近两年年均流失率接近15%。部分村保洁设施老化，垃圾转运不及时。
"""

ENFORCE = """2025年市场监管工作总结

一、主要成效

全年查办各类违法案件1,245件，罚没款3,680万元，移送司法机关案件21件。开展食品安全抽检1.2万批次，合格率98.6%。

二、存在的问题

基层执法力量不足，部分所队执法装备陈旧。
"""

NO_SUM = """2025年市场监管工作总结

一、主要成效

全年查办各类违法案件1,245件，移送司法机关案件21件。开展食品安全抽检1.2万批次，合格率98.6%。
"""


@pytest.mark.parametrize("text, question, figure", [
    (FUND, "这次活动一共拿出多少钱", "3000万元"),
    (FUND, "活动资金一共多少钱", "3000万元"),
    (CARE, "保洁员一个月挣多少钱", "2,100元"),
    (CARE, "保洁员每个月能拿多少钱", "2,100元"),
    (ENFORCE, "去年罚款罚了多少钱", "3,680万元"),
    (ENFORCE, "罚款金额是多少", "3,680万元"),
    (ENFORCE, "去年一共罚了多少钱", "3,680万元"),
])
def test_a_sum_asked_in_everyday_words_is_answered_by_the_figure_in_yuan(ask_of, text, question, figure):
    answer = ask_of(text)(question)
    assert answer.answerable, answer.answer
    assert figure in answer.answer.split("[")[0] + answer.answer, answer.answer
    assert answer.citations


@pytest.mark.parametrize("question", ["去年罚款罚了多少钱", "一共罚没了多少钱"])
def test_a_text_with_no_sum_still_declines(ask_of, question):
    answer = ask_of(NO_SUM)(question)
    assert not answer.answerable, answer.answer


def test_a_fine_is_written_either_way():
    assert "罚没" in words_for("罚款")
    assert "罚款" in words_for("罚金")


@pytest.mark.parametrize("word, text", [("保洁员", "保洁人员月均工资"), ("护理员", "护理人员月均收入"),
                                        ("管理人员", "配备专职管理员")])
def test_a_worker_is_named_either_way(word, text):
    assert said(word, text)


def test_a_person_is_not_a_worker_by_that_rule():
    assert not said("人员", "配备专职管理员")
