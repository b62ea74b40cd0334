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
