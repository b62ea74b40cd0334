"""What money goes to ("这笔钱主要用在哪里", "资金花在哪", "投向哪些领域") is asked as its uses, not as a place:
the answer is the sentence saying "主要用于…", never "未给出…的具体地点". A speech written here."""
from __future__ import annotations

import pytest

from qa.asked import asked

SPEECH = """在全乡森林防火工作会议上的讲话
今年乡财政安排森林防火专项资金80万元，主要用于取水点建设、扑火物资补充和护林员补助。
全乡共有护林员62名，实行网格化巡护。
"""


@pytest.mark.parametrize("question", ["这笔钱主要用在哪里", "专项资金花在哪", "资金投向哪些领域"])
def test_money_spent_on_asks_no_place(question):
    assert "place" not in asked(question).kinds


@pytest.mark.parametrize("question", ["会议在哪里开", "项目建在哪里"])
def test_a_place_is_still_a_place(question):
    assert asked(question).kinds[:1] == ["place"]


@pytest.mark.slow
@pytest.mark.parametrize("question, history", [("专项资金主要用在哪里", []),
                                               ("这笔钱主要用在哪里", ["今年森林防火专项资金安排了多少"])])
def test_the_uses_are_answered(ask_of, question, history):
    a = ask_of(SPEECH)(question, history=history)
    assert a.answerable and "取水点建设" in a.answer and "具体地点" not in a.answer, a.answer
