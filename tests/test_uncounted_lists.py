"""A count of items a text lists without writing their number ("列了几个部门的分工" of "…按照下列分工：" and
its （一）…（五）; "李某某强调了几个“要”" of "李某某强调，" and its 一要…四要) is answered by the list, counted,
not declined for want of a written figure. A figure the text writes still answers; sentences with no
numbers lead nothing to count. Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked
from qa.item_counts import counts_items

RULES = """某市餐厨废弃物管理办法
第一章 总则
第四条 市城市管理部门是本市餐厨废弃物管理的主管部门。
第六条 其他有关部门按照下列职责做好相关工作：
（一）市场监管部门负责餐饮服务单位食品安全的监督检查；
（二）生态环境部门负责餐厨废弃物处置污染防治的监督管理；
（三）农业农村部门负责禁止使用餐厨废弃物饲喂畜禽的监督；
（四）公安机关负责查处非法收运餐厨废弃物的违法行为；
（五）商务部门负责推动餐饮企业落实减量措施。
第七条 餐饮服务单位应当设置专用收集容器。
"""

NEWS = """全县项目建设推进会召开
11月5日，全县项目建设推进会召开。县委书记李某某出席会议并讲话。
李某某强调，
一要紧盯目标抓进度，倒排工期，确保年度任务按期完成；
二要聚焦要素强保障，及时协调用地、资金等难题；
三要优化服务解难题，落实项目专员制度；
四要压实责任严督查，每月通报一次进展情况。
会议还通报了全县新建成3个产业园的情况：东区产业园、西区产业园和北区产业园均已投用。
"""

PLAIN = """全镇春耕工作会议讲话
今年要重点做好以下工作。要抓好种子储备，确保供应充足。要抓好农机检修，确保机具完好。要抓好技术指导，确保科学种田。
"""


@pytest.mark.parametrize("question, counts", [("列了几个部门的职责", True), ("一共有几个部门", True),
                                              ("李某某强调了几个“要”", True), ("罚款多少钱", False),
                                              ("全县有多少人参加", False)])
def test_which_questions_count_items(question, counts):
    assert counts_items(asked(question)) is counts


@pytest.mark.slow
@pytest.mark.parametrize("text, question, count, first", [
    (RULES, "第六条列了几个部门的职责", "5项", "市场监管部门"),
    (RULES, "有几个部门按照下列职责做好相关工作", "5项", "商务部门"),
    (NEWS, "李某某强调了几个“要”", "4项", "一要紧盯目标抓进度"),
    (NEWS, "李某某在讲话中强调了几个要", "4项", "四要压实责任严督查"),
])
def test_a_list_without_its_number_is_counted(ask_of, text, question, count, first):
    answer = ask_of(text)(question)
    assert answer.answerable and f"文中列出{count}" in answer.answer and first in answer.answer, answer.answer
    assert len(answer.citations) >= 4


@pytest.mark.slow
def test_a_written_figure_still_answers(ask_of):
    answer = ask_of(NEWS)("全县新建成了几个产业园")
    assert answer.answerable and "3个产业园" in answer.answer and "文中列出" not in answer.answer, answer.answer


@pytest.mark.slow
def test_plain_sentences_are_no_list_to_count(ask_of):
    answer = ask_of(PLAIN)("今年要做好几项工作")
    assert "文中列出" not in answer.answer, answer.answer


PRINCIPLES = """关于深化政务服务改革的实施方案
一、基本原则
推进改革必须坚持以下原则：
1. 坚持需求导向。以企业和群众办事需求为出发点。
2. 坚持依法规范。严格依照法定权限和程序办理。
3. 坚持协同联动。推动跨部门、跨层级业务协同办理。
4. 坚持务求实效。以群众满意度检验改革成效。
二、主要任务
推行“一件事一次办”，年内上线集成服务场景20个。
"""


@pytest.mark.parametrize("question, both", [("基本原则有几条？第三条是什么？", True), ("一共几项原则，第二项讲的啥", True),
                                           ("第三条有几项要求", False), ("第二条是什么", False)])
def test_a_count_asked_before_an_ordinal(question, both):
    from qa.item_counts import count_before_ordinal
    assert count_before_ordinal(question) is both


@pytest.mark.slow
@pytest.mark.parametrize("question, count, item", [("基本原则有几条？第三条是什么？", "4项", "坚持协同联动"),
                                                   ("原则一共几项，第二项讲的啥", "4项", "坚持依法规范")])
def test_the_count_then_the_item_asked(ask_of, question, count, item):
    answer = ask_of(PRINCIPLES)(question)
    assert answer.answerable and f"文中列出{count}" in answer.answer and item in answer.answer, answer.answer
    assert "坚持务求实效" not in answer.answer


@pytest.mark.slow
def test_an_item_asked_alone_is_not_counted(ask_of):
    answer = ask_of(PRINCIPLES)("基本原则第三条是什么")
    assert "坚持协同联动" in answer.answer and "文中列出" not in answer.answer, answer.answer
