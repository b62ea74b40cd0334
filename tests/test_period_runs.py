"""A period word says when, not what: a question's "去年经济…" shares "去年经济" with the heading
"一、客观看待去年经济运行", but that run names no heading, so "去年经济发展存在哪些问题" is answered
from the problems the part lists, not with the part's achievements. Texts written here."""
from __future__ import annotations

import pytest

REVIEW = """在全区经济工作会议上的讲话
同志们：
一、客观看待去年经济运行，进一步坚定发展信心
过去一年，全区主要经济指标好于预期，主要体现在以下几个方面：
（一）产业结构持续优化。规模以上工业增加值增长9.6%。
（二）项目建设成效明显。全年实施区级重点项目126个。
（三）民生福祉持续改善。城镇新增就业1.12万人。
在肯定成绩的同时，我们也要清醒看到，全区经济发展还存在不少问题和短板，主要表现在：
1. 经济总量不大、结构不优。产值超50亿元的企业只有2家。
2. 投资增长后劲不足。全年有11个计划新开工项目未能按期开工。
3. 营商环境仍有差距。涉企检查多头、重复。
二、聚焦目标任务，全力推动今年经济高质量发展
今年全区地区生产总值增长6.5%左右。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["去年经济发展存在哪些问题和短板", "去年经济发展有哪些不足", "去年经济发展还有啥短板"])
def test_a_period_word_shared_with_a_heading_does_not_name_it(ask_of, question):
    answer = ask_of(REVIEW)(question)
    assert all(p in answer.answer for p in ("经济总量不大", "投资增长后劲不足", "营商环境仍有差距")), answer.answer
    assert "产业结构持续优化" not in answer.answer


@pytest.mark.slow
def test_a_heading_named_by_its_own_words_is_still_named(ask_of):
    answer = ask_of(REVIEW)("去年项目建设成效怎么样")
    assert "126个" in answer.answer, answer.answer


# Spoken short forms name a heading as its written words do ("钱从哪来" for "钱从哪里来").
FUNDS = """在全镇乡村振兴推进会上的讲话
同志们：
一、强化资金保障，解决好“钱从哪里来”的问题
一是积极争取上级资金，全年力争争取上级资金2200万元以上。
二是加大镇级财政投入，安排乡村振兴专项资金600万元。
三是撬动社会资本参与，力争吸引社会资金800万元以上。
二、强化组织保障，解决好“靠什么推进”的问题
镇成立领导小组，每月调度一次。
三、严格资金监管，确保每一分钱花在刀刃上
各村要管好用好资金，专款专用。去年全镇争取各类资金1800万元，钱都用在了人居环境整治上。
对挤占挪用资金的，发现一起、查处一起。
"""


@pytest.mark.parametrize("spoken, written", [("钱从哪来", "钱从哪里来"), ("去哪儿", "去哪里"), ("人从哪来", "人从哪里来")])
def test_spoken_short_forms_are_read_as_written(spoken, written):
    from qa.everyday_words import written as as_written

    assert as_written(spoken) == written


@pytest.mark.slow
@pytest.mark.parametrize("question", ["钱从哪来", "钱从哪来啊"])
def test_a_heading_named_in_spoken_words_is_named(ask_of, question):
    answer = ask_of(FUNDS)(question)
    assert all(p in answer.answer for p in ("2200万元", "600万元", "800万元")), answer.answer
