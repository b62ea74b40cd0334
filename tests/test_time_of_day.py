"""A time of day asked ("几点钟开", "几点开始") is answered by a clock time (上午9点, 14:30), not by how
often a thing happens (每月召开一次); "讲了几点" still counts points. Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked

MEETINGS = """在全区项目建设调度会上的讲话
同志们：
一、调度机制
区项目办每周三上午9点召开项目调度会，各责任单位主要负责同志参加。
每月召开一次政企座谈会，面对面听取企业意见。
二、现场观摩
季度观摩活动当天14:30在区行政中心集合出发。
"""


@pytest.mark.parametrize("question", ["调度会几点钟开", "观摩活动几点集合", "座谈会一般几点开始"])
def test_a_time_of_day_is_asked_to_the_hour(question):
    what = asked(question)
    assert "date" in what.kinds and what.precision == "hour"
    assert "一般" not in what.focus


@pytest.mark.parametrize("question", ["讲话讲了几点", "提了几点意见", "几点要求"])
def test_points_counted_ask_no_time(question):
    assert asked(question).precision != "hour"


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [("项目调度会几点钟开", "上午9点"), ("观摩那天几点集合出发", "14:30")])
def test_a_clock_time_answers(ask_of, question, fact):
    answer = ask_of(MEETINGS, "meetings")(question)
    assert answer.answerable and fact in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["政企座谈会一般几点钟开", "政企座谈会几点开始"])
def test_how_often_is_no_time_of_day(ask_of, question):
    answer = ask_of(MEETINGS, "meetings")(question)
    assert not answer.answerable, answer.answer
