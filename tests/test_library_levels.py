"""A question that speaks of a level (这个县, 全市, 我国) is answered from the speeches of that
level in a library of several. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.levels import asked_level, documents_at_level, speech_level

COUNTY_ROADS = """在全县交通运输工作会议上的讲话
同志们：
一、今年交通工作成效
今年全县新改建农村公路186公里，县委、县政府把“四好农村路”作为民生实事来抓。
二、下一步工作
县里要加快推进公交一体化，我县所有行政村要在年底前通客车。
"""
COUNTY_WATER = """青禾县人民政府关于加强农村饮水安全工作的报告
一、基本情况
全县农村集中供水率达到92%，本县今年新建水厂2座。
二、存在的问题
部分山区村供水保障能力不强，县里管护经费不足。
"""
CITY = """在全市人口和城市发展工作会议上的讲话
同志们：
一、基本市情
全市常住人口达到386万人，城镇化率62.4%。我市有中小学412所。
二、重点工作
市委、市政府要求各区加快推进老旧小区改造。
"""
DISTRICT = """在全区停车设施建设推进会上的讲话
同志们：
今年全区新增公共停车位3200个。区委、区政府把停车难问题列入民生实事，区里要加快建设立体停车库。
"""
NATION = """关于推进以县城为重要载体的城镇化建设的意见
各省、自治区、直辖市人民政府，国务院各部委：
县城是我国城镇体系的重要组成部分。全国常住人口城镇化率达到64.7%。
党中央、国务院高度重视县城建设，全国县城的常住人口约2.5亿人。
"""


@pytest.mark.parametrize("title, text, level", [
    ("在全县交通运输工作会议上的讲话", COUNTY_ROADS, "县"),
    ("青禾县人民政府关于加强农村饮水安全工作的报告", COUNTY_WATER, "县"),  # the title's place
    ("在全市人口和城市发展工作会议上的讲话", CITY, "市"),
    ("在全区停车设施建设推进会上的讲话", DISTRICT, "区"),
    ("关于推进以县城为重要载体的城镇化建设的意见", NATION, "国"),  # 县城 is no county's self
])
def test_a_speech_speaks_for_the_level_it_names_itself_by(title, text, level):
    assert speech_level(parse_speech(text, "doc")) == level


def test_a_speech_that_names_no_level_has_none():
    doc = parse_speech("关于加强读书活动的倡议\n读书使人进步，让我们一起多读书、读好书。\n", "doc")
    assert speech_level(doc) is None


@pytest.mark.parametrize("question, level", [
    ("这个县的常住人口有多少?", "县"),
    ("县里今年新建了几座水厂?", "县"),
    ("全市有多少所中小学?", "市"),
    ("我国常住人口城镇化率是多少?", "国"),
    ("咱们镇的消防站在哪里?", "镇"),
    ("全区今年新增多少个停车位?", "区"),  # a district is its own level
    ("区里今年的财政收入是多少?", "区"),
    ("How many parking spaces did the district add?", "区"),
    ("社区里有几个养老服务站?", None),
    ("健全乡村公共文化服务体系按照什么要求?", None),  # 健全 + 乡村, no 全乡
    ("健全县级医疗卫生服务体系要做什么?", None),
    ("县委书记在乡村振兴中要当好什么角色?", None),  # a role any text may speak of
    ("乡镇党委书记多长时间研究一次工作?", None),
    ("全市民营企业有多少家?", "市"),
    ("全县城乡居民收入增长多少?", "县"),
    ("园区里有多少家企业?", None),
    ("这个城市去年的GDP是多少?", None),  # 城市 is a city or a town
    ("常住人口有多少?", None),
    ("县里要争创全国文明城市吗?", None),  # two levels: no telling which
    ("What are the county's three leading industries?", "县"),
    ("How many people live in the city?", "市"),
    ("What is the national urbanization rate?", "国"),
    ("How many schools are there?", None),
    # the level a place is ranked or assessed in is not the one asked about
    ("全省考核咱们拿了个什么等次?", None),
    ("水利局在全市考核中排第几?", None),
    ("去年增速是不是居全市第二?", None),
    ("我们市营商环境在全省排第几?", "市"),
    ("我省营商环境评价在全国排第几名?", "省"),
    ("县里的增速在全市排多少?", "县"),
    ("我们县去年新建了几座水厂?", "县"),
    ("全省养老机构平均入住率是多少?", "省"),  # the province's own figure
    ("全市排污企业有多少家?", "市"),  # 排污 ranks nothing
])
def test_a_question_names_its_level(question, level):
    assert asked_level(question) == level


@pytest.fixture(scope="module")
def library():
    return [parse_speech(COUNTY_ROADS, "roads"), parse_speech(COUNTY_WATER, "water"),
            parse_speech(CITY, "city"), parse_speech(NATION, "nation")]


def test_the_level_chooses_the_speeches_of_that_level(library):
    assert documents_at_level("这个县有多少所中小学?", library) == {"roads", "water"}
    assert documents_at_level("全市常住人口是多少?", library) == {"city"}
    assert documents_at_level("我国城镇化率是多少?", library) == {"nation"}
    assert documents_at_level("常住人口是多少?", library) == set()  # no level named
    assert documents_at_level("全省常住人口是多少?", library) == set()  # no speech of that level
    assert documents_at_level("这个县有多少所中小学?", library[:2]) == set()  # every speech is of it


@pytest.mark.slow
def test_a_countys_figure_is_not_answered_by_a_citys(assistant, encoder, library):
    variant = assistant.variant(index=index_in_memory(library, encoder))
    for question in ("这个县的常住人口有多少?", "这个县有多少所中小学?"):
        answer = variant.ask(question)
        assert "386万" not in answer.answer and "412所" not in answer.answer, question
        assert "2.5亿" not in answer.answer, question
        assert not answer.answerable, question


@pytest.mark.slow
def test_a_level_named_leads_to_that_levels_figure(assistant, encoder, library):
    variant = assistant.variant(index=index_in_memory(library, encoder))
    city = variant.ask("全市常住人口有多少?")
    assert city.answerable and "386万" in city.answer and "2.5亿" not in city.answer
    nation = variant.ask("我国常住人口城镇化率是多少?")
    assert nation.answerable and "64.7%" in nation.answer and "62.4%" not in nation.answer
    county = variant.ask("县里今年新建了几座水厂?")
    assert county.answerable and "2座" in county.answer


PROVINCE = """在全省营商环境工作会议上的讲话
同志们：
一、全省营商环境成效
过去一年，全省新增经营主体82万户，省委、省政府把优化营商环境作为一号工程。我省在全国营商环境评价中进入第一方阵。
二、下一步工作
全省要深化“一网通办”，省里将对各市开展营商环境考核，结果通报全省。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["全省考核咱们拿了个什么等次", "我们县在全省考核中评上了什么等次"])
def test_a_rank_in_a_higher_levels_assessment_is_the_own_speechs(assistant, encoder, library, question):
    county = parse_speech(COUNTY_ROADS.replace("今年全县新改建农村公路186公里，",
                                               "今年全县新改建农村公路186公里，在全省“四好农村路”考核中获评优秀等次，"),
                          "roads")
    variant = assistant.variant(index=index_in_memory([county, *library[1:], parse_speech(PROVINCE, "province")],
                                                      encoder))
    answer = variant.ask(question)
    assert answer.answerable and "优秀等次" in answer.answer
    assert any(c.document == "roads" and "优秀等次" in c.text for c in answer.citations)


COUNTY_PARKING = """在全县停车设施建设推进会上的讲话
同志们：
今年全县新增公共停车位1500个。县委、县政府把停车难问题列入民生实事，县里要加快建设立体停车库。
"""


@pytest.mark.slow
def test_a_district_and_a_county_are_told_apart(assistant, encoder):
    docs = [parse_speech(COUNTY_PARKING, "county"), parse_speech(DISTRICT, "district")]
    variant = assistant.variant(index=index_in_memory(docs, encoder))
    district = variant.ask("全区今年新增多少个公共停车位?")
    assert "3200个" in district.answer and "1500个" not in district.answer
    county = variant.ask("县里今年新增了多少个公共停车位?")
    assert "1500个" in county.answer and "3200个" not in county.answer


COUNTY_TREES = """在全县春季植树造林工作会议上的讲话
同志们：
今年全县计划植树造林2.4万亩，县里要在3月底前完成苗木调运。
"""
OTHER_COUNTY_TREES = """青禾县人民政府关于春季造林绿化工作的报告
一、今年目标
今年全县计划植树造林1.8万亩，县里要新建苗圃2处。
"""
CITY_TREES = """在全市春季植树造林工作会议上的讲话
同志们：
今年全市计划植树造林8.6万亩，市里统筹苗木供应。
"""


@pytest.mark.slow
def test_a_level_several_speeches_are_of_is_answered_for_each(assistant, encoder):
    docs = [parse_speech(COUNTY_TREES, "trees"), parse_speech(OTHER_COUNTY_TREES, "report"),
            parse_speech(CITY_TREES, "city")]
    a = assistant.variant(index=index_in_memory(docs, encoder)).ask("全县今年计划植树造林多少亩")
    assert "2.4万亩" in a.answer and "1.8万亩" in a.answer and "8.6万亩" not in a.answer
    # each speech's answer under its title, not one answer mixing the two
    assert "《在全县春季植树造林工作会议上的讲话》:\n" in a.answer
    assert "《青禾县人民政府关于春季造林绿化工作的报告》:\n" in a.answer
