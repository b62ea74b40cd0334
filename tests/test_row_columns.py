"""A column asked of the table row just shown: after "第二个问题是什么" gives a 问题清单 row, "怎么整改",
"谁负责", "什么时候完成" ask its cells, turn after turn. Texts written here."""
from __future__ import annotations

import pytest

PLAN = """关于落实巡察反馈问题的整改方案
一、整改目标
对巡察反馈的问题逐项整改，2023年底前全部完成。
二、问题清单
| 序号 | 存在问题 | 整改措施 | 责任单位 | 完成时限 |
| 1 | 理论学习流于形式 | 每月集中学习1次，年底开展测试 | 县委宣传部 | 2023年10月底 |
| 2 | 招投标不规范，7个项目肢解发包 | 开展专项整治，逐一倒查追责 | 县住建局 | 2023年12月底 |
| 3 | 惠民资金拨付滞后 | 建立拨付台账，按月通报进度 | 县财政局 | 2023年11月底 |
三、工作要求
各责任单位每月25日前报送整改进展，县纪委监委跟踪督办。
"""


@pytest.mark.slow
@pytest.mark.parametrize("followup, cell, not_cell", [
    ("怎么整改", "开展专项整治", "每月集中学习"), ("谁负责", "县住建局", "县财政局"),
    ("哪个部门牵头", "县住建局", "县委宣传部"), ("什么时候完成", "2023年12月底", "2023年10月底"),
])
def test_a_column_of_the_row_just_shown(ask_of, followup, cell, not_cell):
    a = ask_of(PLAN, "plan")(followup, ["第二个问题是什么"])
    assert a.answerable and cell in a.answer and not_cell not in a.answer
    assert "序号 | 存在问题" not in a.answer  # not the header row


@pytest.mark.slow
def test_columns_keep_to_the_row_across_turns(ask_of):
    a = ask_of(PLAN, "plan")("什么时候完成", ["第三个问题是什么", "谁负责"])
    assert "2023年11月底" in a.answer and "2023年10月底" not in a.answer and "序号 |" not in a.answer


DIVISION = """城区道路提升工程任务分工
一、主要任务
序号 | 任务 | 牵头单位 | 完成时间
1 | 打通断头路3条 | 区住建局 | 2024年9月
2 | 改造背街小巷12条 | 区城管局 | 2024年11月
3 | 新增公共停车泊位800个 | 区交警大队 | 2024年12月
二、有关要求
各单位要倒排工期，确保按期完工。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, chain", [
    (PLAN, ["第三个问题是什么", "谁负责", "什么时候完成"]),
    (PLAN, ["第一个问题是什么", "怎么整改", "哪个部门牵头", "啥时候完成"]),
    (DIVISION, ["第二项任务是什么", "谁牵头", "什么时候完成"]),
    (DIVISION, ["第三项任务是啥", "哪个单位负责", "多久完成"]),
])
def test_a_history_answered_afresh_is_the_chat_turn_by_turn(ask_of, text, chain):
    """A history passed whole (a new process, another client) gives the answer the chat gave turn by
    turn: a bare "谁负责" in the middle leans on the row before it there too, not searched alone."""
    chat = ask_of(text, "plan")
    for n, question in enumerate(chain):
        by_turn = chat(question, chain[:n])
    afresh = ask_of(text, "plan")(chain[-1], chain[:-1])
    assert afresh.answer == by_turn.answer
    assert afresh.answer.split("：")[0] in ("完成时限", "完成时间"), afresh.answer  # the row's own cell


@pytest.mark.slow
def test_a_question_of_its_own_topic_is_searched(ask_of):
    a = ask_of(PLAN, "plan")("整改进展多久报送一次", ["第二个问题是什么"])
    assert "每月25日前" in a.answer
