""""为啥定这么多", "目标为什么这么高" after a figure: 这么多/这么高 is the figure just answered, so the
question asks why of it, and gets the reasons the speech gives for that figure. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.question_form import read_question

BEDS = """在全市养老服务推进会上的讲话
同志们：
一、去年工作回顾
去年全市新增养老床位2600张，建成社区养老服务中心28个。
二、今年目标
今年全市新增养老床位3000张，建成社区助餐点150个。提出新增床位3000张的目标，主要考虑：一是全市老年人口年均增加约3.2万人；二是中心城区床位缺口较大；三是一批公建民营项目已具备开业条件。
三、强化保障
市财政安排养老服务专项资金1.8亿元，各区要在7月底前制定实施方案。
"""
GRAIN = """在全县粮食生产工作会议上的讲话
同志们：
一、去年粮食生产情况
去年全县粮食总产量达到41.2万吨，比上年增加1.1万吨。
二、今年的任务
今年全县粮食播种面积稳定在96万亩以上，总产量力争达到43万吨。之所以把产量目标定在43万吨，是因为全县新建高标准农田8万亩已经全部投产，加上新品种推广面积扩大到30万亩，单产还有提升空间。
三、工作要求
各乡镇要在3月底前把播种面积落实到村到户。
"""


@pytest.mark.parametrize("question", ["为啥定这么多", "目标为什么这么高", "凭啥要那么多", "咋定得这么低"])
def test_so_much_refers_to_the_figure_answered(question):
    assert read_question(question).deictic


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(BEDS, "beds"), parse_speech(GRAIN, "grain")]
    variant = assistant.variant(index=index_in_memory(docs, encoder))
    return lambda q, history, doc: variant.ask(q, history, document=doc)


@pytest.mark.parametrize("doc,first,why,reason", [
    ("beds", "今年新增养老床位目标多少", "为啥定这么多", "老年人口年均增加约3.2万人"),
    ("grain", "今年粮食产量要到多少", "为什么定这么高", "新建高标准农田8万亩已经全部投产"),
])
def test_why_so_much_gets_the_reasons_for_that_figure(ask, doc, first, why, reason):
    a = ask(why, [first], doc)
    assert a.answerable and reason in a.answer
