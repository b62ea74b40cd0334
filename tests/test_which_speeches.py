""""哪篇讲话讲了森林防火" lists the speeches that speak of it, the one that speaks of it most first,
and leaves out a speech that shares only a word of it (森林覆盖率). Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

FIRE = """在全镇森林防火工作会议上的讲话
同志们：当前正值春季森林防火关键期。
一、管住野外火源。清明期间各村设立森林防火检查站，严禁带火种上山。
二、压实防火责任。镇村干部包山头、包地块，森林防火责任到人。
"""
ECONOMY = """在全县经济工作会议上的讲话
同志们：今年要稳住经济大盘。
二是守牢安全底线，抓好食品药品、防汛抗旱、森林防火等工作。
"""
TREES = """在全市春季植树造林工作会议上的讲话
同志们：去年全市森林覆盖率达到48.5%，今年计划植树造林8.6万亩。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(ECONOMY, "economy"), parse_speech(TREES, "trees"), parse_speech(FIRE, "fire")]
    return assistant.variant(index=index_in_memory(docs, encoder)).ask


@pytest.mark.slow
@pytest.mark.parametrize("question", ["哪篇讲话讲了森林防火？", "哪些讲话提到了森林防火"])
def test_the_speeches_that_speak_of_it_most_first(ask, question):
    a = ask(question)
    assert {c.document for c in a.citations} == {"fire", "economy"}
    assert a.answer.index("《在全镇森林防火工作会议上的讲话》") < a.answer.index("《在全县经济工作会议上的讲话》")
    assert "植树造林" not in a.answer
