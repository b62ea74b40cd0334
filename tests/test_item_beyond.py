"""A follow-up asking of one item what the item's text does not say ("它的收集容器是什么颜色" after the third
class of waste was shown) is searched as written of that item, not answered with the item again; a detail
of the item itself ("这个由谁牵头", "第二项具体怎么做") stays on it. Texts written here."""
from __future__ import annotations

import pytest

RULES = """某市生活垃圾分类管理办法
第一条　为了规范生活垃圾分类管理，制定本办法。
第二条　本市生活垃圾分为以下四类：
（一）可回收物，是指适宜回收利用的生活垃圾；
（二）有害垃圾，是指对人体健康造成危害的生活垃圾；
（三）厨余垃圾，是指易腐烂的、含有机质的生活垃圾；
（四）其他垃圾，是指除上述三类以外的生活垃圾。
第三条　生活垃圾分类收集容器的颜色按照下列规定设置：
（一）可回收物收集容器为蓝色；
（二）有害垃圾收集容器为红色；
（三）厨余垃圾收集容器为绿色；
（四）其他垃圾收集容器为灰色。
第四条　厨余垃圾应当由市城市管理局指定的单位每日收运。
"""

PLAN = """全县冬季供暖保障工作方案
一、主要任务
（一）开展管网排查。对老旧供热管网逐段排查，建立问题清单。牵头单位：县住建局；完成时限：10月底前。
（二）储备应急燃料。储备应急煤炭2万吨，确保极寒天气供应。牵头单位：县发展改革局；完成时限：11月15日前。
二、保障措施
县供热办每周调度一次进展情况。供热投诉统一由12345热线受理。
"""


@pytest.mark.slow
def test_a_new_attribute_of_an_item_is_searched(ask_of):
    ask = ask_of(RULES)
    history = ["生活垃圾分成几类", "第三类是什么"]
    answer = ask("它的收集容器是什么颜色", history)
    assert "绿色" in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("followup, expected", [("这个由谁牵头", "县发展改革局"), ("什么时候完成", "11月15日前")])
def test_a_detail_of_the_item_stays_on_it(ask_of, followup, expected):
    ask = ask_of(PLAN)
    answer = ask(followup, ["主要任务有哪些", "第二项呢"])
    assert expected in answer.answer and "县住建局" not in answer.answer, answer.answer
