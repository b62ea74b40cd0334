"""A point added after a list's last one with 此外/另外, in the last point's paragraph or in the next
("最后，行业吸引力不足。…此外，农村养老服务发展缺乏系统规划…"): a list answer shows it as one more
point. Texts written here, three wordings; a list with no such sentence gains nothing."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TEXTS = [
    ("""关于全县农村供水情况的调研报告
四、原因分析
究其原因，主要有以下几点：
首先，投入渠道单一。供水工程主要依靠上级补助，县级配套能力弱。
其次，管护机制不健全。村级管水员报酬低，流动性大。
最后，水价形成机制不合理。多数村水费收缴率不足六成，难以维持运行。此外，部分工程建设标准偏低，管网老化问题突出。
五、对策建议
要加大投入。
""", "问题产生的原因有哪几点", "部分工程建设标准偏低"),
    ("""在全区经济工作会议上的讲话
一、正视问题
在肯定成绩的同时，也要看到存在的问题，主要表现在：
1.产业层次不高
传统产业占比超过六成。
2.创新能力不强
研发投入强度只有1.2%。
3.要素保障偏紧
新增建设用地指标缺口较大。
另外，少数干部担当精神不足，遇到难题绕着走。
二、今年的目标
地区生产总值增长6%。
""", "存在哪些问题", "少数干部担当精神不足"),
    ("""在全市招商引资工作会议上的讲话
一、去年工作的主要体会
回顾去年的工作，我们有几点体会：
一是必须坚持产业链招商，围绕主导产业补链强链。
二是必须坚持以商招商，发挥在谈企业的牵线作用。
三是必须坚持优化服务，做到有求必应、无事不扰。除此之外，还要坚持一把手抓招商，主要领导带头外出招商。
二、今年的重点工作
新引进亿元项目60个。
""", "有哪几点体会", "一把手抓招商"),
]


@pytest.mark.parametrize("text, question, added", TEXTS)
def test_a_point_added_after_the_last_is_listed(ask_of, text, question, added):
    answer = ask_of(text, "added")(question)
    assert answer.answerable and added in answer.answer, answer.answer


def test_a_list_without_one_gains_nothing(ask_of):
    text = TEXTS[0][0].replace("此外，部分工程建设标准偏低，管网老化问题突出。", "")
    answer = ask_of(text, "plain")("问题产生的原因有哪几点")
    assert "水价形成机制不合理" in answer.answer and "4." not in answer.answer, answer.answer
