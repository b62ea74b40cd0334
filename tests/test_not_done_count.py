"""A count of those that did not ("去年有几个项目没按期开工", "还有多少个村未通自来水") is a count
of some, not of all there are: a clause of "11个计划新开工项目未能按期开工" answers it, though
新开工 would mark a figure of things added. Texts written here, in three wordings."""
from __future__ import annotations

import pytest

from qa.measure import asks_total


@pytest.mark.parametrize("question", ["去年有几个项目没按期开工", "还有多少个村未通自来水", "有几家企业尚未整改"])
def test_not_done_is_no_total(question):
    assert not asks_total(question)


def test_a_total_is_still_a_total():
    assert asks_total("全县一共有多少个行政村")


def _speech(sentence: str) -> str:
    return f"""在全区经济工作会议上的讲话

一、去年工作回顾

全年实施区级重点项目126个，完成投资215亿元，其中新开工项目58个。

二、存在的问题

投资增长后劲不足。储备项目中亿元以上产业项目占比偏低，{sentence}

三、今年工作安排

今年全区共安排区级重点项目138个，年度计划投资240亿元。
"""


WORDINGS = [("全年有11个计划新开工项目未能按期开工。", "去年有几个项目没按期开工", "11个"),
            ("全年仍有7个新建项目没有按期开工。", "有几个项目没按期开工", "7个"),
            ("年内有9个计划新开工项目未开工。", "去年有几个项目没开工", "9个")]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, question, said", WORDINGS)
def test_how_many_did_not(ask_of, sentence, question, said):
    answer = ask_of(_speech(sentence), "speech")(question)
    assert answer.answerable and said in answer.answer
