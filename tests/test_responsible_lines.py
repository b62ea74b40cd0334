"""A plan or notice names who carries out each task on a line of its own after it ("牵头单位：…",
"责任单位：…"): asked who leads a task, in words of the task rather than of its heading, the answer
quotes the task and that line; a line under another task is never borrowed. Texts written here."""
from __future__ import annotations

import pytest

from qa.fact_check import RESPONSIBLE_LINE

PLAN = """青禾县农村人居环境整治提升实施方案
一、重点任务
（一）推进农村厕所革命。
1.新建改建户厕。按照“宜水则水、宜旱则旱”原则，2026年新建改建农村户厕3000座，同步建立粪污收运台账。
牵头单位：县农业农村局；配合单位：县卫生健康局、各乡镇人民政府。
2.公厕管护。每座农村公厕明确1名保洁员，实行日常保洁和定期维修相结合。
责任单位：各乡镇人民政府。
（二）治理农村生活污水。
1.建设处理设施。优先推进饮用水水源保护区和黑臭水体周边村庄的污水收集处理，年内新增治理村庄40个。
牵头单位：市生态环境局青禾分局；配合单位：县水利局。
2.强化运行维护。建立县级运维平台，对处理设施出水水质每季度抽测一次。
（三）整治村容村貌。开展“美丽庭院”创建，每个乡镇打造示范村2个。
"""


@pytest.mark.parametrize("line, labelled", [
    ("牵头单位：县农业农村局；配合单位：县卫生健康局。", True), ("责任单位：各乡镇人民政府。", True),
    ("（牵头单位：县财政局）", True), ("负责部门:县住建局", True), ("各单位要落实牵头责任。", False),
])
def test_a_responsibility_line_is_told_by_its_label(line, labelled):
    assert bool(RESPONSIBLE_LINE.match(line)) is labelled


@pytest.mark.slow
@pytest.mark.parametrize("question, task, unit", [
    ("农村户厕改建由谁牵头？", "新建改建农村户厕3000座", "县农业农村局"),
    ("黑臭水体周边村庄的污水治理由哪个部门负责？", "黑臭水体", "市生态环境局青禾分局"),
    ("公厕保洁员这块谁来负责？", "保洁员", "各乡镇人民政府"),
])
def test_who_leads_a_task_is_its_responsibility_line(ask_of, question, task, unit):
    answer = ask_of(PLAN)(question)
    assert answer.answerable and task in answer.answer and unit in answer.answer, answer.answer


@pytest.mark.slow
def test_a_task_without_a_line_borrows_none(ask_of):
    answer = ask_of(PLAN)("污水处理设施出水水质多久抽测一次？")
    assert answer.answerable and "每季度" in answer.answer, answer.answer
    assert "牵头单位" not in answer.answer and "责任单位" not in answer.answer, answer.answer
