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
    assert "2023年11月底" in a.answer


@pytest.mark.slow
def test_a_question_of_its_own_topic_is_searched(ask_of):
    a = ask_of(PLAN, "plan")("整改进展多久报送一次", ["第二个问题是什么"])
    assert "每月25日前" in a.answer
