"""Points said "一要…二要…三要" are asked by 要 ("第三要是什么", "第二要呢"), as 条/项/点 are;
"第一要务" stays a noun. Texts written here."""
from __future__ import annotations

import pytest

from qa.question_form import _ORDINAL

SPEECH = """在全市安全生产工作会议上的讲话
同志们：
一、抓好重点行业领域整治
要聚焦事故多发的行业，集中攻坚。一要盯紧道路运输安全。由市交通运输局牵头，整治客运车辆超员超速。
二要盯紧建筑施工安全。由市住建局牵头，对深基坑、高支模工程逐一排查。
三要盯紧危化品安全。由市应急管理局牵头，对全市12家危化品企业实行包保监管。
四要盯紧城镇燃气安全。由市城管局牵头，年内完成老旧燃气管道改造26公里。
二、压实安全责任
各区要落实属地责任，每季度至少研究一次安全生产工作。
"""


@pytest.mark.parametrize("question, number", [("第三要是什么", "三"), ("第二要呢", "二"), ("那第四要具体说说", "四")])
def test_an_ordinal_by_yao_is_read(question, number):
    m = _ORDINAL.search(question)
    assert m and m.group(1) == number and m.group(2) == "要"


@pytest.mark.parametrize("question", ["发展的第一要务是什么", "第一要求是什么"])
def test_a_noun_beginning_with_yao_is_no_ordinal_classifier(question):
    assert _ORDINAL.search(question).group(2) is None


@pytest.mark.slow
@pytest.mark.parametrize("history, question, expected", [
    (["重点行业整治要盯紧哪些"], "第三要是什么", "危化品安全"),
    (["重点行业整治要盯紧哪些", "第二要是什么"], "第四要呢", "城镇燃气安全"),
    (["重点行业整治有哪几要"], "最后一个呢", "城镇燃气安全"),
])
def test_a_follow_up_by_yao_picks_that_point(ask_of, history, question, expected):
    answer = ask_of(SPEECH, "safety")(question, history)
    assert answer.answerable, answer.answer
    assert expected in answer.answer.split("[1]")[0], answer.answer
