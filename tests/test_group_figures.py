"""A figure is of what it is said of. A group's figure ("新能源装备、生物医药两大产业集群产值300亿元",
"建成县人民医院新院区、县文化中心等一批重大工程" after a five-year total) says nothing of one member
asked alone; a rate of a population ("常住人口城镇化率54.7%") is no head count of it. Asked of
the whole group, or of a member with a figure of its own, the text still answers. Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked
from qa.question_overlap import without_lone_member
from qa.measure import measure_asked

REPORT = """政府工作报告
——2026年1月12日在某县第十八届人民代表大会第四次会议上
一、2025年工作回顾
过去五年，全县累计完成固定资产投资520亿元，建成县妇幼保健院新院、县图书馆、城北污水处理厂等一批重大工程。
新材料、电子信息两大产业集群产值突破260亿元，占规上工业产值的比重达到46%。
全县常住人口城镇化率达到56.3%，提高1.1个百分点。
纺织服装产业产值85亿元，增长7.2%。
二、2026年重点工作
一是推进城乡融合，年末户籍人口稳定在42万人左右。
"""


@pytest.mark.parametrize("question, measure", [
    ("全县常住人口有多少", "人"),
    ("参训人数是多少", "人"),
    ("户籍人口有多少万", "人"),
    ("常住人口城镇化率是多少", "rate"),  # a rate of the population is asked as a rate
    ("人口增长率多少", "rate"),
])
def test_a_count_of_people_is_asked_in_people(question, measure):
    assert measure_asked(question) == measure


@pytest.mark.parametrize("text, question, kept", [
    ("新材料、电子信息两大产业集群产值突破260亿元", "电子信息产业产值单独是多少", "新材料、·两大"),
    ("建成县妇幼保健院新院、县图书馆等一批重大工程", "县图书馆花了多少钱", "建成县妇幼保健院新院、·等"),
    # the question names two members: the group is what it asks about
    ("新材料、电子信息两大产业集群产值突破260亿元", "新材料和电子信息产值多少", "新材料、电子信息两大"),
    ("纺织服装产业产值85亿元", "纺织服装产业产值多少", "纺织服装产业产值85亿元"),  # no group
])
def test_a_lone_member_of_a_group_is_set_aside(text, question, kept):
    assert kept in without_lone_member(text, asked(question))


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "电子信息产业去年产值单独是多少",
    "县图书馆总共花了多少钱",
    "城北污水处理厂投资了多少钱",
    "全县常住人口有多少",
    "常住人口是多少万人",
])
def test_a_figure_of_the_group_or_of_a_rate_does_not_answer_for_one(ask_of, question):
    answer = ask_of(REPORT, "groups")(question)
    assert not answer.answerable, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, figure", [
    ("新材料和电子信息两大产业集群产值多少", "260亿元"),
    ("纺织服装产业产值多少", "85亿元"),
    ("过去五年固定资产投资一共完成多少", "520亿元"),
    ("户籍人口有多少", "42万人"),
    ("常住人口城镇化率是多少", "56.3%"),
])
def test_the_groups_own_figure_and_a_members_own_still_answer(ask_of, question, figure):
    answer = ask_of(REPORT, "groups")(question)
    assert answer.answerable, answer.answer
    assert figure in answer.answer and answer.citations


@pytest.mark.parametrize("text, question", [
    ("现有的40台风力灭火机、600把二号工具和油锯等物资要全面检修", "风力灭火机有多少台"),
    ("现有的40台风力灭火机、600把二号工具和油锯等物资要全面检修", "二号工具有多少把"),
    ("全镇建成3个日间照料中心、12个老年食堂，覆盖老人2000余人", "老年食堂建了几个"),
])
def test_a_member_counted_on_its_own_keeps_its_figure(text, question):
    """A list of members each with its own count is no group: the member asked keeps its words."""
    kept = without_lone_member(text, asked(question))
    assert all(w in kept for w in asked(question).focus[:1]), kept


FIRE = """在全乡森林防火工作会议上的讲话
现有的40台风力灭火机、600把二号工具和油锯、水泵等物资要全面检修。
全乡共有护林员62名。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, figure", [("风力灭火机有多少台", "40台"), ("二号工具有多少把", "600把")])
def test_a_count_among_counts_is_answered(ask_of, question, figure):
    a = ask_of(FIRE)(question)
    assert a.answerable and figure in a.answer, a.answer
