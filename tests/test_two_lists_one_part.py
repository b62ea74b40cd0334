"""A part that lists the year's results as 一是…三是 and then its problems under sub-headings
(issue 9, class 2: the question's topic, not the heading naming both, picks the list). Texts
written here, in three wordings of the framing: summed up (这些成绩来之不易 / 以上成效), and the
problems announced after a turn (在看到成绩的同时 / 但是 / 不过)."""
from __future__ import annotations

import pytest

SUMMED_UP = """在全区2026年商务工作会议上的讲话
同志们：
一、正视成绩，看清不足
过去一年，全区商务系统迎难而上，各项工作稳中有进。
一是消费市场回暖。社会消费品零售总额达到96亿元，增长7.1%。
二是外贸逆势增长。进出口总额完成41亿元，增长5.6%。
三是招商成果丰硕。新引进亿元以上项目23个。
这些成绩来之不易，凝聚着全系统干部职工的心血。
在看到成绩的同时，也要清醒认识到，我们的工作还有不少差距，主要是：
（一）消费新场景不多
夜间经济、首店经济发展滞后，缺少有影响力的商圈。
（二）外贸主体偏少
有进出口实绩的企业只有86家，抗风险能力弱。
（三）项目落地偏慢
去年签约项目开工率不到六成。
二、明确重点，狠抓落实
（一）促消费
全年举办促消费活动50场以上。
（二）稳外贸
新增外贸实绩企业15家。
"""

LEAD_IN = """在全市2026年文化旅游工作会议上的讲话
同志们：
一、成绩与不足
去年全市文化旅游工作取得了明显成效。
一是游客人数创新高，全年接待游客2860万人次。
二是旅游收入较快增长，实现旅游总收入312亿元。
三是品牌创建有突破，新增国家4A级景区3家。
不过，成绩面前我们还要看到，全市旅游业仍有不少短板：
1.景区同质化严重
多数景区仍以观光为主，游客停留时间短。
2.配套服务跟不上
旺季停车难、如厕难问题突出。
二、今年的重点工作
（一）做强景区
推动2家景区创建5A级景区。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, listed, not_shown", [
    # the results asked: the points, not the problems' sub-headings
    (SUMMED_UP, "去年取得了哪些成绩", ["消费市场回暖", "外贸逆势增长", "招商成果丰硕"], "消费新场景不多"),
    (SUMMED_UP, "去年成绩讲了几个方面", ["消费市场回暖", "招商成果丰硕"], "外贸主体偏少"),
    (SUMMED_UP, "What has the district achieved over the past year?", ["消费市场回暖", "招商成果丰硕"], "项目落地偏慢"),
    (LEAD_IN, "What were the city's tourism accomplishments last year?", ["游客人数创新高"], "景区同质化严重"),
    (LEAD_IN, "去年有哪些成效", ["游客人数创新高", "旅游收入较快增长", "品牌创建有突破"], "景区同质化严重"),
    (LEAD_IN, "文旅工作去年成绩怎么样", ["游客人数创新高", "品牌创建有突破"], "配套服务跟不上"),
    # the problems asked: still the sub-headings
    (SUMMED_UP, "主要存在哪些差距", ["消费新场景不多", "外贸主体偏少", "项目落地偏慢"], "消费市场回暖"),
    (LEAD_IN, "还有哪些短板", ["景区同质化严重", "配套服务跟不上"], "游客人数创新高"),
])
def test_the_topic_asked_picks_the_list(ask_of, text, question, listed, not_shown):
    answer = ask_of(text)(question)
    assert answer.answerable and all(p in answer.answer for p in listed), answer.answer
    assert not_shown not in answer.answer, answer.answer


@pytest.mark.slow
def test_an_ordinal_after_the_results_is_a_result(ask_of):
    answer = ask_of(SUMMED_UP)("第三个呢", ["去年成绩有几个方面"])
    assert "招商成果丰硕" in answer.answer and "项目落地偏慢" not in answer.answer, answer.answer


# A part titled by its topic alone, whose opening paragraph gives a target's reasons as 一是…三是
# before the sub-headings that are its tasks: those sub-headings are what it lists.
TARGET_REASONS = """政府工作报告
一、过去一年工作回顾
全年地区生产总值增长6.1%。
二、今年工作安排
今年是规划开局之年，要全面落实市委经济工作会议的各项部署。
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。提出这一目标，主要考虑：一是与中长期规划目标相衔接；二是重大项目储备充足，具备支撑条件；三是兼顾稳就业、防风险的需要。同时要看到，稳增长的任务依然艰巨。重点抓好以下三个方面工作：
（一）着力扩大有效需求
全年实施重点项目320个，完成投资860亿元。
（二）着力发展先进制造业
新增规上工业企业120家。
（三）着力保障和改善民生
城镇新增就业4.5万人。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["今年重点工作有哪几项？", "今年的工作安排有哪些", "今年主要部署了哪些任务"])
def test_a_part_titled_by_its_topic_lists_its_sub_headings(ask_of, question):
    answer = ask_of(TARGET_REASONS)(question)
    for title in ("着力扩大有效需求", "着力发展先进制造业", "着力保障和改善民生"):
        assert title in answer.answer, answer.answer
    assert "具备支撑条件" not in answer.answer, answer.answer
