"""A news report of a meeting, asked who spoke and who chaired in one question ("谁讲的话，谁主持的"):
both are answered from the sentence that reports them, in whichever order it does. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

INVEST = """全县招商引资工作推进会召开
来源：县融媒体中心 发布时间：2026-04-15 10:00
4月14日，全县招商引资工作推进会召开。县长孙某某出席会议并讲话，副县长周某某主持会议。
会议通报了一季度全县招商引资工作情况。一季度，全县新签约项目18个，签约金额42.6亿元。
孙某某强调，要坚持“项目为王”，全年新签约亿元以上项目50个以上。
"""
FLOOD = """全市防汛工作会议召开
发布时间：2026-05-20
5月19日，全市防汛工作会议召开。会议由副市长钱某某主持，市长赵某某出席并讲话。
会议指出，今年汛期降水可能偏多两成，各地要在5月底前完成隐患排查。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(INVEST, "invest"), parse_speech(FLOOD, "flood")]
    variant = assistant.variant(index=index_in_memory(docs, encoder))
    return lambda q, doc: variant.ask(q, [], document=doc)


@pytest.mark.parametrize("doc,question,speaker,chair", [
    ("invest", "谁讲的话，谁主持的", "县长孙某某", "副县长周某某"),
    ("invest", "哪位领导讲话了 主持人是谁", "县长孙某某", "副县长周某某"),
    ("flood", "会上谁讲的话？由谁主持", "市长赵某某", "副市长钱某某"),
])
def test_speaker_and_chair_both_answered(ask, doc, question, speaker, chair):
    a = ask(question, doc)
    assert a.answerable and speaker in a.answer and chair in a.answer


def test_only_the_speaker_asked_gets_the_speaker(ask):
    a = ask("会上谁讲的话", "invest")
    assert "孙某某" in a.answer and "周某某" not in a.answer
