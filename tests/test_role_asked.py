"""A who-question about a measure the text names no party for ("以工代赈由谁负责" of "推行…以工代赈做法")
is declined as a detail the text does not give, naming the kind of party asked ("具体部门", "具体银行"):
the role asked (负责, 牵头, 出资) is filled by any party's clause, so another measure's "由市农业农村局
牵头…" does not answer it. Asked of a measure whose party is named, the clause naming it answers, however
the role is asked ("谁来定" of "…由市财政局会同…另行制定"). Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked
from qa.fact_match import held_share

OPINION = """关于推进生态保护工作的实施意见
一、健全生态补偿机制
落实农业功能区制度，加大重点生态功能区转移支付力度。建立山区溪流禁渔补偿制度。推行河道清淤以工代赈做法，提供更多生态公益岗位。
二、加强资金保障
设立5亿元绿色发展引导基金，重点支持节能环保项目。专项资金管理办法由市财政局会同市生态环境局另行制定。市农业农村局牵头建立农村人居环境整治长效机制。
"""

PLAN = """全县冬季供暖保障工作方案
一、保障措施
开展老旧供热管网排查，对漏损管段实行清单管理。启用两台备用燃气锅炉，确保极寒天气正常供热。
二、责任分工
供热价格调整方案由县发展改革局会同县住建局研究提出。县城管局牵头组织供热投诉集中受理。
"""


def test_a_role_counts_only_beside_the_subject():
    focus, weights = ["以工代赈", "负责"], [1.0, 2.0]
    assert held_share(focus, weights, "市农业农村局负责建立长效机制") == 0.0  # another measure's party
    assert held_share(focus, weights, "以工代赈做法由市发展改革委负责") == 1.0
    assert held_share(["牵头"], [1.0], "由市住建局牵头") == 1.0  # a role asked alone is all there is


def test_who_comes_asks_no_word_of_its_own():
    assert "来定" not in asked("专项资金管理办法谁来定").focus


@pytest.mark.slow
@pytest.mark.parametrize("text, question, party", [
    (OPINION, "河道清淤以工代赈由谁负责", "的具体人员"),
    (OPINION, "山区溪流禁渔补偿制度由哪个部门牵头", "的具体部门"),
    (OPINION, "绿色发展引导基金由哪家银行出资", "的具体银行"),
    (PLAN, "老旧供热管网排查由哪个单位负责", "的具体单位"),
    (PLAN, "备用燃气锅炉谁来管", "的具体人员"),
])
def test_a_measure_with_no_party_named_is_declined(ask_of, text, question, party):
    answer = ask_of(text)(question)
    assert not answer.answerable and "未给出" in answer.answer and party in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question, party", [
    (OPINION, "专项资金管理办法谁来定", "市财政局"),
    (OPINION, "人居环境整治长效机制由哪个部门牵头", "市农业农村局"),
    (PLAN, "供热价格调整方案由谁来提", "县发展改革局"),
    (PLAN, "供热投诉谁牵头受理", "县城管局"),
])
def test_a_measure_with_its_party_named_is_answered(ask_of, text, question, party):
    answer = ask_of(text)(question)
    assert answer.answerable and party in answer.answer and answer.citations, answer.answer
