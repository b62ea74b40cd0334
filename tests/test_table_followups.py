"""A follow-up about the next row of a table ("再往上一档呢", "下一档呢", "往下一档呢", "下一行呢"):
the table is the list the last answer's row stands in, its tiers running from low to high.
Texts written here."""
from __future__ import annotations

import pytest

from qa.question_form import read_question

TIERS = """青禾市家电以旧换新补贴政策问答
一、补贴标准是多少？
按照产品售价分档补贴，标准如下：
产品售价 | 补贴金额
2000元以下 | 200元
2000元（含）—5000元 | 500元
5000元（含）以上 | 800元
二、到哪里申请？
登录“青禾生活”小程序申请。
"""


@pytest.mark.parametrize("question, step", [
    ("那再往上一档呢", 1), ("高一档补多少", 1), ("下一档呢", 1), ("往下一档呢", -1), ("低一档呢", -1),
    ("上一档呢", -1), ("下一行呢", 1)])
def test_a_tier_asked_next_to_the_last(question, step):
    assert read_question(question).relative == step


@pytest.mark.slow
@pytest.mark.parametrize("first, followup, expected", [
    ("售价2000元到5000元的补贴多少", "那再往上一档呢", "800元"),
    ("售价2000元到5000元的补贴多少", "往下一档呢", "200元"),
    ("售价2000元以下的补贴多少", "下一档呢", "500元"),
])
def test_the_next_row_of_the_table_answers(ask_of, first, followup, expected):
    ask = ask_of(TIERS)
    assert ask(first).answerable
    answer = ask(followup, [first])
    assert answer.answerable and expected in answer.answer, answer.answer
