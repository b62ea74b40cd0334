"""Questions of a library of speeches: one named by the place its title names, "which speech
mentions…", and the outline asked with no speech named. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.documents import named_documents, place_names
from qa.intent import detect_intent
from qa.library_answers import asks_per_document

TOWN = """柳溪镇2025年工作总结和2026年工作计划
一、2025年工作开展情况
全年完成地区生产总值9.3亿元，同比增长5.8%。新建标准化蔬菜大棚420个。
二、2026年工作计划
力争地区生产总值增长6%，新建冷库2座。
"""
COUNTY = """2026年石桥县人民政府工作报告
一、过去一年工作回顾
过去一年，全县地区生产总值完成142.6亿元，增长6.4%。改造老旧小区18个。
二、今年重点工作
改造老旧小区25个，新建冷链物流中心1个。
"""
CITY = """在全市食品安全工作会议上的讲话
同志们：
一、充分肯定食品安全工作成效
全市抽检食品1.2万批次，合格率98.6%。
二、突出抓好食品安全重点工作
一要加强校园食品安全。二要整治农村集体聚餐。
"""


@pytest.mark.parametrize("text, places", [
    ("柳溪镇2025年工作总结和2026年工作计划", {"柳溪镇"}),
    ("2026年石桥县人民政府工作报告", {"石桥县"}),
    ("在全市食品安全工作会议上的讲话", set()),  # 全市 is no name
    ("关于推进新型城镇化建设的实施意见", set()),  # nor 城镇
    ("海淀区2024年城市更新工作要点", {"海淀区"}),
    ("在全市数字乡村建设推进会上的讲话", set()),  # 数字乡 is no place: 乡村
    ("关于加快农产品市场体系建设的意见", set()),  # nor 农产品市: 市场
])
def test_place_names_in_a_title(text, places):
    assert place_names(text) == places


@pytest.fixture(scope="module")
def library():
    return [parse_speech(TOWN, "town"), parse_speech(COUNTY, "county"), parse_speech(CITY, "city")]


@pytest.mark.parametrize("question, named", [
    ("柳溪镇去年地区生产总值是多少?", {"town"}),
    ("石桥县今年要改造多少个老旧小区?", {"county"}),
    ("去年地区生产总值是多少?", set()),  # no speech named
    # the place without its 镇/县, as people say it
    ("柳溪去年地区生产总值是多少?", {"town"}),
    ("石桥今年要改造多少个老旧小区?", {"county"}),
    ("石桥的报告里冷链物流中心建几个", {"county"}),
])
def test_a_place_only_one_title_names_names_that_speech(library, question, named):
    assert named_documents(question, library) == named


NEW_TOWN = """城南区2025年城市更新工作要点
一、主要目标
全年改造老旧小区30个。
"""


def test_a_place_stem_that_is_a_common_word_names_nothing(library):
    with_new_town = [*library, parse_speech(NEW_TOWN, "newtown")]
    assert named_documents("城南片区的老旧小区怎么改?", with_new_town) == set()
    assert named_documents("城南区今年改造多少个老旧小区?", with_new_town) == {"newtown"}


@pytest.mark.parametrize("question, named", [
    ("报告说去年改造了多少个老旧小区?", {"county"}),  # the one report of the library
    ("这份报告提出今年要新建什么?", {"county"}),
    ("工作报告里提到的冷链物流中心有几个?", {"county"}),
    ("报告制度怎么完善?", set()),  # 报告 as a topic, not the text's name
    ("讲话对意见征求工作提出了什么要求?", set()),
])
def test_the_genre_one_speech_alone_has_names_it(library, question, named):
    assert named_documents(question, library) == named


def test_a_genre_several_speeches_share_names_none(library):
    two_reports = library + [parse_speech(COUNTY.replace("石桥县", "青山县"), "county2")]
    assert named_documents("报告说去年改造了多少个老旧小区?", two_reports) == set()


@pytest.mark.parametrize("question", ["哪篇讲话提到了冷链物流?", "哪几篇讲话讲到老旧小区?",
                                      "哪些报告提到了地区生产总值?", "Which speeches mention food safety?"])
def test_which_speech_asks_for_an_answer_per_speech(question):
    assert asks_per_document(question)


@pytest.mark.parametrize("question, outline", [
    ("这篇讲话讲了哪几个方面?", True),
    ("报告主要包括哪些方面?", True),
    ("食品安全要抓好哪几个方面?", False),  # a section's points, not the speech's parts
])
def test_the_aspects_of_the_speech_itself_are_its_outline(question, outline):
    assert detect_intent(question).outline is outline


@pytest.mark.slow
def test_the_outline_asked_of_a_library_names_each_speechs_parts(assistant, encoder, library):
    variant = assistant.variant(index=index_in_memory(library, encoder))
    answer = variant.ask("这篇讲话讲了哪几个方面?")
    assert "请指明是哪一篇" in answer.answer
    for title, part in (("柳溪镇2025年工作总结和2026年工作计划", "二、2026年工作计划"),
                        ("2026年石桥县人民政府工作报告", "一、过去一年工作回顾"),
                        ("在全市食品安全工作会议上的讲话", "二、突出抓好食品安全重点工作")):
        assert f"《{title}》" in answer.answer and part in answer.answer
    assert len(answer.citations) == 3  # each speech cited where it begins


@pytest.mark.slow
def test_the_outline_of_a_library_says_which_speech_is_cut(assistant, encoder, library):
    cut = parse_speech("在全县河长制工作会议上的讲话\n一、河湖治理成效\n全县清理河道垃圾1.2万吨。\n"
                       "二、下一步重点工作\n一是 ……(未完，全文共4800字，当前仅显示300字)\n", "cut")
    variant = assistant.variant(index=index_in_memory(library + [cut], encoder))
    answer = variant.ask("讲话分为哪几部分?")
    cut_notices = [n for n in answer.notices if n.kind == "cut_off"]
    assert cut_notices and all("《在全县河长制工作会议上的讲话》" in n.message for n in cut_notices)


@pytest.mark.slow
def test_which_speech_is_answered_by_the_speeches_that_do(assistant, encoder, library):
    variant = assistant.variant(index=index_in_memory(library, encoder))
    answer = variant.ask("哪篇讲话提到了老旧小区改造?")
    assert answer.answerable
    assert "《2026年石桥县人民政府工作报告》" in answer.answer
    assert "《在全市食品安全工作会议上的讲话》" not in answer.answer


@pytest.mark.slow
def test_a_figure_asked_with_the_towns_name_comes_from_the_town(assistant, encoder, library):
    variant = assistant.variant(index=index_in_memory(library, encoder))
    answer = variant.ask("柳溪镇去年地区生产总值是多少?")
    assert "9.3亿元" in answer.answer and "142.6亿元" not in answer.answer
