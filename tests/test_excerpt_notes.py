"""An editor's note that a part was left out ("（全文较长，此处为节选，第四部分“…”略）", "（以下略）",
"（后略）", "（第三部分内容略）", "（其余从略）"): at the end of the text it is a cut-off, in the middle a
gap. A bracket that only ends in 略 as a word does ("（实施乡村振兴战略）") and a source note
("（节选自《…》）") are neither. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

HEAD = """在全镇春季农业生产工作会上的讲话
镇长 石远航
同志们：今天开会，我讲四点意见。
一、肯定成绩
去年全镇粮食总产量达到3.2万吨，农民人均收入增长6.5%。
二、抓好春耕
要落实粮食播种面积5.1万亩，确保种子化肥供应到位。
"""
TAIL = """三、防灾减灾
要修订防汛预案，汛前完成山塘水库隐患排查。
"""

NOTES = ["（全文较长，此处为节选，第四部分“加强组织领导”略）", "（以下略）", "（后略）", "（第四部分内容略）",
         "（其余内容从略）", "【全文较长，本文为节选】"]


@pytest.mark.parametrize("note", NOTES)
def test_a_note_at_the_end_is_a_cut_off(note):
    doc = parse_speech(HEAD + TAIL + note + "\n", "x")
    assert doc.truncation.cut_off is not None, note
    assert note.strip("（）【】") in doc.truncation.cut_off.notice
    assert note not in "".join(p.text for p in doc.passages)


@pytest.mark.parametrize("note", NOTES)
def test_a_note_in_the_middle_is_a_gap(note):
    doc = parse_speech(HEAD + note + "\n" + TAIL, "x")
    assert [g.notice for g in doc.truncation.gaps] == [note]
    assert doc.truncation.cut_off is None


@pytest.mark.parametrize("line", ["（实施乡村振兴战略）", "（节选自《河湾通讯》2025年第3期）", "（详见方略）"])
def test_a_bracket_that_leaves_nothing_out_is_text(line):
    doc = parse_speech(HEAD.replace("同志们：", line + "\n同志们：") + TAIL, "x")
    assert not doc.truncation.gaps and doc.truncation.cut_off is None, line


@pytest.mark.slow
def test_asked_whether_it_is_whole_the_note_is_no_proof_of_wholeness(ask_of):
    answer = ask_of(HEAD + TAIL + NOTES[0] + "\n")("这篇讲话完整吗")
    assert answer.answer.startswith("不完整"), answer.answer
    assert "cut_off" in [n.kind for n in answer.notices]
