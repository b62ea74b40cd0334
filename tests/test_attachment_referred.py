"""A quoted sentence that sends the reader to an attachment ("具体标准见附件1", "详见附件2") the text names
but does not carry (its heading alone at the end, or its name in the list of attachments): the answer
says the attachment is not in the text. Where the attachment's text follows, nothing is said.
Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

HEAD_ONLY = """《某县农机购置补贴实施细则》政策解读
一、补贴对象是谁？
答：从事农业生产的个人和农业生产经营组织均可申请。
二、补贴标准是多少？
答：补贴额按机具类别分档确定，具体标准见附件1。每户每年享受补贴的机具不超过3台。
三、怎么申请？
答：购机后30日内向乡镇农业服务中心提交申请，县农业农村局15个工作日内审核。
附件1：农机购置补贴分档标准
"""
LISTED = """关于开展2026年农村人居环境整治评比的通知
各乡镇：
一、评比内容
评比分村容村貌、垃圾治理、污水治理三项，评分细则详见附件2。
二、时间安排
各乡镇于6月30日前报送自评结果。
附件：1．评比工作领导小组名单
2．评分细则
"""
CARRIED = """《某县农机购置补贴实施细则》政策解读
一、补贴标准是多少？
答：补贴额按机具类别分档确定，具体标准见附件1。
附件1：农机购置补贴分档标准
拖拉机 | 每台补贴8000元
收割机 | 每台补贴15000元
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(HEAD_ONLY, "head_only"), parse_speech(LISTED, "listed"), parse_speech(CARRIED, "carried")]
    variant = assistant.variant(index=index_in_memory(docs, encoder))
    return lambda q, doc: variant.ask(q, [], document=doc)


def _attachment_notice(answer) -> bool:
    return any(n.kind == "outline_only" and "附件" in n.message for n in answer.notices)


@pytest.mark.parametrize("doc,question,quoted", [
    ("head_only", "补贴额是按什么定的", "见附件1"),
    ("head_only", "补贴额怎么确定", "见附件1"),
    ("listed", "评比分哪几项内容", "详见附件2"),
])
def test_an_attachment_referred_to_but_not_carried_is_told(ask, doc, question, quoted):
    a = ask(question, doc)
    assert a.answerable and quoted in a.answer
    assert _attachment_notice(a)


def test_an_attachment_that_follows_is_not_told(ask):
    a = ask("补贴额怎么确定", "carried")
    assert a.answerable and not _attachment_notice(a)
