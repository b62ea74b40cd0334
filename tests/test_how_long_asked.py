"""How long ("多久", "多长时间", "几年") is a span: a time limit ("15个工作日内", "48小时内") or a number
of years ("登记满1年", "有效期5年") answers it, where only dates and time limits in days did.
Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked
from qa.fact_check import holds_fact

RULES = """青禾市新能源汽车以旧换新补贴实施细则
一、申请条件
申请置换补贴的，旧车须在申请人本人名下登记满1年。
二、补贴发放
审核通过的，补贴资金在15个工作日内拨付到申请人账户。
三、有效期
本细则有效期5年，自印发之日起施行。
"""
WATER = """在全县农村供水管护工作会议上的讲话
一、建立报修机制
各乡镇要公布报修电话，群众报修后，一般故障要在48小时内修复，重大故障3天内恢复供水。
二、落实管护经费
县财政每年安排管护经费300万元。
"""


@pytest.mark.parametrize("question", ["旧车要登记多久才能申请", "报修以后多长时间能修好", "整改要用多长时间"])
def test_how_long_is_a_span(question):
    assert asked(question).precision == "span"


@pytest.mark.parametrize("clause, holds", [
    ("旧车须在申请人本人名下登记满1年", True), ("补贴资金在15个工作日内拨付", True), ("有效期5年", True),
    ("一般故障要在48小时内修复", True), ("县财政每年安排管护经费300万元", True),  # 每年: a period, as any date
    ("全县共有5个年级", False), ("新建高标准农田1.5万亩", False)])
def test_a_clause_holds_a_span(clause, holds):
    assert holds_fact(clause, "date", "span") is holds


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (RULES, "旧车要在名下登记多久才能申请置换补贴", "满1年"),
    (RULES, "这个细则有效期多长时间", "有效期5年"),
    (RULES, "补贴资金审核通过后多久拨付", "15个工作日内"),
    (WATER, "一般故障报修后多久修复", "48小时内"),
])
def test_the_span_is_quoted(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["旧车要在名下登记多久才能申请", "满几年才可以申请补贴", "交了材料多久才会到账"])
def test_the_frame_of_a_condition_is_no_subject(question):
    """"多久才能…": jieba cuts 才能 (talent) out of the condition's frame; the text never says it."""
    assert not {"才能", "才可", "才可以", "才会"} & set(asked(question).focus)


COLLECTION = """青禾市生活垃圾分类管理办法
第一条 为规范生活垃圾分类管理，制定本办法。
第二条 有害垃圾根据产生数量实行定期或者预约收集，每月至少收集一次。
第三条 厨余垃圾应当每日清运。
"""


@pytest.mark.parametrize("question", ["有害垃圾多久收一次", "有害垃圾多久收一会", "多长时间清运一趟"])
def test_the_once_of_a_frequency_is_no_subject(question):
    assert not {"一次", "一会", "一趟"} & set(asked(question).focus)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["有害垃圾多久收一会", "有害垃圾多长时间收一次"])
def test_a_frequency_is_quoted(ask_of, question):
    answer = ask_of(COLLECTION)(question)
    assert answer.answerable and "每月至少收集一次" in answer.answer, answer.answer
