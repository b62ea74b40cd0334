"""Where a meeting was held is its venue ("这个推进会是在哪开的", "大会在哪个会场开的"): told by a
place it is held at ("在县行政中心召开", "会场设在…"), not by places the speech names for something
else (the villages that spoke at it). Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked
from qa.fact_check import holds_fact


@pytest.mark.parametrize("question, venue", [
    ("这个推进会是在哪开的", True), ("这个大会在哪个会场开的", True), ("这次工作会议在什么地方召开", True),
    ("Where was the meeting held?", True), ("区级救灾物资储备库在哪个位置", False), ("项目建在哪里", False),
])
def test_a_meetings_place_is_asked_as_its_venue(question, venue):
    assert (asked(question).measure == "venue") is venue


@pytest.mark.parametrize("sentence, held", [
    ("今天，我们在县行政中心召开全县推进会。", True), ("会场设在县委党校礼堂。", True),
    ("张庄村、后河村、石桥村3个村作了交流发言。", False), ("今天，我们在这里召开全市推进会议。", False), ("全镇23个行政村集体经营性收入全部超过10万元。", False),
])
def test_a_venue_is_where_the_meeting_is_held(sentence, held):
    assert holds_fact(sentence, "place", measure="venue") is held


MEETING = """在全镇乡村振兴推进会上的讲话
同志们：
今天，我们召开全镇乡村振兴推进会，主要任务是部署今年工作。刚才，张庄村、后河村、石桥村3个村作了交流发言，讲得很好。
一、重点任务
全镇23个行政村集体经营性收入全部超过10万元，今年要再培育5个强村。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, answerable", [
    (MEETING, False),
    (MEETING.replace("今天，我们召开", "今天，我们在镇政府三楼会议室召开"), True),
])
def test_a_venue_the_speech_never_gives_is_declined(ask_of, text, answerable):
    answer = ask_of(text)("这个推进会是在哪开的")
    assert answer.answerable is answerable, answer.answer
