"""A review of one year ("2025年度个人述职报告", "2025年工作总结") plans the next under a heading with
no year ("四、下一步打算", "三、今后工作思路", "明年工作安排"). That part speaks of the year after the
one reviewed, and the rest of the review of the reviewed year: "明年…" is answered from the plan, a
figure of the review is no answer to "明年…目标", and "每个月调研几天" asks days, 每个 framing them.
Texts written here."""
from __future__ import annotations

import pytest

from index.document import SECTION_SEP
from qa.periods import part_year

DUTY = """2025年度个人述职述廉报告
县农业农村局局长　周某某
（2026年1月9日）
根据县委组织部通知要求，现将本人一年来履行职责情况报告如下。
一、履职尽责情况
（一）抓粮食生产。全年粮食总产量达到21.4万吨，新建高标准农田3.1万亩。
（二）抓产业发展。培育市级龙头企业5家。
二、存在的不足
一是学习不够系统。二是到基层蹲点时间偏少。
三、下一步打算
一是加强学习，全年参加集中学习不少于10次。二是深入基层，每月到村组调研不少于5天。三是压实责任，确保高标准农田建设5月底前全部完工。
"""

SUMMARY = """某县文化和旅游局2025年工作总结
一、主要工作成效
全年接待游客486万人次，旅游综合收入达到41.2亿元。
二、存在的问题
旅游项目投入不足，精品线路偏少。
三、今后工作思路
一是办好乡村旅游节，全年举办节会活动不少于6场。二是每个季度开展一次景区安全检查。
"""

PLAN = """某镇2025年度工作总结
一、工作回顾
全镇完成农村道路硬化42公里，改造危房38户。
二、明年工作安排
计划新建村级养老服务站4个，力争年内完成敬老院改造2所，每个月召开一次安全生产例会。
"""


def test_the_plan_part_speaks_of_the_next_year():
    from index.reader import read_speech_bytes
    doc = read_speech_bytes(DUTY.encode(), "duty", "duty.txt")
    years = {part_year(doc, p.section) for p in doc.passages if p.section.startswith("三、下一步打算")}
    assert years == {"2026年"}
    assert {part_year(doc, p.section) for p in doc.passages if p.section.startswith("一、")} == {"2025年"}
    assert part_year(doc, "二、2027年安排" + SECTION_SEP + "一是") == ""  # a heading's own year holds


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (DUTY, "明年打算每个月下去调研几天", "5天"),
    (DUTY, "2026年高标准农田什么时候完工", "5月底前"),
    (DUTY, "明年要参加几次集中学习", "10次"),
    (SUMMARY, "明年要办几场节会活动", "6场"),
    (PLAN, "明年要新建几个养老服务站", "4个"),
    (PLAN, "明年要改造几所敬老院", "2所"),  # the plan's 年内 is the year it plans
])
def test_the_next_year_is_answered_from_the_plan(ask_of, text, question, expected):
    answer = ask_of(text, "plan")(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question", [
    (DUTY, "明年粮食总产量目标是多少"),
    (SUMMARY, "明年接待游客目标多少人次"),
    (PLAN, "明年要硬化多少公里农村道路"),
])
def test_a_review_figure_is_no_answer_for_next_year(ask_of, text, question):
    assert not ask_of(text, "plan")(question).answerable


TABLED = """2025年度个人述职报告
县水利局局长　李某某
一、履职情况
全年完成水利投资4.2亿元，本人全年下乡调研48天。
表1　主要指标完成情况
指标 | 目标 | 完成
水土流失治理（平方公里） | 25 | 26.8
二、存在的不足
全县尚有病险山塘126口未完成治理。
三、下一步打算
全年计划完成水利投资4.6亿元。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("局长今年自己下乡跑了多少天", "48天"),  # the speaker by his post: the text says 本人
    ("还有多少病险山塘没治", "126口"),  # 还有 and 没治 frame what is asked, the text says 尚有…未完成治理
    ("今年水土流失治理完成了多少", "26.8"),
])
def test_a_review_is_asked_in_its_readers_words(ask_of, question, expected):
    answer = ask_of(TABLED, "tabled")(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.slow
def test_a_table_of_the_review_is_no_answer_for_next_year(ask_of):
    assert not ask_of(TABLED, "tabled")("明年水土流失治理计划完成多少平方公里").answerable


@pytest.mark.slow
@pytest.mark.parametrize("question", ["What shortcomings does the bureau chief admit in his report?",
                                      "What problems does the bureau director acknowledge?"])
def test_the_speaker_asked_of_in_english_is_the_reports_own_voice(ask_of, question):
    answer = ask_of(TABLED, "tabled")(question)
    assert answer.answerable and "病险山塘" in answer.answer, answer.answer
