"""A sentence that opens on a frame of its subject's aspect ("进度上，…", "时间安排上，…", "资金方面，…")
goes on about the subject of the sentence before it: "城区老旧管网更新共涉及管线38公里。进度上，4月全面
开工…" says when the 管网更新 starts, so "管网更新什么时候动工" is answered from it, not declined for want
of 管网 in the date's sentence. The text's words for a works' start and end count as the user's (开工 as
动工, 完工 as 竣工 or 建成). Texts written here: a press conference transcript and a county work report."""
from __future__ import annotations

import pytest

PRESS = """某县2026年民生工程新闻发布会实录

主持人：下面请记者提问。

县电视台记者：今年农村危房改造有什么安排？

县住建局副局长 张某某：今年全县计划改造农村危房210户，每户补助3.5万元。时间安排上，5月底前完成审批，7月15日前全部动工，11月20日前全部竣工并完成验收。

日报记者：城区老旧管网更新什么时候能弄好？

县水务局局长 李某某：城区老旧管网更新共涉及管线38公里，总投资1.1亿元。进度上，3月底前完成招标，4月全面开工，12月底前全部完工并通水。
"""

REPORT = """关于2026年县城学校建设情况的报告

县人大常委会：

今年县城新建第二实验小学，规划办学规模36个班。资金方面，项目总投资1.8亿元，其中省级补助6000万元。工期方面，8月底前主体建成，2027年春季学期投入使用。

同时改扩建城关中学食堂，可容纳2000人同时就餐。进度上，寒假期间完成拆除，6月底前投入使用。
"""


@pytest.mark.parametrize("text, question, expected", [
    (PRESS, "管网更新什么时候动工", "4月全面开工"),
    (PRESS, "危房改造什么时候完工", "11月20日前全部竣工"),
    (PRESS, "危房改造啥时候开工，啥时候修完", "7月15日前全部动工"),
    (REPORT, "第二实验小学什么时候建成", "8月底前主体建成"),
    (REPORT, "城关中学食堂什么时候投入使用", "6月底前投入使用"),
])
def test_a_frame_led_sentence_speaks_of_the_subject_before_it(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.parametrize("text, question", [
    (PRESS, "危房改造要拆除多少户"),
    (PRESS, "管网更新涉及多少个小区"),
])
def test_a_figure_the_text_never_gives_is_still_declined(ask_of, text, question):
    answer = ask_of(text)(question)
    assert not answer.answerable, answer.answer


def test_a_sentence_without_a_frame_borrows_nothing(sentence_in):
    from qa.fact_match import subject_of_frame

    index, first = sentence_in(PRESS, "管网更新共涉及")
    assert subject_of_frame(index, first, index.sentence_text(first)) == ""
    index, framed = sentence_in(PRESS, "进度上")
    assert "管网更新" in subject_of_frame(index, framed, index.sentence_text(framed))
