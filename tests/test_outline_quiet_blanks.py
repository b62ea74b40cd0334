"""Asked how many parts a text has, the answer lists each part with its opening sentence; a blank
in an opening sentence ("实施治理项目××个", "自2025年×月1日起施行") is not what was asked and
brings no notice. Asked the figure itself, the blank notice still comes. Texts written here: a
bureau's work summary and a regulation."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

SUMMARY = """2025年全县水利工作总结和2026年工作安排

一、2025年工作回顾

全年完成水利投资××亿元，新建小型水库2座，加固病险水闸5座。

二、存在的问题

农村供水工程管护仍有短板，部分工程老化失修。

三、2026年重点任务

全年计划实施农村供水保障项目××个，新增受益人口1.2万人。
"""

REGULATION = """某某县农村集体资产管理办法

第一章 总则

第一条 为了加强农村集体资产管理，维护集体经济组织成员合法权益，制定本办法。

第二章 资产管理

第二条 村集体经济组织应当建立资产台账，每年清查一次。

第三章 附则

第三条 本办法自2025年×月1日起施行。
"""


@pytest.mark.parametrize("text, question", [
    (SUMMARY, "这个总结一共分几个部分"),
    (SUMMARY, "总共讲了几点"),
    (REGULATION, "这个办法一共多少条"),
])
def test_an_outline_answer_brings_no_blank_notice(ask_of, text, question):
    answer = ask_of(text)(question)
    assert answer.answerable
    assert "blank" not in {n.kind for n in answer.notices}, answer.notices
    assert answer.citations


@pytest.mark.parametrize("text, question", [
    (SUMMARY, "今年计划实施多少个农村供水保障项目"),
    (REGULATION, "这个办法从哪天起施行"),
])
def test_the_blanked_fact_asked_still_brings_its_notice(ask_of, text, question):
    answer = ask_of(text)(question)
    assert "blank" in {n.kind for n in answer.notices}, answer.answer


@pytest.mark.parametrize("question, outline", [
    ("这个总结一共分几个部分", True), ("方案分为几部分", True), ("这份通报分几个部分", True),
    ("调研报告分几部分", True), ("要抓好哪几个部分的工作", False),
])
def test_a_text_called_by_its_genre_is_asked_its_parts(question, outline):
    from qa.intent import detect_intent

    assert detect_intent(question).outline is outline
