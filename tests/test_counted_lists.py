"""A counted set the text names but never lists ("今年继续办好十件民生实事"), asked for its members
("十件民生实事具体是哪十件"), is declined in words that quote what the text does say; a set the
text lists (inline, as numbered points, under a heading) is answered, and one whose list may lie
past the cut is answered with what is shown. Texts written here, in the shapes of a report, a
speech and an excerpt."""
from __future__ import annotations

import pytest

from qa.counted_lists import counted_set_asked

REPORT = """2026年县政府工作报告
各位代表：
一、2025年工作回顾
全年地区生产总值增长6.1%。年初确定的十件民生实事全部完成，群众满意度持续提升。
二、2026年重点工作
（一）保障和改善民生。今年继续集中财力办好十件民生实事，民生支出占比保持在75%以上。
（二）壮大主导产业。围绕新能源装备、生物医药、数字经济三大主导产业，引进亿元以上项目30个。
（三）实施惠民工程。今年将实施8项惠民工程：一是新建城区公园5个；二是改造农贸市场3个；三是新增公共停车位2000个。
（四）推进乡村建设。全县确定了6个乡村振兴示范片区，年底前完成规划编制。
"""

SPEECH = """在全市城市建设工作会议上的讲话
同志们：
今年市委、市政府确定了15项城建重点工程，总投资120亿元，各责任单位要倒排工期、挂图作战。
关于“四个一”工作法，就是一个项目、一名领导、一个专班、一套方案，一抓到底。
"""

CUT = """在全区重点项目推进会上的讲话（节选）
同志们：
一、今年的目标
今年全区确定了20个重点项目，总投资
……(未完，全文共5600字，当前仅显示300字)
"""


@pytest.mark.parametrize("question, count, noun", [
    ("十件民生实事具体是哪十件", 10, "民生实事"),
    ("今年的12项民生实事分别是哪些?", 12, "民生实事"),
    ("民生实事是哪十件", 10, "民生实事"),
    ("15项城建重点工程都有哪些", 15, "城建重点工程"),
])
def test_a_counted_set_asked_for_its_members(question, count, noun):
    asked = counted_set_asked(question)
    assert asked is not None and asked.count == count and asked.noun.endswith(noun[-4:])


@pytest.mark.parametrize("question", ["今年民生实事办几件", "去年十项民生实事主要体现在哪几个方面?", "民生实事资金怎么保障",
                                      "第三条基本原则是什么", "第十三项民生实事是什么"])
def test_other_questions_on_the_set_ask_no_members(question):
    assert counted_set_asked(question) is None


@pytest.mark.slow
@pytest.mark.parametrize("question", ["十件民生实事具体是哪十件", "年初定的十件民生实事分别是哪些", "民生实事是哪十件"])
def test_a_set_named_but_never_listed_is_declined_quoting_the_text(ask_of, question):
    answer = ask_of(REPORT, "report")(question)
    assert not answer.answerable and not answer.citations
    assert "十件民生实事" in answer.answer and "没有列出" in answer.answer


@pytest.mark.slow
def test_the_same_in_a_speech(ask_of):
    answer = ask_of(SPEECH, "speech")("15项城建重点工程具体是哪15项")
    assert not answer.answerable and "15项城建重点工程" in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, member", [
    ("三大主导产业是哪三个", "生物医药"),
    ("8项惠民工程具体是哪些", "农贸市场"),
    ("“四个一”工作法是哪四个一", "一名领导"),
])
def test_a_set_the_text_lists_is_answered(ask_of, question, member):
    text = REPORT if "四个一" not in question else SPEECH
    answer = ask_of(text, "listed")(question)
    assert answer.answerable and member in answer.answer, answer.answer


@pytest.mark.slow
def test_a_set_whose_list_may_lie_past_the_cut_is_not_declined_as_unlisted(ask_of):
    answer = ask_of(CUT, "cut")("20个重点项目具体是哪些")
    assert "没有列出" not in answer.answer


VILLAGES = """镇政府2026年工作要点
一、人居环境
全镇已有8个村（社区）建成省级美丽乡村示范村，今年再创建3个。
在东湾、石桥、前进3个村新建污水处理站，8月底前建成投用。
"""


@pytest.mark.slow
def test_a_set_of_places_named_but_not_listed_is_declined(ask_of):
    answer = ask_of(VILLAGES, "villages")("已经建成示范村的那8个村都是哪些")
    assert not answer.answerable and "8个村（社区）" in answer.answer, answer.answer


@pytest.mark.slow
def test_a_set_of_places_listed_inline_is_answered(ask_of):
    answer = ask_of(VILLAGES, "villages")("污水处理站建在哪3个村")
    assert answer.answerable and "石桥" in answer.answer, answer.answer
