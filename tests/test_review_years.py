"""An undated text whose title reviews the one year it names ("2025年度个人述职报告", "2025年工作总结",
"关于2025年预算执行情况的报告") is given at that year's end or early in the next: a reader's 去年 may be
the year it reviews. Asked "去年…多少" of its 全年 figure, it answers; a year it does not review is
still declined. Texts written here."""
from __future__ import annotations

import pytest

REVIEW = """2025年度个人述职述廉报告
（县发展和改革局局长 张明）
根据县委组织部安排，现将本人2025年度履职情况报告如下。
一、聚焦主责主业，推动经济发展
一是抓项目建设。全年实施重点项目86个，完成投资62.3亿元。二是抓招商引资。引进亿元以上项目14个。
二、存在的不足
一是理论学习不够深入；二是项目储备不足。
"""

SUMMARY = """某县交通运输局2025年工作总结
一、主要工作成效
全年新改建农村公路215公里，完成交通固定资产投资9.8亿元。
二、存在的问题
养护资金缺口较大。
"""

BUDGET = """关于某县2025年预算执行情况的报告
各位代表：
一、一般公共预算执行情况
全县一般公共预算收入完成12.6亿元，增长5.2%。
二、需要说明的问题
部分乡镇财政收支矛盾突出。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, figure", [
    (REVIEW, "去年项目完成投资多少", "62.3亿元"),
    (SUMMARY, "去年新改建了多少公里农村公路", "215公里"),
    (BUDGET, "去年一般公共预算收入完成多少", "12.6亿元"),
])
def test_a_readers_last_year_is_the_year_reviewed(ask_of, text, question, figure):
    answer = ask_of(text, "review")(question)
    assert answer.answerable and figure in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question", [
    (REVIEW, "2023年项目完成投资多少"),
    (SUMMARY, "2023年新改建了多少公里农村公路"),
])
def test_a_year_not_reviewed_is_still_declined(ask_of, text, question):
    assert not ask_of(text, "review")(question).answerable
