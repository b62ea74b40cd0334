"""A figure asked of last year in a report whose plan names the same figure many times (nine targets,
then the reasons for the growth target, each a line of its own): the review's figure answers, though
the plan's lines rank above it. Texts written here."""
from __future__ import annotations

import pytest

REPORT = """政府工作报告
——2026年1月10日在青川市第十五届人民代表大会第五次会议上
各位代表：
一、2025年工作回顾
初步核算，全市地区生产总值完成3268.5亿元，增长5.6%；一般公共预算收入完成241.3亿元，增长4.2%。
一年来，我们坚持项目为王，实施重点项目312个，完成投资1046亿元。
二、2026年主要预期目标
今年经济社会发展的主要预期目标是：
（1）地区生产总值增长5.5%左右；
（2）地区生产总值中工业增加值占比稳定在35%左右；
（3）人均地区生产总值增长5%以上；
（4）地区生产总值能耗降低2.5%；
（5）社会消费品零售总额增长6%以上。
把地区生产总值增长目标设定为5.5%左右，主要考虑：
一是地区生产总值增长5.5%左右与全省目标相衔接；
二是地区生产总值增长5.5%左右有项目支撑；
三是地区生产总值增长5.5%左右能稳定就业。
三、2026年重点工作
今年要扎实推进重点项目建设，全年完成投资1100亿元。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["去年GDP多少", "去年地区生产总值是多少", "2025年全市生产总值完成了多少"])
def test_last_years_figure_comes_from_the_review(ask_of, question):
    answer = ask_of(REPORT)(question)
    assert answer.answerable and "3268.5亿元" in answer.answer, answer.answer
