"""A detail asked of each item of a list the question counts ("三项重点工程分别由谁牵头", "四个项目各自投资
多少", "两件实事分别什么时候完成"): the list, each item with its own detail, not the one sentence that says
the detail once (the lead-in's "由市财政局牵头设立…资金"). Texts written here."""
from __future__ import annotations

import pytest

from qa.intent import detect_intent

WORKS = """在全市生态环境保护工作会议上的讲话
同志们：
一、推进重点工程
由市财政局牵头设立市级生态修复专项资金，具体管理办法另行制定。今年集中力量抓好以下三项重点工程：
1. 青河湿地修复工程，由河西区政府牵头，年底前完成湿地修复260亩，投资1.2亿元。
2. 园区污水处理厂提标改造工程，由市发展改革委牵头，10月底前完成3座污水厂改造，投资2.5亿元。
3. 危废处置中心扩建工程，由石岭县政府牵头，年底前新增处置能力2万吨/年，投资0.8亿元。
二、加强监管执法
全年检查企业不少于800家次。
"""


@pytest.mark.parametrize("question", ["三项重点工程分别由谁牵头", "三个工程各自投资多少", "两件实事分别什么时候完成",
                                      "这3项工程分别是啥，谁牵头"])
def test_a_detail_of_each_counted_item_asks_the_list(question):
    intent = detect_intent(question)
    assert intent.wants_list and not intent.wants_detail, question


@pytest.mark.parametrize("question", ["三项重点工程总投资多少", "青河湿地修复工程由谁牵头"])
def test_a_detail_of_the_whole_or_of_one_is_no_list(question):
    assert not detect_intent(question).wants_list, question


@pytest.mark.slow
@pytest.mark.parametrize("question, each", [
    ("三项重点工程分别由谁牵头", ("河西区政府", "市发展改革委", "石岭县政府")),
    ("三项重点工程各自投资多少", ("1.2亿元", "2.5亿元", "0.8亿元")),
])
def test_each_item_is_answered_with_its_own_detail(ask_of, question, each):
    answer = ask_of(WORKS)(question)
    assert all(e in answer.answer for e in each), answer.answer
