"""Asked why the problems arose ("为啥会出现这些问题", "这些短板的原因是什么"), the answer is the
sentence that gives their cause ("究其原因，…", "问题的根源在于…"), not the list of problems again.
Texts written here, in two wordings of a speech's part on 短板."""
from __future__ import annotations

import pytest

from qa.intent import detect_intent

CAUSE_AFTER_LIST = """在全县优化营商环境大会上的讲话
同志们：
一、正视短板，增强紧迫感
我县营商环境还存在不少短板，主要表现在三个方面：
第一，项目储备不足。10亿元以上在建项目仅有4个。
第二，要素保障不力。全县批而未供土地还有1860亩。
第三，政务服务有温差。一些部门改革上热下冷。
究其原因，根本在于一些部门对营商环境认识不深，一些改革举措停留在文件上，懂产业、会招商的干部不够多。
二、突出重点，抓好四项工作
要全力打好项目建设攻坚战。
"""
ROOT_WORDING = CAUSE_AFTER_LIST.replace("究其原因，根本在于", "这些问题的根源在于")


@pytest.mark.parametrize("question, topic", [
    ("为啥会出现这些问题", None), ("这些短板的原因是什么", None), ("为什么会存在这些问题？", None),
    ("问题产生的根源是什么", None), ("还存在哪些问题", "problems"), ("有哪些短板", "problems"),
])
def test_a_question_on_the_cause_of_problems_does_not_ask_for_the_problems(question, topic):
    assert detect_intent(question).topic == topic


@pytest.mark.slow
@pytest.mark.parametrize("text", [CAUSE_AFTER_LIST, ROOT_WORDING])
@pytest.mark.parametrize("question", ["为啥会出现这些问题", "这些短板的原因是什么", "为什么会存在这些问题？"])
def test_the_cause_of_the_problems_is_quoted(ask_of, text, question):
    answer = ask_of(text)(question)
    assert answer.answerable and "认识不深" in answer.answer, answer.answer


@pytest.mark.slow
def test_the_problems_are_still_listed_when_asked(ask_of):
    answer = ask_of(CAUSE_AFTER_LIST)("还存在哪些问题")
    assert all(p in answer.answer for p in ("项目储备不足", "要素保障不力", "政务服务有温差")), answer.answer
