"""An ordinal follow-up that asks a list's kind of thing of the item counted ("第二个方面具体有哪些措施",
"第三方面有哪些任务") is of the list just shown, not the speech's second part, nor a question of its own.
An ordinal bound to a topic ("第三条措施是什么" after a list of problems) is still a question of its own.
Texts written here."""
from __future__ import annotations

import pytest

SPEECH = """在全县经济工作会议上的讲话
一、去年工作回顾
全县地区生产总值增长6.1%。
二、今年重点工作
实现今年目标，要重点抓好以下四个方面的工作。
（一）坚持项目为王，扩大有效投资
一是抓好项目谋划。全年谋划储备项目200个。二是强化要素保障。新增建设用地指标3000亩。
（二）坚持工业强县，壮大实体经济
一是做强主导产业。新材料产业产值突破80亿元。二是推进技术改造。实施技改项目45个。
（三）坚持农业稳县，推进乡村振兴
一是稳住粮食生产。新建高标准农田4万亩。二是发展特色产业。茶园面积稳定在12万亩。
（四）坚持民生为本，增进民生福祉
一是稳定扩大就业。城镇新增就业5200人。二是办好民生实事。新改建农村公路180公里。
三、转变作风抓落实
各级干部要真抓实干。
"""


@pytest.mark.slow
@pytest.mark.parametrize("followup, expected, not_expected", [
    ("第二个方面具体有哪些措施", "做强主导产业", "二、今年重点工作”:"),
    ("第三方面有哪些任务", "稳住粮食生产", "做强主导产业"),
    ("那第四个方面主要有什么举措", "稳定扩大就业", "稳住粮食生产"),
])
def test_an_ordinal_asking_the_lists_kind_of_thing_is_of_the_list_shown(ask_of, followup, expected, not_expected):
    ask = ask_of(SPEECH)
    ask("今年要重点抓好哪几个方面的工作")
    answer = ask(followup, ["今年要重点抓好哪几个方面的工作"])
    assert expected in answer.answer and not_expected not in answer.answer, answer.answer


REPORT = """2026年市政府工作报告
一、2025年工作回顾
全市地区生产总值增长5.6%。
二、2026年重点工作
（一）着力扩大有效需求
1.扩大有效投资。全年安排重点项目300个。
2.大力提振消费。打造消费新场景20个。
（二）着力保障和改善民生
1.千方百计稳就业。城镇新增就业5万人以上，新建零工市场8个。
2.办好教育和医疗。新建中小学12所。
"""


@pytest.mark.slow
def test_after_one_heading_shown_an_ordinal_counts_the_points_under_it(ask_of):
    ask = ask_of(REPORT)
    answer = ask("第一条具体有哪些措施", ["保障和改善民生那部分讲啥"])
    assert "零工市场8个" in answer.answer and "重点项目300个" not in answer.answer, answer.answer
