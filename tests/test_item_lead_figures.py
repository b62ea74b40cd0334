"""An item's short lead names what the figures of its body are of ("二是加大县级财政投入。…安排
专项资金900万元"): asked what that costs, the body's figure answers (issue 9, class 3), unless the
figure is of a sum of another nature (产值, 收入). An ordinal counting a list's items as ways
("钱从哪来" then "第二个渠道具体给多少钱", "第三个途径呢") points at that item (class 5).
Texts written here."""
from __future__ import annotations

import pytest

from qa.question_form import read_question

FUNDS = """在全县农村道路建设推进会上的讲话
一、资金保障
今年全县农村道路建设计划总投入1.2亿元。
一是积极争取上级补助。交通、发改部门要做好项目储备，全年力争争取上级资金5000万元以上。
二是加大县级财政投入。县财政在压减一般性支出的基础上，安排农村公路专项资金900万元，重点用于危桥改造。
三是引导社会资本参与。通过以奖代补等方式，吸引企业和乡贤捐资，力争社会资金达到600万元。
二、招商引资
一是加大招商投入。设立招商专项经费300万元。
二是做强园区平台。去年新落地项目产值12亿元。
"""


@pytest.mark.parametrize("question, position", [("第二个渠道具体给多少钱", 1), ("第三个途径呢", 2),
                                                ("第一种方式是什么", 0), ("最后一个办法呢", -1)])
def test_way_nouns_count_the_items(question, position):
    assert read_question(question).position == position


@pytest.mark.slow
@pytest.mark.parametrize("question, shown", [
    ("县级财政投入多少钱", "900万元"),
    ("县财政投入了多少", "900万元"),
    ("招商投入多少钱", "300万元"),
])
def test_the_items_body_gives_the_figure_its_lead_names(ask_of, question, shown):
    answer = ask_of(FUNDS)(question)
    assert answer.answerable and shown in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("history, question, shown, absent", [
    ("修路的钱从哪来", "第二个渠道具体给多少钱", "900万元", "5000万元"),
    ("修路的钱从哪来", "第三个途径呢", "社会资本", "县级财政"),
])
def test_an_ordinal_of_ways_points_at_that_item(ask_of, history, question, shown, absent):
    ask = ask_of(FUNDS)
    ask(history)
    answer = ask(question, [history])
    assert answer.answerable and shown in answer.answer and absent not in answer.answer, answer.answer


def test_a_sum_of_another_nature_is_no_answer_to_what_was_spent():
    from qa.measure import names_other_sum

    assert names_other_sum("新落地项目产值12亿元", "投入") and names_other_sum("实现营业收入8亿元", "投资")
    assert not names_other_sum("安排农村公路专项资金900万元", "投入")
    assert not names_other_sum("设立招商专项经费300万元", "资金")


@pytest.mark.slow
def test_a_date_the_item_never_gives_is_declined(ask_of):
    # the lead lends its words to the body's figures only (a quantity asked), not to a date or a place
    answer = ask_of(FUNDS)("县级财政投入的资金是在哪天开会定的")
    assert not answer.answerable, answer.answer
