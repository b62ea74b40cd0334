"""A task's lead department or deadline said in a sentence of its own that points back at it
("这项工作由市发展改革委牵头", "此项任务由县住建局负责", "上述工作…底前完成"): asked who leads
the task, or when it is due, in the task's words, the answer quotes that sentence. Texts written here."""
from __future__ import annotations

import pytest

from qa.fact_check import REFERS_BACK

PLAN = """在全县优化营商环境推进会上的讲话
同志们：
一、重点任务
一是建设“惠企易”政策平台。年内实现政策精准匹配和在线兑现，兑现资金在审核通过后10个工作日内拨付到位。这项工作由县发展改革局牵头，县财政局配合。
二是推进老旧小区电梯加装。全年加装电梯120部，优先保障老年住户集中的楼栋。此项任务由县住房城乡建设局负责，9月底前完成选址。
三是清理拖欠中小企业账款。全面摸清县属国有企业和政府部门的欠款底数。上述工作要在11月底前全部完成，由县工业和信息化局统筹。
二、保障措施
各部门要加强协同，形成工作合力。
"""


@pytest.mark.parametrize("sentence, points_back", [
    ("这项工作由县发展改革局牵头。", True), ("此项任务由县住建局负责。", True), ("上述工作要在11月底前完成。", True),
    ("该项改革由县司法局推进。", True), ("县发展改革局牵头建立平台。", False), ("这是一项长期工作。", False),
])
def test_a_sentence_pointing_back_at_the_work_is_told_by_its_subject(sentence, points_back):
    assert bool(REFERS_BACK.match(sentence)) is points_back


@pytest.mark.slow
@pytest.mark.parametrize("question, unit", [
    ("惠企易平台谁牵头", "县发展改革局"),
    ("加装电梯这事哪个部门负责", "县住房城乡建设局"),
    ("欠中小企业的账款清理由哪个部门统筹", "县工业和信息化局"),
])
def test_who_leads_is_the_sentence_pointing_back_at_the_task(ask_of, question, unit):
    answer = ask_of(PLAN)(question)
    assert answer.answerable and unit in answer.answer, answer.answer
