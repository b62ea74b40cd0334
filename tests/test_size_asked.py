"""The size of a thing asked ("产业引导基金规模多少", "园区体量多大") is the figure a text gives in
its units ("设立3亿元产业引导基金"): 规模 is the measure asked, no word a quote must hold, and a
bare "规模多少" after a question on the thing is a detail of it. Texts written here, in three
wordings; the counter-case keeps 规模以上 a word of the subject."""
from __future__ import annotations

import pytest

from qa.asked import asked
from qa.bare_asks import names_no_subject


def test_size_is_the_figure_asked():
    assert "规模" not in asked("产业引导基金规模多少").focus
    assert "体量" not in asked("园区体量有多大").focus
    assert "规模" in asked("规模以上工业增加值增长多少").focus
    assert names_no_subject("规模多少") and names_no_subject("体量多大")


def _speech(fund_sentence: str) -> str:
    return f"""在全县金融工作会议上的讲话

同志们：

一、过去一年工作回顾

去年全县金融机构各项贷款余额达到520亿元，同比增长8.6%。

二、今年重点工作

（一）拓宽融资渠道。{fund_sentence}同时，要引导银行机构加大对小微企业的信贷投放。

（二）防范金融风险。要加强对非法集资的监测预警，年内开展专项排查两次。
"""


WORDINGS = [("设立首期3亿元的产业引导基金，重点投向新材料和装备制造。", "3亿元"),
            ("县财政出资组建总额5亿元的产业引导基金，撬动社会资本参与。", "5亿元"),
            ("年内设立2亿元产业引导基金，支持企业技术改造。", "2亿元")]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, figure", WORDINGS)
def test_a_funds_size(ask_of, sentence, figure):
    ask = ask_of(_speech(sentence), "speech")
    assert figure in ask("产业引导基金规模多少").answer
    assert figure in ask("规模多大", ["讲讲产业引导基金"]).answer


def test_a_scale_word_of_the_subject_stays():
    assert "规模" in "".join(asked("2030年规模化供水要覆盖多大比例的农村人口").focus)
    assert "规模" in "".join(asked("适度规模经营面积达到多少亩").focus)
