"""Lists counted as a campaign's fights or moves: "打好“三场硬仗”。" then 一是…攻坚战, "讲三招：",
asked "分别是什么" or "第二场具体怎么打". Texts written here."""
from __future__ import annotations

import pytest

from index.announce import find_announcements
from index.parser import parse_speech
from index.store import index_in_memory
from qa.question_form import read_question

FIGHTS = """在全县项目建设推进会上的讲话
同志们：
今年，全县上下要聚焦产业招商、重点工程、营商服务三个重点，集中力量打好“三场硬仗”。
一是打好产业招商攻坚战。组建4个驻外招商小组，全年引进亿元以上项目20个。
二是打好重点工程攻坚战。县交通运输局牵头，10月底前建成环城北路，完成投资3.2亿元。
三是打好营商服务提升战。县行政审批局牵头，年内实现80项事项“一窗通办”。
最后，我再强调一点，各乡镇要按月报送进度。
"""
MOVES = """在全市农产品稳产保供会议上的讲话
关于稳产保供，我讲三招：
第一招，稳面积。全市粮食播种面积稳定在210万亩以上。
第二招，强服务。组织农技人员下乡指导，每个乡镇不少于5人。
第三招，保流通。新建冷链仓储设施12处，打通“最后一公里”。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(FIGHTS, "fights"), parse_speech(MOVES, "moves")]
    return assistant.variant(index=index_in_memory(docs, encoder)).ask


@pytest.mark.parametrize("text, count, noun", [
    ("集中力量打好“三场硬仗”。", 3, "硬仗"), ("今年要打好两场攻坚战：", 2, "攻坚战"), ("关于稳产保供，我讲三招：", 3, None)])
def test_a_campaign_count_announces_a_list(text, count, noun):
    found = find_announcements(text)
    assert found and found[0].count == count
    if noun:
        assert found[0].noun == noun


@pytest.mark.parametrize("question", ["今年要打好的“三场硬仗”分别是什么？", "三场硬仗是哪三场"])
def test_the_fights_are_listed(ask, question):
    a = ask(question, document="fights")
    for lead in ("一是打好产业招商攻坚战", "二是打好重点工程攻坚战", "三是打好营商服务提升战"):
        assert lead in a.answer


@pytest.mark.parametrize("follow", ["第二场具体怎么打", "第二场呢"])
def test_the_nth_fight_after_the_list(ask, follow):
    a = ask(follow, ["三场硬仗分别是什么"], document="fights")
    assert "环城北路" in a.answer and "一窗通办" not in a.answer


@pytest.mark.parametrize("question, position", [("第三场具体怎么打", 2), ("第二招是什么", 1), ("第一批有哪些", 0)])
def test_a_campaign_ordinal_is_read(question, position):
    assert read_question(question).position == position


def test_the_nth_move(ask):
    a = ask("第三招是什么", document="moves")
    assert "冷链仓储设施12处" in a.answer
