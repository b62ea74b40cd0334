"""A notice's list of attachments that opens on the label's line ("附件：1.任务清单" then
"2.验收标准"): the label is the appendix, and every attachment one of its items, the first too.
Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

NOTICE = """关于开展春季植树造林活动的通知
各乡镇人民政府，县直各部门：
现将今年春季植树造林有关事项通知如下。
一、目标任务
全县完成人工造林1.5万亩，村庄绿化覆盖率达到32%。
二、工作要求
各乡镇要在4月15日前完成栽植任务。
附件：1.各乡镇造林任务分解表
2.苗木质量标准
3.造林验收办法
"""

LETTER = """关于做好2026年度防汛准备工作的通知
各区人民政府：
一、做好隐患排查
5月底前完成全部在建工地排查。
二、落实值守
汛期实行24小时值班。
附件:1、防汛责任人名单
2、应急物资储备清单
"""


@pytest.mark.parametrize("text, attachments", [
    (NOTICE, ["各乡镇造林任务分解表", "苗木质量标准", "造林验收办法"]),
    (LETTER, ["防汛责任人名单", "应急物资储备清单"]),
])
def test_every_attachment_is_an_item_of_the_appendix(text, attachments):
    doc = parse_speech(text, "notice")
    titles = [n.title for n in doc.outline]
    assert titles[-1] == "附件", titles
    under = [p.text for p in doc.passages if p.section.startswith("附件 >")]
    assert [any(a in t for t in under) for a in attachments] == [True] * len(attachments), under
    assert not any("附件" in p.section for p in doc.passages if "目标任务" in p.section or "值守" in p.section)


@pytest.mark.slow
@pytest.mark.parametrize("text, question, attachments", [
    (NOTICE, "附件有哪些", ["各乡镇造林任务分解表", "苗木质量标准", "造林验收办法"]),
    (NOTICE, "这个通知都有哪些附件", ["各乡镇造林任务分解表", "造林验收办法"]),
    (LETTER, "附件都是什么", ["防汛责任人名单", "应急物资储备清单"]),
])
def test_the_attachments_asked_are_all_listed(ask_of, text, question, attachments):
    answer = ask_of(text, "notice")(question)
    assert answer.answerable and all(a in answer.answer for a in attachments), answer.answer


REPORT = """2026年某县财政预算执行情况的报告
各位代表：
一、2025年预算执行情况
全县一般公共预算收入12.6亿元，增长5.2%。
二、2026年预算草案
一般公共预算收入预期增长5%。
附录
1.名词解释：一般公共预算
2.县级财政专项资金清单
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, items", [
    (NOTICE, "附件是哪几个", ["各乡镇造林任务分解表", "苗木质量标准", "造林验收办法"]),
    (LETTER, "附件是哪些文件", ["防汛责任人名单", "应急物资储备清单"]),
    (REPORT, "附录都有什么", ["名词解释", "县级财政专项资金清单"]),
    (REPORT, "附录是哪几个", ["名词解释", "县级财政专项资金清单"]),
])
def test_a_short_heading_held_whole_is_named(ask_of, text, question, items):
    """"附件", "附录": a heading too short for a shared run of four characters to name it is named when
    the question holds it whole, and its items answer."""
    answer = ask_of(text, "notice")(question)
    assert answer.answerable and all(i in answer.answer for i in items), answer.answer
    assert "各乡镇人民政府" not in answer.answer and "各区人民政府" not in answer.answer, answer.answer


def test_only_a_short_heading_held_whole_and_alone_in_its_speech_is_named():
    from qa.short_headings import short_headings_named, short_titles
    titles = short_titles([("a", "n1", "附件"), ("a", "n2", "任务"), ("a", "n3", "任务"), ("a", "n4", "工作目标"),
                           ("b", "n5", "附件")])
    assert short_headings_named("附件是哪几个", titles) == [("a", "n1"), ("b", "n5")]
    assert short_headings_named("任务有哪些", titles) == []  # two headings 任务 in one speech
    assert short_headings_named("工作目标是什么", titles) == []  # four characters: a run names it
    assert short_headings_named("附近有什么", titles) == []
