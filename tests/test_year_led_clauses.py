"""A sentence that sets targets for two years, each clause under the year leading it ("到2025年，…
达到45个；到2030年，…全面实现…"): a figure asked of one year is not the other year's figure
(issue 9, class 6: a figure for another year is a near miss). Texts written here."""
from __future__ import annotations

import pytest

WATER = """关于推进城乡供水一体化的实施意见
一、总体目标
到2025年，全省农村自来水普及率达到94%，基本实现城乡供水一体化的县达到45个；到2030年，平原地区和有条件的丘陵地区全面实现城乡供水一体化，农村供水保障水平明显提升。
二、重点任务
加快推进规模化供水工程建设，推动城市管网向农村延伸。
"""

TOWN = """在全镇经济工作会议上的讲话
同志们：
一、今年目标
去年，全镇完成固定资产投资8.6亿元，新办企业12家；今年，全镇要加快培育新的增长点，推动工业园区扩区提质。
二、保障措施
要强化要素保障，优化营商环境。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question", [
    (WATER, "到2030年要有多少个县实现城乡供水一体化"),
    (WATER, "2030年实现城乡供水一体化的县有多少个"),
    (TOWN, "今年全镇要完成多少固定资产投资"),
])
def test_the_other_years_figure_does_not_answer(ask_of, text, question):
    answer = ask_of(text)(question)
    assert not answer.answerable, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question, fact", [
    (WATER, "到2025年要有多少个县实现城乡供水一体化", "45个"),
    (TOWN, "去年全镇完成了多少固定资产投资", "8.6亿元"),
])
def test_the_years_own_figure_still_answers(ask_of, text, question, fact):
    answer = ask_of(text)(question)
    assert answer.answerable and fact in answer.answer, answer.answer
