"""English "which" + one party, place or date ("Which department leads…", "which year…") asks one thing,
as 哪个部门 and 哪一年 do; "which measures", "which departments" ask a list. A who-question about work a
heading names is answered by the sentence naming the party, not by the heading's list of items.
Texts written here."""
from __future__ import annotations

import pytest

SPEECH = """在全县防灾减灾工作会议上的讲话

一、压实各方责任

（一）严格落实安全生产责任

各乡镇要落实属地管理责任，县应急管理局要加强综合监管。

（二）全面加强森林防火和应急救援能力建设

全县林区面积大，清明前后野外用火管控压力大。由县林业局牵头，在进山路口设置防火检查站，严格落实禁火令。

一要建强救援队伍。今年为12支乡镇救援队配齐装备。

二要完善物资储备。新建县级应急物资储备库1座。

三要畅通预警通道。县气象局要完善预警信息发布机制。
"""


@pytest.mark.parametrize("question, one, many", [
    ("Which department leads forest fire prevention?", False, True),
    ("Which office is in charge of forest fire checkpoints?", False, True),
    ("Which year was named the year of work style?", False, True),
    ("Which measures will the county take?", True, False),
    ("Which departments are responsible?", True, False),
])
def test_which_one_asks_a_detail(question, one, many):
    from qa.intent import detect_intent

    intent = detect_intent(question)
    assert intent.wants_list is one and intent.wants_detail is many


@pytest.mark.parametrize("question", [
    "Which department leads forest fire prevention?",
    "Which department is in charge of forest fire prevention?",
])
def test_the_party_named_answers_a_which_one_question(ask_of, question):
    answer = ask_of(SPEECH)(question)
    assert answer.answerable and "县林业局" in answer.answer, answer.answer
    assert "储备库" not in answer.answer, answer.answer
