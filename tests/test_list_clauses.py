"""A figure asked of a long list sentence (a report's targets, "；"-separated) is quoted by the
clauses that hold it; a blank in another clause is no defect of the answer. Texts written here."""
from __future__ import annotations

import pytest

from qa.list_clauses import asked_span

TARGETS = ("主要目标是：粮食播种面积稳定在6.8万亩以上；农村居民人均可支配收入增长7%左右；"
           "村集体经营性收入30万元以上的村达到12个；完成农村户厕改造××户。")


@pytest.mark.parametrize("words, clause", [
    (["农民", "收入"], "农村居民人均可支配收入增长7%左右"),
    (["集体", "经营性", "收入"], "村集体经营性收入30万元以上的村达到12个"),
    (["粮食", "播种面积"], "粮食播种面积稳定在6.8万亩以上"),
])
def test_the_clause_holding_the_asked_words_is_quoted(words, clause):
    start, end = asked_span(TARGETS, words)
    assert TARGETS[start:end] == clause


@pytest.mark.parametrize("sentence, words", [
    ("全年地区生产总值增长6%，财政收入增长5%。", ["生产总值"]),  # two clauses: whole
    (TARGETS, ["天气"]),  # no clause holds the words
    ("要抓好产业；要抓好收入；要抓好民生。", ["抓好"]),  # every clause would be kept
])
def test_a_sentence_is_quoted_whole_when_no_clause_stands_out(sentence, words):
    assert asked_span(sentence, words) is None


REPORT = f"""在全镇乡村振兴推进会上的讲话
同志们：
一、今年的目标任务
{TARGETS}各村要对照目标抓好落实。
二、保障措施
镇财政安排专项资金支持村集体经济发展。
"""


@pytest.mark.slow
def test_a_figure_of_a_list_sentence_is_answered_without_the_blank_of_another(ask_of):
    answer = ask_of(REPORT)("今年农民收入要涨多少")
    assert answer.answerable and "增长7%左右" in answer.answer and "××户" not in answer.answer, answer.answer
    assert not any(n.kind == "blank" for n in answer.notices)
