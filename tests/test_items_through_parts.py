"""A work plan numbers its items straight through its parts ("一、" holds 1.–5., "二、" 6.–10.), and
a template site leaves some out with a bracketed note ("……（中间内容略）……", "（此处部分内容从略）",
"（中略）"). The note is a gap; the items after it are headings though their numbers jump; the items
lost in it are known by number, under the part before the jump, and asked for, said to be lost.
Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.truncation import find_gaps

POINTS = """2026年全县农业农村工作要点
一、稳定粮食生产
1.稳面积。全县粮食播种面积稳定在52万亩以上。（责任单位：县农业农村局）
2.建农田。新建高标准农田2.8万亩。（责任单位：县农业农村局、县财政局）
二、发展乡村产业
3.壮大龙头企业。新培育市级以上龙头企业4家。（牵头单位：县农业农村局）
4.培育特色产业。建设特色产业基地5个。（责任单位：县农业农村局）
{note}
三、繁荣乡村流通
7.发展农村电商。新建村级电商服务站30个。（责任单位：县商务局）
四、建设宜居乡村
8.推进改厕。完成农村户厕改造1500户。（责任单位：县农业农村局）
9.整治村庄。创建美丽乡村示范村12个。（责任单位：县住建局）
"""

NOTES = ["……（中间内容略）……", "（此处部分内容从略）", "(中略)"]


def _text(note: str = NOTES[0]) -> str:
    return POINTS.replace("{note}", note)


@pytest.mark.parametrize("note", NOTES)
def test_the_note_is_a_gap(note):
    assert [g.notice for g in find_gaps(_text(note))] == [note.strip()]


@pytest.mark.parametrize("note", NOTES)
def test_items_after_the_gap_stay_headings_and_the_lost_ones_are_known(note):
    doc = parse_speech(_text(note), "points")
    titles = [n.title for n in doc.outline_nodes()]
    assert "7.发展农村电商" in titles and "9.整治村庄" in titles
    lost = [n for n in doc.outline_nodes() if n.status == "omitted"]
    assert [n.title for n in lost] == ["5.", "6."]
    assert all(n.path.startswith("二、发展乡村产业") for n in lost)  # lost at the end of the part before


def test_a_small_forward_jump_without_a_gap_is_still_prose():
    text = "要点\n一、甲项工作\n1.第一条。内容一。\n2.第二条。内容二。\n二、乙项工作\n9.这不是第九条。只是以数字开头的句子。\n"
    titles = [n.title for n in parse_speech(text, "plain").outline_nodes()]
    assert not any(t.startswith("9.") for t in titles)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["第6条讲的什么", "第五条的责任单位是谁"])
def test_a_lost_item_asked_is_said_to_be_lost(ask_of, question):
    answer = ask_of(_text(), "points")(question)
    assert answer.notices, answer.answer
    assert "农村电商" not in answer.answer and "改厕" not in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [("第7条讲的什么", "电商服务站"), ("第九条说的啥", "示范村"),
                                                ("第四部分第二条讲什么", "示范村")])
def test_an_item_after_the_gap_is_found_by_its_number(ask_of, question, expected):
    """By its number through the parts, or by its place in its part."""
    answer = ask_of(_text(), "points")(question)
    assert answer.answerable and expected in answer.answer, answer.answer
