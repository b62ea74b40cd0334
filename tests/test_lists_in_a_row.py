"""Two announced lists in a row under one heading, each numbered from 一是 (an official's opening
statement: "重点抓好四个方面工作。一是…四是…", then "重点推进三项工作。一是…三是…"): each list
ends where the numbering starts again. Texts written here."""
from __future__ import annotations

import pytest

STATEMENT = """某县春耕生产新闻发布会实录
县农业农村局局长 张某某：各位记者朋友，大家上午好！下面我介绍有关情况。
今年春季农业生产，我们重点抓好四个方面工作。
一是稳住面积。全县粮食播种面积目标为53万亩以上。
二是保障农资。已调运储备化肥2.6万吨。
三是强化服务。组建320名农技人员组成的春耕服务队。
四是提升农机化水平。投入各类农机具1.45万台套。
农村人居环境整治方面，我们重点推进三项工作。
一是推进农村厕所革命。新改建农村户用卫生厕所2000户。
二是加快生活污水治理。完成45个行政村生活污水治理。
三是深化村庄清洁行动。开展春季村庄清洁行动。
以上是有关情况介绍，谢谢大家！
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, first, last, absent", [
    ("春季农业生产重点抓哪几项工作", "一是稳住面积", "四是提升农机化水平", "厕所革命"),
    ("人居环境整治重点推进哪几项工作", "一是推进农村厕所革命", "三是深化村庄清洁行动", "稳住面积"),
])
def test_each_list_ends_where_its_numbering_starts_again(ask_of, question, first, last, absent):
    answer = ask_of(STATEMENT)(question)
    assert first in answer.answer and last in answer.answer and absent not in answer.answer, answer.answer


@pytest.mark.parametrize("sentence, count", [
    ("我们重点推进三项工作。", 3), ("今年要加强四个方面的工作。", 4), ("重点实施以下五项任务：", 5),
    ("我们推进了改革。", None),
])
def test_a_list_announced_by_a_verb_of_doing_is_counted(sentence, count):
    from qa.announced import announcement_count
    assert announcement_count(sentence)[1] == count
