"""A speech of a library named by the place it is of, though its title names none: the place in its
letterhead ("桐川县人民政府办公室文件"), in its byline or source line ("来源：江澜市商务局"), or the one
its text names all through. A place two speeches share, or one a text names in passing, names none.
Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from qa.documents import named_documents
from qa.places import own_places

LETTERHEAD = """桐川县人民政府办公室文件
桐政办发〔2026〕3号
在全县安全生产工作会议上的讲话
（2026年3月2日）
同志们：
一、正视成绩
去年，全县共发生生产安全事故14起、死亡6人。
二、压实责任
要开展隐患排查整治，年底前整改到位。
"""
DISTRICT = """在全区安全生产工作会议上的讲话
区长　韩志诚
同志们：
一、基本情况
去年，全区共发生生产安全事故9起、死亡4人。我们到过青松县学习经验。
二、下一步工作
要压实企业主体责任。
"""
SOURCE_LINE = """关于印发2026年外贸工作要点的通知
发布时间：2026-02-10　来源：江澜市商务局
各区县商务主管部门：
一、稳住外贸基本盘
全年进出口总额力争增长5%，实际使用外资1.2亿美元。
"""
ALL_THROUGH = """在县域经济发展大会上的讲话
同志们：
一、发展基础
去年柳溪县地区生产总值186.4亿元，增长6.2%。柳溪县新能源材料产业产值突破40亿元。
二、努力方向
要把柳溪县建成全省县域经济强县，让柳溪县的产业链更完整。
"""


@pytest.fixture(scope="module")
def library():
    return [parse_speech(LETTERHEAD, "tongchuan"), parse_speech(DISTRICT, "district"),
            parse_speech(SOURCE_LINE, "jianglan"), parse_speech(ALL_THROUGH, "liuxi")]


@pytest.mark.parametrize("question, named", [
    ("桐川县去年生产安全事故死了几个人", {"tongchuan"}),  # its letterhead
    ("桐川去年安全事故死了几个人", {"tongchuan"}),  # and without its 县
    ("江澜市商务局今年实际使用外资目标是多少", {"jianglan"}),  # its source line
    ("柳溪县去年GDP多少", {"liuxi"}),  # the place its text names all through
    ("柳溪新能源材料产业产值多少", {"liuxi"}),
])
def test_a_speech_is_named_by_its_own_place(library, question, named):
    assert named_documents(question, library) == named


@pytest.mark.parametrize("question", [
    "青松县去年安全事故死了几个人",  # named once, in passing, by the district's speech
    "去年生产安全事故死了几个人",  # no place at all
])
def test_a_place_named_in_passing_names_no_speech(library, question):
    assert named_documents(question, library) == set()


def test_a_place_two_speeches_are_of_names_neither():
    other = LETTERHEAD.replace("在全县安全生产工作会议上的讲话", "在全县防汛工作会议上的讲话")
    docs = [parse_speech(LETTERHEAD, "a"), parse_speech(other, "b")]
    assert named_documents("桐川县去年生产安全事故死了几个人", docs) == set()


def test_own_places_are_read_from_the_head_and_the_text():
    assert "桐川县" in own_places(parse_speech(LETTERHEAD, "t"))
    assert "江澜市" in own_places(parse_speech(SOURCE_LINE, "j"))
    assert "柳溪县" in own_places(parse_speech(ALL_THROUGH, "l"))
    assert "青松县" not in own_places(parse_speech(DISTRICT, "d"))


def test_a_park_two_speeches_speak_of_names_neither():
    """"新材料产业园" asked of two speeches that both speak of their 新材料产业园区, one of them all through,
    is a topic, not the name of either."""
    park = ("在全县工业经济会议上的讲话\n同志们：\n一、去年成效\n新材料产业园区实现产值61.5亿元。新材料产业园区新落户企业12家。"
            "\n二、今年任务\n新材料产业园区产值力争突破75亿元。\n")
    report = ("2026年县政府工作报告\n一、过去一年工作回顾\n新材料产业园区完成产值108亿元。\n二、今年工作安排\n"
              "推动园区扩容提质。\n")
    docs = [parse_speech(park, "park"), parse_speech(report, "report")]
    assert named_documents("新材料产业园去年产值多少，今年要冲到多少", docs) == set()
