"""A cut-off notice goes with a quote that reaches the place where the excerpt stops, not with
every sentence of the passage the cut falls in. Texts written here."""
from __future__ import annotations

import pytest


CUT_AFTER_FIGURES = """在全县冬春农田水利建设动员会上的讲话
同志们：
今冬明春，全县计划完成农田水利投资2.6亿元，新建高标准农田4.5万亩，清淤沟渠680公里。为此，要重点抓好以下工作：一是加快项目前期工作，力争12月底前全部开工……(未完，全文共4800字，当前仅显示900字)
"""

CUT_IN_A_SENTENCE = """在全市夏季安全生产工作会议上的讲话
同志们：
今年以来，全市共排查整改隐患3260处，较大以上事故同比下降。下一步，要紧盯燃气、消防、建筑施工三个重点领域，对
……(未完，全文共6100字，当前仅显示700字)
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (CUT_AFTER_FIGURES, "新建高标准农田多少亩", "4.5万亩"),
    (CUT_AFTER_FIGURES, "农田水利计划投资多少", "2.6亿元"),
    (CUT_IN_A_SENTENCE, "全市排查整改了多少处隐患", "3260处"),
])
def test_a_whole_sentence_before_the_cut_carries_no_cut_off_notice(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
    assert "cut_off" not in [n.kind for n in answer.notices]


@pytest.mark.slow
@pytest.mark.parametrize("text, question", [
    (CUT_AFTER_FIGURES, "要重点抓好哪些工作"),
    (CUT_IN_A_SENTENCE, "要紧盯哪些重点领域"),
])
def test_a_quote_that_runs_to_the_cut_carries_the_notice(ask_of, text, question):
    answer = ask_of(text)(question)
    assert "cut_off" in [n.kind for n in answer.notices], answer.answer


CUT_AT_A_HEADING = """在全县文化旅游发展大会上的讲话
同志们：
一、发展形势
文化旅游是推动产业升级与消费扩容的重要举措，对县域经济具有重要的拉动作用。去年全县接待游客410万人次。
二、重点任务
（一）打造精品景区
创建4A级景区1个，提升改造景区道路36公里。
（二）推进文旅产业转型升级，增强市场竞争力
一是 ……(未完，全文共5600字，当前仅显示600字)
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["文旅产业转型升级有哪些具体举措?", "怎样推进文旅产业转型升级？",
                                      "文旅产业转型升级要做哪些工作"])
def test_a_section_named_but_cut_after_its_heading_answers_with_the_notice(ask_of, question):
    answer = ask_of(CUT_AT_A_HEADING)(question)
    assert "推进文旅产业转型升级" in answer.answer and "截断" in answer.answer, answer.answer
    assert "cut_off" in [n.kind for n in answer.notices]
    assert "重要举措" not in answer.answer
