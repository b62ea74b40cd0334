"""Who pays, asked in everyday words ("补助谁出钱", "钱由谁出"), is answered by the public purse or the
households the text names ("由县、乡两级财政按7:3比例分担", "费用由业主承担"); a text naming no payer
is still declined. Texts written here."""
from __future__ import annotations

import pytest

from qa.fact_check import holds_fact

PAID = """在全县农村改厕工作推进会上的讲话
同志们：
今天召开会议，部署改厕后续管护工作。
一、建立管护机制
改厕后粪污清掏实行有偿服务，对农户给予补助。每户每年补助60元，由县、乡两级财政按7:3比例分担。
二、加快老旧电梯更新
老旧住宅电梯更新费用由业主承担，符合条件的可申请使用住宅专项维修资金。
"""

UNPAID = """在全县农村改厕工作推进会上的讲话
同志们：
一、建立管护机制
改厕后粪污清掏实行有偿服务，每户每年补助60元。各乡镇要组建清掏服务队。
"""


@pytest.mark.parametrize("clause", ["由县、乡两级财政按7:3比例分担", "费用由业主承担", "由农户自行负担"])
def test_a_payer_is_a_party(clause):
    assert holds_fact(clause, "person")


@pytest.mark.slow
@pytest.mark.parametrize("question, payer", [("清掏补助谁出钱", "两级财政"), ("补助的钱由谁出", "两级财政"),
                                             ("电梯更新谁出钱", "业主")])
def test_who_pays_is_answered_by_the_payer_named(ask_of, question, payer):
    answer = ask_of(PAID)(question)
    assert answer.answerable and payer in answer.answer, answer.answer


@pytest.mark.slow
def test_a_text_naming_no_payer_is_declined(ask_of):
    answer = ask_of(UNPAID)("清掏补助谁出钱")
    assert not answer.answerable, answer.answer
