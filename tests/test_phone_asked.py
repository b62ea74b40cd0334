"""A number to call asked ("咨询电话是多少", "举报热线多少", "联系电话多少") is told as digits with no
measure word ("0766-82316050", "12345"): a sentence giving one answers it, and a text giving none
declines it. Texts written here."""
from __future__ import annotations

import pytest

from qa.measure import holds_measure, measure_asked

NOTICE = """关于开展2026年秋季消费券发放活动的通知
一、活动时间
2026年9月1日至10月31日。
二、发放方式
消费券通过“青禾生活”小程序分四批发放，每批1万份。
三、咨询方式
市民如有疑问，可拨打市商务局咨询电话0571-86012345，也可拨打12345政务服务便民热线。
"""
SPEECH = """在全县安全生产工作会议上的讲话
一、压实责任
各乡镇要落实24小时值班制度。
二、畅通举报渠道
要在醒目位置公布县应急管理局举报热线0571-83215110，对群众举报的隐患线索，要在3个工作日内核查处理。
"""
NO_NUMBER = """在全县春季植树造林动员会上的讲话
一、目标任务
今年全县计划完成植树造林1.5万亩，新建绿色通道40公里。
二、保障措施
县林业局要做好技术指导，各乡镇要落实管护责任。
"""


@pytest.mark.parametrize("question", ["政策咨询电话是多少", "举报热线是多少", "联系电话多少", "这个号码是几号", "邮编是多少"])
def test_a_number_to_call_is_asked(question):
    assert measure_asked(question) == "phone"


@pytest.mark.parametrize("clause, holds", [
    ("可拨打市商务局咨询电话0571-86012345", True), ("也可拨打12345政务服务便民热线", True),
    ("手机13800001111", True), ("销售8.62万辆", False), ("增长31.5%", False), ("2026年4月1日", False)])
def test_a_clause_holds_a_number_to_call(clause, holds):
    assert holds_measure(clause, "phone") is holds


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (NOTICE, "咨询电话是多少", "0571-86012345"),
    (NOTICE, "有疑问打什么电话", "12345"),
    (SPEECH, "举报热线号码是多少", "0571-83215110"),
])
def test_the_number_is_quoted(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["林业局的咨询电话是多少", "举报热线是多少"])
def test_a_text_that_gives_no_number_declines(ask_of, question):
    assert not ask_of(NO_NUMBER)(question).answerable
