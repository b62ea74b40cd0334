"""A term renamed in official use is asked by either name (issue 9, class 6): 市场主体 has been
written 经营主体 since 2023, so a user's "新增市场主体" (or an English "new market entities") is
the text's "新设经营主体", and the other way round. Texts written here."""
from __future__ import annotations

import pytest

from qa.everyday_words import official_words

NEW_NAME = """在全市优化营商环境大会上的讲话
同志们：
一、过去一年工作回顾
2025年，全市持续深化“放管服”改革。全年新设经营主体4.3万户，同比增长9.6%，经营主体总量达到38万户。
政务服务事项网上可办率达到98%。
二、今年重点任务
今年要推进“高效办成一件事”扩面增效，新增重点事项20个。
"""

OLD_NAME = """在全县民营经济发展大会上的讲话
同志们：
一、发展成效
去年全县新登记市场主体6200户，其中企业1850户，个体工商户4350户。
二、下一步工作
要落实好惠企政策，全年为企业减负3亿元以上。
"""


@pytest.mark.parametrize("word, other", [("市场主体", "经营主体"), ("经营主体", "市场主体")])
def test_either_name_brings_the_other(word, other):
    assert other in official_words(f"去年新增{word}多少户")


@pytest.mark.slow
@pytest.mark.parametrize("text, question, fact", [
    (NEW_NAME, "去年新增市场主体多少户", "4.3万户"),
    (NEW_NAME, "市场主体总量有多少", "38万户"),
    (NEW_NAME, "How many new market entities were registered in 2025?", "4.3万户"),
    (OLD_NAME, "去年新增经营主体多少户", "6200户"),
    (OLD_NAME, "去年新登记的经营主体有多少户", "6200户"),
])
def test_a_figure_asked_by_the_other_name_is_answered(ask_of, text, question, fact):
    answer = ask_of(text)(question)
    assert answer.answerable and fact in answer.answer, answer.answer
