"""A question about the other side of a divide the text keeps to is a near miss (issue 9, class 6):
"城市生活垃圾怎么处理" of a plan on 农村生活垃圾 was answered with the plan's rural sentences.
Texts written here: a rural plan, a speech on private firms, one on public kindergartens."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from qa.opposite_sides import other_side

RURAL = """某某县农村生活污水治理实施方案
一、工作目标
到2027年，全县农村生活污水治理率达到65%，基本消除农村黑臭水体。
二、主要任务
（一）建设处理设施。今年新建农村生活污水处理站20座，铺设管网40公里。
（二）健全运维机制。处理设施由乡镇负责日常运维，县财政按每座每年3万元给予运维补助。
"""

PRIVATE = """在全市民营经济发展大会上的讲话
一、正视民营企业发展的困难
部分民营企业融资难、融资贵问题仍然突出，去年民营企业贷款平均利率为5.2%。
二、支持民营企业做大做强
对新认定的国家级专精特新“小巨人”民营企业，一次性奖励50万元。
"""

KINDERGARTEN = """关于推进学前教育普及普惠发展的意见
一、扩大公办资源
每个乡镇至少办好1所公办中心幼儿园，今年新建公办幼儿园12所，新增学位3600个。
二、完善经费保障
公办幼儿园生均公用经费标准提高到每生每年800元。
"""

BOTH = """在全县城乡环境整治推进会上的讲话
今年要全面开展城乡环境整治，城乡生活垃圾无害化处理率达到98%。
"""


@pytest.mark.parametrize("text,question,asked,kept", [
    (RURAL, "城市生活污水怎么处理", "城市", "农村"),
    (RURAL, "城镇生活污水治理率要达到多少", "城镇", "农村"),
    (PRIVATE, "国有企业贷款利率是多少", "国有", "民营"),
    (KINDERGARTEN, "民办幼儿园有什么补助", "民办", "公办"),
])
def test_the_other_side_is_seen(text, question, asked, kept):
    found = other_side(question, [parse_speech(text, "doc")])
    assert found is not None and found[0] == asked and found[1] == kept


@pytest.mark.parametrize("text,question", [
    (RURAL, "农村生活污水治理率要达到多少"),
    (RURAL, "污水处理站建多少座"),
    (PRIVATE, "民营企业贷款利率是多少"),
    (BOTH, "城市生活垃圾处理率要达到多少"),  # 城乡 covers the city too
    (KINDERGARTEN, "公办幼儿园新建多少所"),
])
def test_the_side_the_text_speaks_of_is_no_near_miss(text, question):
    assert other_side(question, [parse_speech(text, "doc")]) is None


@pytest.mark.parametrize("text,question,said", [
    (RURAL, "城市生活污水怎么处理", "城市生活污水"),
    (KINDERGARTEN, "民办幼儿园有什么补助", "民办幼儿园"),
])
def test_asked_the_other_side_the_answer_says_so(ask_of, text, question, said):
    answer = ask_of(text)(question)
    assert not answer.answerable and f"没有讲到{said}" in answer.answer, answer.answer


def test_asked_the_side_it_keeps_the_answer_quotes_it(ask_of):
    answer = ask_of(RURAL)("农村生活污水治理率要达到多少")
    assert answer.answerable and "65%" in answer.answer


TOWN_LINK = """某某县农村生活污水治理工作方案
一、治理模式
靠近县城和集镇的村庄，优先纳入城镇污水管网；居住分散的村庄，采用三格式化粪池处理。
二、建设任务
今年完成农村生活污水治理村庄45个，新建农村污水管网60公里。
"""


@pytest.mark.parametrize("question", ["农村污水管网建多少公里", "农村的生活污水怎么处理", "村里污水怎么治"])
def test_a_text_naming_both_sides_keeps_to_neither(question):
    assert other_side(question, [parse_speech(TOWN_LINK, "doc")]) is None


# A rural plan naming the city only as a yardstick: it still gives no city's figure.
RURAL_WATER = """关于提升农村供水保障水平的实施意见
一、现状
截至2025年底，全省农村自来水普及率达到92%，规模化供水覆盖农村人口比例达到65%。
二、目标
到2035年，农村供水保障水平与城市基本持平。
"""
BOTH_RATES = """全市供水工作情况汇报
全市城市自来水普及率达到99.5%，农村自来水普及率达到93%。
"""


@pytest.mark.parametrize("question", ["全省城市自来水普及率是多少", "城镇自来水普及率现在多少"])
def test_the_side_named_only_as_a_yardstick_is_still_the_other_side(question):
    found = other_side(question, [parse_speech(RURAL_WATER, "doc")])
    assert found is not None and found[1] == "农村" and found[2].startswith("自来水")


def test_a_text_giving_both_sides_figures_keeps_to_neither():
    assert other_side("城市自来水普及率是多少", [parse_speech(BOTH_RATES, "doc")]) is None


TOGETHER = """在全县乡村振兴推进会上的讲话
全县常住人口城镇化率达到58%。
要推动产业园区和农村一起规划、一起建设。
"""


def test_a_word_or_two_after_the_side_is_no_subject():
    """"和城镇一起建" names no subject of the town's; "农村一起" is no rural one either."""
    assert other_side("哪些基础设施要和城镇一起建一起用", [parse_speech(TOGETHER, "doc")]) is None
