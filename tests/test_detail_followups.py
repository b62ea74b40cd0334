"""Follow-ups that ask a detail of what the last turn was about, in forms people type: a change in one
verb ("比前年降了多少", "涨了多少"), the last question's own words with another period ("去年改了多少"
after "…今年要改多少个"), a period and a plan ("明年目标呢"), and "这事" pointing at the matter just
answered. Each reads as a follow-up of the last question; a question that only repeats the last
one's topic, or brings a topic of its own, still stands alone. Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked
from qa.bare_asks import names_no_subject
from qa.followup import resolve_followup
from qa.history import Turn
from qa.item_counts import counts_items
from qa.question_form import read_question

TOWN = """在全区城市建设工作会议上的讲话
同志们：
一、去年工作回顾
去年全区新开工改造老旧小区46个，惠及居民1.2万户。
全年发生道路交通事故38起，同比下降15.6%。
农村自来水普及率达到93.5%，比上年提高2个百分点。
二、今年重点任务
今年全区计划新开工改造老旧小区60个，年底前全部完工。
明年农村自来水普及率要达到96%以上。
由区住建局牵头，年内新建公共充电桩800个，解决群众充电难题。
"""


def _after(question: str, last: str):
    return resolve_followup(question, [last], lambda: Turn(last, [], [], None, last))


@pytest.mark.parametrize("question, last", [
    ("比前年降了多少", "去年出了多少起事故"), ("比上年涨了多少", "去年收入多少"), ("同比增了多少", "去年投资多少"),
    ("去年改了多少", "老旧小区今年要改多少个"), ("今年建几个", "充电桩去年建了多少个"),
])
def test_a_detail_in_the_last_questions_words_is_a_follow_up(question, last):
    assert names_no_subject(question, last)
    assert _after(question, last).form is not None


@pytest.mark.parametrize("question, last", [
    ("还有哪些保障措施", "讲话提出了哪些保障措施"),  # the same topic asked again
    ("这个城市去年的GDP是多少", "老旧小区今年要改多少个"),  # a topic of its own
    ("明天天气怎么样", "去年出了多少起事故"),
])
def test_a_question_with_nothing_to_ask_of_the_last_stands_alone(question, last):
    assert not names_no_subject(question, last)
    assert _after(question, last).form is None


@pytest.mark.parametrize("question, last, period, subject", [
    ("去年改了多少", "老旧小区今年要改多少个", "去年", "老旧小区"),
    ("明年目标呢", "自来水普及率现在多少", "明年", "自来水普及率"),
    ("今年计划呢", "去年引进了多少人才", "今年", "人才"),
])
def test_another_period_asks_the_last_question_of_it(question, last, period, subject):
    resolved = _after(question, last)
    assert period in resolved.text and subject in resolved.text and resolved.focus is None


def test_a_period_compared_with_is_not_the_one_asked():
    resolved = _after("比前年降了多少", "去年出了多少起事故")
    assert "去年出了多少起事故" in resolved.text  # the last question keeps its own period


@pytest.mark.parametrize("question", ["这事谁负责", "那事由谁来管", "这事儿花多少钱", "这个事谁牵头"])
def test_this_matter_points_back(question):
    assert read_question(question).deictic


@pytest.mark.parametrize("question, counts", [
    ("老旧小区今年要改多少个", False), ("去年签了多少个项目", False), ("今年一共建多少个", False),
    ("第五条列了几个部门的分工", True), ("王某某强调了几个“要”", True), ("问题一共几个", True),
])
def test_a_count_of_things_done_is_no_count_of_a_list(question, counts):
    assert counts_items(asked(question)) is counts


@pytest.mark.slow
@pytest.mark.parametrize("history, question, expected", [
    (["去年出了多少起交通事故"], "比前年降了多少", "15.6%"),
    (["老旧小区今年要改多少个"], "去年改了多少", "46个"),
    (["自来水普及率现在多少"], "明年目标呢", "96%"),
    (["充电桩今年建多少个"], "这事谁负责", "区住建局"),
])
def test_the_follow_up_is_answered_from_the_speech(ask_of, history, question, expected):
    answer = ask_of(TOWN)(question, history)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.slow
def test_a_figure_of_things_done_is_its_written_figure(ask_of):
    answer = ask_of(TOWN)("老旧小区今年要改多少个")
    assert answer.answerable and "60个" in answer.answer and "文中列出" not in answer.answer


@pytest.mark.parametrize("question, last", [("停产那事?", "讲话一共分几大块?"), ("招商那件事怎么样了", "今年GDP目标是多少")])
def test_a_matter_named_by_a_label_the_last_turn_lacks_stands_alone(question, last):
    assert _after(question, last).form is None


def test_a_matter_named_by_a_label_the_last_turn_holds_points_back():
    assert _after("充电桩那事谁负责", "充电桩今年建多少个").form == "deictic"
