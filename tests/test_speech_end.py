"""The end of a speech asked ("讲话最后讲了什么", "报告最后提了什么要求"): of a cut-off excerpt, that
its end is not shown (the cut-off notice), not the speech's outline; of a whole speech, its closing
words. Those closing words, turned to the room again ("同志们，…"), stand under the speech, not as
one more point of its last part. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from qa.intent import detect_intent

WHOLE = """在全县秋冬季森林防火工作会议上的讲话
同志们：
一、充分认识防火形势的严峻性
今年入秋以来，全县降水偏少五成，林区可燃物载量大，火险等级持续偏高。
二、抓好三项重点工作
一是严管野外火源，清明、春节等重点时段实行24小时值守。二是加强队伍建设，每个乡镇组建不少于30人的扑火队伍。三是完善基础设施，今年新建防火通道40公里。
三、压紧压实防火责任
各乡镇党政主要负责同志是本辖区森林防火第一责任人，要亲自部署、亲自检查。
同志们，森林防火责任重于泰山。希望大家绷紧防火这根弦，确保全县森林资源安全。
"""

CUT = """在全县秋冬季森林防火工作会议上的讲话
同志们：
一、充分认识防火形势的严峻性
今年入秋以来，全县降水偏少五成，林区可燃物载量大，火险等级持续偏高。
二、抓好三项重点工作
一是严管野外火源，清明、春节等重点时段实行24小时值守。二是加强队伍建设……
（未完，全文共5200字，当前仅显示1100字）
"""


@pytest.mark.parametrize("question", ["讲话最后讲了什么", "报告最后提了什么要求", "讲话的最后说了啥"])
def test_the_end_of_the_text_is_asked(question):
    assert detect_intent(question).completeness


@pytest.mark.parametrize("question", ["讲话最后一部分讲了什么", "最后一点是什么", "讲话最后一个要求是什么"])
def test_its_last_part_or_point_is_not_its_end(question):
    assert not detect_intent(question).completeness


def test_closing_words_stand_under_the_speech():
    doc = parse_speech(WHOLE, "doc")
    section = {p.text[:6]: p.section for p in doc.passages}
    assert section["同志们，森林"] == doc.title
    assert section["各乡镇党政主"].startswith("三、")


def test_asked_the_end_of_a_cut_excerpt_the_notice(ask_of):
    answer = ask_of(CUT)("讲话最后讲了什么")
    kinds = {n.kind if hasattr(n, "kind") else n for n in answer.notices}
    assert any("cut_off" in str(k) for k in kinds), answer.notices


def test_asked_the_end_of_a_whole_speech_its_closing_words(ask_of):
    answer = ask_of(WHOLE)("讲话最后讲了什么")
    assert "确保全县森林资源安全" in answer.answer, answer.answer


def test_the_last_part_lists_its_own_points(ask_of):
    answer = ask_of(WHOLE)("讲话最后一部分讲了什么")
    assert "第一责任人" in answer.answer and "绷紧防火这根弦" not in answer.answer, answer.answer
