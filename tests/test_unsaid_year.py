"""A figure said with no year ("全年实现地区生产总值…") is of the year its speech speaks from or the
one before: asked for a year further back ("2023年…" of a speech of 2025), it is no answer, and the
question is declined. The part that reviews ("一、正视成绩", "一、过去一年工作回顾", "一、取得的主要成效")
speaks of the year before the speech's: asked "去年…" or that year by number, it answers. Texts
written here."""
from __future__ import annotations

import pytest

from qa.fact_periods import period_conflict

MEETING = """在全县2025年项目建设推进大会上的讲话
一、正视成绩
一是经济运行稳中有进。全年实现地区生产总值212.7亿元，同比增长5.8%。二是项目建设提速。全年实施重点项目158个。
二、明确任务
今年要新开工亿元以上项目30个。
"""

BUREAU = """（2024年3月6日）
在全区农业农村工作会议上的讲话
一、过去一年工作回顾
粮食总产量达到8.6万吨，农村居民人均可支配收入增长7.1%。
二、今年重点工作
新建高标准农田1.2万亩。
"""


RESULTS = """（2023年2月10日）
在全市工业经济工作会议上的讲话
一、取得的主要成效
规模以上工业增加值增长6.4%，新增规上工业企业87家。
二、存在的短板
龙头企业偏少。
三、下一步工作
今年力争新增规上工业企业100家。
"""


def test_a_part_that_reviews_speaks_of_the_year_before():
    from index.parser import parse_speech
    from qa.periods import part_year
    doc = parse_speech(RESULTS, "results")
    by_part = {p.section.split(" > ")[0]: part_year(doc, p.section) for p in doc.passages}
    assert by_part["一、取得的主要成效"] == "2022年"
    assert by_part["三、下一步工作"] == "" and by_part["二、存在的短板"] == ""


def test_a_sentence_with_no_year_is_of_the_speechs_year_or_the_one_before():
    sentence = "全年实现地区生产总值212.7亿元。"
    assert period_conflict(["2022年"], sentence, 2025)
    assert not period_conflict(["2024年"], sentence, 2025)
    assert not period_conflict(["2025年"], sentence, 2025)
    assert not period_conflict(["2022年"], "2022年实现地区生产总值190亿元。", 2025)
    assert not period_conflict(["2022年"], sentence, None)  # a speech of no known year tells nothing


@pytest.mark.slow
@pytest.mark.parametrize("text, question", [
    (MEETING, "2023年全县GDP是多少"),
    (MEETING, "2021年实施了多少个重点项目"),
    (BUREAU, "2021年粮食总产量多少"),
])
def test_a_year_further_back_is_declined(ask_of, text, question):
    assert not ask_of(text, "years")(question).answerable


@pytest.mark.slow
@pytest.mark.parametrize("text, question, figure", [
    (MEETING, "2024年全县GDP是多少", "212.7亿元"),
    (BUREAU, "2023年粮食总产量多少", "8.6万吨"),
    (MEETING, "去年实施了多少重点项目", "158个"),
    (RESULTS, "去年新增了多少家规上工业企业", "87家"),
    (RESULTS, "今年要新增多少规上企业", "100家"),
])
def test_the_year_before_is_answered(ask_of, text, question, figure):
    answer = ask_of(text, "years")(question)
    assert answer.answerable and figure in answer.answer, answer.answer
