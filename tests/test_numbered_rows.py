"""A row of a numbered table asked by its number, the table named ("附件里第6项任务是什么", "清单里第3个任务谁牵头"):
the row whose 序号 cell is that number, not the body's list of (一)…(三); past the table's last row, that it
ends there. A question naming no table keeps to the body's list. Texts written here, in two layouts."""
from __future__ import annotations

import pytest

PLAN = """某县农村供水保障实施方案
二、重点任务
（一）强化水源保障
1．建设骨干水源。牵头单位：县水利局。
（二）推进水厂扩能
1．扩建第二水厂。牵头单位：县城投集团。
（三）健全管护机制
1．组建运维公司。牵头单位：县水务公司。
附件：重点任务清单
序号 | 任务 | 牵头单位 | 完成时限
1 | 建设骨干水源 | 县水利局 | 2026年底前
2 | 保护水源地 | 县环保分局 | 2025年底前
3 | 扩建第二水厂 | 县城投集团 | 2026年6月底前
4 | 提升水质检测 | 县卫健局 | 2025年12月底前
5 | 组建运维公司 | 县水务公司 | 2025年9月底前
6 | 完善水价机制 | 县发改委 | 2026年3月底前
"""

LEDGER = """关于印发全区民生实事项目分工的通知
各街道、区直各部门：
现将2026年民生实事项目分工表印发给你们，请抓好落实。
编号 | 项目名称 | 责任单位
1 | 新建社区食堂10个 | 区民政局
2 | 改造老旧小区12个 | 区住建局
3 | 新增公办学位1500个 | 区教育局
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said, not_said", [
    (PLAN, "附件里第6项任务是什么", "完善水价机制", "强化水源保障"),
    (PLAN, "清单里第3个任务谁牵头", "县城投集团", "县发改委"),
    (PLAN, "附件里第二项", "保护水源地", "建设骨干水源"),
    (LEDGER, "分工表里第3项是什么", "新增公办学位1500个", "区民政局"),
])
def test_the_row_of_that_number_answers(ask_of, text, question, said, not_said):
    answer = ask_of(text)(question)
    assert answer.answerable and said in answer.answer and not_said not in answer.answer, answer.answer


@pytest.mark.slow
def test_past_the_last_row_the_table_ends(ask_of):
    answer = ask_of(PLAN)("附件第十项是啥")
    assert "只列到第6项" in answer.answer and "没有第10项" in answer.answer, answer.answer


@pytest.mark.slow
def test_no_table_named_keeps_to_the_body(ask_of):
    answer = ask_of(PLAN)("第二项任务是什么")
    assert "推进水厂扩能" in answer.answer, answer.answer
