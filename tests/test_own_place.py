"""A local place's own figures asked of a national text ("这个城市去年的GDP是多少" of the State Council's
report): declined, naming the text as the nation's; the same question of a county's or a city's own
speech is answered. Texts written here."""
from __future__ import annotations

import pytest

NATIONAL = """2026年国务院政府工作报告
各位代表：
现在，我代表国务院，向大会报告政府工作，请予审议。
一、过去一年工作回顾
过去一年，我国经济运行总体平稳。全国国内生产总值增长5.2%，全国城镇新增就业1250万人。
我国粮食产量再创新高，全国居民人均可支配收入实际增长5.1%。
二、今年工作总体部署
今年我国发展主要预期目标是：国内生产总值增长5%左右，全国城镇新增就业1200万人以上。
"""

COUNTY = """在全县经济工作会议上的讲话
同志们：
过去一年，全县地区生产总值完成186.4亿元，增长6.2%。我县新增城镇就业4260人。
今年全县地区生产总值增长6.5%左右，全县新增城镇就业4000人以上。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, place", [("这个城市去年的GDP是多少?", "城市"), ("咱们县今年要新增多少就业", "县"),
                                             ("我们镇的粮食产量是多少", "镇")])
def test_a_local_place_asked_of_the_nation_s_report_is_declined(ask_of, question, place):
    answer = ask_of(NATIONAL, "national")(question)
    assert not answer.answerable and f"没有讲某一个{place}的情况" in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [("这个县去年的GDP是多少", "186.4亿元"), ("咱们县今年要新增多少就业", "4000人")])
def test_the_same_question_of_the_place_s_own_speech_is_answered(ask_of, question, expected):
    answer = ask_of(COUNTY, "county")(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.slow
def test_a_question_of_the_nation_is_answered_from_its_report(ask_of):
    answer = ask_of(NATIONAL, "national")("去年全国城镇新增就业多少人")
    assert answer.answerable and "1250万人" in answer.answer
