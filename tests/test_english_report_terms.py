"""English questions on a report's finance and jobs figures reach the sentences that state them
("金融机构各项存款余额", "新增城镇就业" or "城镇新增就业", "居民消费价格"). Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.glossary import chinese_terms

REPORT = """在全县经济工作会议上的讲话
一、去年经济运行情况
去年全县地区生产总值增长6.1%。年末金融机构各项存款余额达到285亿元，贷款余额达到176亿元。
居民消费价格上涨1.8%，物价总体平稳。
二、今年主要目标
全年新增城镇就业3800人以上，城镇调查失业率控制在5.5%以内。
"""
OTHER = """在全市经济工作会议上的讲话
今年全市城镇新增就业5.2万人以上，居民消费价格涨幅控制在3%左右。
"""


@pytest.fixture(scope="module")
def ask_of(assistant, encoder):
    variants = {name: assistant.variant(index=index_in_memory([parse_speech(text, name)], encoder))
                for name, text in (("county", REPORT), ("city", OTHER))}
    return lambda name, q: variants[name].ask(q)


@pytest.mark.parametrize("question", ["How much were the deposits of financial institutions at the end of last year?",
                                      "What was the deposit balance of financial institutions?"])
def test_deposits(ask_of, question):
    a = ask_of("county", question)
    assert a.answerable and "285亿元" in a.answer


@pytest.mark.parametrize("name, question, figure", [
    ("county", "What is this year's target for new urban jobs?", "3800人"),
    ("city", "How many new urban jobs this year?", "5.2万人")])
def test_new_urban_jobs_in_either_word_order(ask_of, name, question, figure):
    a = ask_of(name, question)
    assert a.answerable and figure in a.answer


def test_consumer_prices(ask_of):
    a = ask_of("county", "How much did consumer prices rise last year?")
    assert a.answerable and "1.8%" in a.answer


def test_the_terms_split_so_either_order_matches():
    assert {"城镇", "新增", "就业"} <= set(chinese_terms("new urban jobs"))
    assert "存款" in chinese_terms("deposits") and "金融机构" in chinese_terms("financial institutions")
