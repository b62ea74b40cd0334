"""A term in Latin letters is the same term in any case: a question is read lower-cased ("pm10"),
while a speech writes PM10, GDP, 5G, CPI as it likes. A figure asked of such a term is found in
the sentence or table row that holds it, not declined as missing. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.word_credit import credit, said

AIR = """在全县大气污染防治工作会议上的讲话
（2025年2月12日）
同志们：
一、去年工作回顾
去年全县空气质量持续改善，主要指标完成情况和今年目标见下表。
指标 | 2024年目标 | 2024年完成 | 2025年目标
PM2.5平均浓度（微克/立方米） | 35.0 | 33.2 | 32.0
PM10平均浓度（微克/立方米） | 60.0 | 57.4 | 56.0
优良天数比例（%） | 80.0 | 83.1 | 84.0
二、今年任务
今年完成8家企业深度治理，淘汰老旧柴油货车600辆。
"""
DIGITAL = """在全市数字经济发展大会上的讲话
同志们：
一、发展基础
去年全市新建5G基站3200个，数字经济核心产业增加值占GDP比重达到9.1%。
二、今年目标
今年新建5G基站2500个，建成IPv6示范园区3个，CPI涨幅控制在2%左右。
"""


@pytest.mark.parametrize("word,text", [("pm10", "PM10平均浓度"), ("gdp", "占GDP比重"), ("5g", "新建5G基站"),
                                       ("ipv6", "建成IPv6示范园区")])
def test_a_latin_term_is_said_in_any_case(word, text):
    assert said(word, text) and credit(word, text) == 1.0


def test_a_chinese_word_is_untouched():
    assert not said("基站", "新建5G站点")


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(AIR, "air"), parse_speech(DIGITAL, "digital")]
    variant = assistant.variant(index=index_in_memory(docs, encoder))
    return lambda q, doc: variant.ask(q, [], document=doc)


@pytest.mark.parametrize("doc,question,figure", [
    ("air", "PM10去年完成多少", "57.4"),
    ("air", "pm10今年目标多少", "56.0"),
    ("digital", "去年5g基站建了多少个", "3200个"),
    ("digital", "ipv6示范园区今年建几个", "3个"),
])
def test_a_figure_of_a_latin_term_is_answered(ask, doc, question, figure):
    a = ask(question, doc)
    assert a.answerable and figure in a.answer
