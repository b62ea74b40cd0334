"""A body asked by its kind ("哪家规划设计单位", "哪家施工单位承建") is answered by a named one
(市规划设计研究院), never by a sentence that names only that kind ("聘请高水平的规划设计单位").
Texts written here."""
from __future__ import annotations

import pytest

SPEECH = """在全市城市规划工作会议上的讲话
同志们：
一、规划编制
要以国家和省相关规划为指导，结合我市实际，{who}，编制《全市国土空间总体规划（2025-2035年）》，年底前报批。
老城片区改造项目{builder}，总投资18亿元，明年6月底前完工。
二、规划实施
严格执行规划，坚决维护规划的严肃性和权威性。
"""
GENERIC = {"who": "聘请高水平的规划设计单位", "builder": "由有资质的施工单位承建"}
NAMED = {"who": "委托市规划设计研究院", "builder": "由市城建集团有限公司承建"}


@pytest.mark.slow
@pytest.mark.parametrize("question", ["总体规划聘请的是哪家规划设计单位", "老城片区改造是哪家施工单位承建的"])
def test_a_body_named_only_by_its_kind_does_not_answer(ask_of, question):
    answer = ask_of(SPEECH.format(**GENERIC))(question)
    assert not answer.answerable, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, body", [("总体规划由哪家规划设计单位编制", "市规划设计研究院"),
                                            ("老城片区改造是哪家施工单位承建的", "市城建集团")])
def test_a_named_body_answers(ask_of, question, body):
    answer = ask_of(SPEECH.format(**NAMED))(question)
    assert answer.answerable and body in answer.answer, answer.answer
