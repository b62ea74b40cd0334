"""A rank asked ("考核里排第几名", "在全市排第几位") is answered by the rank the text gives in Chinese
numerals or digits ("位列第三名", "排在第2位"), not declined as a count of people. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.measure import measure_asked
from qa.question_terms import focus_words

REPORT = """2025年度个人述职报告
一年来，全县完成水利投资3.8亿元，县水利局在全市水利系统年度综合考核中位列第三名。
县医保局在全省医保系统考核中排在第2位，全县参保率达到97.2%。
全局共有干部职工46名。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(REPORT, "report")], encoder)).ask


@pytest.mark.parametrize("question, rank", [("县水利局在全市水利系统年度考核里排第几名？", "第三名"),
                                            ("水利局考核排第几", "第三名"),
                                            ("医保局在全省考核中排第几位", "第2位")])
def test_the_rank(ask, question, rank):
    a = ask(question)
    assert a.answerable and rank in a.answer


def test_a_count_of_people_is_still_a_count(ask):
    a = ask("全局有多少名干部职工")
    assert a.answerable and "46名" in a.answer


def test_the_rank_words_are_cut_apart():
    assert "里排" not in focus_words("年度考核里排第几名", None)
    assert measure_asked("考核里排第几名") is None and measure_asked("有多少名职工") == "名"
