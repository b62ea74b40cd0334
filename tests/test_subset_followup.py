"""A follow-up that counts the part of the last question's figure past a threshold ("10亿以上的有几个",
"其中超过10亿的有多少个") has no noun of its own: it is the last counting question, narrowed. It
reads as that question with its threshold, so the clause "其中10亿元以上项目5个" answers it, not a
total, and not a decline. Text written here."""
from __future__ import annotations

import pytest

from qa.followup import resolve_followup

pytestmark = pytest.mark.slow

SPEECH = """在全县招商引资工作会议上的讲话

同志们：

一、去年招商引资成效

去年，全县组织外出招商活动42次，新引进亿元以上项目36个，其中10亿元以上项目5个，实际到位资金88亿元。全县累计建成标准厂房120万平方米。

二、今年工作安排

今年要坚持产业链招商，全年新引进亿元以上项目40个以上。
"""


@pytest.fixture(scope="module")
def ask(ask_of):
    return ask_of(SPEECH, "investment")


@pytest.mark.parametrize("followup", ["10亿以上的有几个", "其中超过10亿的有多少个", "那10亿元以上的有几个？"])
def test_a_threshold_subset_counts_within_the_last_figure(ask, followup):
    first = "去年新引进了多少个亿元以上项目"
    assert "36个" in ask(first).answer
    answer = ask(followup, [first])
    assert answer.answerable and "5个" in answer.answer, answer.answer


def test_a_subset_after_a_question_that_counts_nothing_stands_alone():
    resolved = resolve_followup("10亿以上的有几个", ["招商引资有哪些措施"],
                                lambda: ("招商引资有哪些措施", []))
    assert resolved.text == "10亿以上的有几个" and resolved.form is None


def test_a_subset_after_a_count_reads_as_that_count_narrowed():
    resolved = resolve_followup("其中10亿以上的有几个", ["去年签了多少个项目"],
                                lambda: ("去年签了多少个项目", []))
    assert resolved.text == "去年签了多少个项目，其中10亿以上的有几个" and resolved.form == "ellipsis"
