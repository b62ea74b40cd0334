"""A follow-up asking who does the item just shown or by when ("这个谁负责", "啥时候干完") when the
item's own text does not say it: the plan says it elsewhere (a table of lead units and deadlines,
a paragraph on the division of work), and that is the answer, not the item quoted again. Where the
item's own line says it, it stays on the item. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

WATER = """在全镇农村饮水安全工作会议上的讲话
同志们：
一、今年重点抓好四项工作
（一）改造老旧管网。今年要更换老旧主管网18公里，入户支管改造1200户。
（二）加强水质监测。每个村的供水点每季度至少检测一次。
（三）建立专业管护队伍。组建3支专业维修队，群众报修后24小时内到场。
二、强化保障措施
任务 | 牵头单位 | 完成时限
老旧管网改造 | 镇水务站 | 2026年10月底前
水质监测 | 镇卫生院 | 每季度
专业管护队伍 | 镇农业服务中心 | 2026年6月底前
"""
ROADS = """在全县农村公路建设推进会上的讲话
同志们：
一、今年的任务
一是新改建农村公路。全年新改建农村公路120公里，重点打通断头路15条。
二是实施危桥改造。改造危桥8座，确保汛期前主体完工。
二、分工安排
新改建农村公路由县交通运输局牵头，各乡镇配合，年底前全部完成。危桥改造由县公路中心负责，5月底前完成主体工程。
"""
OWN_LINE = """在全区背街小巷整治推进会上的讲话
同志们：
一、重点任务
（一）整治背街小巷。今年整治背街小巷40条，由区城管局牵头，9月底前完成。
（二）增设停车泊位。新增公共停车泊位2000个。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(WATER, "water"), parse_speech(ROADS, "roads"), parse_speech(OWN_LINE, "lanes")]
    variant = assistant.variant(index=index_in_memory(docs, encoder))
    return lambda q, history, doc: variant.ask(q, history, document=doc)


@pytest.mark.parametrize("doc,history,question,expected", [
    ("water", ["今年重点抓好哪四项工作", "第一个呢"], "这个谁负责", "镇水务站"),
    ("water", ["今年重点抓好哪四项工作", "第二个呢"], "这个哪个单位牵头", "镇卫生院"),
    ("roads", ["今年有哪些任务", "第二个呢"], "这个谁负责", "县公路中心"),
    ("roads", ["今年有哪些任务", "第一个呢"], "什么时候完成", "年底前全部完成"),
])
def test_the_field_is_found_where_the_plan_says_it(ask, doc, history, question, expected):
    a = ask(question, history, doc)
    assert a.answerable and expected in a.answer


def test_an_item_that_says_it_stays_on_the_item(ask):
    a = ask("这个谁负责", ["有哪些重点任务", "第一个呢"], "lanes")
    assert a.answerable and "区城管局" in a.answer
