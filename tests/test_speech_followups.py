"""Follow-ups of an answer given speech by speech: "今年的主要目标有哪些" in a library of two
reports is answered for each; "第五个呢" then goes on in each report's own list, and a report
whose list stops short is left out. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

COUNTY = """2026年石桥县人民政府工作报告
一、过去一年工作回顾
过去一年，全县地区生产总值完成142.6亿元，增长6.4%。
二、今年主要目标
今年经济社会发展的主要目标是：一是地区生产总值增长6%左右；二是一般公共预算收入增长5%；三是城镇新增就业3200人以上。
三、今年重点工作
改造老旧小区25个，新建冷链物流中心1个。
"""
CITY = """2026年青川市人民政府工作报告
一、2025年工作回顾
2025年，全市地区生产总值达到2318.7亿元，增长5.1%。
二、2026年主要目标
今年经济社会发展的主要目标是：
（1）地区生产总值增长5.5%左右；
（2）一般公共预算收入增长4%；
（3）固定资产投资增长6%；
（4）社会消费品零售总额增长6%以上；
（5）城镇新增就业5.2万人以上；
（6）居民消费价格涨幅控制在2%左右。
三、2026年主要任务
新建城市书房30个，完成河道清淤86公里。
"""
FLOOD = """在全县防汛抗旱工作会议上的讲话
各位同志：
今年汛期形势复杂，我讲三点意见。
首先，压实防汛责任。各乡镇主要负责同志是第一责任人，汛期实行24小时值班。
其次，排查整治隐患。6月10日前完成全县43座小型水库的安全鉴定。
最后，储备抢险物资。县里新购冲锋舟8艘，编织袋5万条。
"""
FIRST = "今年的主要目标有哪些"


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(COUNTY, "county"), parse_speech(CITY, "city"), parse_speech(FLOOD, "flood")]
    return assistant.variant(index=index_in_memory(docs, encoder)).ask


def test_the_first_question_is_answered_speech_by_speech(ask):
    a = ask(FIRST)
    assert "问题没有指明是哪篇讲话" in a.answer
    assert {c.document for c in a.citations} >= {"county", "city"}


@pytest.mark.parametrize("followup", ["第五个呢", "第5条是啥", "那第五个目标呢"])
def test_an_ordinal_beyond_one_list_goes_on_in_the_list_that_has_it(ask, followup):
    a = ask(followup, [FIRST])
    assert a.answerable
    assert "5.2万人" in a.answer  # the city's fifth target
    assert "只列出了" not in a.answer  # not "the county's list has 3 points"
    assert {c.document for c in a.citations} == {"city"}
    assert "《2026年青川市人民政府工作报告》" in a.answer


@pytest.mark.parametrize("followup", ["第二个呢", "第二条具体说说"])
def test_an_ordinal_both_lists_have_is_answered_in_each(ask, followup):
    a = ask(followup, [FIRST])
    assert "一般公共预算收入增长5%" in a.answer and "一般公共预算收入增长4%" in a.answer
    assert "上一问按篇作答" in a.answer
    county = a.answer.index("《2026年石桥县人民政府工作报告》")
    city = a.answer.index("《2026年青川市人民政府工作报告》")
    # each speech's own second target under its title
    assert (county < a.answer.index("增长5%") < city) or (city < a.answer.index("增长4%") < county)
    assert "增长6%左右" not in a.answer and "增长5.5%左右" not in a.answer  # not the first targets


def test_ordinals_keep_counting_in_each_list_across_turns(ask):
    a = ask("第一个呢", [FIRST, "第二个呢"])
    assert "增长6%左右" in a.answer and "增长5.5%左右" in a.answer
    assert "增长5%" not in a.answer


def test_after_the_list_that_had_it_the_next_ordinal_stays_in_that_speech(ask):
    a = ask("第六个呢", [FIRST, "第五个呢"])
    assert "居民消费价格涨幅控制在2%左右" in a.answer
    assert {c.document for c in a.citations} == {"city"}


def test_a_new_question_after_it_stands_alone(ask):
    a = ask("小型水库安全鉴定什么时候完成", [FIRST])
    assert a.answerable and "6月10日" in a.answer
    assert "上一问按篇作答" not in a.answer
    assert {c.document for c in a.citations} == {"flood"}
