"""A question jieba cuts across a word of the speech ("消费券发多少钱" → 消费 + 券发): the piece
left over asks nothing the speech must hold, so the figure beside 消费券 answers. Texts written here."""
from __future__ import annotations

import pytest

from qa.refusal_features import misjoined

SPEECH = """在全县促消费工作会议上的讲话
同志们：
今天召开会议，部署今年促消费工作。
一、去年的成效
去年全县社会消费品零售总额增长7.2%，限额以上商贸企业新增28家。
二、今年的措施
全年发放消费券1500万元，分四批发放，6月底前发放完毕。
发放电费券800万元，惠及困难家庭1.2万户，县发改委牵头。
新办惠民卡12万张，持卡可享受景区门票半价优惠。
三、工作要求
各乡镇要压实责任，确保各项措施落地见效。
"""


@pytest.mark.parametrize("word, question, expected", [
    ("券发", "消费券发多少钱", True), ("券用", "电费券用了多少", True), ("卡办", "惠民卡办了多少张", True),
    ("消费", "消费券发多少钱", False),  # the speech's word itself
    ("发放", "消费券发放多少", False),  # the speech holds it
])
def test_a_word_cut_across_the_speechs_word_is_found(word, question, expected):
    assert misjoined(word, question, SPEECH) is expected


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("消费券发多少钱", "1500万元"), ("电费券发了多少", "800万元"), ("惠民卡办了多少张", "12万张"),
])
def test_a_figure_asked_across_a_misjoined_word_is_answered(ask_of, question, fact):
    answer = ask_of(SPEECH)(question)
    assert answer.answerable and fact in answer.answer, answer.answer
