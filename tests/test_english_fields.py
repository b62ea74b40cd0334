"""English questions in the words of the fields reports cover (tourists, drills, self-built houses,
a lead unit and its deadline) reach the Chinese sentence that answers them, as the genre's own
words already did; a question on none of the text's fields is still declined. Texts written here,
in two report shapes."""
from __future__ import annotations

import pytest

from qa.glossary import chinese_terms

pytestmark = pytest.mark.slow

DISTRICT_REVIEW = """在全区安全生产和文旅工作会议上的讲话
同志们：
一、去年工作回顾
全年接待游客3260万人次，实现旅游收入286亿元，新增A级景区4个。
全年组织各类应急演练890场次，参与群众6.2万人次；检查生产经营单位4300家，整改隐患1.1万处。
二、今年重点工作
（一）经营性自建房整治。对排查出的812栋存在安全隐患的经营性自建房，要在8月底前全部完成整治。
（二）易涝点整治。区水务局牵头，汛期前完成全区27处易涝积水点整治。
（三）招商图谱。区投资促进中心牵头，4月底前编制完成主导产业链招商图谱。
"""

TOWN_NOTES = """镇政府2026年重点工作安排
一、文旅融合
今年力争接待游客120万人次，打造精品民宿20家。
二、安全应急
每个村每年至少开展2次防汛应急演练。全镇156户农村自建房安全隐患排查整治工作由镇规划建设办负责，6月30日前完成。
"""


@pytest.mark.parametrize("question, fact", [
    ("How many tourists did the district receive last year?", "3260万人次"),
    ("How many visitors came to the district last year?", "3260万人次"),
    ("How many emergency drills were held last year?", "890场次"),
    ("How many emergency exercises did the district organise last year?", "890场次"),
    ("By when must the risky self-built houses be fixed?", "8月底前"),
    ("What is the deadline for remediating waterlogging spots?", "汛期前"),
    ("Which unit leads the investment-attraction mapping?", "区投资促进中心"),
])
def test_english_field_words_reach_the_answer(ask_of, question, fact):
    answer = ask_of(DISTRICT_REVIEW, "district")(question)
    assert answer.answerable, answer.answer
    assert fact in answer.answer, answer.answer


@pytest.mark.parametrize("question, fact", [
    ("How many tourists does the town aim to receive this year?", "120万人次"),
    ("How often must each village hold flood drills?", "2次"),
    ("Who is responsible for the self-built houses safety work?", "镇规划建设办"),
])
def test_the_same_words_in_another_shape(ask_of, question, fact):
    answer = ask_of(TOWN_NOTES, "town")(question)
    assert answer.answerable, answer.answer
    assert fact in answer.answer, answer.answer


def test_a_question_on_no_field_of_the_text_is_still_declined(ask_of):
    answer = ask_of(DISTRICT_REVIEW, "district")("How do I bake sourdough bread at home?")
    assert not answer.answerable


@pytest.mark.parametrize("question, terms", [
    ("How many tourists came?", ["游客"]),
    ("Which department leads it and what is the deadline?", ["部门", "牵头", "时限"]),
    ("How many self-built houses were renovated?", ["自建房", "改造"]),
])
def test_field_words_have_their_chinese_terms(question, terms):
    found = chinese_terms(question)
    assert all(t in found for t in terms), found


# Forests and water works, with the levels of government that assign them.
WATER_AND_FOREST = """在全县林业和水利工作会议上的讲话
同志们：
一、林业
县级林长每年巡林不少于4次。对新发展林下中药材50亩以上的大户，县财政每亩补助300元。
二、水利
市级河长每季度巡河不少于1次。年内开工建设中型水库1座，完成灌区渠系改造60公里。
三、保障
县财政局要在6月底前制定水利专项资金管理办法。
"""


@pytest.mark.parametrize("question, fact", [
    ("How many times a year must county-level forest chiefs patrol?", "4次"),
    ("What subsidy per mu is given for growing medicinal herbs?", "300元"),
    ("How often do city-level river chiefs patrol the rivers?", "每季度"),
    ("How many reservoirs will be built this year?", "中型水库1座"),
    ("How many medium-sized reservoirs are to be built within the year?", "中型水库1座"),
    ("When will the special fund management measures be issued?", "6月底前"),
])
def test_forest_and_water_words(ask_of, question, fact):
    answer = ask_of(WATER_AND_FOREST, "water")(question)
    assert answer.answerable, answer.answer
    assert fact in answer.answer, answer.answer


@pytest.mark.parametrize("question, terms", [
    ("county-level forest chiefs", ["县级", "林长"]),
    ("the township-level special funds", ["乡级", "专项资金"]),
])
def test_levels_of_government_are_not_a_level(question, terms):
    found = chinese_terms(question)
    assert all(t in found for t in terms) and "水平" not in found, found


VILLAGE_SANITATION = """某某镇农村人居环境整治工作方案
一、收运体系
每个行政村配备专职保洁员不少于2名，今年新建垃圾中转站3座。
二、经费保障
农户每户每年缴纳保洁费不超过50元，低保户免缴。
三、资源化利用
引导农户将厨余垃圾就地堆肥，堆肥农户每年给予100元奖励。
"""


@pytest.mark.parametrize("question, fact", [
    ("How much does each household pay for cleaning every year?", "50元"),
    ("What is the cleaning fee per household?", "50元"),
    ("What reward do households that compost get?", "100元"),
])
def test_sanitation_words_reach_the_answer(ask_of, question, fact):
    answer = ask_of(VILLAGE_SANITATION, "sanitation")(question)
    assert answer.answerable and fact in answer.answer, answer.answer
