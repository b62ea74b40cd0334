"""A list of the noun asked, announced right beside the sentences found ("今年的目标是什么" of "…已经明确了今年的
主要目标，全县地区生产总值预期增长6.5%左右。具体到项目建设，重点要实现以下三个目标：" and its 1./2./3.): the
sentences found, then the announced list, expanded. A figure asked ("GDP目标是多少") keeps its one
sentence, and a list of another noun beside them is not taken. Texts written here, in two wordings."""
from __future__ import annotations

import pytest

GOALS = """在全县项目建设推进大会上的讲话
同志们：
一、去年成绩
全年实现地区生产总值186.4亿元，同比增长6.2%。
二、今年目标
县委经济工作会议已经明确了今年的主要目标，全县地区生产总值预期增长6.5%左右。具体到项目建设，重点要实现以下三个目标：
1. 项目建设目标：全年实施500万元以上项目230个以上。
2. 招商引资目标：全年招商引资到位资金85亿元。
3. 营商环境目标：在全市营商环境评价中稳居前三。
三、重点任务
目标已经明确，关键在于落实。
"""

PRINCIPLES = """关于推进全域旅游发展的实施意见
一、总体要求
坚持以游客为中心，推动旅游业由景点旅游向全域旅游转变。推进全域旅游发展，要把握好以下几项原则：
（一）坚持规划引领。统筹编制全域旅游发展规划。
（二）坚持融合发展。推动旅游与农业、文化深度融合。
（三）坚持保护优先。守住生态保护红线。
二、主要任务
打造精品线路5条。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said", [
    (GOALS, "今年的目标是什么", ["预期增长6.5%左右", "招商引资到位资金85亿元", "稳居前三"]),
    (PRINCIPLES, "推进全域旅游的原则是什么", ["坚持规划引领", "坚持保护优先"]),
])
def test_the_announced_list_of_the_noun_asked_answers_too(ask_of, text, question, said):
    answer = ask_of(text)(question)
    assert answer.answerable and all(s in answer.answer for s in said), answer.answer


@pytest.mark.slow
def test_a_figure_asked_keeps_its_sentence(ask_of):
    answer = ask_of(GOALS)("今年GDP目标是多少")
    assert "6.5%左右" in answer.answer and "85亿元" not in answer.answer, answer.answer


def test_a_list_of_another_noun_is_not_taken():
    from qa.announced_noun import noun_announced_beside

    class _Index:  # two sentences in one passage: the second announces 措施, the question asks 目标
        texts = ["今年的主要目标是增长6%。", "为此，要落实以下三项措施："]
        sentence_spans = [(0, 0, 10), (0, 10, 20)]

        def sentence_text(self, s):
            return self.texts[s]

        def sentences_of(self, row):
            return [0, 1]
    assert noun_announced_beside(_Index(), [0], ["目标"]) is None
    assert noun_announced_beside(_Index(), [0], ["措施"]) == 1
