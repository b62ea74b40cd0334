"""A hard-wrapped text whose paragraphs open indented ("\u3000\u3000全县…"): a sentence that happens to
end where the line does is no paragraph's end when the next line opens with no indent.

Copied from a PDF, such a text breaks its lines at the page's width, so now and then a sentence's
full stop falls on the last column. Read line by line, the rest of the paragraph became a paragraph
of its own, and one under a sub-heading's first paragraph landed in the part above it. Texts are
written here, in three wordings; the counter-cases keep a line that opens indented, a numbered
line and a text that indents nothing as they were.
"""
from __future__ import annotations

import pytest

from index.hard_wrap import indents_paragraphs
from index.parser import parse_speech

IND = "\u3000\u3000"


def _report(first: str, rest: str, rest_indented: bool = False) -> str:
    """A wrapped survey report; ``first`` fills a line and ends a sentence, ``rest`` follows."""
    lead = IND if rest_indented else ""
    return f"""关于全镇农村饮水安全情况的调研报告
一、基本情况
{IND}全镇共有行政村十八个，农村人口三万二千人，集中供水工程
覆盖十六个村，自来水普及率达到百分之九十一，比上年提高三个百
分点。
{IND}从水源情况看，全镇现有水源地五处，其中地表水源三处，地
下水源两处，水质检测合格率保持在较高水平，但枯水季节部分山区
村组仍存在季节性缺水，群众反映较为强烈，需要引起高度重视，
及早谋划解决。
{IND}从投入情况看，近三年全镇累计投入农村饮水工程资金一千二
百万元，新建改建供水站四座，铺设管网八十六公里，受益群众一
万二千余人，群众满意度明显提升。
二、存在的主要问题
（一）工程老化问题突出
{IND}全镇供水管网大多建于十多年前，跑冒滴漏时有发生，部分
村组管网漏损率超过百分之二十五，维修资金长期不足。
（二）管护队伍力量薄弱
{IND}{first}
{lead}{rest}
三、对策建议
{IND}要加快管网改造，力争三年内完成全部老旧管网更新，同时建
立镇村两级管护制度，落实管护经费和人员，确保工程长期发挥
效益。
{IND}要强化水质监测，每季度对各水源地开展一次全面检测，检测结
果及时向群众公开。
"""


WORDINGS = [
    ("全镇专职管水员仅有九人，平均年龄五十八岁，多为兼职村干部。",
     "管水员每月补贴约四百元，待遇偏低，人员流动频繁，技术培训也跟不上。"),
    ("目前各村管水员多由村干部兼任，专业技能明显不足，难以胜任。",
     "管水员每年参加培训不足一次，水质自检几乎空白，应急处置能力较弱。"),
    ("镇水务站现有工作人员三名，其中具有专业背景的仅有一名同志。",
     "管水员队伍年龄结构老化，五十岁以上的占七成，年轻人不愿意干这行。"),
]


@pytest.mark.parametrize("first,rest", WORDINGS)
def test_a_line_going_on_after_a_sentence_that_filled_the_width_stays_in_its_paragraph(first, rest):
    doc = parse_speech(_report(first, rest), "water")
    holding = [p for p in doc.passages if rest[:12] in p.text]
    assert len(holding) == 1
    assert first[:12] in holding[0].text  # one paragraph, not two
    assert holding[0].section.endswith("（二）管护队伍力量薄弱")
    node = next(n for n in doc.outline_nodes() if n.title == "（二）管护队伍力量薄弱")
    assert node.body_end >= doc.source.find(rest) + len(rest) - 1


@pytest.mark.parametrize("first,rest", WORDINGS[:2])
def test_an_indented_line_after_it_still_opens_a_paragraph(first, rest):
    doc = parse_speech(_report(first, rest, rest_indented=True), "water")
    assert not any(first[:12] in p.text and rest[:12] in p.text for p in doc.passages)
    assert any(p.text.startswith(rest[:12]) for p in doc.passages)


def test_a_numbered_line_after_it_still_opens_its_own_point():
    first, _ = WORDINGS[0]
    doc = parse_speech(_report(first, "一是加强培训，每年组织管水员集中培训两次，提升专业技能水平。"), "water")
    assert not any(first[:12] in p.text and "一是加强培训" in p.text for p in doc.passages)


def test_a_text_that_indents_nothing_keeps_its_line_breaks_after_a_sentence():
    first, rest = WORDINGS[0]
    text = _report(first, rest).replace(IND, "")
    assert not indents_paragraphs([(False, line) for line in text.splitlines() if line], 30)
    doc = parse_speech(text, "water")
    assert not any(first[:12] in p.text and rest[:12] in p.text for p in doc.passages)


def test_indents_are_read_only_in_a_text_that_wraps():
    lines = [(True, "要抓好项目建设。"), (True, "要抓好招商引资。"), (True, "要抓好民生实事。"), (True, "要抓好安全生产。")]
    assert not indents_paragraphs(lines, None)
