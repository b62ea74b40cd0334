"""A rank asked ("考核里排第几名", "在全市排第几位") is answered by the rank the text gives in Chinese
numerals or digits ("位列第三名", "排在第2位"), not declined as a count of people. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.measure import measure_asked
from qa.question_terms import focus_words

REPORT = """2025年度个人述职报告
一年来，全县完成水利投资3.8亿元，县水利局在全市水利系统年度综合考核中位列第三名。
县医保局在全省医保系统考核中排在第2位，全县参保率达到97.2%。
全局共有干部职工46名。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(REPORT, "report")], encoder)).ask


@pytest.mark.parametrize("question, rank", [("县水利局在全市水利系统年度考核里排第几名？", "第三名"),
                                            ("水利局考核排第几", "第三名"),
                                            ("医保局在全省考核中排第几位", "第2位")])
def test_the_rank(ask, question, rank):
    a = ask(question)
    assert a.answerable and rank in a.answer


def test_a_count_of_people_is_still_a_count(ask):
    a = ask("全局有多少名干部职工")
    assert a.answerable and "46名" in a.answer


def test_the_rank_words_are_cut_apart():
    assert "里排" not in focus_words("年度考核里排第几名", None)
    assert measure_asked("考核里排第几名") is None and measure_asked("有多少名职工") == "名"


MEETING = """2026年全县优化营商环境工作会议讲话
一、2025年工作回顾
在全市营商环境评价中，我县由2024年的第6位上升至第3位，“办理建筑许可”指标进入全省前十。
二、2026年工作安排
营商环境评价力争进入全市前两位，新登记经营主体6000户以上。
"""


@pytest.fixture(scope="module")
def ask_meeting(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(MEETING, "meeting")], encoder)).ask


@pytest.mark.parametrize("question, rank", [("营商环境评价我县排第几", "第3位"), ("营商环境评价我县排名第几", "第3位"),
                                            ("2025年营商环境评价排名多少", "第3位"),
                                            ("2026年营商环境评价力争排第几", "前两位"),
                                            ("营商环境评价今年要争取到什么名次", "前两位")])
def test_a_rank_risen_to_or_aimed_at(ask_meeting, question, rank):
    a = ask_meeting(question)
    assert a.answerable and rank in a.answer, a.answer


@pytest.mark.parametrize("question, gone", [("营商环境评价我县排名第几", "排名"), ("我县排第几", "县排"),
                                            ("评价名次多少", "名次")])
def test_the_rank_asked_is_no_word_the_answer_must_hold(question, gone):
    assert gone not in focus_words(question, None)


SERVICE = """在全区开放型经济工作会议上的讲话
一、强化考核
把外资到位率纳入街道年度综合考核，分值由原来的3分提高到8分。
二、优化服务
对纳税额前30位企业实行“一企一策”帮扶，区领导每季度走访一次。
全区共有外贸企业260家。
"""


@pytest.fixture(scope="module")
def ask_service(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(SERVICE, "service")], encoder)).ask


@pytest.mark.parametrize("question, figure", [("外资到位率在年度考核里占多少分", "8分"),
                                              ("对纳税额前多少位的企业实行一企一策", "前30位"),
                                              ("一企一策帮扶覆盖纳税额前几位企业", "前30位"),
                                              ("全区有多少家外贸企业", "260家")])
def test_a_score_or_a_top_rank_asked(ask_service, question, figure):
    a = ask_service(question)
    assert a.answerable and figure in a.answer, a.answer


@pytest.mark.parametrize("question, measure", [("占多少分", "分"), ("前多少名的企业", None), ("几分钟到达", None),
                                               ("占比多少", "rate")])
def test_the_measure_of_a_score_or_a_top_rank(question, measure):
    assert measure_asked(question) == measure
