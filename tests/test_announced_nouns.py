"""Lists announced with any noun ("重点抓好以下四个领域", "落实好以下三个方面的责任"), with a
reason announced in the paragraph after a rhetorical question, and with a count the question
names ("哪两个方面"). Texts written here."""
from __future__ import annotations

import pytest

TRANSPORT = """在全市交通运输工作会议上的讲话
同志们：
一、重点领域
今年全市交通运输工作重点抓好以下四个领域。
第一，农村公路领域。新改建农村公路600公里，实现较大人口规模自然村通硬化路。
第二，城市公交领域。新开通公交线路12条，更新新能源公交车300辆。
第三，水路运输领域。完成港区航道疏浚，新增千吨级泊位4个。
第四，物流枢纽领域。建成市级物流园区2个，培育骨干物流企业10家。
二、责任落实
交通安全关系群众生命财产，各县区要落实好以下三个方面的责任。
一是落实属地管理责任。县区政府要把交通安全纳入年度考核。
二是落实行业监管责任。交通运输部门要每季度开展一次隐患排查。
三、为什么要加快建设交通强市
为什么说必须加快建设交通强市？我看，理由有以下几点。
首先，交通是经济发展的先行官，没有便捷的交通就没有产业集聚。
其次，我市交通短板明显，高速公路密度低于全省平均水平。
再次，群众出行需求快速增长，现有运力难以满足。
"""

SERVICES = """在全县政务服务工作会议上的讲话
同志们：
一、工作成效
去年全县政务服务取得明显成效，主要体现在以下两个方面。
一是办事效率提高，平均审批时限压缩到3个工作日。
二是服务渠道拓宽，网上可办事项达到1200项。
二、存在问题
但也要看到，当前工作还有不少短板，主要有以下三个方面的问题。
一是部门数据共享不畅，群众仍需重复提交材料。
二是基层服务能力不足，村级代办员流动性大。
三是线上系统稳定性差，高峰时段经常卡顿。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("重点抓哪几个领域", ["农村公路领域", "物流枢纽领域"]),
    ("要落实哪几个方面的责任", ["落实属地管理责任", "落实行业监管责任"]),
    ("为什么说必须加快建设交通强市", ["交通是经济发展的先行官", "群众出行需求快速增长"]),
])
def test_a_list_announced_with_any_noun_is_answered_by_its_items(ask_of, question, expected):
    answer = ask_of(TRANSPORT)(question)
    assert answer.answerable and all(e in answer.answer for e in expected), answer.answer


@pytest.mark.slow
def test_an_announced_count_above_the_items_shown_is_noticed(ask_of):
    answer = ask_of(TRANSPORT)("第三个方面的责任是什么")
    assert answer.notices and "3" in answer.answer and "落实行业监管责任" in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, expected, not_expected", [
    ("成效主要体现在哪两个方面", "服务渠道拓宽", "数据共享不畅"),
    ("主要有哪三个方面的问题", "线上系统稳定性差", "办事效率提高"),
])
def test_the_count_a_question_names_picks_the_list(ask_of, question, expected, not_expected):
    answer = ask_of(SERVICES)(question)
    assert expected in answer.answer and not_expected not in answer.answer, answer.answer


HOPES = """在全县青年企业家座谈会上的讲话
同志们：
一、发展成绩
全县青年创办企业达到1200家。
二、几点希望
借此机会，我向大家提三点希望。
一是坚定发展信心。希望大家看准方向、保持定力。
二是专注主业创新。希望大家加大研发投入，每家企业每年至少推出1项新产品。
……（全文共6000字，剩余内容请下载查看）
"""


@pytest.mark.slow
def test_a_point_of_hopes_beyond_those_shown_is_noticed(ask_of):
    answer = ask_of(HOPES)("第三点希望说的是什么")
    assert answer.notices and "专注主业创新" in answer.answer and "第3点不在文中" in answer.answer, answer.answer


@pytest.mark.slow
def test_a_point_of_hopes_asked_whole_gets_its_sentences(ask_of):
    answer = ask_of(HOPES)("第二点希望的主要内容")
    assert "专注主业创新" in answer.answer and "至少推出1项新产品" in answer.answer, answer.answer


PRINCIPLES = """关于今年工作的报告
各位代表：
一、总体要求
做好今年工作，必须牢牢把握高质量发展这个首要任务，更加注重扩大有效需求和提振市场信心。
在工作中，我们将把握好四项原则：一是坚持稳中求进、以进促稳；二是坚持项目为王、产业为基；三是坚持人民至上、民生为先；四是坚持守牢底线、安全发展。
落实各项任务，必须提高工作的执行力，我们提出三点要求：一是讲政治、顾大局；二是重实干、求实效；三是守规矩、严作风。
二、重点工作
抓好产业发展，推动制造业提质增效。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, first, last", [
    ("今年工作要把握的原则有几条 分别是啥", "稳中求进", "守牢底线"),
    ("做好今年工作要把握的原则分别是什么", "稳中求进", "守牢底线"),
])
def test_the_announcement_of_the_asked_noun_outweighs_a_longer_run_of_other_words(ask_of, question, first, last):
    answer = ask_of(PRINCIPLES)(question)
    assert first in answer.answer and last in answer.answer, answer.answer
