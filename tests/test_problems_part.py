""""存在哪些问题" of a part headed for problems alone ("二、存在的主要问题") gets the part's list, though
one of its sections names the topic as the problem it states ("（三）营商环境仍有短板"); a question
naming that section's subject still gets that section, and a part heading results beside problems
("一、正视成绩、直面问题") still narrows to its section on problems. Texts written here."""
from __future__ import annotations

import pytest

from qa.steering import about_the_topic_alone

CIRCULAR = """关于第三季度重点项目督查情况的通报
各县（市、区）人民政府：
一、基本情况
督查组共检查项目86个，总体进展较好。
二、存在的主要问题
督查中也发现一些不容忽视的问题，主要表现在：
（一）部分项目推进缓慢。全市仍有19个重点项目投资完成率低于50%。
（二）要素保障不够有力。全市仍有9个项目尚未取得用地批复。
（三）营商环境仍有短板。督查组共收集问题41条。企业反映比较集中的问题有：涉企检查多，奖补资金拨付慢。窗口存在的问题整改不到位。
三、整改要求
1. 压实责任。各地要逐个项目制定推进计划。
2. 优化服务。对收集的问题建立台账，年底前办结。
"""

MIXED = """在全镇工作会议上的讲话
同志们：
一、正视成绩、直面问题
（一）取得的成绩
全年新增就业岗位1200个，集体经济收入全部超过10万元。
（二）存在的问题
一是产业链条短，农产品加工率不足三成。二是人才缺乏，年轻人外出务工多。
（三）面临的形势
外部环境依然复杂。
二、下一步工作
要抓好产业发展。
"""


@pytest.mark.parametrize("title, alone", [
    ("二、存在的主要问题", True), ("当前面临的困难和挑战", True), ("（二）存在的问题和短板", True),
    ("一、正视成绩、直面问题", False),  # heads the results too
    ("一、精准把握发展现状，明确工作方向", False),  # names no problem
    ("（三）营商环境仍有短板。", True),
])
def test_a_heading_about_problems_alone(title, alone):
    from qa.intent import TOPICS
    assert about_the_topic_alone(title, TOPICS["problems"]["heading"]) is alone


@pytest.mark.slow
@pytest.mark.parametrize("text, question, wanted, unwanted", [
    (CIRCULAR, "存在哪些问题", ["19个重点项目", "9个项目尚未取得用地批复", "营商环境仍有短板"], []),
    (CIRCULAR, "有啥问题", ["19个重点项目", "9个项目尚未取得用地批复"], []),
    (CIRCULAR, "营商环境有啥短板", ["涉企检查多"], ["19个重点项目"]),
    (MIXED, "存在哪些问题", ["产业链条短", "人才缺乏"], ["1200个"]),
])
def test_problems_asked_of_a_part_on_problems(assistant, encoder, text, question, wanted, unwanted):
    from index.parser import parse_speech
    from index.store import index_in_memory
    answer = assistant.variant(index=index_in_memory([parse_speech(text, "doc")], encoder)).ask(question)
    assert answer.answerable, answer.answer
    assert all(w in answer.answer for w in wanted) and not any(u in answer.answer for u in unwanted), answer.answer
