"""A speech forwarded by e-mail and saved as text: the header fields and the forwarder's cover
note are no part of it, and the subject (without 转发/回复/Fw/Re) is its title. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

SPEECH = """同志们：
今天召开全县春季森林防火工作会议，下面，我讲两点意见。
第一，清醒认识当前严峻形势。今年入春以来全县降水量偏少四成。
第二，全力抓好重点时段防控。要在进山路口设立检查站86个。
"""
HEADERS = [
    "发件人：县政府办公室\n发送时间：2025年4月8日 9:12\n收件人：各乡镇\n主题：转发：副县长在全县森林防火工作会议上的讲话\n",
    "From: office@example.gov.cn\nSent: Tuesday, April 8, 2025\nTo: towns\nSubject: Fw: 副县长在全县森林防火工作会议上的讲话\n",
    "发件人：办公室\n主题：回复：转发：副县长在全县森林防火工作会议上的讲话\n",
]


@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("separator", ["", "-----原始邮件-----\n", "---------- Forwarded message ----------\n"])
def test_a_forwarded_mail_is_read_as_the_speech_it_carries(header, separator):
    text = header + "\n各单位：\n现将讲话稿转发给你们，请认真学习。\n" + separator + SPEECH
    doc = parse_speech(text, "mail")
    assert doc.title == "副县长在全县森林防火工作会议上的讲话"
    body = "".join(p.text for p in doc.passages)
    assert "发件人" not in body and "From:" not in body and "主题" not in body and "原始邮件" not in body
    assert "检查站86个" in body and [n.title[:3] for n in doc.outline] == ["第一，", "第二，"]
    if separator:  # the forwarder's own note stands between the header and the separator
        assert "现将讲话稿转发给你们" not in body


def test_a_speech_naming_a_topic_once_has_no_mail_header():
    text = "在全县教育工作会议上的讲话\n主题：办好人民满意的教育\n" + SPEECH
    doc = parse_speech(text, "speech")
    assert doc.title == "在全县教育工作会议上的讲话"
