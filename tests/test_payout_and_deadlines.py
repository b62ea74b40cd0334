"""Two everyday ways of asking about a date. Money paid out is asked as the one who gets it says
it ("补贴啥时候打到卡上", "啥时候到账") where a text writes 发放/兑付; a flooded street is 积水 where
the text writes 易涝点/内涝. And "哪天" of a deadline is answered by a month's end or third
("完成时限：11月底", "5月中旬前"), as deadlines are given. Texts written here."""
from __future__ import annotations

import pytest

from qa.everyday_words import word_variants
from qa.fact_check import holds_fact

FARM = """在全县春季农业生产暨防汛准备工作会议上的讲话
同志们：
一、抓好惠农补贴兑付
今年耕地地力保护补贴标准为每亩112元，通过“一卡通”直接发放到户，5月15日前全部兑付到位。
农机购置补贴资金由县农业农村局统一拨付，6月20日前完成结算。
二、做好防汛准备
汛期前完成城区易涝点整治28处，牵头单位：县住建局；完成时限：5月底前。
排查农村危旧房屋，6月中旬前全部完成鉴定。
三、推进重点产业
茶叶加工园区二期工程：牵头单位为县工信局，完成时限为10月底。
"""


@pytest.mark.parametrize("word, term", [("到账", "发放"), ("卡上", "发放"), ("到手", "兑付"),
                                        ("积水", "易涝"), ("淹水", "内涝")])
def test_everyday_words_for_payout_and_flooding(word, term):
    assert term in word_variants(word)


@pytest.mark.parametrize("clause, day", [
    ("完成时限：2025年11月底", True),
    ("6月中旬前全部完成鉴定", True),
    ("十月底前完成", True),
    ("5月15日前全部兑付到位", True),
    ("年底前完成", False),  # a year's end is no day
    ("今年内完成", False),
])
def test_a_months_end_is_a_day_for_a_deadline(clause, day):
    assert holds_fact(clause, "date", "day") is day


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("地力补贴啥时候能打到卡上", "5月15日前"),
    ("农机补贴的钱啥时候到账", "6月20日前"),
    ("城区下雨积水的地方啥时候整治完", "5月底前"),
    ("茶叶加工园区二期的完成期限是哪天", "10月底"),
    ("危房鉴定哪天之前要做完", "6月中旬前"),
])
def test_dates_asked_in_everyday_words_are_answered(ask_of, question, fact):
    answer = ask_of(FARM, "payout")(question)
    assert answer.answerable, answer.answer
    assert fact in answer.answer and answer.citations


@pytest.mark.slow
@pytest.mark.parametrize("question", ["种粮一次性补贴啥时候到账", "防汛物资哪天采购完"])
def test_a_date_the_text_does_not_give_is_still_declined(ask_of, question):
    answer = ask_of(FARM, "payout")(question)
    assert not answer.answerable, answer.answer
