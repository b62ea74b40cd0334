"""A follow-up that names an item by its place and nothing else ("第四个方面呢", "第二个是啥") has no
words to choose the item's details by: an item short enough to read is quoted whole, so the figures
of its later sentences are not dropped for ones that merely sit nearer an empty question. An item
asked with words of its own still gets the sentences those words pick. Text written here."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

SPEECH = """在全县重点项目推进会上的讲话

同志们：

一、去年工作成效明显

过去一年，全县项目建设取得了新的成效，主要体现在三个方面。

一是投资规模持续扩大。全县上下齐心协力，项目推进有力有序。全年实施500万元以上项目188个，完成投资126亿元。项目建设为稳增长提供了有力支撑。

二是招商引资成果丰硕。各招商小分队奔赴长三角、珠三角开展精准对接。全年新签约亿元以上项目41个，协议总投资205亿元。一批延链补链项目相继落地。

三是服务保障不断优化。全县推行项目代办帮办制度，审批服务更加便捷。全年为企业解决用地、用工等诉求860件，办结率96.5%。企业获得感明显增强。

二、今年工作安排

今年要重点抓好项目储备，全年谋划储备亿元以上项目60个。
"""


@pytest.fixture(scope="module")
def ask(ask_of):
    return ask_of(SPEECH, "projects")


@pytest.mark.parametrize("followup, figure", [("第二个呢", "41个"), ("第三个方面是啥", "860件"),
                                              ("那第一条呢？", "126亿元")])
def test_a_bare_ordinal_quotes_a_short_item_whole(ask, followup, figure):
    first = "去年工作成效体现在哪几个方面"
    assert "三个方面" in ask(first).answer
    answer = ask(followup, [first])
    assert answer.answerable and figure in answer.answer, answer.answer


def test_an_item_asked_with_its_own_words_keeps_the_sentences_they_pick(ask):
    first = "去年工作成效体现在哪几个方面"
    answer = ask("第二个方面的协议总投资是多少", [first])
    assert "205亿元" in answer.answer, answer.answer
