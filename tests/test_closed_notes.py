"""Minutes and plans end each task's line with a note it opens and closes ("…值守。（责任单位：县林业局；
完成时限：4月10日前）"). Such lines end where their sentences do: a text full of them is not hard-wrapped
at a width, and its headings (二、关于…) stay headings. Texts written here, in three note wordings."""
from __future__ import annotations

import pytest

from index.hard_wrap import wrap_width
from index.parser import parse_speech


def minutes(note: str) -> str:
    tasks = []
    for part, (topic, items) in enumerate([
            ("关于春季森林防火工作", ["严格野外火源管控。清明期间在重点路口设置检查站", "加强扑火队伍建设。专业扑火队扩充至60人"]),
            ("关于城区停车难治理工作", ["年内新建公共停车泊位1200个", "推行错时共享停车"]),
            ("关于农村饮水安全工作", ["改造提升农村供水工程42处", "建立水质定期检测制度"])]):
        tasks.append(f"{'一二三'[part]}、{topic}\n会议要求：")
        for n, item in enumerate(items, 1):
            tasks.append(f"{n}．{item}。{note.format(unit='县' + '林住水'[part] + '业局', when=f'{n + 3}月底前')}")
        tasks.append("")
    return "县政府常务会议纪要\n会议研究了三项工作。纪要如下：\n\n" + "\n".join(tasks) + "\n出席：周立新、王海燕\n"


NOTES = ["（责任单位：{unit}；完成时限：{when}）", "（牵头单位：{unit}，{when}完成）", "(责任部门：{unit}；时限：{when})"]


@pytest.mark.parametrize("note", NOTES)
def test_lines_ending_in_their_own_note_are_no_hard_wrap(note):
    text = minutes(note)
    assert wrap_width([ln for ln in text.splitlines() if ln.strip()]) is None


@pytest.mark.parametrize("note", NOTES)
def test_the_parts_of_minutes_stay_headings(note):
    doc = parse_speech(minutes(note), "minutes")
    tops = [n.title for n in doc.outline]
    assert [t[:2] for t in tops] == ["一、", "二、", "三、"], tops
    assert all(len(n.children) == 2 for n in doc.outline), [[c.title for c in n.children] for n in doc.outline]
