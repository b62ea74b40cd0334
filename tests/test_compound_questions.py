"""A question of two asks ("站点建多少个？期限是什么时候") is answered when the text answers one of
them, the first clause lending its subject to the next; a period the question compares against
("比前年增长了几个点") is no period it asks about. Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import question_periods
from qa.refusal import asking_clauses

PLAN = """青溪县农村生活污水治理行动方案
一、主要目标
到2027年，全县农村生活污水治理率达到65%以上。
二、重点任务
（一）建设集中式处理设施。2025年9月底前，完成第一批24个集中式处理设施建设任务。（责任单位：县生态环境局）
（二）开展付费试点。2026年6月底前，选取5个乡镇开展农户付费试点。（责任单位：县发展和改革局）
（三）规范运行维护。推行“县级统筹、乡镇主体、专业运维”模式，将已建设施统一委托第三方专业机构运维。
"""

REVIEW = """2025年青溪县政府工作报告
各位代表：
过去一年，全县地区生产总值达到386亿元，比上年增长6.1%。一般公共预算收入完成24.8亿元，增长7.3%。
"""


@pytest.mark.parametrize("question, clauses", [
    ("第一批集中式处理设施建多少个？期限是什么时候", 2),
    ("付费试点放在几个乡镇，由哪个部门牵头负责", 2),
    ("全县污水治理率目标是多少", 1),
])
def test_the_asking_clauses_of_a_question(question, clauses):
    assert len(asking_clauses(question)) == clauses


@pytest.mark.parametrize("question, periods", [
    ("去年经济总量是多少？比前年增长了几个点？", ["去年"]), ("今年比去年增长多少", ["今年"]),
    ("去年增长多少", ["去年"]),
])
def test_a_period_compared_against_is_not_asked(question, periods):
    assert question_periods(question) == periods


@pytest.mark.slow
@pytest.mark.parametrize("text, question, facts", [
    (PLAN, "第一批集中式处理设施建多少个？期限是什么时候", ["24个", "2025年9月底前"]),
    (PLAN, "付费试点放在几个乡镇，由哪个部门牵头负责", ["5个乡镇"]),
    (PLAN, "设施建成以后谁来管，运维是个什么模式", ["专业运维"]),
    (REVIEW, "去年全县经济总量是多少？比前年增长了几个点？", ["386亿元", "6.1%"]),
])
def test_a_question_of_two_asks_is_answered_when_one_is(ask_of, text, question, facts):
    answer = ask_of(text)(question)
    assert answer.answerable and all(f in answer.answer for f in facts), answer.answer


@pytest.mark.slow
def test_two_asks_neither_of_which_the_text_answers_are_declined(ask_of):
    assert not ask_of(PLAN)("县长叫什么名字？他哪一年上任的？").answerable
