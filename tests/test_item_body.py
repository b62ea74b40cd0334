"""What was done about a numbered point, asked by its words ("设施网络方面做了哪些工作", "医养结合是怎么做的"): the
point's lead names it ("二是设施网络逐步完善。"), its body says what was done, so both answer. A figure asked of
the point keeps to the sentence holding it. Texts written here, in two wordings."""
from __future__ import annotations

import pytest

SURVEY = """关于全县农村养老服务的调研报告
一、基本情况
全县60周岁以上老年人2.1万人。
二、主要做法和成效
一是兜底保障有力。全县1200名特困老人全部纳入供养范围。
二是设施网络逐步完善。先后投入3600余万元对12所乡镇敬老院进行改造提升。
三是医养结合稳步推进。8所敬老院与乡镇卫生院签约，每月巡诊2次。
"""

REVIEW = """在全区就业工作会议上的讲话
一、去年工作回顾
（一）稳岗就业扎实有效
第一，技能培训全面铺开。全年开展订单式培训86期，培训农民工4200人次。
第二，创业扶持力度加大。发放创业担保贷款1.2亿元，扶持创业830人。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, body", [
    (SURVEY, "设施网络方面做了哪些工作", "改造提升"),
    (SURVEY, "医养结合是怎么做的", "每月巡诊2次"),
    (REVIEW, "创业扶持方面干了哪些工作", "扶持创业830人"),
])
def test_the_points_body_says_what_was_done(ask_of, text, question, body):
    answer = ask_of(text)(question)
    assert answer.answerable and body in answer.answer, answer.answer
