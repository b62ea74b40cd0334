"""A point asked past the end of a list the excerpt cuts within its last point ("第五条" of 整改措施
whose (二) the paywall cuts): the text may go on, so the answer is that the point is not in the
excerpt, not that the list has no such point. A list shown whole keeps "没有第N点". Texts written here."""
from __future__ import annotations

import pytest

CUT = """在民主生活会上的对照检查发言
一、存在的主要问题
学习不够系统，担当不够有力。
二、整改措施
（一）强化理论武装。每周自学半天，每月集中研讨一次。
（二）提升担当本领。今年新增停车位900个，完成老旧小区改造12个。（本文为会员专享，剩余1867字）
"""
WHOLE = """在民主生活会上的对照检查发言
一、存在的主要问题
学习不够系统，担当不够有力。
二、整改措施
（一）强化理论武装。每周自学半天，每月集中研讨一次。
（二）提升担当本领。今年新增停车位900个，完成老旧小区改造12个。
三、下一步打算
以更加务实的作风推动整改落到实处。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, history", [("第五条整改措施是什么", []), ("第五条呢", ["整改措施有哪些"]),
                                               ("第4条呢", ["整改措施有哪几条"])])
def test_a_point_past_a_cut_list_is_not_in_the_excerpt(ask_of, question, history):
    a = ask_of(CUT, "cut")(question, history)
    assert "不在节选中" in a.answer and "没有第" not in a.answer
    assert any(n.kind == "cut_off" for n in a.notices)


@pytest.mark.slow
def test_a_point_past_a_whole_list_is_not_there(ask_of):
    a = ask_of(WHOLE, "whole")("第五条呢", ["整改措施有哪些"])
    assert "没有第5点" in a.answer
