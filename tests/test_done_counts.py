"""A count after a verb of doing ("反馈的问题改完了几个", "今年签了几个项目", "新建了几个站") asks how many things
were done, a figure the text writes ("已完成整改22个"), not a list to quote; the word 问题 in it is the
thing counted, not the topic of problems. After a verb of saying or having ("提了几个要求", "存在哪几个
问题") it is still a list. Texts written here: a bureau's year-end summary and a county investment report."""
from __future__ import annotations

import pytest

SUMMARY = """市生态环境局2025年工作总结和2026年工作打算

一、2025年工作回顾

扎实推进督察问题整改，第二轮中央生态环境保护督察反馈我市的27个问题已完成整改22个，其余5个正按序时推进。全年新建乡镇污水处理站14个，完成投资2.3亿元。

二、存在的问题

一是大气污染防治压力依然较大，臭氧浓度不降反升。

二是水环境质量改善基础还不稳固，部分支流水质波动明显。

三是环境基础设施存在短板，农村生活污水治理设施重建轻管。
"""

INVESTMENT = """关于2025年全县招商引资工作情况的报告

一、主要成效

全年新签约亿元以上项目38个，其中10亿元以上项目5个；新开工项目26个，竣工投产项目19个。

二、存在的不足

一是项目落地率不高，部分签约项目迟迟不能开工。

二是要素保障不足，工业用地指标紧张。
"""


@pytest.mark.parametrize("text, question, expected, not_listed", [
    (SUMMARY, "中央督察反馈的问题改完了几个", "已完成整改22个", "臭氧浓度"),
    (SUMMARY, "去年新建了几个污水处理站", "14个", "臭氧浓度"),
    (INVESTMENT, "去年签了几个亿元以上项目", "38个", "工业用地"),
    (INVESTMENT, "新开工了几个项目", "26个", "工业用地"),
])
def test_a_count_of_things_done_is_its_figure(ask_of, text, question, expected, not_listed):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
    assert not_listed not in answer.answer, answer.answer


@pytest.mark.parametrize("question, listed", [
    ("中央督察反馈的问题改完了几个", False),
    ("今年签了几个项目", False),
    ("存在哪几个问题", True),
    ("讲话提了几个要求", True),
    ("签了哪几个项目", True),  # which ones: a list
])
def test_what_reads_as_a_list(question, listed):
    from qa.intent import detect_intent

    assert detect_intent(question).wants_list is listed


def test_the_problems_are_still_listed(ask_of):
    answer = ask_of(SUMMARY)("存在哪几个问题")
    assert all(w in answer.answer for w in ("臭氧浓度", "水质波动", "重建轻管")), answer.answer
