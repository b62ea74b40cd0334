"""A report named by its place ("澜川市政府工作报告"), its congress's session ("第十五届人大"), or its
level and year ("县里2026年政府工作报告"), in a library of several government reports. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.documents import place_names, years_named

COUNTY = """政府工作报告
——2026年1月15日在青禾县第十八届人民代表大会第五次会议上
各位代表：
一、2025年工作回顾
全县粮食总产量达到36.2万吨，城镇新增就业4100人。
二、2026年主要目标
粮食总产量稳定在37万吨以上，城镇新增就业4000人以上，地区生产总值增长6%左右。
"""
CITY = """2025年政府工作报告
——2026年1月18日在澜川市第十届人民代表大会第五次会议上
各位代表：
一、2025年工作回顾
全市粮食产量达到94.8万吨，城镇新增就业6.3万人。
二、2026年主要目标
粮食产量稳定在95万吨以上，城镇新增就业6万人以上，地区生产总值增长5.5%左右。
"""
OTHER_CITY = """政府工作报告
——2026年1月10日在石州市第十五届人民代表大会第五次会议上
各位代表：
二、2026年主要目标
地区生产总值增长5%左右，城镇新增就业5.2万人以上，粮食产量稳定在120万吨。
"""
NATIONAL = """2021年政府工作报告
各位代表：
今年发展主要预期目标是：国内生产总值增长6%以上；城镇新增就业1100万人以上；粮食产量保持在1.3万亿斤以上。
"""
PRESS = """某县2026年春耕生产新闻发布会
今年全县粮食播种面积稳定在52万亩以上，粮食总产量力争达到37万吨。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(t, n) for n, t in (("county", COUNTY), ("city", CITY), ("other_city", OTHER_CITY),
                                              ("national", NATIONAL), ("press", PRESS))]
    return assistant.variant(index=index_in_memory(docs, encoder)).ask


def _docs(a):
    return {c.document for c in a.citations}


@pytest.mark.parametrize("question", ["澜川市政府工作报告里城镇新增就业目标是多少", "澜川市的政府工作报告说今年新增就业多少人"])
def test_a_report_named_by_its_place(ask, question):
    a = ask(question)
    assert _docs(a) == {"city"} and "6万人以上" in a.answer


def test_a_report_named_by_its_session(ask):
    a = ask("第十五届人大五次会议的政府工作报告里GDP增长目标是多少")
    assert _docs(a) == {"other_city"} and "5%左右" in a.answer


@pytest.mark.parametrize("question", ["县里2026年政府工作报告定的粮食总产量目标是多少", "咱们县2026年政府工作报告里粮食总产量目标"])
def test_a_report_named_by_its_level_and_year(ask, question):
    a = ask(question)
    assert _docs(a) == {"county"} and "37万吨以上" in a.answer


def test_the_year_of_a_fact_names_no_text():
    assert years_named("县里2026年政府工作报告定的目标") == ["2026年"]
    assert years_named("全县2025年粮食产量多少") == []


def test_a_place_before_its_government_is_a_place():
    assert "澜川市" in place_names("澜川市政府工作报告")
    assert not place_names("市政工程")
