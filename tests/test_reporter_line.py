"""Who wrote a news report: its reporter's line ("（记者　孙某某）", "本报记者 李某 通讯员 王某",
"文/张某"), not a decline for a speech with no speaker. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.reporter import reporter_asked

NEWS = """全县春季植树造林现场会召开
3月12日，全县春季植树造林现场会在石门镇召开。县委副书记赵某某出席并讲话。
会议指出，今年全县计划完成人工造林1.2万亩，森林覆盖率提高到58.6%。
记者从会上获悉，全县已落实苗木资金860万元。
（记者　孙某某）
"""
PAPER = """石桥县新建3所乡镇敬老院
本报记者 李某 通讯员 王某某
今年以来，石桥县投入资金2100万元，新建3所乡镇敬老院，新增床位360张。
"""
SPEECH = """在全县植树造林现场会上的讲话
同志们：今年全县计划完成人工造林1.2万亩。
"""


@pytest.fixture(scope="module")
def ask_of(assistant, encoder):
    variants = {name: assistant.variant(index=index_in_memory([parse_speech(text, name)], encoder))
                for name, text in (("news", NEWS), ("paper", PAPER), ("speech", SPEECH))}
    return lambda name, q: variants[name].ask(q)


@pytest.mark.parametrize("question", ["这篇稿子的记者是谁", "这篇报道的作者是谁", "记者叫什么名字", "Who is the reporter?"])
def test_the_reporter_in_brackets(ask_of, question):
    a = ask_of("news", question)
    assert a.answerable and "孙某某" in a.answer and a.citations


def test_the_reporter_line_under_the_title(ask_of):
    a = ask_of("paper", "这条新闻是谁写的")
    assert a.answerable and "李某" in a.answer and "王某某" in a.answer


def test_a_reporter_inside_a_sentence_is_no_signature(ask_of):
    a = ask_of("news", "记者从会上获悉了什么")
    assert "860万元" in a.answer


def test_a_speech_has_no_reporter(ask_of):
    a = ask_of("speech", "这篇稿子的记者是谁")
    assert "报道署名为" not in a.answer


@pytest.mark.parametrize("question, asks", [("这篇稿子的记者是谁", True), ("谁写的这篇报道", True),
                                            ("这篇讲话是谁讲的", False), ("造林任务由谁负责", False)])
def test_the_question_is_told_apart(question, asks):
    assert reporter_asked(question) is asks
