"""A value asked against a tiered standard ("18万的车能补多少" of "15万元（含）—20万元 | 5000元/辆"): the row
whose bracket holds it answers, and a value no bracket holds is declined. Texts written here: a
price table, an age list and an area list, each in its own wording."""
from __future__ import annotations

import pytest

from qa.range_rows import Bracket, bracket_of, stated_value

CARS = """《某市新能源汽车购车补贴》政策解读
一、补贴标准是多少？
按照车辆价格分档补贴，具体标准如下：
| 车辆价格区间 | 补贴标准 |
| --- | --- |
| 10万元（含）—15万元 | 3000元/辆 |
| 15万元（含）—20万元 | 5000元/辆 |
| 20万元（含）—30万元 | 6500元/辆 |
| 30万元（含）以上 | 8000元/辆 |
二、怎样申请？
消费者通过“某市商务”公众号在线申请。
三、旧车置换还有额外补贴吗？
有。报废本人名下旧车并购买新能源乘用车的，再给予置换补贴。
"""

ELDERS = """关于发放高龄津贴的通知
一、发放标准
高龄津贴按年龄分档发放：
1.80—89周岁：每人每月100元；
2.90—99周岁：每人每月300元；
3.100周岁以上：每人每月600元。
二、发放方式
津贴按月打入老人社保卡。
"""

FARMS = """全县家庭农场奖补办法解读
一、奖补标准
对经营规模不同的家庭农场分档奖补：
（一）经营面积50亩（含）至100亩的，每个农场奖补1万元；
（二）经营面积100亩（含）至300亩的，每个农场奖补2万元；
（三）经营面积300亩（含）以上的，每个农场奖补3万元。
二、申报时间
每年3月底前申报。
"""


@pytest.mark.parametrize("cell, bracket", [
    ("15万元（含）—20万元", Bracket(150000, 200000, "元")), ("10—15万元", Bracket(100000, 150000, "元")),
    ("30万元（含）以上", Bracket(300000, float("inf"), "元")), ("不足10万元", Bracket(float("-inf"), 100000, "元")),
    ("80—89周岁", Bracket(80, 89, "周岁")), ("经营面积50亩（含）至100亩的", Bracket(50, 100, "亩")),
    ("全县共有小型水库58座", None), ("2025年工作总结", None),
])
def test_a_rows_bracket_is_read(cell, bracket):
    assert bracket_of(cell) == bracket


@pytest.mark.parametrize("question, value", [
    ("18万的车能补多少", (180000, "")), ("25万块钱的车补贴多少", (250000, "元")), ("85岁的老人每月发多少", (85, "周岁")),
    ("2025年补贴标准是多少", None), ("补贴标准是多少", None), ("18万的车是哪天买的", None),
    ("售价2000元到5000元的补贴多少", None), ("30万元以上的车补多少", None),  # a bracket named, not a value
    # in English: a sum in yuan (grouped by commas, or in thousands), not a year
    ("How much is the subsidy for a car priced at 180,000 yuan?", (180000, "元")),
    ("What subsidy does a 150,000-yuan car get?", (150000, "元")), ("How much for a 250k RMB car?", (250000, "元")),
    ("How much was the subsidy in 2025?", None), ("How much is the subsidy?", None),
])
def test_the_value_a_question_states(question, value):
    assert stated_value(question) == value


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said, not_said", [
    (CARS, "18万的车能补多少", "5000元", "3000元"), (CARS, "买个12万元的车能补几千", "3000元", "8000元"),
    (CARS, "20万的车呢，补多少", "6500元", "5000元"), (CARS, "50万的豪车有补贴吗", "8000元", "6500元"),
    (ELDERS, "家里老人92岁，每月能领多少", "300元", "100元"), (ELDERS, "85岁的老人每月发多少", "100元", "600元"),
    (FARMS, "我家农场120亩能奖补多少", "2万元", "1万元"),
    (CARS, "How much is the subsidy for a car priced at 180,000 yuan?", "5000元", "3000元"),
])
def test_the_row_holding_the_value_answers(ask_of, text, question, said, not_said):
    answer = ask_of(text, "scale")(question)
    assert answer.answerable and said in answer.answer and not_said not in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question", [
    (CARS, "8万块的车有补贴吗"), (ELDERS, "75岁的老人每月能领多少"), (FARMS, "30亩的农场奖补多少"),
    (CARS, "8万块钱的车有没有补贴"),  # a heading asking whether ("还有额外补贴吗") does not hide the table
])
def test_a_value_no_bracket_holds_is_declined(ask_of, text, question):
    answer = ask_of(text, "scale")(question)
    assert not answer.answerable and "不在其中任何一档" in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected, other", [
    (CARS, "20万元（含）—30万元的补多少钱", "6500元/辆", "5000元/辆"),
    (FARMS, "经营面积100亩（含）至300亩的奖补多少", "2万元", "奖补1万元"),
    (ELDERS, "100周岁以上每月发多少", "600元", "100元"),
])
def test_a_bracket_named_gets_its_own_row_alone(ask_of, text, question, expected, other):
    """A question naming a row's own bracket is answered by that row; another beside it, sharing a bound
    or a number (20万元, 100亩, "1.80—89周岁" against "3.100周岁以上"), is not quoted with it."""
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer and other not in answer.answer, answer.answer
