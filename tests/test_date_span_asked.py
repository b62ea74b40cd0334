"""The ends of a span asked of a date ("从什么时候开始到什么时候结束", "什么时候开始", "到什么时候
结束") are answered by the span as a text writes it ("执行期为4月1日至12月31日", "自…起施行"): the
words 开始 and 结束 frame the ask and need not stand in the sentence. Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked

NOTICE = """关于开展2026年秋季消费券发放活动的通知
一、活动时间
本次消费券活动时间为2026年9月1日至10月31日，逾期未使用的自动作废。
二、发放方式
消费券通过“青禾生活”小程序分四批发放，每批1万份。
"""
RULES = """青禾市餐厨垃圾管理办法
第一条 为规范餐厨垃圾管理，制定本办法。
第二条 餐厨垃圾实行收运处一体化管理。
第三条 本办法自2026年3月1日起施行，有效期至2030年12月31日。
"""
SPEECH = """在全县农村人居环境整治推进会上的讲话
一、明确时间节点
这次集中整治行动从4月1日起，到10月底全部完成验收。
二、压实责任
各乡镇要落实包村责任。
"""


@pytest.mark.parametrize("question, focus", [
    ("政策从什么时候开始到什么时候结束", ["政策"]), ("活动什么时候开始", ["活动"]), ("执行期到什么时候结束", ["执行期"])])
def test_the_ends_of_a_span_are_not_its_subject(question, focus):
    assert asked(question).focus == focus


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (NOTICE, "消费券活动从什么时候开始到什么时候结束", "2026年9月1日至10月31日"),
    (RULES, "这个办法什么时候开始施行", "2026年3月1日起施行"),
    (RULES, "办法有效期到什么时候结束", "2030年12月31日"),
    (SPEECH, "整治行动什么时候开始 什么时候结束", "4月1日起"),
])
def test_the_span_is_quoted(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
