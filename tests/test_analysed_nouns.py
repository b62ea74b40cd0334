"""A part headed by the noun it analyses ("二、原因剖析", "三、问题查摆", "四、原因分析") is the part
of that noun: "原因有哪些" lists its points, all of them. Texts written here."""
from __future__ import annotations

import pytest

SELF_CHECK = """在民主生活会上的对照检查发言
一、存在的主要问题
（一）在理论学习方面。一是学习不够系统。二是学用结合不紧。
（二）在担当作为方面。一是闯劲不足。二是抓落实的韧劲不够。
二、原因剖析
一是理想信念有所弱化。对加强党性修养的认识有所淡化。
二是宗旨意识有所淡化。放松了深入群众的自觉。
三是担当精神有所减退。存在求稳怕乱心理。
四是纪律规矩有所松懈。对身边人存在“好人主义”思想。
三、整改措施
（一）加强理论武装。（二）践行宗旨意识。
"""
SURVEY = """关于农村幸福院运行情况的调研报告
一、基本情况
全县建成农村幸福院86个。
二、问题查摆
1．就餐人数少，部分幸福院日均就餐不足5人。
2．运营经费不足，村集体难以负担。
3．服务人员老化，平均年龄62岁。
三、原因分析
1．选址偏僻，离老人居住地远。
2．补贴只补建设不补运营。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, items", [
    (SELF_CHECK, "原因有哪些", ["理想信念", "宗旨意识", "担当精神", "纪律规矩"]),
    (SELF_CHECK, "剖析了哪几条原因", ["理想信念", "宗旨意识", "担当精神", "纪律规矩"]),
    (SURVEY, "原因有哪些", ["选址偏僻", "补贴只补建设"]),
    (SURVEY, "查摆出哪些问题", ["就餐人数少", "运营经费不足", "服务人员老化"]),
])
def test_the_part_that_analyses_the_noun_is_listed_whole(ask_of, text, question, items):
    a = ask_of(text, "doc")(question)
    assert a.answerable and all(i in a.answer for i in items), a.answer
