"""A note in brackets after the last full stop ends a text as a full stop does: a news report's credit
("…参加会议。（记者 孙某某）"), a plan item's unit ("…圆满完成。（责任单位：市商务局）"), "（完）". Such a
text is complete; "第二部分讲了啥" of it is told the part does not exist, not that the text was cut.
A bracket after no full stop, or a cut notice in brackets ("（未完待续）"), still counts. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

REPORT = """全县春耕生产现场会召开
3月12日，全县春耕生产现场会在河口镇召开。县长刘某某出席会议并讲话。
刘某某要求，各乡镇要抓紧备足种子化肥，确保粮食播种面积稳定在52万亩以上。
各乡镇分管负责同志参加会议。（记者 陈某某）
"""
PLAN = """2026年全市招商工作要点
一、全年目标
全年新签约亿元以上项目120个。
二、保障措施
每季度召开一次招商工作调度会，确保全年任务圆满完成。（责任单位：市商务局）
"""
SHORT = """在全镇防汛工作会议上的讲话
同志们：
今年汛期形势严峻，各村要提前转移危险区群众。以上讲话，请认真贯彻落实。（完）
"""


@pytest.mark.parametrize("text", [REPORT, PLAN, SHORT])
def test_a_note_after_the_last_full_stop_ends_the_text(text):
    document = parse_speech(text, "doc")
    assert not [f for f in document.truncation.findings if f.kind == "mid_sentence"]


@pytest.mark.parametrize("text, kind", [
    ("在全县会议上的讲话\n一、要点\n今年要抓好三件事，一是修路（记者 王某）\n", "mid_sentence"),
    ("在全县会议上的讲话\n一、要点\n今年要抓好三件事，一是修路。（未完待续）\n", "notice"),
])
def test_a_bracket_after_no_full_stop_or_a_cut_notice_still_counts(text, kind):
    assert kind in [f.kind for f in parse_speech(text, "doc").truncation.findings]


@pytest.mark.slow
def test_a_part_a_complete_report_lacks_is_not_said_to_be_cut(ask_of):
    answer = ask_of(REPORT)("第二部分讲了啥")
    assert "不完整" not in answer.answer and not any(n.kind == "cut_off" for n in answer.notices), answer.answer
