"""A figure asked of a section the excerpt cuts right after its heading ("（三）强化人才支撑" then
"一是……(未完)") is answered as the issue's class 4 says: that heading, cited, and the cut-off
notice, never a figure of another section that happens to rank near. Texts written here."""
from __future__ import annotations

import pytest

TALENT = """在全市科技创新大会上的讲话
同志们：
一、过去一年的成绩
去年全市研发经费投入48亿元，高新技术企业达到620家，技术合同成交额突破90亿元。
二、今年的重点任务
（一）壮大创新主体
新认定高新技术企业100家以上，培育科技型中小企业500家。
（二）建设创新平台
年内新建省级重点实验室3个、工程技术研究中心8个。
（三）强化人才支撑
一是 ……(未完，全文共6800字，当前仅显示700字)
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["强化人才支撑安排了多少资金?", "强化人才支撑要引进多少名博士?",
                                      "人才支撑方面给的补贴标准是多少"])
def test_a_figure_of_a_section_cut_after_its_heading(ask_of, question):
    answer = ask_of(TALENT, "talent")(question)
    assert answer.answerable, answer.answer
    assert "cut_off" in [n.kind for n in answer.notices]
    assert "强化人才支撑" in answer.answer and answer.citations
    assert "48亿元" not in answer.answer and "90亿元" not in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, figure", [("建设创新平台要新建几个省级重点实验室?", "3个"),
                                              ("壮大创新主体要培育多少家科技型中小企业?", "500家")])
def test_a_figure_of_a_section_shown_whole_is_still_quoted(ask_of, question, figure):
    answer = ask_of(TALENT, "talent")(question)
    assert answer.answerable and figure in answer.answer, answer.answer


# The cut heading shares words with a problem the text does state ("…评价机制" / "…评价机制不完善"):
# asked how that problem shows, the answer is the problem's own sentences, not the cut heading.
TALENT_PROBLEMS = """在全市人才工作会议上的讲话
同志们：
一、当前人才工作存在的问题
一是人才总量偏少，高层次人才尤其短缺，全市每万名从业人员中研发人员仅有42人。
二是人才评价机制不完善，在职称评审、收入分配、成果转化等方面仍存在唯论文、唯学历的倾向。
三是人才服务保障不到位，住房、子女入学等问题反映较多。
二、下一步重点工作
（一）加大引才力度
今年引进博士50名、硕士800名。
（二）健全人才评价机制
一是 ……(未完，全文共7200字，当前仅显示600字)
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["人才评价机制不完善表现在哪些方面?", "人才评价机制不完善主要体现在什么地方"])
def test_a_stated_problem_sharing_words_with_a_cut_heading_is_answered_by_its_sentences(ask_of, question):
    answer = ask_of(TALENT_PROBLEMS, "talent_problems")(question)
    assert answer.answerable, answer.answer
    assert "职称评审" in answer.answer, answer.answer
