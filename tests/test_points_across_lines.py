"""Points run inside a paragraph and go on at the start of the next line ("…。第一，…。第二，…"
then "第三，…", as a PDF copy wraps them), and a list led in by a sentence that neither counts its
points nor ends in a colon ("在执法检查上，要坚持严格执法、精准执法。" then 第一，…). Issue 9,
class 1: the answer quotes the points. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

SPEECH = """在全县安全生产工作会议上的讲话
一、重点工作
（一）深入推进隐患排查治理
全年排查隐患4862处，已整改4790处。
在执法检查上，要坚持严格执法、精准执法。{one}敢于动真碰硬。对违法行为零容忍，绝不以罚代管。{two}创新执法方式。全面推行暗查暗访，占比不低于50%。
{three}强化执法保障。县应急管理局要配齐执法装备，年内开展一轮轮训。
为保障各项工作落地，今年县财政预算安排资金3500万元。
（二）压紧压实企业主体责任
企业是安全生产的责任主体，主要负责人是第一责任人。
"""
SCHEMES = [("第一，", "第二，", "第三，"), ("1.", "2.", "3."), ("（1）", "（2）", "（3）"), ("其一，", "其二，", "其三，")]


def _speech(markers: tuple[str, str, str]) -> str:
    one, two, three = markers
    return SPEECH.format(one=one, two=two, three=three)


@pytest.mark.parametrize("markers", SCHEMES)
def test_a_point_at_a_line_start_goes_on_with_the_points_inside_the_paragraph_before(markers):
    doc = parse_speech(_speech(markers), "x")
    items = [p.item for p in doc.passages if p.item]
    assert items == [m.rstrip("，") for m in markers], [(p.item, p.text[:12]) for p in doc.passages]
    assert [n.title[:2] for n in doc.outline_nodes()] == ["一、", "（一", "（二"]


def test_a_line_of_its_own_after_no_inline_points_stays_a_heading():
    text = SPEECH.format(one="\n第一，", two="\n第二，", three="第三，")
    titles = [n.title for n in parse_speech(text, "x").outline_nodes()]
    assert any(t.startswith("第一，敢于动真碰硬") for t in titles), titles


@pytest.mark.slow
@pytest.mark.parametrize("markers", SCHEMES[:2])
@pytest.mark.parametrize("question", ["执法检查方面提了哪几条要求", "执法检查上要做到哪几点"])
def test_a_list_led_in_without_a_count_is_quoted_whole(ask_of, markers, question):
    answer = ask_of(_speech(markers))(question)
    assert all(p in answer.answer for p in ("敢于动真碰硬", "创新执法方式", "强化执法保障")), answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("markers", SCHEMES[:2])
@pytest.mark.parametrize("question", ["执法检查要怎么搞", "执法检查上要怎么做", "如何做好执法检查"])
def test_a_how_question_gets_the_points_the_sentence_leads_in(ask_of, markers, question):
    answer = ask_of(_speech(markers))(question)
    assert all(p in answer.answer for p in ("敢于动真碰硬", "创新执法方式", "强化执法保障")), answer.answer


@pytest.mark.slow
def test_a_figure_next_to_such_a_list_is_still_its_sentence(ask_of):
    answer = ask_of(_speech(SCHEMES[0]))("暗查暗访占比不低于多少")
    assert "50%" in answer.answer and "强化执法保障" not in answer.answer, answer.answer
