"""An English question calls the text "the report" or "this document": those words name the text
asked of, not a word it must hold (the glossary read "report" as 汇报, a report given at the
meeting), and plural words of the problems topic (difficulties, challenges) are that topic.
Texts written here."""
from __future__ import annotations

import pytest

from qa.glossary import chinese_terms

REPORT = """2025年政府工作报告
一、2025年工作回顾
全年实现地区生产总值1856.2亿元，增长5.6%。
我们也清醒看到，发展中还面临不少困难和挑战：有效需求仍然不足，产业结构偏重偏传统，财政收支矛盾比较突出。
二、2026年工作安排
一是实施城市更新行动，改造老旧小区150个。二是提升城市精细化管理水平，完成老旧管网改造260公里。
"""


@pytest.mark.parametrize("question, absent, present", [
    ("What difficulties and challenges does the report admit the city still faces?", "汇报", "困难"),
    ("What risks does this document mention?", "汇报", "风险"),
    ("Which shortcomings does the report list?", "汇报", "短板"),
])
def test_the_text_is_no_term_and_plural_problems_are(question, absent, present):
    terms = chinese_terms(question)
    assert absent not in terms and present in terms, terms


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "What difficulties and challenges does the report admit the city still faces?",
    "What difficulties does this report say the city faces?",
])
def test_the_problems_are_answered_in_english(ask_of, question):
    answer = ask_of(REPORT)(question)
    assert answer.answerable and "有效需求仍然不足" in answer.answer, answer.answer
