"""A part asked by a broad unit, then a point by a narrow one ("第二个方面是啥" then "第三条具体怎么做")
counts the points shown under that part, not the parts, whatever list the last answer kept to count
in; the same broad unit again ("第三个方面呢") is no narrower. Texts written here."""
from __future__ import annotations

import pytest

from qa.followup import narrower_unit, ordinal_unit

REPORT = """2026年县政府工作报告
各位代表：
今年重点抓好以下三个方面工作。
（一）着力扩大有效需求
1.扩大有效投资。实施重点项目150个，完成投资260亿元。
2.提振居民消费。发放消费券2000万元。
3.稳住外贸外资。外贸进出口增长5%。
（二）着力推进乡村振兴
1.守住粮食安全底线。新建高标准农田8万亩。
2.建设和美乡村。新建省级和美乡村示范村12个。
3.深化农村改革。村级集体经济收入10万元以上的村占比达到85%。
（三）着力保障改善民生
1.稳定扩大就业。城镇新增就业6000人。
2.办好人民满意教育。新建中小学4所。
"""


@pytest.mark.parametrize("question, unit", [("第五个方面是啥", "方面"), ("第二条具体怎么做", "条"), ("第三部分讲的啥", "部分"),
                                            ("第二点呢", "点"), ("第三个呢", ""), ("第三产业占多少", "")])
def test_the_unit_an_ordinal_counts_in(question, unit):
    assert ordinal_unit(question) == unit


@pytest.mark.parametrize("question, last, narrower", [
    ("第二条具体怎么做", "第五个方面是啥", True), ("第三项呢", "第二部分讲了啥", True),
    ("第三个方面呢", "第二个方面是啥", False), ("第二条呢", "第三条是啥", False), ("第二条呢", "有哪些问题", False),
])
def test_a_narrower_unit_than_the_last_ordinal(question, last, narrower):
    assert narrower_unit(question, [last]) is narrower


@pytest.mark.slow
@pytest.mark.parametrize("then, said, not_said", [
    ("第三条具体怎么做", "村级集体经济", "保障改善民生"), ("第二条呢", "和美乡村示范村12个", "扩大有效需求"),
])
def test_a_point_asked_after_a_part_is_counted_under_it(ask_of, then, said, not_said):
    ask = ask_of(REPORT)
    first = "第二个方面是啥"
    assert "乡村振兴" in ask(first).answer
    answer = ask(then, [first])
    assert answer.answerable and said in answer.answer and not_said not in answer.answer, answer.answer
