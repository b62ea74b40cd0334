"""A question that counts a list's points ("基本原则有几条", "一共提了几项任务") is answered by the
list: the text lists the points and rarely writes their number, so reading the count as a figure
to find declined it ("未给出…的具体数字"). A count of things ("几条公交线路", "几所学校") is still a
figure. Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked

OPINION = """关于推进城乡公交一体化的实施意见
一、总体要求
（一）基本原则
——坚持公益属性。把城乡公交作为基本公共服务，票价实行政府定价，保障群众出行基本需求。
——坚持城乡统筹。统一规划线网、统一运营标准、统一服务规范，推动城区公交向乡村延伸。
——坚持安全第一。严格落实车辆检测和驾驶员培训制度，杜绝超员运营。
——坚持因地制宜。平原地区推行班线公交化改造，山区推行预约响应式公交。
（二）主要目标
到2027年，全县建制村通公交率达到100%，新增城乡公交线路12条。
二、重点任务
（一）优化线网布局。以县城为中心、乡镇为节点，构建“干线+支线+微循环”三级线网。
（二）更新运营车辆。三年内更新新能源公交车80辆，淘汰国三及以下排放标准车辆。
（三）完善场站设施。每个乡镇建设1个公交首末站，建制村招呼站实现全覆盖。
"""


@pytest.mark.parametrize("question", [
    "基本原则有几条？", "搞城乡公交一体化有几条基本原则？", "重点任务一共有几项", "一共提了几项任务，分别是啥",
    "这份意见讲了几个方面的原则？",
])
def test_counting_points_asks_the_list(question):
    what = asked(question)
    assert what.fact is None and "list" in what.kinds, (question, what)


@pytest.mark.parametrize("question", ["新增几条公交线路？", "每个乡镇建几个首末站？", "三年内更新几辆公交车"])
def test_counting_things_asks_a_figure(question):
    assert asked(question).fact == "quantity", question


@pytest.mark.slow
@pytest.mark.parametrize("question, points", [
    ("基本原则有几条？", ["坚持公益属性", "坚持城乡统筹", "坚持安全第一", "坚持因地制宜"]),
    ("推进城乡公交一体化有几条基本原则", ["坚持公益属性", "坚持因地制宜"]),
    ("重点任务一共几项？", ["优化线网布局", "更新运营车辆", "完善场站设施"]),
])
def test_a_count_of_points_is_answered_with_the_points(ask_of, question, points):
    answer = ask_of(OPINION)(question)
    assert answer.answerable, answer.answer
    assert all(p in answer.answer for p in points), answer.answer


@pytest.mark.slow
def test_an_ordinal_after_the_count_is_a_point_of_that_list(ask_of):
    ask = ask_of(OPINION)
    first = ask("基本原则有几条？")
    answer = ask("第三条具体怎么说的", history=["基本原则有几条？"]) if first.answerable else first
    assert answer.answerable and "安全第一" in answer.answer, answer.answer


# "涨了几个点", "比全市高几个点": points of a rate (百分点), a figure asked; "讲了几个点" still counts a list.
@pytest.mark.parametrize("question", ["去年固定资产投资涨了几个点", "GDP增速比全市高几个点", "收入增速降了几个点",
                                      "比上年提高了大约几个点"])
def test_points_of_a_rate_are_a_figure_not_a_count_of_points(question):
    from qa.asked import asked
    from qa.intent import detect_intent
    from qa.question_words import counts_points

    assert not counts_points(question)
    what = asked(question)
    assert what.fact == "quantity" and what.measure == "rate"
    assert detect_intent(question).wants_figure and not detect_intent(question).wants_list


@pytest.mark.parametrize("question", ["讲了几个点", "一共讲了几点", "重点抓几个方面", "基本原则有几条",
                                      "专项整治一共有几个要", "讲了几个要呢"])
def test_a_count_of_a_lists_points_is_still_one(question):
    from qa.question_words import counts_points

    assert counts_points(question)
