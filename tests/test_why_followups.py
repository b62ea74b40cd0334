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


REPORT_PARAGRAPHS = """2026年政府工作报告
二、2026年工作安排
今年主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长3%；城镇新增就业2万人。
提出地区生产总值增长6%左右的预期目标，主要考虑：
一是与全省发展目标相衔接；
二是新开工项目多、投资拉动有力，具备支撑条件；
三是为稳就业、防风险留出余地。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text", [REPORT, REPORT_PARAGRAPHS])
@pytest.mark.parametrize("ordinal, point, not_target", [("第二点呢", "具备支撑条件", "一般公共预算收入"),
                                                        ("第三个考虑呢", "防风险", "城镇新增就业")])
def test_a_bare_ordinal_after_the_reasons_counts_in_the_reasons(ask_of, text, ordinal, point, not_target):
    """The reasons listed after "为什么定这个目标" are the list the next ordinal counts in, not the targets
    the chain began with."""
    ask = ask_of(text)
    history = ["今年GDP预期目标定的多少", "为什么定这个目标"]
    answer = ask(ordinal, history=history)
    assert point in answer.answer and not_target not in answer.answer, answer.answer


# The reason said in a sentence, not listed: "…目标设定为7%以上，考虑了…", naming the figure again.
REASON_IN_A_SENTENCE = """某县2026年工作安排
今年全县发展的主要预期目标是：地区生产总值增长7%以上；城镇新增就业3000人以上。
经济增速是综合性指标，今年预期目标设定为7%以上，考虑了新投产项目的拉动作用，有利于引导各方面集中精力抓项目、稳企业。
今年要重点抓好项目建设和民生保障。
"""

REASON_BECAUSE = """在全区民生工作会议上的讲话
今年全区新增城镇就业目标定为1.2万人。之所以定为1.2万人，主要是因为新建的两个产业园将陆续投产，用工需求较大。
同时，要办好十件民生实事。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, first, follow_up, reason", [
    (REASON_IN_A_SENTENCE, "GDP增长目标是多少", "为啥定这个数", "考虑了新投产项目的拉动作用"),
    (REASON_IN_A_SENTENCE, "今年经济增长目标定的多少", "这个目标为什么这么定", "考虑了新投产项目的拉动作用"),
    (REASON_BECAUSE, "今年新增就业目标多少", "为啥定这个数", "用工需求较大"),
])
def test_a_reason_said_in_a_sentence_answers_why(ask_of, text, first, follow_up, reason):
    ask = ask_of(text)
    assert ask(first).answerable
    answer = ask(follow_up, history=[first])
    assert answer.answerable and reason in answer.answer, answer.answer
