"""A question asking two facts at once ("现在有多少家 今年要到多少", "谁牵头 啥时候完成",
"花多少钱？啥时候完工") gets a sentence for each part, each part searched on its own: the figure
of last year's review is not this year's target, and a later part is of what the first named.
Texts written here."""
from __future__ import annotations

import pytest

from qa.asked_parts import asked_parts

REPORT = """2025年青川县政府工作报告
各位代表：
一、2024年工作回顾
过去一年，全县科技创新能力持续增强。新认定高新技术企业12家，高新技术企业总数达到86家。
常住人口城镇化率达到54.8%，县城建成区面积扩大到21平方公里。
二、2025年重点工作
（一）培育创新主体。实施科技型企业梯次培育行动，高新技术企业总数达到100家。
（二）推进以县城为载体的城镇化。实施城市更新项目18个，常住人口城镇化率提高到56%以上。
（三）建设农村污水治理工程。今年完成32个行政村生活污水治理，项目总投资7800万元。项目由县生态环境分局牵头实施，10月底前全部完工。
"""


@pytest.mark.parametrize("question, parts", [
    ("高新技术企业现在有多少家 今年要到多少", 2),
    ("污水治理谁牵头，啥时候完工", 2),
    ("今年高新技术企业要达到多少家", 0),
])
def test_the_parts_of_a_question_asking_several_facts(question, parts):
    found = asked_parts(question)
    assert len(found) == parts, found
    if parts:
        assert all(w in found[1] for w in ("污水" if "污水" in question else "高新",)), found


@pytest.mark.slow
@pytest.mark.parametrize("question, facts", [
    ("高新技术企业现在有多少家 今年要到多少", ["86家", "100家"]),
    ("城镇化率现在多少 今年要提到多少", ["54.8%", "56%以上"]),
    ("高新企业眼下几家？今年目标多少家", ["86家", "100家"]),
    ("污水治理谁牵头，啥时候完工", ["县生态环境分局", "10月底前"]),
    ("32个村污水治理花多少钱？啥时候完工", ["7800万元", "10月底前"]),
])
def test_each_fact_asked_gets_its_sentence(ask_of, question, facts):
    answer = ask_of(REPORT)(question)
    assert answer.answerable and all(f in answer.answer for f in facts), answer.answer
