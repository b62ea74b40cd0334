"""A passage that is only a marker before a cut ("一是……", "……") holds no words, yet the embedding
model puts near-empty text close to any question: an off-topic question ("a recipe for
dumplings") must not count such a passage as evidence and get it quoted back. Texts written here."""
from __future__ import annotations

import pytest

GAPPED = """【范文】区长在全区文化旅游工作会议上的讲话（节选）
同志们：
一、去年工作回顾
全区接待游客820万人次，旅游收入增长9.4%，新评定A级景区3家。
……（此处省略1200字）……
（三）
二、今年重点工作
（一）做强景区品牌。推动两个景区创建4A级，年内完成游客中心改造。
（二）加强宣传推介。办好文化旅游节，全年在主要客源城市开展推介活动10场。
（三）严格督查考核问责。一是……

…………

（未完，剩余约2000字）
"""
CUT = """在全县农村公路建设推进会上的讲话
各位同志：
一、肯定成绩
去年全县新改建农村公路186公里，完成危桥改造12座。
……（中间部分略）……
二、明确任务
（一）加快项目建设。今年计划新改建农村公路150公里，10月底前全部完工。
（二）加强养护管理。一是……

…………

（全文未完，登录后查看）
"""


@pytest.mark.slow
@pytest.mark.parametrize("text", [GAPPED, CUT])
@pytest.mark.parametrize("question", ["What's a good recipe for pork dumplings?",
                                      "Can you recommend a hotel near the station?",
                                      "How do I renew my passport?"])
def test_an_off_topic_question_is_declined_beside_bare_markers(ask_of, text, question):
    answer = ask_of(text)(question)
    assert not answer.answerable, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question, figure", [(GAPPED, "去年来了多少游客", "820万人次"),
                                                    (CUT, "今年要新改建多少公里农村公路", "150公里")])
def test_a_question_the_text_answers_is_still_answered(ask_of, text, question, figure):
    answer = ask_of(text)(question)
    assert answer.answerable and figure in answer.answer, answer.answer
