"""A follow-up asking why of the last answer ("为啥定这个数", "为什么？", "这个指标为什么这么定") gets
the reasons the text gives right after it ("提出…的预期目标，主要考虑：一是…"), not the answer again
or unrelated sentences; "这个数" refers back like "这一条". An ordinal of a list of reasons
("第二点理由呢") still picks that point. Texts written here."""
from __future__ import annotations

import pytest

REPORT = """2026年政府工作报告
一、2025年工作回顾
全年实现地区生产总值1856.2亿元，增长5.6%。
二、2026年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长4%。
提出地区生产总值增长5.5%左右的预期目标，主要考虑：一是与规划目标相衔接；二是重大项目储备充足，具备支撑条件；三是兼顾了稳就业、增收入、防风险的需要。
实现这一目标，需要付出艰苦努力。
三、深入分析存在问题的原因
问题产生的原因主要有三个方面。其一，理想信念有所动摇。其二，担当精神不够强。其三，制度执行不够严。
"""


@pytest.mark.slow
@pytest.mark.parametrize("follow_up", ["为啥定这个数", "为什么？", "这个指标为什么这么定"])
def test_why_of_the_last_answer_is_its_reasons(ask_of, follow_up):
    ask = ask_of(REPORT)
    first = "今年GDP增长目标定了多少？"
    assert "5.5%左右" in ask(first).answer
    answer = ask(follow_up, history=[first])
    assert answer.answerable and "与规划目标相衔接" in answer.answer and "重大项目储备充足" in answer.answer, answer.answer


@pytest.mark.slow
def test_an_ordinal_of_reasons_picks_the_point(ask_of):
    ask = ask_of(REPORT)
    history = ["今年GDP增长目标定了多少？", "为啥定这个数"]
    answer = ask("第二点理由呢？", history=history)
    assert "重大项目储备充足" in answer.answer and "担当精神" not in answer.answer, answer.answer
