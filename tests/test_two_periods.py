"""A figure asked for two periods at once ("老旧小区去年改了几个，今年呢") gets the sentence of each
period, from the review and from the plan, not one year's figure for both (issue 9, class 2).
Texts written here: a city's report and a county's speech, reviewing one year and planning the next."""
from __future__ import annotations

import pytest

CITY = """2026年市政府工作报告
一、2025年工作回顾
过去一年，城市更新加快推进，改造老旧小区186个、惠及居民4.1万户，新建城市道路52公里。
民生保障持续加强，新增城镇就业5.8万人，新建幼儿园14所。
二、2026年重点工作
（一）实施城市更新行动。改造老旧小区150个，启动城中村改造项目8个。
（二）办好民生实事。新增城镇就业5.5万人以上，新建幼儿园10所。
"""

COUNTY = """在全县农业农村工作会议上的讲话
同志们：
一、去年工作成效
去年全县建成高标准农田3.2万亩，粮食总产达到41.6万吨。农村户厕改造完成6800户。
二、今年重点任务
今年要新建高标准农田2.5万亩，粮食总产稳定在40万吨以上。完成农村户厕改造5000户。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, last_year, this_year", [
    (CITY, "老旧小区去年改了几个，今年呢", "186个", "150个"),
    (CITY, "幼儿园去年建了多少所？今年计划建多少", "14所", "10所"),
    (COUNTY, "高标准农田去年建了多少 今年要建多少", "3.2万亩", "2.5万亩"),
    (COUNTY, "户厕改造去年完成多少户，今年呢", "6800户", "5000户"),
])
def test_each_period_asked_gets_its_own_figure(ask_of, text, question, last_year, this_year):
    answer = ask_of(text)(question)
    assert answer.answerable, answer.answer
    assert last_year in answer.answer and this_year in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question, shown, not_shown", [
    (CITY, "今年要改造多少个老旧小区", "150个", "186个"),
    (COUNTY, "去年建成高标准农田多少亩", "3.2万亩", "2.5万亩"),
])
def test_one_period_asked_still_gets_only_its_own(ask_of, text, question, shown, not_shown):
    answer = ask_of(text)(question)
    assert shown in answer.answer and not_shown not in answer.answer, answer.answer


TOWNSHIP = """在全镇人居环境整治推进会上的讲话
同志们：
一、去年工作回顾
去年全镇新改造农村户厕1260户，卫生厕所普及率达到92.5%，建成村级污水处理站6座。
二、今年目标任务
今年要完成农村户厕改造××户，生活污水治理率达到50%以上，新建村级污水处理站8座。
三、保障措施
镇农业农村办负责技术指导和验收，6月底前完成年度改厕任务。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (TOWNSHIP, "今年户厕改造目标是多少户？比去年的多还是少", ["1260户", "××户"]),
    (TOWNSHIP, "村级污水处理站今年建的比去年多还是少", ["6座", "8座"]),
    (COUNTY, "高标准农田今年建设规模和去年比是增加了还是减少了", ["3.2万亩", "2.5万亩"]),
])
def test_a_comparison_asked_gets_the_figure_of_each_period(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable, answer.answer
    assert all(e in answer.answer for e in expected), answer.answer


@pytest.mark.parametrize("question, periods", [
    ("今年户厕改造目标是多少户？比去年的多还是少", ["今年", "去年"]),
    ("和去年比，今年粮食产量目标是增加了还是减少了", ["去年", "今年"]),
    ("污水处理站建的比去年多还是少", ["今年", "去年"]),
    ("比前年增长了几个点", []),  # the period measured against, no comparison asked
])
def test_a_comparison_asked_names_both_periods(question, periods):
    from qa.asked import asked

    what = asked(question)
    assert what.periods == periods
    assert "还是" not in what.focus and "减少" not in what.focus
