"""A speech of a library named by who gave it: the speaker's name ("柏云舟讲…"), surname and post
("秦县长讲话的…"), or the post that speaks ("镇党委书记讲了几点", "省长在大会上提出的…"). A post
that only acts in a text names no speech. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.levels import level_of
from qa.speaker_named import speaker_named, speaker_of

CITY = """在全市春季植树造林工作会议上的讲话
副市长　柏云舟
同志们：
一、去年工作回顾
去年全市完成植树造林7.9万亩。
二、今年目标任务
今年全市计划植树造林8.6万亩，新建城市公园12个。
三、强化保障措施
一是加强组织领导，市绿化委员会每月调度一次。二是落实资金，市财政安排专项资金1.2亿元。
"""
COUNTY = """在全县春季植树造林工作会议上的讲话
县长　秦岭峰
同志们：
一、去年工作回顾
去年全县完成植树造林2.1万亩。
二、今年目标任务
今年全县计划植树造林2.4万亩，建设乡村绿化示范村15个。
"""
TOWN = """在全镇森林防火工作会议上的讲话
镇党委书记　邝南星
同志们：下面，我讲两点意见。
一、管住野外火源
清明期间，各村要在进山路口设立防火检查站，严禁带火种上山。
二、压实防火责任
镇村干部包山头、包地块，确保责任到人。
"""
PROVINCE = """林志远在全省营商环境大会上的讲话
同志们：
今天召开全省营商环境大会。全省要优化营商环境，今年营商环境评价力争进入全国第一方阵，企业满意度达到90%以上。
省委、省政府把营商环境作为一号工程来抓。
"""


@pytest.fixture(scope="module")
def docs():
    return [parse_speech(CITY, "city"), parse_speech(COUNTY, "county"), parse_speech(TOWN, "town"),
            parse_speech(PROVINCE, "province")]


@pytest.fixture(scope="module")
def ask(assistant, encoder, docs):
    return assistant.variant(index=index_in_memory(docs, encoder)).ask


@pytest.mark.parametrize("title, posts, names", [
    ("在全市工作会议上的讲话\n澜州市市长　周明远\n", {"市长"}, {"周明远"}),
    ("述职报告\n县水利局党组书记、局长　李某某\n", {"书记", "局长"}, {"李某某"}),
    ("在全市工作会议上的讲话\n市政府副市长　何志远\n", {"副市长"}, {"何志远"}),
    ("政府工作报告\n县长　某某某\n", {"县长"}, set()),  # a stand-in names no one
])
def test_the_speaker_is_read_from_the_byline(title, posts, names):
    doc = parse_speech(title + "同志们：\n今年要抓好项目建设，全年实施重点项目120个。\n", "doc")
    assert speaker_of(doc) == (frozenset(posts), frozenset(names))


@pytest.mark.parametrize("question, chosen", [
    ("柏云舟讲今年计划植树多少亩", {"city"}),
    ("秦县长讲话里今年植树多少亩", {"county"}),
    ("邝书记讲了几点", {"town"}),
    ("镇党委书记一共讲了几点", {"town"}),
    ("副市长说的保障措施有哪些", {"city"}),
    ("省长在大会上提出的目标是什么", {"province"}),  # no byline: the post's level
    ("林志远讲了啥", {"province"}),
])
def test_a_question_names_a_speech_by_its_speaker(docs, question, chosen):
    assert speaker_named(question, docs, level_of)[0] == chosen


@pytest.mark.parametrize("question", ["县委书记在植树造林中要当好什么角色", "今年计划植树多少亩", "市长热线是多少"])
def test_a_post_that_does_not_speak_names_no_speech(docs, question):
    assert speaker_named(question, docs, level_of) == (set(), "")


@pytest.mark.slow
@pytest.mark.parametrize("question, figure, other", [("柏云舟讲今年计划植树多少亩", "8.6万亩", "2.4万亩"),
                                                     ("秦县长讲今年计划植树多少亩", "2.4万亩", "8.6万亩")])
def test_the_speakers_speech_answers(ask, question, figure, other):
    a = ask(question)
    assert a.answerable and figure in a.answer and other not in a.answer
    assert "问题没有指明" not in a.answer


@pytest.mark.slow
def test_the_post_that_speaks_gets_its_speech(ask):
    a = ask("镇党委书记讲了几点")
    assert "管住野外火源" in a.answer and "压实防火责任" in a.answer
    assert {c.document for c in a.citations} == {"town"}
