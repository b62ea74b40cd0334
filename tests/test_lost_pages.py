"""A text copied out of a PDF keeps each page's number ("— 3 —", "- 3 -", "第 3 页"). When the numbers
run 1, 2, 4, the copy dropped a page: the text jumps mid-sentence with no notice, and the jump is a gap.
A bare number standing where the sequence puts it is a page number too, not text. A title whose kind
is wrapped onto its own line ("关于…情况" / "的调研报告") is one title. Texts written here."""
from __future__ import annotations

import pytest

from index.page_numbers import bare_page_number_lines, lost_pages
from index.parser import parse_speech

_PAGE = "某某县供水工作调研报告"


def _report(marks: list[str]) -> str:
    """A report over five pages, its page numbers written as ``marks`` (one per page break)."""
    pages = [
        "关于某某县农村供水保障情况\n的调研报告\n\n县水利局课题组\n（2025年10月）\n\n一、基本情况\n"
        "全县农村集中供水工程86处，农村自来水普及率达到93.4%，比上年提高\n1.6个百分点。\n",
        "二、主要做法\n一是强化水源保护。划定水源保护区42个，设立界标\n和警示牌310块。二是推进规模化供水，新建\n",
        "千吨万人供水工程5处。三是健全管护机制，组建县级专业管护队伍\n一支。\n",
        "三、存在的问题\n（一）季节性缺水。山区12个村旱季供水不足。\n（二）水质检测能力弱。乡镇水厂检测项目\n",
        "不全。\n四、对策建议\n1．加快骨干水源建设。\n2．提升水质检测能力。\n",
    ]
    out = pages[0]
    for mark, page in zip(marks, pages[1:]):
        out += f"\n{mark}\n{_PAGE}\n\n" + page
    return out


def test_page_numbers_in_sequence_lose_nothing():
    text = _report(["— 1 —", "— 2 —", "— 3 —", "— 4 —"])
    assert lost_pages(text) == []
    assert parse_speech(text, "water").truncation.gaps == []


@pytest.mark.parametrize("marks, lost", [
    (["— 1 —", "— 2 —", "— 4 —", "— 5 —"], [3]),
    (["- 1 -", "- 3 -", "- 4 -", "- 5 -"], [2]),
    (["第 1 页", "第 2 页", "第 3 页", "第 5 页"], [4]),
])
def test_a_jump_in_the_page_numbers_is_a_gap(marks, lost):
    text = _report(marks)
    assert [pages for _a, _b, pages in lost_pages(text)] == [lost]
    doc = parse_speech(text, "water")
    assert len(doc.truncation.gaps) == 1
    assert any(f.kind == "gap" for p in doc.passages for f in p.flags)


def test_a_bare_number_where_the_sequence_puts_it_is_a_page_number():
    text = _report(["— 1 —", "2", "— 3 —", "— 4 —"])
    assert len(bare_page_number_lines(text)) == 1 and lost_pages(text) == []
    doc = parse_speech(text, "water")
    assert not any(p.text.strip() == "2" or "\n2\n" in p.text for p in doc.passages)


def test_a_bare_number_out_of_sequence_is_left_alone():
    text = _report(["— 1 —", "7", "— 3 —", "— 4 —"])
    assert bare_page_number_lines(text) == frozenset()


@pytest.mark.parametrize("first, second", [
    ("关于某某县农村供水保障情况", "的调研报告"),
    ("关于进一步加强农村供水保障工作", "的实施意见"),
    ("某某同志在全县农村供水工作会议", "上的讲话"),
])
def test_a_title_wrapped_onto_its_kind_is_one_title(first, second):
    doc = parse_speech(f"{first}\n{second}\n\n一、基本情况\n全县农村自来水普及率达到93.4%。\n", "t")
    assert doc.title == first + second
