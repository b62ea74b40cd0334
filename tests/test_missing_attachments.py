"""Attachments a notice lists but does not carry ("附件：1.…成员名单 2.…评分标准", nothing after): a question
about one is told it is not in the text (an outline_only notice), not handed its name as the answer; an
attachment the text does carry after its listing is no such case. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

NOTICE = """青禾镇人民政府关于印发《青禾镇庭院美化行动方案》的通知
各村（社区）、镇直各单位：
现将《青禾镇庭院美化行动方案》印发给你们，请认真贯彻落实。
一、工作目标
到2026年底，全镇美丽庭院达到650户。
二、保障措施
成立由镇长任组长的工作专班，专班办公室设在镇农业办。
附件：1. 青禾镇庭院美化工作专班成员名单
      2. 青禾镇美丽庭院评分标准
"""
CARRIED = """关于做好春耕生产工作的通知
各村：
一、抓好备耕
要做好种子化肥储备。
附件：1.春耕生产任务分解表
2.春耕联络员名单

附件1
春耕生产任务分解表
东村 | 520亩
西村 | 310亩
"""


def _attachment_flags(text: str) -> dict[str, set[str]]:
    doc = parse_speech(text, "d")
    return {p.text: p.flag_kinds for p in doc.passages if p.section.startswith("附件")}


def test_listed_attachments_not_carried_are_flagged():
    flags = _attachment_flags(NOTICE)
    assert len(flags) == 2 and all("attachment" in kinds for kinds in flags.values()), flags


def test_an_attachment_carried_after_its_listing_is_not_flagged():
    flags = _attachment_flags(CARRIED)
    assert "attachment" not in flags["1.春耕生产任务分解表"]
    assert "attachment" in flags["2.春耕联络员名单"]
    assert not any("attachment" in kinds for text, kinds in flags.items() if "东村" in text or "西村" in text)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["附件里专班成员都有谁", "美丽庭院怎么评分", "专班成员名单里有哪些人"])
def test_a_question_about_a_missing_attachment_is_told_so(ask_of, question):
    answer = ask_of(NOTICE)(question)
    notices = [n for n in answer.notices if n.kind == "outline_only"]
    assert notices and "附件" in notices[0].message, answer.answer
