"""An English question that names the figure right after "what" ("What GDP growth target did the
county set for 2024?", "What deficit ratio will the report set?") asks a figure, as "What is the
growth rate…" does: it is answered by the sentence holding the figure, not by a list announced
beside it. A question that only speaks about a subject ("What does the speech say about growth?")
asks no figure. Text written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.asked import asked
from qa.intent import detect_intent

REPORT = """在全县2025年经济工作会议上的讲话

同志们：

一、去年经济运行情况

过去一年，全县地区生产总值完成212亿元，增长5.9%；一般公共预算收入完成14.6亿元。

二、今年的目标和重点工作

综合考虑各方面因素，今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长6.5%；固定资产投资增长9%。

实现这些目标，需要我们重点抓好以下三个方面的工作。

（一）坚持项目为王。今年全县安排重点项目96个，总投资318亿元。

（二）坚持工业强县。一是做强主导产业，二是培育新兴产业。

（三）坚持民生为本。新增城镇就业3200人，新建幼儿园2所。
"""


@pytest.mark.parametrize("question", ["What GDP growth target did the county set for 2025?",
                                      "What deficit ratio will the report set for this year?",
                                      "What growth rate is expected for fixed-asset investment?",
                                      "what output growth does the plan aim for"])
def test_a_figure_named_after_what_is_asked_as_a_figure(question):
    assert asked(question).fact == "quantity"
    assert detect_intent(question).wants_figure


@pytest.mark.parametrize("question", ["What does the speech say about economic growth?",
                                      "What does the report plan for growth in the county?"])
def test_a_question_about_a_subject_asks_no_figure(question):
    assert asked(question).fact is None


@pytest.mark.slow
@pytest.mark.parametrize("question", ["What GDP growth target did the county set for this year?",
                                      "What GDP growth rate does the county aim for this year?"])
def test_the_figure_sentence_answers_not_the_list_announced_beside_it(assistant, encoder, question):
    ask = assistant.variant(index=index_in_memory([parse_speech(REPORT, "county_2025")], encoder)).ask
    answer = ask(question)
    assert answer.answerable, answer.answer
    assert "增长6%左右" in answer.answer, answer.answer
    assert "坚持工业强县" not in answer.answer
