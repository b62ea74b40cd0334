"""A question asking two figures that one long sentence gives ("首贷户新增了多少户，标准地占比多少") is
answered with the sentence whole: a figure question's clause excerpt would keep only the clauses of the
first figure. A speech written here."""
from __future__ import annotations

import pytest

SPEECH = """在全省优化营商环境大会上的讲话
一、过去一年的成绩
五是要素供给持续改善。全年新增普惠小微贷款1126亿元，首贷户新增3.4万户；新出让工业用地中“标准地”占比达到85%，盘活闲置土地4.6万亩；工程建设项目审批时间压缩到45个工作日以内，企业开办时间压缩到1个工作日。
二、今年的任务
今年要再推出13个重点事项，年底前累计达到34个。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, figures", [("首贷户新增了多少户，标准地占比多少", ("3.4万户", "85%")),
                                               ("审批时间压缩到多少天？企业开办要几天", ("45个工作日", "1个工作日"))])
def test_both_figures_of_one_sentence(ask_of, question, figures):
    a = ask_of(SPEECH)(question)
    assert a.answerable and all(f in a.answer for f in figures), a.answer
