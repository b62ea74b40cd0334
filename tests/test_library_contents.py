"""What the library holds, asked of it: "这个库里都有哪些讲话", "一共收录了几篇", "Which speeches do
you have?" list the speeches by title, with speaker and date where the byline gives them; a
question about what the speeches say is not such a question. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.library_contents import library_asked

TREES = """在全市春季植树造林工作会议上的讲话
副市长　柏云舟
（2025年3月2日）
同志们：今年全市计划植树造林8.6万亩。
"""
WATER = """关于节约用水的倡议书
全市广大市民：
今年我市降水偏少四成，特发出如下倡议：一水多用，及时报修漏水管道。
东岭市水务局　东岭市节约用水办公室
2024年5月8日
"""


@pytest.mark.parametrize("question", ["这个库里都有哪些讲话？", "一共收录了几篇", "库里有多少篇文件", "都有哪些材料",
                                      "Which speeches do you have?", "How many documents are indexed?"])
def test_asking_what_the_library_holds(question):
    assert library_asked(question)


@pytest.mark.parametrize("question", ["讲话里有哪些问题", "哪些讲话提到了森林防火", "都有哪些措施", "一共有几条建议",
                                      "What measures does the speech list?"])
def test_asking_what_the_speeches_say_is_not(question):
    assert not library_asked(question)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["这个库里都有哪些讲话？", "Which speeches do you have?"])
def test_the_library_lists_its_speeches(assistant, encoder, question):
    ask = assistant.variant(index=index_in_memory([parse_speech(TREES, "trees"), parse_speech(WATER, "water")],
                                                  encoder)).ask
    a = ask(question)
    assert a.answerable
    assert "《在全市春季植树造林工作会议上的讲话》" in a.answer and "《关于节约用水的倡议书》" in a.answer
    assert "柏云舟" in a.answer and "2024年5月8日" in a.answer
    assert "2" in a.answer.splitlines()[0]
