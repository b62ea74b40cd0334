"""A section the excerpt cut off after its heading, asked in the user's own words ("人才怎么引进培养"
of "（二）加强人才队伍建设…"): the answer is the heading, cited, with the notice that its body is
not shown, not a decline. The noun a question asks for ("哪位领导") is not its subject, and a
question on no cut heading's subject is still declined. Texts written here."""
from __future__ import annotations

import pytest

CUT = """目录/提纲:……
一、我县乡村旅游发展的基础
二、下一步重点任务
（一）打造精品线路
（二）加强人才队伍建设，为乡村旅游提供智力支撑
（三）深化区域合作，推动客源互送
（四）加强组织领导，压实各级责任
……
在全县乡村旅游发展大会上的讲话
同志们：
一、我县乡村旅游发展的基础
近年来，全县乡村旅游接待游客年均增长12%，创建省级旅游重点村9个。但也要看到，民宿同质化明显，旅游旺季停车难问题突出。
二、下一步重点任务
（一）打造精品线路。围绕山水和古村落资源，年内推出精品旅游线路5条。
（二）加强人才队伍建设，为乡村旅游提供智力支撑
一是……(未完…1800字)
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, heading", [
    ("人才怎么引进培养", "加强人才队伍建设"),
    ("人才培养这块怎么安排的", "加强人才队伍建设"),
    ("跟周边县市怎么合作，讲了吗", "深化区域合作"),
    ("谁来牵头抓？有没有成立领导小组", "加强组织领导"),
])
def test_a_cut_section_asked_in_other_words_is_its_heading_and_the_notice(ask_of, question, heading):
    answer = ask_of(CUT)(question)
    assert answer.answerable and heading in answer.answer, answer.answer
    assert any(n.kind in ("outline_only", "cut_off") for n in answer.notices), answer.notices


@pytest.mark.slow
@pytest.mark.parametrize("question", ["这个会是哪天开的？讲话的是哪位领导？", "明天县城会下雨吗", "红烧肉怎么做"])
def test_questions_on_no_cut_subject_are_still_declined(ask_of, question):
    assert not ask_of(CUT)(question).answerable
