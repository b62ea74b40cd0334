"""A block of a named section called by one word of its heading ("重点任务里规划那一块", "保障措施中资金这部分"):
the question is about that block, not the whole section its other words name, and an ordinal
after it picks the block's own points. Texts written here."""
from __future__ import annotations

import pytest

from index.document import OutlineNode
from qa.steering import narrowed_to_block

SPEECH = """在全县城乡供水工作会议上的讲话
同志们：
一、下一步重点任务
（一）科学编制供水规划。一是摸清水源底数，建立水源台账。二是统筹城乡管网布局，推动管网向农村延伸。三是推进规划“多规合一”，避免重复建设。
（二）加快工程建设。一是新建水厂2座。二是改造老旧管网120公里。
二、保障措施
（一）加强组织领导。成立由县长任组长的工作专班。
（二）强化资金保障。一是县财政每年安排专项资金5000万元。二是积极争取地方政府专项债券。
"""


def _node(title: str, children=()) -> OutlineNode:
    return OutlineNode(title=title, path=title, level=1, children=list(children))


def test_a_block_word_narrows_a_named_section_to_its_one_child():
    plan, build = _node("（一）科学编制供水规划"), _node("（二）加快工程建设")
    part = _node("一、下一步重点任务", [plan, build])
    assert narrowed_to_block("重点任务里规划那一块讲了几点", [("d", part)]) == [("d", plan)]
    assert narrowed_to_block("重点任务讲了几点", [("d", part)]) == [("d", part)]  # no block named
    assert narrowed_to_block("重点任务里人才那块讲了啥", [("d", part)]) == [("d", part)]  # no child says 人才


@pytest.mark.slow
@pytest.mark.parametrize("question, first, not_in", [
    ("重点任务里规划那一块讲了几点?", "摸清水源底数", "新建水厂2座"),
    ("保障措施中资金这部分有哪些", "专项资金5000万元", "工作专班"),
])
def test_the_block_is_answered(ask_of, question, first, not_in):
    answer = ask_of(SPEECH)(question)
    assert answer.answerable and first in answer.answer and not_in not in answer.answer, answer.answer


@pytest.mark.slow
def test_an_ordinal_after_the_block_picks_its_point(ask_of):
    ask = ask_of(SPEECH)
    answer = ask("第三点是啥", history=["重点任务里规划那一块讲了几点?"])
    assert "多规合一" in answer.answer, answer.answer
