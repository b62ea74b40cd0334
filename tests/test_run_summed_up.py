"""Points run on in one paragraph ("一是…。二是…。三是…。") followed by a sentence that sums them
up ("这些问题，必须认真加以解决。", "以上几项工作…", "总之，…"): that sentence closes the list and is
no part of the last point, so the last point is shown with its own sentences (and its blanks).
Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

TEMPLATE = """在全镇{topic}工作会议上的讲话
同志们：
一、存在的问题
在看到成绩的同时，我们也要看到，全镇{topic}还存在一些短板。一是{a}。{a_more}二是{b}。{b_more}三是{c}。{c_more}{closing}
二、下一步工作
各村要在5月底前完成排查，镇里每月通报一次。
"""
CASES = [
    dict(topic="垃圾分类", a="分类设施不足", a_more="全镇只有14个分类投放点。",
         b="群众参与不够", b_more="部分村民仍混投混放。",
         c="清运能力偏弱", c_more="全镇清运车辆只有××辆，偏远村每周只清运一次。",
         closing="这些问题，必须认真加以解决。", last_own="偏远村每周只清运一次"),
    dict(topic="农村饮水", a="水源保护不到位", a_more="有3处水源地周边仍有养殖场。",
         b="管网老化严重", b_more="漏损率超过两成。",
         c="管护力量薄弱", c_more="全镇专职管水员只有××人，村级管护基本空白。",
         closing="以上几个方面的问题，我们要直面不回避。", last_own="村级管护基本空白"),
    dict(topic="文明创建", a="环境卫生反弹", a_more="集镇背街小巷垃圾乱堆。",
         b="志愿服务不活跃", b_more="注册志愿者参与率不足三成。",
         c="宣传氛围不浓", c_more="公益广告更新不及时，破损的有××处。",
         closing="总之，创建工作只有起点没有终点。", last_own="破损的有××处"),
]


@pytest.mark.parametrize("case", CASES, ids=[c["topic"] for c in CASES])
def test_the_summing_up_sentence_is_no_part_of_the_last_point(case):
    doc = parse_speech(TEMPLATE.format(**case), "town")
    third = next(p for p in doc.passages if p.item == "三是")
    assert case["last_own"] in third.text
    assert case["closing"] not in third.text
    closing = next(p for p in doc.passages if case["closing"] in p.text)
    assert closing.item is None and closing.section.startswith("一、存在的问题")


def test_a_sentence_about_the_points_own_subject_stays_in_it():
    text = TEMPLATE.format(topic="消防", a="设施老化", a_more="", b="通道堵塞", b_more="",
                           c="队伍不稳", c_more="这些人员年龄偏大，流动性强。", closing="", last_own="")
    doc = parse_speech(text, "town")
    third = next(p for p in doc.passages if p.item == "三是")
    assert "这些人员年龄偏大" in third.text


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(TEMPLATE.format(**c), f"town{i}") for i, c in enumerate(CASES)]
    variant = assistant.variant(index=index_in_memory(docs, encoder))
    return lambda q, doc: variant.ask(q, [], document=doc)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c["topic"] for c in CASES])
def test_the_list_shows_the_last_points_own_sentence_and_its_blank(ask, i):
    case = CASES[i]
    a = ask(f"{case['topic']}存在哪些问题", f"town{i}")
    assert a.answerable
    assert case["c"] in a.answer and case["last_own"] in a.answer
    assert case["closing"] not in a.answer
    assert any(n.kind == "blank" for n in a.notices)
