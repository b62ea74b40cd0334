"""A summary of the whole text asked in everyday words ("简单概括一下这次会讲了啥", "总结一下这篇讲话",
"用一句话概括"): answered with the text's parts, as "讲话主要讲了什么" is, not declined. A question of
a part or a subject ("第三部分讲了啥", "去年工作总结了哪些经验") is not one. Texts written here."""
from __future__ import annotations

import pytest

from qa.intent import detect_intent

SPEECH = """在全镇农村人居环境整治推进会上的讲话
同志们：
今天召开这次会议，主要是部署今年的人居环境整治工作。下面，我讲三点意见。
一、认清形势，增强整治的紧迫感
去年全镇完成户厕改造860户，村庄保洁实现全覆盖。
二、突出重点，打好整治攻坚战
今年要新建污水处理站6座，年底前完成所有村庄的垃圾分类试点。
三、压实责任，确保整治见实效
各村党支部书记是第一责任人，镇纪委每季度督查一次。
"""


@pytest.mark.parametrize("question", ["简单概括一下这次会讲了啥", "这次会讲了啥", "概括一下主要内容",
                                      "总结一下这篇讲话", "用一句话概括", "讲话大意是什么", "帮我归纳一下这个讲话",
                                      "这份报告讲了些啥", "这篇说了些什么", "都讲了啥"])
def test_a_summary_of_the_text_asks_its_outline(question):
    assert detect_intent(question).outline


@pytest.mark.parametrize("question", ["第三部分讲了啥", "去年工作总结了哪些经验", "污水处理站讲了什么",
                                      "县长讲了什么", "垃圾分类试点怎么总结推广", "第三部分讲了些啥", "补贴说了些啥"])
def test_a_part_or_a_subject_is_no_summary(question):
    assert not detect_intent(question).outline


@pytest.mark.slow
@pytest.mark.parametrize("question", ["简单概括一下这次会讲了啥", "总结一下这篇讲话", "用一句话概括"])
def test_a_summary_is_answered_with_the_parts(ask_of, question):
    answer = ask_of(SPEECH)(question)
    assert answer.answerable, answer.answer
    assert all(part in answer.answer for part in ("认清形势", "突出重点", "压实责任")), answer.answer
