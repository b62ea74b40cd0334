""""完成时间呢", "时限呢", "资金呢" after a task was shown: a detail of that task (its own line "完成时限：…"),
not the word 完成 searched alone across the text; "那投资呢" after a figure still asks that figure of
another subject. A report written here."""
from __future__ import annotations

import pytest

REPORT = """2026年政府工作报告
一、主要预期目标
地区生产总值增长5.5%左右，固定资产投资增长5%，全面完成省下达的节能目标任务。
二、重点工作
（一）支持民营经济发展
全面清理拖欠企业账款，转贷应急资金池规模扩大到10亿元。
牵头单位：市财政局；完成时限：拖欠账款清理2026年9月底前完成。
（二）提升科技创新能力
建设市科技创新中心，新认定高新技术企业120家。
牵头单位：市科技局；完成时限：科技创新中心主体工程2026年10月底前完工。
"""


@pytest.mark.slow
@pytest.mark.parametrize("history, due", [
    (["支持民营经济发展有哪些措施", "这个由谁牵头"], "9月底前完成"),
    (["提升科技创新能力有哪些任务"], "10月底前完工"),
])
@pytest.mark.parametrize("follow", ["完成时间呢", "完成时限呢"])
def test_the_due_date_of_the_task_shown(ask_of, history, due, follow):
    a = ask_of(REPORT)(follow, history=history)
    assert due in a.answer and "节能目标" not in a.answer, a.answer


@pytest.mark.slow
def test_who_leads_the_task_quoted(ask_of):
    a = ask_of(REPORT)("这个由谁牵头", history=["支持民营经济发展有哪些措施"])
    assert "市财政局" in a.answer and "市科技局" not in a.answer, a.answer
