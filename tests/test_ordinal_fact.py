""""第几届", "第几批", "第几次" ask an ordinal, which a text writes in Chinese numerals ("第六届江澜国际
食品博览会", "第三批试点"): a figure that answers, so the question is not declined as "未给出…数字"."""
from __future__ import annotations

import pytest

from qa.fact_check import holds_fact


@pytest.mark.parametrize("clause", ["高标准举办第六届江澜国际食品博览会", "我县入选第三批国家级试点", "这是第十二次全体会议",
                                    "排名第4位", "连续两年位列第一名"])
def test_an_ordinal_is_a_figure(clause):
    assert holds_fact(clause, "quantity")


@pytest.mark.parametrize("clause", ["第一，要提高认识", "举办食品博览会"])
def test_a_point_or_a_bare_name_is_none(clause):
    assert not holds_fact(clause, "quantity")


def _speech(sentence: str) -> str:
    return f"""在全市商务工作会议上的讲话

同志们：

一、去年工作回顾

去年全市社会消费品零售总额增长5.8%，外贸进出口总额增长3.2%。

二、今年重点工作

（一）办好重大展会。{sentence}力争签约项目金额实现新突破。

（二）培育消费新场景。全年新建便民生活圈30个。
"""


WORDINGS = [("高标准举办第六届江澜国际食品博览会，", "江澜国际食品博览会是第几届", "第六届"),
            ("积极申报第三批国家级步行街改造试点，", "步行街改造试点申报的是第几批", "第三批"),
            ("筹备第十一次全市外贸企业对接会，", "外贸企业对接会是第几次", "第十一次")]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, question, said", WORDINGS)
def test_which_edition(ask_of, sentence, question, said):
    answer = ask_of(_speech(sentence), "speech")(question)
    assert answer.answerable and said in answer.answer
