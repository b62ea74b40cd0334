"""Numbered points a site's editor or a one-line page ran on inside one paragraph: "1.全力抓项目。…
2.多方争资金。…3.持续促消费。…" (each a short heading, run on from the paragraph's own) and
"…行动。1.壮大主导产业。…2.抓好企业培育。…" (points after a lead sentence). They are cut where
they count on; a decimal or a stray number is never a point. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

HEAD = "在全县经济工作会议上的讲话\n同志们：\n今天召开全县经济工作会议。\n一、重点工作\n"

RUN_FROM_HEADING = {
    "num_dot": "（一）扩大有效需求\n1.全力抓项目。全年实施重点项目170个，投资增长6.5%。2.多方争资金。争取上级资金增长10%以上。3.持续促消费。全年开展促消费活动50场。4.着力稳预期。新增普惠小微贷款30亿元。\n（二）做强实体经济\n全年新增规上企业20家。\n",
    "num_dun": "（一）扩大有效需求\n1、全力抓项目。全年实施重点项目170个，投资增长6.5%。2、多方争资金。争取上级资金增长10%以上。3、持续促消费。全年开展促消费活动50场。4、着力稳预期。新增普惠小微贷款30亿元。\n（二）做强实体经济\n全年新增规上企业20家。\n",
    "circled": "（一）扩大有效需求\n①全力抓项目。全年实施重点项目170个，投资增长6.5%。②多方争资金。争取上级资金增长10%以上。③持续促消费。全年开展促消费活动50场。④着力稳预期。新增普惠小微贷款30亿元。\n（二）做强实体经济\n全年新增规上企业20家。\n",
}


@pytest.mark.parametrize("scheme", sorted(RUN_FROM_HEADING))
def test_points_run_on_from_a_paragraphs_own_heading_are_its_siblings(scheme):
    doc = parse_speech(HEAD + RUN_FROM_HEADING[scheme], "d")
    section = next(n for n in doc.outline_nodes() if n.title.startswith("（一）"))
    assert [c.title[-5:] for c in section.children] == ["全力抓项目", "多方争资金", "持续促消费", "着力稳预期"]
    assert any("投资增长6.5%" in p.text for p in doc.passages)  # the decimal stays in its sentence


def test_points_after_a_lead_sentence_are_points_of_its_section():
    text = HEAD + ("（一）做强实体经济\n坚持把着力点放在实体经济上。1.壮大主导产业。产值突破130亿元。2.抓好企业培育。"
                   "新增规上企业20家以上。3.发展服务业。物流园二期年内建成。\n")
    doc = parse_speech(text, "d")
    points = [p.text for p in doc.passages if "做强实体经济" in p.section]
    assert any(t.startswith("2.抓好企业培育") for t in points), points
    assert any(t.startswith("3.发展服务业") for t in points), points


@pytest.mark.parametrize("body", [
    "全年增长3.5%，比上年提高1.2个百分点，居全市第3.位次不变。",
    "主要指标有：增长率5.8%、占比2.1%。其中3.农业增加值另行统计。",
])
def test_a_stray_number_is_no_point(body):
    doc = parse_speech(HEAD + "（一）主要指标\n" + body + "\n", "d")
    section = next(n for n in doc.outline_nodes() if n.title.startswith("（一）"))
    assert not section.children
    assert sum("（一）主要指标" in p.section for p in doc.passages) == 1


@pytest.mark.parametrize("lead", ["要紧盯重点车辆、重点路段，", "今年要抓好三件事："])
def test_points_counted_after_a_comma_are_cut(lead):
    text = HEAD + (f"（一）抓好道路交通安全\n{lead}一是严查“三超一疲劳”违法行为；二是整治农用车违法载人；"
                   "三是持续开展“一盔一带”行动，头盔佩戴率要达到95%以上。\n（二）抓好消防安全\n全年开展检查20次。\n")
    doc = parse_speech(text, "d")
    points = [p.text for p in doc.passages if "道路交通安全" in p.section]
    assert any(t.startswith("三是持续开展") for t in points), points


def test_a_lone_point_word_after_a_comma_is_text():
    doc = parse_speech(HEAD + "（一）主要工作\n全乡统一是前提，二是说法不一，要加强协调。\n", "d")
    assert sum("主要工作" in p.section for p in doc.passages) == 1
