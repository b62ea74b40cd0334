"""Whether a text mentions something, asked yes or no: when a word of the thing is nowhere in the text,
not even in part, the answer says the text does not mention it, rather than quoting a sentence that
shares only a general word ("建设", "分类"). A word the text holds a piece of, or writes in other words,
is left to the evidence. Texts written here."""
from __future__ import annotations

import pytest

from qa.mentions import absent_word, mention_asked

RENEWAL = """在全市老旧小区改造工作会议上的讲话
同志们：
一、存在的问题
当前，我市城市发展已经由增量建设转为存量提质，从“有没有”转向“好不好”。一些小区改造后没有引入物业，出现“一年新、两年旧”的现象。
二、今年重点任务
按照拆除新建、整治提升、保护修缮三种方式分类实施，年内改造老旧小区120个。
"""

RIVERS = """在全县水利工作会议上的讲话
同志们：
去年，全县落实县、乡、村三级河长860名，县河长办牵头开展河道清淤42公里。
今年要抓好病险水库除险加固，汛前完成8座水库整治。
"""


@pytest.mark.parametrize("question, thing", [
    ("有没有提到地铁建设", "地铁建设"), ("讲话提到垃圾分类了吗", "垃圾分类"), ("是否涉及长江保护", "长江保护"),
    ("提没提河长制", "河长制"), ("讲话里有没有说过地铁", "地铁"),
])
def test_a_yes_or_no_mention_names_its_thing(question, thing):
    assert mention_asked(question) == thing


@pytest.mark.parametrize("question", ["补贴有没有上限", "有没有具体时间", "河长制是什么意思", "地铁建设进展如何"])
def test_other_questions_ask_no_mention(question):
    assert mention_asked(question) is None


@pytest.mark.parametrize("thing, texts, word", [
    ("地铁建设", [RENEWAL], "地铁"), ("垃圾分类", [RENEWAL], "垃圾"), ("河长制", [RIVERS], None),
    ("物业管理", [RENEWAL], None), ("看病", ["推进异地就医直接结算。"], None),
])
def test_a_word_is_absent_only_when_no_piece_or_variant_is_there(thing, texts, word):
    assert absent_word(thing, texts) == word


@pytest.mark.slow
@pytest.mark.parametrize("question, absent", [("有没有提到地铁建设", "地铁建设"), ("讲话提到垃圾分类了吗", "垃圾分类")])
def test_a_thing_the_text_never_names_is_not_mentioned(ask_of, question, absent):
    answer = ask_of(RENEWAL)(question)
    assert not answer.answerable and f"没有提到“{absent}”" in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said", [(RENEWAL, "有没有提到物业", "引入物业"),
                                                  (RIVERS, "是否提到水库除险加固", "病险水库")])
def test_a_thing_the_text_names_is_answered(ask_of, text, question, said):
    answer = ask_of(text)(question)
    assert answer.answerable and said in answer.answer, answer.answer
