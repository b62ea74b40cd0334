"""A total asked with no subject of its own ("总共花多少钱", "一共投了多少钱", "总投资多少") after a
question about one piece of work asks the total of that work, not any money sentence of the speech.
Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.bare_asks import names_no_subject

VILLAGE = """在全乡人居环境整治工作会议上的讲话
同志们：
一、突出重点
（一）推进污水治理。今年全乡9个村的生活污水治理由乡建设办牵头，乡环保站配合。9个村污水治理项目总投资2700万元，10月底前全部完工。
（二）抓好垃圾治理。每个村配备保洁员不少于2名，乡财政每年安排保洁经费180万元。
（三）整治危旧房屋。今年完成危房改造38户，拆除重建的每户补助2.5万元。
二、狠抓落实
各村党支部书记是第一责任人，乡里实行月检查、季评比。
"""
CITY = """在全市城市更新工作推进会上的讲话
同志们：
一、今年任务
一是改造老旧小区。全年改造老旧小区46个，由市住建局牵头，概算投资共计9.2亿元。二是建设口袋公园。新建口袋公园30个，每个补助20万元。三是更新雨污管网。改造管网85公里，市城管局负责。
二、保障措施
市财政设立城市更新引导资金5亿元，各区要在4月底前报送项目清单。
"""


@pytest.mark.parametrize("question", ["总共花多少钱", "一共投了多少钱", "总投资多少", "合计要多少钱"])
def test_a_total_asked_bare_names_no_subject(question):
    assert names_no_subject(question, "污水治理谁来牵头")


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(VILLAGE, "village"), parse_speech(CITY, "city")]
    variant = assistant.variant(index=index_in_memory(docs, encoder))
    return lambda q, history, doc: variant.ask(q, history, document=doc)


@pytest.mark.parametrize("doc,first,total,figure,other", [
    ("village", "污水治理谁来牵头", "总共花多少钱", "2700万元", "180万元"),
    ("village", "污水治理啥时候完工", "一共投了多少钱", "2700万元", "2.5万元"),
    ("city", "老旧小区改造谁牵头", "总投资多少", "9.2亿元", "5亿元"),
])
def test_the_total_is_of_the_work_just_asked(ask, doc, first, total, figure, other):
    a = ask(total, [first], doc)
    assert a.answerable and figure in a.answer
    assert other not in a.answer
