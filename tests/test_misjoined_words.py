"""A question jieba cuts across a word of the speech ("消费券发多少钱" → 消费 + 券发): the piece
left over asks nothing the speech must hold, so the figure beside 消费券 answers. Texts written here."""
from __future__ import annotations

import pytest

from qa.evidence_words import misjoined

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


# A verb with its aspect particle ("管着", "办了") that jieba cut as a word of the particle and the
# next character ("归哪个部门管着装" → 着装): the glued word is no subject the speech must hold.
DUTIES = """在全镇安全生产工作会议上的讲话
一、压实部门责任
餐饮场所燃气报警器安装由镇市场监管所牵头，2026年4月30日前全部完成。
农村自建房安全排查由镇规划建设办负责，6月底前完成。
二、加强值班值守
节假日期间实行24小时值班制度。
"""


@pytest.mark.parametrize("word, question, expected", [
    ("着装", "燃气报警器归哪个部门管着装", True), ("过账", "台账谁来抓过账", True),
    ("着装", "着装有什么要求", False),  # no verb before it: the word itself
    ("过火", "上次过火面积多大", False),
])
def test_a_particle_glued_to_the_next_character_is_found(word, question, expected):
    assert misjoined(word, question, DUTIES) is expected


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("燃气报警器归哪个部门管着装，截止到啥时候", "镇市场监管所牵头"),
    ("自建房排查谁管着查，啥时候完成", "镇规划建设办负责"),
])
def test_a_duty_asked_with_a_glued_particle_is_answered(ask_of, question, fact):
    answer = ask_of(DUTIES)(question)
    assert answer.answerable and fact in answer.answer, answer.answer


# A modal verb that jieba's guess at unknown words glues to its neighbour ("最多能领几次" → 能领,
# "农户要交多少钱" → 要交, "这个钱能拿多少" → 钱能): no word of its dictionary, no subject of the ask.
SUBSIDY = """青禾县农机购置补贴政策问答
一、补贴对象
本县从事农业生产的个人和农业生产经营组织均可申请。每户每年限享受2次农机购置补贴。
二、农户负担
农户自行承担机具价格扣除补贴后的部分，一般不低于机具价格的60%。
"""


@pytest.mark.parametrize("word, question, expected", [
    ("能领", "一户最多能领几次农机补贴", True), ("要交", "农户要交多少钱", True), ("钱能", "这个钱能拿多少", True),
    ("能源", "能源消耗降了多少", False), ("要求", "有什么要求", False)])  # words of jieba's dictionary
def test_a_modal_glued_to_its_neighbour_is_found(word, question, expected):
    assert misjoined(word, question, SUBSIDY) is expected


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [("一户每年最多能领几次农机购置补贴", "2次")])
def test_a_figure_asked_with_a_glued_modal_is_answered(ask_of, question, fact):
    answer = ask_of(SUBSIDY)(question)
    assert answer.answerable and fact in answer.answer, answer.answer
