"""A noun asked with a word that only ranks or sums it up ("主要目标", "总体目标", "基本原则", "主要任务")
names the heading of that noun with its own modifier ("一、工作目标", "三、工作原则", "二、重点任务");
a modifier that names a kind ("安全目标") does not. Texts written here."""
from __future__ import annotations

import pytest

from qa.short_headings import holds_noun_asked

PLAN = """关于印发《河湾镇美丽庭院创建行动方案》的通知
各村（社区）、镇直各单位：
现将《河湾镇美丽庭院创建行动方案》印发给你们，请认真贯彻落实。
河湾镇美丽庭院创建行动方案
为改善农村居住环境，提升群众幸福感，结合我镇实际，制定本方案。
一、工作目标
到2026年底，全镇美丽庭院达到620户，示范村达到4个。
二、重点任务
（一）开展庭院清洁。每月集中清洁两次。
（二）推进绿化美化。每户栽种果树不少于3棵。
三、工作原则
坚持群众自愿、因地制宜，不搞一刀切。
"""


@pytest.mark.parametrize("title, asked, held", [
    ("一、工作目标", ["主要目标"], True), ("一、工作目标", ["总体目标"], True), ("三、工作原则", ["基本原则"], True),
    ("一、工作目标", ["安全目标"], False), ("一、工作目标", ["目标"], True), ("二、重点任务", ["具体措施"], False),
    ("二、存在的问题", ["具体问题"], False),  # 具体 asks the details, not the part
])
def test_a_ranking_word_leaves_the_head_noun_to_name_the_heading(title, asked, held):
    assert holds_noun_asked(title, asked) is held


@pytest.mark.slow
@pytest.mark.parametrize("question, said, not_said", [
    ("这个方案的主要目标是什么", "620户", "制定本方案"),
    ("总体目标是啥", "620户", "制定本方案"),
    ("方案的基本原则是什么", "群众自愿", "制定本方案"),
])
def test_the_heading_of_the_ranked_noun_answers(ask_of, question, said, not_said):
    answer = ask_of(PLAN)(question)
    assert said in answer.answer and not_said not in answer.answer, answer.answer
