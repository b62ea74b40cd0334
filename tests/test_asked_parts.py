"""A question asking two facts at once ("现在有多少家 今年要到多少", "谁牵头 啥时候完成",
"花多少钱？啥时候完工") gets a sentence for each part, each part searched on its own: the figure
of last year's review is not this year's target, and a later part is of what the first named.
Texts written here."""
from __future__ import annotations

import pytest

from qa.asked_parts import asked_parts, asks_several_facts

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


# Facts asked of a section by name, in parts joined by 、: each fact's sentence answers, not the
# list of the part whose heading shares the question's words ("全县乡村振兴").
PLAN = """在全县乡村振兴推进会上的讲话
同志们：
一、当前存在的问题
一是规划引领不够，村庄建设无序。二是资金投入不足，渠道单一。三是人才支撑不强，队伍老化。
二、明确下一阶段全县乡村振兴的重点任务，推动全县乡村振兴高质量发展
（一）科学编制乡村振兴规划，优化村庄布局
一是加强顶层设计，制定全县统一的乡村振兴规划。要以省市相关规划为指导，委托省农科院规划团队，编制《全县乡村振兴总体规划（2025-2030年）》。规划要明确产业布局、村庄分类、公共服务配套等内容，确保规划管用好用。
二是优化村庄布局，分类推进村庄建设。
（二）加大资金投入，拓宽筹资渠道
县财政每年安排乡村振兴专项资金5000万元，由县农业农村局统筹使用。
（三）壮大人才队伍，强化智力支撑
每年引进农业技术人才50名，年底前完成首批招聘。
三、强化保障措施
（一）加强组织领导
（二）严格督查考核
"""

TOURISM = """在全市文旅融合发展大会上的讲话
同志们：
一、充分认识文旅融合发展的重要意义
文旅融合是培育新增长点的重要途径。
二、明确下一阶段全市文旅融合发展的重点任务，推动全市文旅融合提质增效
（一）高标准编制全市文旅融合专项规划
一是强化规划引领。要由市文化广电旅游局牵头，会同市自然资源局，编制《全市文旅融合发展专项规划（2026-2030年）》。规划要涵盖资源普查、线路设计和品牌营销等内容。
二是加强规划衔接。
（二）打造精品旅游线路
年内推出红色研学、古镇休闲等精品线路10条。
（三）壮大文旅市场主体
培育规上文旅企业30家。
"""


@pytest.mark.parametrize("question, several", [
    ("总体规划由谁来编、规划期是哪几年、要包含哪些内容", True),
    ("专项资金每年多少、由谁统筹", True),
    ("国土空间规划、产业规划分别是多少", False),
    ("下一步有哪些重点任务", False),
    ("人才那部分一共分几条，分别是哪几条", False),
    ("保障措施有几项，是哪几项", False),
    ("讲话分了几个部分 都是哪几个部分", False),
    ("今年确定了几项民生实事，总投资多少", True),
    # a time asked by its noun
    ("今年城中村改造要开工几个项目，时间节点是什么", True), ("新建几座污水站，完成时限是什么", True),
    ("这项工作的时间节点是什么", False),
])
def test_which_questions_ask_several_facts(question, several):
    assert asks_several_facts(question) is several


@pytest.mark.slow
@pytest.mark.parametrize("text, question, facts", [
    (PLAN, "全县乡村振兴总体规划由谁来编、规划期是哪几年、要包含哪些内容", ["省农科院规划团队", "2025-2030年"]),
    (PLAN, "全县乡村振兴规划委托谁编，规划期到哪一年，规划讲哪些内容", ["省农科院规划团队", "2025-2030年"]),
    (TOURISM, "全市文旅融合专项规划由谁牵头编制、规划期到哪一年、包括哪些内容",
     ["市文化广电旅游局", "2026-2030年"]),
])
def test_facts_asked_of_a_named_section_get_their_sentences(ask_of, text, question, facts):
    answer = ask_of(text)(question)
    assert answer.answerable and all(f in answer.answer for f in facts), answer.answer
    assert "共列出" not in answer.answer, answer.answer
