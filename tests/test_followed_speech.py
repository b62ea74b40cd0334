"""A follow-up in a library goes on in the speech its last answer quoted ("这个由谁牵头", "投了多少钱"),
and "这个由谁牵头" points at the item just shown (由 is no noun the demonstrative binds). Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.question_form import read_question

CARE = """关于石湾县农村养老服务的调研报告
一、基本情况
全县60岁以上老年人4.2万人，占总人口的21.3%。
二、对策建议
1．推动敬老院转型。到2027年将12所乡镇敬老院整合为6所区域性养老服务中心，由县民政局牵头。
2．加强护理队伍建设。由县人社局、县卫健局牵头，三年内培训养老护理员1500人次。
3．完善医养结合。推动乡镇卫生院与敬老院“两院一体”，县医保局负责把护理费用纳入报销。
"""
TRADE = """在全县招商引资推进会上的讲话
同志们：
今年招商引资要抓好三件事。
一是编制产业链招商图谱。县招商服务中心牵头，4月底前完成三大主导产业图谱。
二是办好招商推介会。县商务局牵头，全年举办专题推介会6场，签约项目投资总额80亿元。
三是强化考核。县委督查室牵头，对招商任务实行月通报。
"""
WATER = """在全县水利工作会议上的讲话
今年要完成水利投资4.6亿元，新建小型水库2座，由县水利局牵头实施。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(CARE, "care"), parse_speech(TRADE, "trade"), parse_speech(WATER, "water")]
    return assistant.variant(index=index_in_memory(docs, encoder)).ask


@pytest.mark.parametrize("who", ["这个由谁牵头", "这一条由谁负责", "这个归哪个部门管"])
def test_who_leads_the_item_just_shown(ask, who):
    history = ["养老服务调研报告提了几条对策建议", "第二条具体说说"]
    a = ask(who, history)
    assert a.answerable
    assert {c.document for c in a.citations} == {"care"}
    assert "县人社局" in a.answer


@pytest.mark.parametrize("question", ["由谁牵头", "谁牵头实施", "这个由哪个部门牵头"])
def test_a_bare_detail_stays_in_the_speech_just_quoted(ask, question):
    a = ask(question, ["今年水利投资多少"])
    assert {c.document for c in a.citations} == {"water"}
    assert "县水利局" in a.answer


def test_a_follow_up_naming_another_speech_goes_there(ask):
    a = ask("那水利工作会议讲话呢，由谁牵头", ["养老服务调研报告提了几条对策建议"])
    assert "trade" not in {c.document for c in a.citations}


def test_a_new_question_in_the_same_chat_is_not_held_to_the_last_speech(ask):
    a = ask("招商推介会全年办几场", ["养老服务调研报告提了几条对策建议"])
    assert {c.document for c in a.citations} == {"trade"}
    assert "6场" in a.answer


@pytest.mark.parametrize("question", ["这个由谁牵头", "这一条由谁负责", "这个找谁办", "这个归哪个部门管"])
def test_a_demonstrative_before_a_preposition_points_back(question):
    reading = read_question(question)
    assert reading.deictic and reading.bound is None


@pytest.mark.parametrize("question, noun", [("这个规划什么时候出台", "规划"), ("这个城市去年GDP多少", "城市")])
def test_a_demonstrative_before_a_noun_binds_it(question, noun):
    assert read_question(question).bound == noun


def test_a_matter_named_by_its_own_label_follows_no_speech():
    """"停产那事?" after "讲话一共分几大块?": 那事 points back only where the last turn holds its label
    (qa.followup); standing alone, it is searched in every speech, not the ones the last answer quoted."""
    from types import SimpleNamespace

    from qa.followed_speech import speeches_followed
    from index.parser import parse_speech
    docs = [parse_speech("在全县安全生产会议上的讲话\n同志们：今年要抓好安全生产。\n", "a"),
            parse_speech("在全县防汛工作会议上的讲话\n同志们：今年要抓好防汛工作。\n", "b")]
    alone = SimpleNamespace(form=None)
    assert speeches_followed("停产那事?", alone, ["a"], docs) is None
    assert speeches_followed("这事谁负责", SimpleNamespace(form="deictic"), ["a"], docs) == {"a"}


CITY_TREES = """在全市春季植树造林工作会议上的讲话
去年全市完成植树造林7.3万亩，森林覆盖率达到48.5%。
今年全市计划植树造林8.6万亩，新建城市公园12个。
"""
COUNTY_TREES = """在全县春季植树造林工作会议上的讲话
去年全县完成植树造林2.1万亩，森林覆盖率达到61.2%。
今年全县计划植树造林2.4万亩，新购防火冲锋舟3艘。
"""
ASKED_OF_CITY = "全市植树造林工作会议上，今年计划植树多少亩？"


@pytest.fixture(scope="module")
def ask_trees(assistant, encoder):
    docs = [parse_speech(CITY_TREES, "city"), parse_speech(COUNTY_TREES, "county")]
    return assistant.variant(index=index_in_memory(docs, encoder)).ask


@pytest.mark.parametrize("question, figure, other", [("森林覆盖率是多少", "48.5%", "61.2%"),
                                                     ("去年植树造林完成了多少", "7.3万亩", "2.1万亩"),
                                                     ("城市公园建几个", "12个", "2.4万亩")])
def test_a_subject_the_speech_just_quoted_speaks_of_stays_in_it(ask_trees, question, figure, other):
    a = ask_trees(question, [ASKED_OF_CITY])
    assert figure in a.answer and other not in a.answer
    assert {c.document for c in a.citations} == {"city"}


def test_a_subject_the_speech_just_quoted_lacks_goes_to_the_one_that_has_it(ask_trees):
    a = ask_trees("冲锋舟买了几艘", [ASKED_OF_CITY])
    assert "3艘" in a.answer and {c.document for c in a.citations} == {"county"}
