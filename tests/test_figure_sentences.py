"""A question asking one figure ("海外仓建几个", "今年消费要涨多少") quotes the sentences holding a figure
in its measure, not a sentence beside them that only shares a word (海外, 涨). A question of two
asks ("…多少辆 谁负责") keeps the sentence of each. Texts written here."""
from __future__ import annotations

import pytest

POINTS = """2026年全市商务工作要点
一、全力提振消费
1.开展促消费活动。全年社会消费品零售总额增长6%左右。全年组织各类促消费活动不少于200场。活动期间同步开展商品质量和价格检查，坚决防止“先涨后降”。
二、稳住外贸基本盘
2.拓展国际市场。加强与驻外经商机构、海外商会对接，为企业提供境外市场信息。
3.做大跨境电商。新建公共海外仓3个，培育跨境电商产业园2个。
4.推动老旧车辆淘汰。今年淘汰国三柴油货车1200辆。此项工作由市生态环境局牵头，市公安局配合。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, figure, noise", [
    ("海外仓建几个", "海外仓3个", "驻外经商机构"),
    ("今年消费要涨多少", "增长6%左右", "先涨后降"),
])
def test_one_figure_asked_quotes_the_sentences_holding_it(ask_of, question, figure, noise):
    answer = ask_of(POINTS)(question)
    assert answer.answerable and figure in answer.answer, answer.answer
    assert noise not in answer.answer, answer.answer


@pytest.mark.slow
def test_two_asks_keep_the_sentence_of_each(ask_of):
    answer = ask_of(POINTS)("柴油货车今年淘汰多少辆 谁负责")
    assert "1200辆" in answer.answer and "市生态环境局" in answer.answer, answer.answer
