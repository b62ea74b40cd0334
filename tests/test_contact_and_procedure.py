"""Two near-miss edges. A phone asked for a purpose the text states around its contact line ("我想反映问题，
打什么电话" of "如有意见建议，请向我们反映。联系电话：…") is answered: the purpose is said beside the number,
not in it. A procedure asked of a thing the text never names ("出口退税怎么办理" of a speech whose only
申请 is "申请国际认证") is declined, though a passage shares its general words. Texts written here."""
from __future__ import annotations

import pytest

REPORT = """关于青石村信访接待工作情况的通报
各村民小组：
今年以来，村委会共接待群众来访126人次，办结率98%。
一、主要做法
坚持村干部轮流值班接访，做到有访必接、有诉必复。
二、下一步打算
欢迎群众监督。如有意见建议，请及时向我们反映。联系电话：0731-5526781。
"""
TRADE = """在全市外贸工作会议上的讲话
一、去年成效
全市外贸进出口总额增长6.2%。
二、今年重点
（一）服务重点企业。对进出口额前60名企业实行“一企一专员”服务，帮助解决订单、物流等困难。
（二）用好专项资金。用好外贸发展专项资金，重点支持外贸企业开拓市场和申请国际认证。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["我想反映问题，打什么电话", "有意见建议打哪个电话"])
def test_a_phone_asked_for_the_purpose_said_around_it(ask_of, question):
    answer = ask_of(REPORT)(question)
    assert answer.answerable and "0731-5526781" in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["外贸企业出口退税怎么办理", "外贸企业怎么申请出口信用保险"])
def test_a_procedure_of_a_thing_never_named_is_declined(ask_of, question):
    answer = ask_of(TRADE)(question)
    assert not answer.answerable, answer.answer


@pytest.mark.slow
def test_a_procedure_of_a_thing_named_is_answered(ask_of):
    answer = ask_of(TRADE)("外贸企业怎么申请专项资金")
    assert answer.answerable and "专项资金" in answer.answer, answer.answer
