"""A news report of a meeting, as a county portal writes it: the title names the meeting ("…推进会
召开", "我市召开…会议"), and the text says who spoke ("县委书记王某某出席会议并讲话"). Asked "开的是个
什么会", the title answers; asked "会上是哪位领导讲的话", the sentence naming the speaker does (会上,
where every sentence of it stands, is no subject it must hold). Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked
from qa.title_answers import title_asked

NEWS = """全县春季农业生产暨农村人居环境整治推进会召开
3月2日，全县春季农业生产暨农村人居环境整治推进会召开。县委书记王某某出席会议并讲话，县长李某某主持会议。
会议指出，去年全县粮食总产量达到45.8万吨。王某某要求，各乡镇要稳住粮食面积。
"""
NEWS_CALLED = """我市召开城市更新工作会议
4月8日，市政府召开城市更新工作会议。市委副书记、市长张某某出席会议并讲话，副市长刘某某主持会议。
会议强调，今年要完成老旧小区改造120个。
"""


@pytest.mark.parametrize("question", ["开的是个什么会", "这次会议叫啥", "开的是啥会"])
def test_the_meeting_is_asked(question):
    assert title_asked(question) == "meeting"


def test_at_the_meeting_is_no_subject():
    assert "会上" not in asked("会上是哪位领导讲的话").focus


@pytest.mark.slow
@pytest.mark.parametrize("text, meeting", [(NEWS, "全县春季农业生产暨农村人居环境整治推进会"), (NEWS_CALLED, "城市更新工作会议")])
def test_the_title_names_the_meeting_reported(ask_of, text, meeting):
    answer = ask_of(text)("开的是个什么会")
    assert answer.answerable and f"会议是{meeting}" in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, who", [(NEWS, "王某某"), (NEWS_CALLED, "张某某")])
def test_who_spoke_at_the_meeting_is_answered(ask_of, text, who):
    answer = ask_of(text)("会上是哪位领导讲的话")
    assert answer.answerable and who in answer.answer, answer.answer


def test_a_decline_lists_topics_not_dates_or_who_spoke():
    """A text with no headings is listed by its paragraphs' topics: "3月2日" and "王某某要求" say none."""
    from index.parser import parse_speech
    from qa.decline import speech_parts

    parts = speech_parts(parse_speech(NEWS, "news"))
    assert parts and not any(p in ("3月2日", "王某某要求", "会议指出") for p in parts), parts
    assert any("粮食总产量" in p or "推进会召开" in p for p in parts), parts
