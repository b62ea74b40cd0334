"""A count asked of a place or unit named by one character ("多少个县", "几个村") is held only by a
clause that names it: "到2030年…" with no count of counties does not answer "到2030年有多少个县…",
nor does "三个责任" elsewhere. Texts written here: a provincial opinion with two target years and a
township's report."""
from __future__ import annotations

import pytest

from qa.measure import counted_one

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("question, noun", [
    ("到2030年要有多少个县实现城乡供水一体化", "县"), ("有几个村通了自来水", "村"), ("全市有多少个乡镇", "乡"),
    ("今年要建多少个村级卫生室", ""), ("多少个县级医院", ""), ("建多少个充电站", ""),
])
def test_the_one_character_noun_counted_is_read(question, noun):
    assert counted_one(question) == noun


OPINION = """关于推进城乡供水一体化的实施意见

一、主要目标

到2025年，全省农村自来水普及率达到94%，基本实现城乡供水一体化的县（市、区）达到45个；到2030年，全省农村自来水普及率达到97%，平原地区全面实现城乡供水一体化。

二、压实责任

全面落实地方人民政府主体责任、行业监管责任、供水单位运行管理责任“三个责任”。
"""

TOWNSHIP = """2026年青石镇政府工作报告

过去一年，全镇12个村全部通了自来水，新建村级卫生室3个，硬化村组道路18公里。
"""


@pytest.mark.parametrize("text, question", [
    (OPINION, "到2030年要有多少个县实现城乡供水一体化"),
    (TOWNSHIP, "有几个县通了自来水"),
])
def test_a_count_no_clause_names_is_declined(ask_of, text, question):
    answer = ask_of(text)(question)
    assert not answer.answerable, answer.answer
    assert not answer.citations


@pytest.mark.parametrize("text, question, figure", [
    (OPINION, "到2025年有多少个县基本实现城乡供水一体化", "45个"),
    (TOWNSHIP, "有几个村已经通自来水了", "12个村"), (TOWNSHIP, "全镇一共有几个村", "12个村"),
])
def test_a_count_whose_clause_names_it_is_answered(ask_of, text, question, figure):
    answer = ask_of(text)(question)
    assert answer.answerable, answer.answer
    assert figure in answer.answer
