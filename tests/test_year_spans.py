"""A span of years back from now ("过去五年", "近5年") is spoken by a text's "5年来", "过去5年",
"近五年" or "这五年": the same count in either numeral, never another count. Texts written here."""
from __future__ import annotations

import pytest

from qa.periods import spans_back


@pytest.mark.parametrize("text, period, spoken", [
    ("5年来，全县粮食产量稳定在60万吨以上。", "过去五年", True),
    ("五年来，我们坚持稳中求进。", "近5年", True),
    ("过去5年，城乡居民收入年均增长7%。", "过去五年", True),
    ("这三年，我们办成了一批大事。", "过去三年", True),
    ("15年来，园区累计引进项目200个。", "过去五年", False),
    ("近三年来，财政收入稳步增长。", "过去五年", False),
    ("5年来，全县粮食产量稳定在60万吨以上。", "去年", False),
])
def test_a_span_back_is_spoken_by_its_count(text, period, spoken):
    assert spans_back(text, period) is spoken


REPORT = """2026年青禾县人民政府工作报告
各位代表：
一、过去五年工作回顾
5年来，全县地区生产总值由180亿元增加到260亿元，城乡居民人均可支配收入年均增长7.2%。新建改建农村公路860公里，所有行政村通上了硬化路。
二、今后五年的目标任务
今后五年，全县经济社会发展的主要目标是：地区生产总值年均增长6%左右。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("过去五年全县取得了哪些成绩？", "260亿元"),
    ("近5年农村公路修了多少公里？", "860公里"),
])
def test_a_span_back_asked_in_other_numerals_is_answered(ask_of, question, expected):
    answer = ask_of(REPORT)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
