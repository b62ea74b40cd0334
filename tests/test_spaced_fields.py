"""Minutes close with labelled fields spaced out to align ("出　　席：", "请　　假：", "记　　录："): each
is a line of its own, not run on into one sentence, and answers who was away, who kept the record
and who sat in, as the unspaced "请假：" does. Texts written here."""
from __future__ import annotations

import pytest

from index.raw_paragraphs import FIELD_LINE_RE

MINUTES = """城南区人民政府常务会议纪要
〔2026〕第3期
　　2026年5月8日，区长孙某某主持召开区政府第3次常务会议，研究了城市更新和防汛工作。
　　一、关于城市更新工作
　　会议同意启动北门片区改造，由区住建局牵头，9月底前完成征收方案。
　　出　　席：孙某某　刘某某　何某某
　　列　　席：丁某某（区住建局局长）　马某某（区应急局局长）
　　请　　假：韩某某（外出考察）
　　记　　录：许某某
"""


@pytest.mark.parametrize("line", ["出　　席：孙某某", "请　　假：韩某某", "记  录：许某某", "列 席：丁某某", "请假：韩某某"])
def test_a_spaced_label_is_a_field_line(line):
    assert FIELD_LINE_RE.match(line)


@pytest.mark.parametrize("line", ["出席会议的有区政府领导。", "请大家假期注意安全：", "记住：防汛无小事"])
def test_a_sentence_is_no_field_line(line):
    assert not FIELD_LINE_RE.match(line)


def test_each_spaced_field_stands_alone():
    from index.parser import parse_speech
    texts = [p.text for p in parse_speech(MINUTES, "doc").passages]
    assert not any("孙某某　刘某某" in t and "请　　假" in t for t in texts), texts
    assert any(t.startswith("请　　假：韩某某") for t in texts), texts


@pytest.mark.slow
@pytest.mark.parametrize("question, said, not_said", [
    ("谁没来开会", "韩某某", "许某某"), ("谁请假了", "韩某某", "丁某某"), ("纪要谁记录的", "许某某", "韩某某"),
    ("哪些人列席了会议", "丁某某", "韩某某"),
])
def test_a_spaced_field_answers_its_question(ask_of, question, said, not_said):
    answer = ask_of(MINUTES)(question)
    assert answer.answerable and said in answer.answer and not_said not in answer.answer, answer.answer
