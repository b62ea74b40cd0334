"""A whole sum asked ("一共要花多少钱", "总共补了多少钱") is not told by a rate per unit ("每户补助3.5万元", "每亩
补贴118元"): such a question is declined where the text gives only the rate, and answered by the total
where it gives one; asked per unit ("每户补多少"), the rate answers. Texts written here: a press
conference answer and a farm subsidy notice."""
from __future__ import annotations

import pytest

PRESS = """某县2026年民生工程新闻发布会实录

主持人：下面请记者提问。

县电视台记者：今年农村危房改造有什么安排？

县住建局副局长 张某某：今年全县计划改造农村危房210户，每户补助3.5万元。时间安排上，5月底前完成审批，11月20日前全部竣工。

日报记者：城区老旧管网更新什么时候能弄好？

县水务局局长 李某某：城区老旧管网更新共涉及管线38公里，总投资1.1亿元。进度上，4月全面开工，12月底前全部完工。
"""

NOTICE = """关于做好2026年耕地地力保护补贴发放工作的通知

各乡镇人民政府：

一、补贴标准

耕地地力保护补贴每亩补贴118元，大豆玉米带状复合种植每亩另行补助150元。

二、资金安排

全县玉米生产者补贴资金共计2860万元，由县财政局于4月30日前拨付到户。
"""


@pytest.mark.parametrize("text, question", [
    (PRESS, "危房改造一共要花多少钱"),
    (NOTICE, "耕地地力保护补贴总共要发多少钱"),
])
def test_a_rate_per_unit_is_no_whole_sum(ask_of, text, question):
    answer = ask_of(text)(question)
    assert not answer.answerable, answer.answer


@pytest.mark.parametrize("text, question, expected", [
    (PRESS, "危房改造每户补多少", "3.5万元"),
    (PRESS, "管网更新一共要投多少钱", "1.1亿元"),
    (NOTICE, "耕地地力保护补贴一亩补多少", "118元"),
    (NOTICE, "玉米生产者补贴资金一共多少钱", "2860万元"),
])
def test_the_rate_or_the_total_asked_answers(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question, window, expected", [
    ("危房改造一共要花多少钱", "每户补助3.5万元", True),
    ("危房改造每户补多少", "每户补助3.5万元", False),
    ("一共要投多少钱", "总投资1.1亿元，每公里约290万元", False),  # a total is said
    ("花了多少钱", "每户补助3.5万元", False),  # no whole sum asked
])
def test_per_unit_only(question, window, expected):
    from qa.per_unit import per_unit_only

    assert per_unit_only(question, window) is expected
