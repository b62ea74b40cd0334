"""A roster as a 表彰决定 or a name list prints it: lines of names and units with no sentence mark, set in
cells by wide spaces ("王立新　县发展和改革局副局长　　　李晓梅（女）　县财政局…"). Each line is an entry of its
own: not run on into one hard-wrapped paragraph that swallows the next heading ("二、先进个人") and the
closing paragraph after a blank line. Plain prose and a short run of title lines are left as they were.
Texts written here, in two layouts."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.raw_paragraphs import roster_lines

COMMENDATION = """清河县人民政府关于表彰2025年度安全生产工作先进集体和先进个人的决定
各乡镇人民政府，县直各单位：
2025年，全县安全生产形势持续稳定，生产安全事故起数同比下降18%。为表彰先进，县政府决定对以下集体和个人予以表彰。

一、先进集体（8个）

县应急管理局　　　　　　　　县交通运输局
县住房和城乡建设局　　　　　县市场监管局
县消防救援大队
县公安局交警大队
南岗镇人民政府　　　　　　　北塘乡人民政府

二、先进个人（6名）

周立群　县应急管理局执法大队大队长　　　　许晓燕（女）　县交通运输局安全股股长
邹海峰　南岗镇应急管理办主任
钱卫东　北塘乡安全生产监管员
孔令辉（女）　县市场监管局特种设备股股长
韦志明　县消防救援大队防火监督员

希望受表彰的集体和个人珍惜荣誉，再创佳绩。全县各级各部门要以他们为榜样，坚决守牢安全底线。

清河县人民政府
2026年1月20日
"""

NAME_LIST = """关于公布2026年度县级河长名单的通知
各乡镇，县直有关单位：
现将县级河长名单公布如下：
青龙河　县委书记　张某某
白沙河　县长　李某某
石门河　常务副县长　王某某
柳溪河　副县长　赵某某
请各河长认真履职，每季度巡河不少于1次。
"""


def test_roster_entries_are_found():
    lines = [ln.strip() for ln in COMMENDATION.splitlines() if ln.strip()]
    found = {lines[i] for i in roster_lines(lines)}
    assert "县消防救援大队" in found and "邹海峰　南岗镇应急管理办主任" in found
    assert not any(t.startswith(("二、", "希望", "2025年")) for t in found)


@pytest.mark.parametrize("lines", [
    ["在全县工作会议上的讲话", "县长　李某某", "同志们"],  # a title block: two spaced lines at most
    ["今年全县完成投资126亿元，增长9%。", "新建道路42公里", "改造管网30公里"],  # no cells
])
def test_other_short_lines_are_no_roster(lines):
    assert roster_lines(lines) == set()


def test_each_entry_is_a_paragraph_and_the_next_heading_stands():
    doc = parse_speech(COMMENDATION, "doc")
    texts = [p.text for p in doc.passages]
    assert "周立群　县应急管理局执法大队大队长　　　　许晓燕（女）　县交通运输局安全股股长" in texts
    assert any(p.section.startswith("二、先进个人") and p.text.startswith("韦志明") for p in doc.passages)
    assert any(t.startswith("希望受表彰的集体和个人珍惜荣誉") for t in texts), texts
    assert [n.title for n in doc.outline][:2] == ["一、先进集体（8个）", "二、先进个人（6名）"]


def test_a_name_list_is_entries_too():
    texts = [p.text for p in parse_speech(NAME_LIST, "doc").passages]
    assert "石门河　常务副县长　王某某" in texts and not any("王某某柳溪河" in t for t in texts), texts


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said, not_said", [
    (COMMENDATION, "钱卫东在不在表彰名单上", "北塘乡安全生产监管员", "韦志明"),
    (COMMENDATION, "许晓燕是哪个单位的", "县交通运输局安全股股长", "钱卫东"),
    (COMMENDATION, "先进集体有哪些", "县消防救援大队", "周立群"),
    (NAME_LIST, "石门河的河长是谁", "王某某", "赵某某"),
])
def test_an_entry_answers_by_itself(ask_of, text, question, said, not_said):
    answer = ask_of(text)(question)
    assert answer.answerable and said in answer.answer and not_said not in answer.answer, answer.answer
