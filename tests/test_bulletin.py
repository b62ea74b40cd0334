"""A work bulletin (工作简报): a masthead ("防汛工作简报"), its issue number ("第12期"), the issuer
beside the date, parts set in lenticular brackets with their text run on ("【编者按】入汛以来…"),
and a foot naming whom it goes to ("报：…" "送：…" "发：…"). Texts written here."""
from __future__ import annotations

import pytest

from index.byline import read_byline
from index.parser import parse_speech
from qa.meeting_fields import field_asked

FLOOD = """防汛工作简报
第12期
青禾县防汛抗旱指挥部办公室　　　　2026年6月18日

【编者按】入汛以来，各乡镇防汛准备工作总体有序。现将白沙镇的经验做法予以刊发。
【工作动态】全县共储备编织袋12万条、冲锋舟18艘、救生衣3500件。
【经验交流】白沙镇推行“网格+预警”工作法，预警信息发出后15分钟内通知到户。

报：市防指，县委、县政府主要领导
送：县防指各成员单位
发：各乡镇人民政府
"""
SAFETY = """安全生产工作简报
总第126期
柳溪镇安全生产委员会办公室　　2026年3月5日
【检查情况】节后复工复产检查共排查企业46家，发现隐患31处，已整改28处。
【下步安排】3月底前完成剩余隐患整改。
抄送：县应急管理局
"""
WITH_TITLE = """安全生产工作简报
第3期
关于全镇节后复工复产安全检查情况的通报
节后复工复产检查共排查企业46家。
"""


@pytest.mark.parametrize("text, title, number", [
    (FLOOD, "防汛工作简报", "第12期"), (SAFETY, "安全生产工作简报", "总第126期"),
    (WITH_TITLE, "关于全镇节后复工复产安全检查情况的通报", None)])
def test_the_masthead_names_a_bulletin_with_no_title_of_its_own(text, title, number):
    doc = parse_speech(text, "bulletin")
    assert doc.title == title
    byline = read_byline(text, "bulletin", doc.title)
    assert (byline.number.text if byline.number else None) == number


def test_the_bracketed_parts_and_the_foot():
    doc = parse_speech(FLOOD, "bulletin")
    assert [n.title for n in doc.outline] == ["编者按", "工作动态", "经验交流"]
    texts = [p.text for p in doc.passages]
    assert ["报：市防指，县委、县政府主要领导", "送：县防指各成员单位", "发：各乡镇人民政府"] == texts[-3:]


@pytest.mark.parametrize("question, kind", [
    ("这份简报发给了哪些单位", "distribution"), ("通知抄送了谁", "distribution"),
    ("补贴发给了哪些人", None), ("预警信息多久通知到户", None)])
def test_whom_the_text_goes_to_is_asked(question, kind):
    assert field_asked(question) == kind


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (FLOOD, "这期简报是第几期", "第12期"), (SAFETY, "这是哪一期简报", "总第126期"),
    (FLOOD, "这份简报发给了哪些单位", "发：各乡镇人民政府"), (SAFETY, "简报抄送给了谁", "县应急管理局"),
    (FLOOD, "编者按说了什么", "防汛准备工作总体有序"), (SAFETY, "这份简报是哪天印发的", "2026年3月5日"),
])
def test_a_bulletin_answers_as_its_reader_asks(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
