"""A text with no numbered headings (a news report of a meeting, a notice): asked its parts, the
reply says it has none, where it said "共分0个部分" and listed nothing; asked the points a speaker
made ("王书记提了几点要求"), its sentences give them. Texts written here."""
from __future__ import annotations

import pytest

NEWS = """全县春季农业生产工作会议召开
3月2日，全县春季农业生产工作会议召开。县委书记王某某出席会议并讲话。
王某某指出，去年全县粮食总产量达到45.8万吨，农业农村工作取得新成效。
王某某就做好今年春耕工作提出三点要求：一是稳住粮食面积，确保播种面积稳定在86万亩以上；二是抓好农资保供，严厉打击假冒伪劣农资；三是强化技术服务，组织农技人员下沉一线。
会议由县委副书记李某某主持。各乡镇党委书记参加会议。
"""
SPEECH = """在全县春季农业生产工作会议上的讲话
一、肯定成绩
去年全县粮食总产量达到45.8万吨。
二、明确任务
今年要稳住粮食面积。
三、强化保障
要抓好农资保供。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["这篇讲话分几个部分", "文章的框架是什么", "讲话有哪几个小标题"])
def test_a_text_with_no_parts_says_so(ask_of, question):
    answer = ask_of(NEWS)(question)
    assert "没有分部分" in answer.answer and "共分0个部分" not in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["王书记提了几点要求 分别是啥", "王某某讲了哪几点要求"])
def test_the_points_of_a_text_with_no_parts_are_its_sentences(ask_of, question):
    answer = ask_of(NEWS)(question)
    assert "稳住粮食面积" in answer.answer and "强化技术服务" in answer.answer, answer.answer


@pytest.mark.slow
def test_a_speech_with_parts_lists_them(ask_of):
    answer = ask_of(SPEECH)("这篇讲话分几个部分")
    assert "共分3个部分" in answer.answer, answer.answer
