"""A question about one item of the list its topic word points at, named by words only that item
holds, is answered by that item's sentences, not by the list. Texts written here: a list of
problems in 一是 style, and a part of tasks with sub-sections whose points are numbered inside."""
from __future__ import annotations

import pytest

from qa.one_item import singled_item

PROBLEMS = """在全县物流园区建设推进会上的讲话
同志们：
一、当前存在的突出问题
一是配套设施不完善。园区内缺乏职工宿舍和食堂，企业招工难、留人难。据统计，园区企业一线岗位空缺率达到18%。
二是交通衔接不畅。园区与高速出口之间只有一条双车道，大货车高峰期通行缓慢，运输成本居高不下。例如，冷链车辆从园区到高速口平均要走40分钟。
三是管理体制不顺。园区管委会与所在乡镇职责交叉，招商引资、征地拆迁、安全监管等事项互相推诿。在土地报批中，自然资源局、住建局、园区管委会各管一段，往往出现报批不衔接、建设不同步的情况。
二、下一步工作任务
（一）完善园区功能配套
一是建设职工公寓。年内建成职工公寓两栋，可容纳800人入住。
二是建设综合服务中心。集中设置食堂、超市、卫生室等服务设施。
（二）打通园区交通动脉
一是拓宽园区连接线。将园区至高速出口道路拓宽为双向四车道，年底前完工。
二是开通园区公交专线。每天开行班车12班次，方便职工通勤。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("园区大货车到高速口通行缓慢这个问题讲话怎么描述的", "只有一条双车道"),
    ("土地报批里哪几个部门各管一段，结果出了什么问题", "报批不衔接、建设不同步"),
    ("招工难留人难的问题，园区缺了啥", "缺乏职工宿舍和食堂"),
])
def test_one_item_named_apart_is_answered_by_its_sentences(ask_of, question, fact):
    answer = ask_of(PROBLEMS)(question)
    assert answer.answerable and fact in answer.answer, answer.answer
    assert "共列出" not in answer.answer, answer.answer  # the item, not the list


@pytest.mark.slow
def test_a_point_inside_a_sub_section_is_reached(ask_of):
    answer = ask_of(PROBLEMS)("下一步连接线拓宽成几车道，啥时候完工")
    assert answer.answerable and "双向四车道" in answer.answer and "共列出" not in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["当前存在哪些突出问题", "园区还有哪些问题"])
def test_a_question_naming_no_item_apart_gets_the_list(ask_of, question):
    answer = ask_of(PROBLEMS)(question)
    assert all(lead in answer.answer for lead in ("配套设施不完善", "交通衔接不畅", "管理体制不顺")), answer.answer


@pytest.mark.slow
def test_words_two_items_hold_name_neither(ask_of, encoder):
    from index.parser import parse_speech
    from index.store import index_in_memory
    from qa.compose import section_items

    doc = parse_speech(PROBLEMS, "doc")
    index = index_in_memory([doc], encoder)
    node = doc.outline[0]
    picks = section_items(index, doc, node, encoder.encode_query("问题"))
    assert len(picks) == 3
    assert singled_item(index, picks, "园区的问题") is None  # 园区: in every item
    assert singled_item(index, picks, "管委会的问题") is None  # one word apart is not enough to name it
    assert singled_item(index, picks, "高速出口双车道通行缓慢") is picks[1]


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("冷链车跑得慢这个问题，讲话怎么说的", "平均要走40分钟"),
    ("宿舍这个问题讲话是怎么描述的", "缺乏职工宿舍和食堂"),
    ("征地拆迁那个问题具体咋说的", "互相推诿"),
])
def test_one_word_the_speech_holds_only_in_that_item_names_it(ask_of, question, fact):
    answer = ask_of(PROBLEMS)(question)
    assert answer.answerable and fact in answer.answer, answer.answer
    assert "共列出" not in answer.answer, answer.answer


@pytest.mark.slow
def test_one_word_names_an_item_only_when_no_list_is_asked_and_nothing_else_holds_it(ask_of, encoder):
    from index.parser import parse_speech
    from index.store import index_in_memory
    from qa.compose import section_items

    doc = parse_speech(PROBLEMS, "doc")
    index = index_in_memory([doc], encoder)
    picks = section_items(index, doc, doc.outline[0], encoder.encode_query("问题"))
    assert singled_item(index, picks, "冷链的问题", doc=doc) is picks[1]
    assert singled_item(index, picks, "冷链的问题") is None  # a list asked: two words of its own at least
    assert singled_item(index, picks, "职工的问题", doc=doc) is None  # 职工 stands in the tasks too


@pytest.mark.parametrize("word, named", [("通勤", True), ("冷链", True), ("工作", False), ("重要", False), ("进展", False)])
def test_only_a_word_rare_in_general_chinese_names_an_item_alone(word, named):
    from qa.one_item import specific

    assert specific(word) is named
