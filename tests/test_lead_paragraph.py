"""A section whose first paragraph ends in a colon and leads into unnumbered paragraphs
("…目标任务是：" then "到2020年…", "到2035年…", "到2050年…"): the lead is quoted as the list's
lead and is none of its items, so "第二个" is the second stage. Texts written here."""
from __future__ import annotations

import pytest

SPEECH = """关于推进城乡融合发展的实施意见
一、总体要求
（一）指导思想。坚持以人民为中心，推动城乡融合发展。
（二）{head}。按照全省总体部署，分阶段推进城乡融合发展，{lead}
到2025年，城乡融合发展体制机制初步建立，城乡要素流动障碍基本消除。
到2030年，城乡融合发展体制机制更加完善，城乡发展差距明显缩小。
到2035年，城乡融合发展体制机制成熟定型，基本实现城乡一体化。
二、重点任务
推进户籍制度改革，放宽城镇落户条件。
"""


@pytest.mark.slow
@pytest.mark.parametrize("head, lead, question", [
    ("目标任务", "主要目标任务是：", "目标任务分哪几个阶段"),
    ("发展目标", "具体目标如下:", "发展目标有哪些"),
    ("阶段安排", "分三步走：", "阶段安排是怎样的"),
])
def test_a_lead_paragraph_is_the_lists_lead_not_its_first_item(ask_of, head, lead, question):
    answer = ask_of(SPEECH.format(head=head, lead=lead))(question)
    assert [i.text[:7] for i in answer.items] == ["到2025年，", "到2030年，", "到2035年，"], answer.answer
    assert lead.rstrip("：:") in answer.answer.split("\n")[0], answer.answer
