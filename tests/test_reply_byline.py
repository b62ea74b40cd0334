"""A reply to a proposal (提案答复, 复函) is a text with a byline like a notice's: "这个答复是哪个部门什么时候
给的" asks its byline. A document the text names by the words before its kind ("补贴办法什么时候出台" of
"研究制定…补贴办法，力争年内出台") is not the text: its date is in the text. Texts written here."""
from __future__ import annotations

import pytest

from qa.byline_answers import byline_asked, names_a_document_within
from index.parser import parse_speech

REPLY = """关于市政协第0088号提案的答复
市住房和城乡建设局
（2025年7月2日）

王某某委员：
您提出的《关于加快老旧小区加装电梯的提案》收悉，现答复如下：
一、基本情况
全市已完成老旧小区加装电梯326部。
二、下一步工作
1、完善补助政策。研究制定加装电梯财政补助办法，力争年内出台。
2、简化审批流程。推行联合审批，审批时限压缩至15个工作日。
"""


@pytest.mark.parametrize("question, asked", [
    ("这个答复是哪个部门什么时候给的", "both"), ("这份答复是什么时候作出的", "date"), ("复函是哪个单位发的", "speaker"),
])
def test_a_replys_byline_is_asked(question, asked):
    assert byline_asked(question) == asked


@pytest.mark.parametrize("question, named", [
    ("补助办法什么时候出台", True), ("财政补助办法什么时候出台", True), ("这份答复是什么时候作出的", False),
    ("这个办法是谁制定的", False),
    # named by its subject, not its words: the text writes "加装电梯财政补助办法", not "电梯补贴办法"
    ("老旧小区加装电梯补贴办法啥时候出", True), ("加装电梯的扶持办法什么时候制定", True),
    ("本办法什么时候印发", False), ("这个答复的办法是哪天定的", False),
])
def test_a_document_the_text_names_is_not_the_text(question, named):
    assert names_a_document_within(question, [parse_speech(REPLY, "reply")]) is named


@pytest.mark.slow
def test_a_named_documents_date_is_answered_from_the_text(ask_of):
    answer = ask_of(REPLY, "reply")("补助办法什么时候出台")
    assert answer.answerable and "年内出台" in answer.answer and "7月2日" not in answer.answer, answer.answer


@pytest.mark.slow
def test_the_replys_own_date_is_its_byline(ask_of):
    answer = ask_of(REPLY, "reply")("这个答复是哪个部门什么时候给的")
    assert "市住房和城乡建设局" in answer.answer and "2025年7月2日" in answer.answer, answer.answer
