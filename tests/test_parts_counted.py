"""How many parts a named heading has ("附件有几个", "通知带了几个附件", "时间安排分几个阶段",
"实施步骤分几步"): the count is the heading's sub-headings or items, which answer it; the question is
not declined for want of a figure in the text. A count of something else ("有几个村") still needs one.
Texts written here."""
from __future__ import annotations

import pytest

from qa.intent import asked_nouns
from qa.question_form import counts_parts_of

STAGES = """关于开展夏季河道清障专项行动的通知
各乡镇人民政府：
一、工作目标
清理河道障碍物，确保汛期行洪畅通。
二、时间安排
（一）摸底排查阶段（5月1日—5月15日）。各乡镇逐河逐段排查。
（二）集中清理阶段（5月16日—6月15日）。各乡镇组织力量集中清理。
（三）巩固提升阶段（6月16日—6月30日）。县水利局组织复查。
三、工作要求
各乡镇要明确专人负责，每周五前报送进度。
附件：1.河道障碍物排查表
2.清障进度统计表
3.复查验收办法
"""

STEPS = """城区老旧小区改造实施方案
一、改造范围
2000年前建成的老旧小区共46个。
二、实施步骤
（一）调查摸底。3月底前完成入户调查。
（二）方案设计。5月底前完成设计方案。
（三）组织施工。10月底前完成主体改造。
（四）验收移交。12月底前完成验收。
"""


@pytest.mark.parametrize("question, title, counts", [
    ("附件有几个", "附件", True), ("通知带了几个附件", "附件", True), ("时间安排分几个阶段", "二、时间安排", True),
    ("实施步骤一共几步", "二、实施步骤", True), ("时间安排里有几个村要清理", "二、时间安排", False),
    ("附件的清障进度是多少", "附件", False), ("实施步骤有多少个", "二、实施步骤", True),
])
def test_which_questions_count_a_headings_parts(question, title, counts):
    assert counts_parts_of(question, title) is counts


def test_the_counted_noun_is_read_without_its_measure_word():
    assert "附件" in asked_nouns("通知带了几个附件")
    assert "任务" in asked_nouns("下一步有几项任务")


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said", [
    (STAGES, "时间安排分几个阶段", ["摸底排查阶段", "集中清理阶段", "巩固提升阶段"]),
    (STAGES, "附件有几个", ["河道障碍物排查表", "清障进度统计表", "复查验收办法"]),
    (STAGES, "通知带了几个附件", ["河道障碍物排查表", "复查验收办法"]),
    (STEPS, "实施步骤分几步", ["调查摸底", "方案设计", "组织施工", "验收移交"]),
])
def test_a_headings_parts_counted_are_listed(ask_of, text, question, said):
    answer = ask_of(text, "count")(question)
    assert answer.answerable and all(s in answer.answer for s in said), answer.answer
