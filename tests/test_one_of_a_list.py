"""One item of an announced list asked by its words ("民生实事里关于养老的是哪一项", "停车泊位是第几件实事")
is that item alone, not the list; "有哪几件" still asks the list. Texts written here."""
from __future__ import annotations

import pytest

REPORT = """2026年县政府工作报告
三、2026年重点工作
今年将继续办好十件民生实事：一是新改建农村公路120公里；二是新增城镇公办学位2000个；三是改造老旧小区30个；四是新建社区嵌入式养老服务中心5个；五是新建城市停车泊位3000个；六是完成农村供水管网改造500公里；七是建设口袋公园15个；八是开展免费“两癌”筛查2万人次；九是新增普惠托位600个；十是为65岁以上老年人免费体检5万人次。
"""

PLAN = """全市商务工作要点
一、主要任务
全年重点推进以下工作：
（一）稳住外贸基本盘，全年进出口总额增长5%；
（二）培育跨境电商新业态，新建公共海外仓3个；
（三）扩大消费，打造夜间经济集聚区10个；
（四）稳外资，实际使用外资12亿美元以上。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, item, not_item", [
    (REPORT, "民生实事里关于养老的是哪一项", "养老服务中心5个", "农村公路"),
    (REPORT, "哪一件实事是关于托位的", "普惠托位600个", "养老服务中心"),
    (PLAN, "夜间经济是哪一项工作", "夜间经济集聚区10个", "海外仓"),
    (REPORT, "口袋公园是第几件实事", "口袋公园15个", "停车泊位"),
    (PLAN, "跨境电商是哪一项任务", "公共海外仓3个", "夜间经济"),
])
def test_one_item_asked_by_its_words(ask_of, text, question, item, not_item):
    answer = ask_of(text)(question)
    assert item in answer.answer and not_item not in answer.answer, answer.answer


@pytest.mark.slow
def test_which_ones_asks_the_list(ask_of):
    answer = ask_of(REPORT)("民生实事有哪几件")
    assert "农村公路" in answer.answer and "免费体检" in answer.answer, answer.answer
