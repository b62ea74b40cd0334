"""A blank in a sentence beside the figure asked is another figure's: "旅游综合收入多少" of
"接待游客××万人次，实现旅游综合收入41.6亿元" gets the figure and no blank notice; the blanked
figure asked still gets one. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

SPEECH = """在全县经济工作会议上的讲话
去年，全县服务业加快发展，全年接待游客××万人次，实现旅游综合收入41.6亿元，增长23.5%。
工业方面，规模以上工业企业新增**家，规上工业增加值增长8.2%。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(SPEECH, "speech")], encoder)).ask


@pytest.mark.parametrize("question, figure", [("旅游综合收入多少", "41.6亿元"), ("去年规上工业增加值增长多少", "8.2%")])
def test_the_figure_asked_is_given_with_no_blank_notice(ask, question, figure):
    a = ask(question)
    assert a.answerable and figure in a.answer
    assert "blank" not in [n.kind for n in a.notices]


@pytest.mark.parametrize("question", ["去年接待游客多少人次", "规上工业企业新增了几家"])
def test_the_blanked_figure_asked_is_noticed(ask, question):
    a = ask(question)
    assert "blank" in [n.kind for n in a.notices]
