"""A part pointed at by its heading's words and a part word ("规范涉企执法那块都说了些啥", "优化审批流程这部分
讲了什么") is answered from that part, though a passage elsewhere shares more of the question's words: a
problem item "涉企执法还不够规范" ranks above the part's own measures. Texts written here: a speech reposted
from a WeChat account with 【】 headings, and a work plan with （一） headings."""
from __future__ import annotations

import pytest

from index.document import OutlineNode

REPOST = """在全县优化营商环境大会上的讲话

一、正视差距不足

一是审批流程还不够优化。去年企业开办平均仍需2.5个工作日，涉企审批流程优化工作推进缓慢。

二是涉企执法还不够规范。去年受理涉企执法投诉86件，反映多头检查、重复检查、规范执法不到位的占三成，涉企执法规范化亟待加强。

二、聚焦关键环节

【优化审批流程】

全面推行“一窗受理、集成服务”，企业开办时间压缩至1个工作日以内，年底前实现工程建设项目审批“一网通办”。

【规范涉企执法】

推行“综合查一次”改革，由县司法局牵头，对同一企业的多项检查实行“进一次门、查多项事”。对轻微违法行为落实“首违不罚”清单制度。
"""

PLAN = """某区2026年文明城市创建工作方案

一、去年工作回顾

去年全区背街小巷整治推进缓慢，背街小巷整治提升任务只完成了七成，群众对背街小巷整治提升意见较多。

二、今年重点任务

（一）背街小巷整治提升

今年完成42条背街小巷的路面修复和雨污分流，由区城管局牵头，10月底前全部完工。

（二）农贸市场改造升级

完成8个农贸市场的提档升级，实现明码标价、分区经营。
"""


@pytest.mark.parametrize("text, question, kept, dropped", [
    (REPOST, "规范涉企执法那块都说了些啥", "综合查一次", "投诉86件"),
    (REPOST, "规范涉企执法这部分讲了什么", "首违不罚", "投诉86件"),
    (REPOST, "优化审批流程那块说的啥", "一网通办", "2.5个工作日"),
    (PLAN, "背街小巷整治提升那部分讲了啥", "42条", "七成"),
])
def test_the_part_pointed_at_answers(ask_of, text, question, kept, dropped):
    answer = ask_of(text)(question)
    assert kept in answer.answer and dropped not in answer.answer, answer.answer


def _node(title: str) -> OutlineNode:
    return OutlineNode(title=title, path=title, level=2)


@pytest.mark.parametrize("question, title, expected", [
    ("规范涉企执法那块都说了些啥", "【规范涉企执法】", True),
    ("背街小巷整治提升这部分讲了什么", "（一）背街小巷整治提升", True),
    ("产业转型升级那块具体要干哪些事", "（二）加快产业转型升级，增强产业对城市的支撑能力", False),  # not its words
    ("加快产业转型升级那一节讲了啥", "（二）加快产业转型升级，增强产业对城市的支撑能力", True),
    ("规范涉企执法怎么搞", "【规范涉企执法】", False),  # no part word: the ranking decides
    ("总体要求这部分讲了什么", "一、总体要求", True),
    ("要求这部分讲了什么", "三、要求", False),  # too short a title to point at one part
])
def test_what_points_at_a_part(question, title, expected):
    from qa.target_choice import names_part_by_title

    assert names_part_by_title(question, _node(title)) is expected
