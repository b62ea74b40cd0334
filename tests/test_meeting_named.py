"""A speech named by the meeting it was given at, in the question's own words ("杜文清在全省文旅大会上讲了
几点" of "在全省文旅产业发展大会上的讲话"): the meeting's words name the speech, not a heading that shares
them ("（一）过去一年，全省文旅产业取得明显成效"). Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from qa.documents import named_documents

TOURISM = """在全省文旅产业发展大会上的讲话
（2025年4月8日）
副省长　卢清远
同志们：
今天召开全省文旅产业发展大会，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。
一、肯定成绩，坚定信心
（一）过去一年，全省文旅产业取得明显成效。
一是游客规模持续扩大。全年接待游客2.9亿人次。
二是消费水平稳步提升。旅游总收入达到3120亿元。
二、突出重点，精准发力
要大力发展乡村旅游，年内打造省级旅游重点村40个。
三、强化保障，狠抓落实
各市要建立文旅产业发展工作专班。
"""
FLOOD = """在全县防汛抗旱工作会议上的讲话
同志们：
下面，我讲两点意见。
一、认清形势
今年汛期降雨偏多，防汛形势严峻。
二、压实责任
要落实县乡村三级防汛责任人。
"""


@pytest.mark.parametrize("question", ["卢清远在全省文旅大会上讲了几点", "全省文旅大会上讲了哪几个方面"])
def test_the_meeting_named_names_its_speech(question):
    docs = [parse_speech(TOURISM, "tourism")]
    assert named_documents(question, docs) == {"tourism"}


def test_the_meeting_named_chooses_among_speeches():
    docs = [parse_speech(TOURISM, "tourism"), parse_speech(FLOOD, "flood")]
    assert named_documents("在全县防汛抗旱会议上讲了几点", docs) == {"flood"}


@pytest.mark.slow
@pytest.mark.parametrize("question", ["卢清远在全省文旅大会上讲了几点", "在全省文旅大会上一共讲了几点意见"])
def test_the_points_of_the_speech_are_answered(ask_of, question):
    answer = ask_of(TOURISM)(question)
    assert "三点意见" in answer.answer and "突出重点，精准发力" in answer.answer, answer.answer
