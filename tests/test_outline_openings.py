"""The parts of a plan, asked "这个方案讲了啥": each part with the sentence that opens it, never a task's field line
("牵头单位：县水利局。") or a table's header row ("序号 | 任务 | 牵头单位"), which say nothing of the part; a part
of only those is named by its heading alone. Texts written here."""
from __future__ import annotations

import pytest

PLAN = """某县农村供水保障实施方案
一、工作目标
到2026年底，全县农村自来水普及率达到97%。
二、重点任务
（一）强化水源保障
1．建设骨干水源。
牵头单位：县水利局。完成时限：2026年底前。
（二）推进水厂扩能
1．扩建第二水厂。
牵头单位：县城投集团。完成时限：2026年6月底前。
三、保障措施
成立由县长任组长的领导小组，统筹推进各项工作。
附件：重点任务清单
序号 | 任务 | 牵头单位 | 完成时限
1 | 建设骨干水源 | 县水利局 | 2026年底前
2 | 扩建第二水厂 | 县城投集团 | 2026年6月底前
"""


@pytest.mark.slow
def test_a_parts_opening_is_no_field_line_or_table_row(ask_of):
    answer = ask_of(PLAN)("这个方案讲了啥")
    assert "普及率达到97%" in answer.answer and "成立由县长任组长的领导小组" in answer.answer, answer.answer
    assert "牵头单位：" not in answer.answer and "序号 | 任务" not in answer.answer, answer.answer
    assert "二、重点任务" in answer.answer and "二、重点任务:" not in answer.answer, answer.answer
