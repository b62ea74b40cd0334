"""A Q&A's numbered question may ask two things on its line ("六、政策执行期限是多久？补贴名额有没有
限制？"). The second, short question still belongs to the heading: it is no sentence of the answer,
and the answer under it is the heading's. A heading whose question is followed by its answer on the
same line, or by a long sentence, keeps only the first question. Texts written here."""
from __future__ import annotations

import pytest

from index.headings import split_heading
from index.parser import parse_speech


@pytest.mark.parametrize("line, title", [
    ("六、政策执行期限是多久？补贴名额有没有限制？", "六、政策执行期限是多久？补贴名额有没有限制"),
    ("3.补贴什么时候发？发到哪里？", "3.补贴什么时候发？发到哪里"),
    ("（二）谁可以申请? 需要交哪些材料?", "（二）谁可以申请? 需要交哪些材料"),
])
def test_a_short_second_question_stays_in_the_heading(line, title):
    assert split_heading(line) == (title, len(line))


@pytest.mark.parametrize("line, title, body", [
    ("一、为什么要推进产城融合？这是由发展阶段决定的。", "一、为什么要推进产城融合", "这是由发展阶段决定的。"),
    ("二、怎么办？答：要抓好三件事。", "二、怎么办", "答：要抓好三件事。"),
    ("三、钱从哪里来？难道只靠财政一家来出、让县乡两级政府年年都从紧张的预算里挤出大量资金来投入吗？", "三、钱从哪里来",
     "难道只靠财政一家来出、让县乡两级政府年年都从紧张的预算里挤出大量资金来投入吗？"),
])
def test_an_answer_after_the_question_is_body(line, title, body):
    got, at = split_heading(line)
    assert got == title and line[at:].strip() == body


def test_the_answer_stands_under_the_two_question_heading():
    text = ("青禾县农机购置补贴政策解读\n一、补贴对象是谁？\n答：从事农业生产的个人和组织。\n"
            "二、补贴期限是多久？资金有没有上限？\n补贴期限为2026年1月1日至12月31日。\n全县补贴资金总额3000万元，用完即止。\n")
    document = parse_speech(text, "qa")
    titles = [n.title for n in document.outline_nodes()]
    assert "补贴期限是多久？资金有没有上限" in "".join(titles)
    under = [p.text for p in document.passages if "资金有没有上限" in p.section]
    assert under == ["补贴期限为2026年1月1日至12月31日。", "全县补贴资金总额3000万元，用完即止。"]
    assert not any(p.text.startswith("资金有没有上限") for p in document.passages)
