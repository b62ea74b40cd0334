"""A passage of this year's plan that mentions last year in passing ("对去年结转的12个项目，要加快
推进") still speaks of this year in its other sentences: a question on this year's figure is
answered from it (the figure, or its blank with the notice), not declined and not answered with
last year's figure. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.fact_periods import outside_period

pytestmark = pytest.mark.slow

SPEECH = """在全县2025年项目建设推进会上的讲话

同志们：

一、2024年项目建设回顾

过去一年，全县新开工亿元以上项目28个，竣工投产项目19个，完成项目投资86亿元。

二、2025年项目建设重点

（一）抓好项目开工。全年新开工亿元以上项目{figure}，完成项目投资增长10%以上。对去年结转的12个项目，要逐个分析原因，加快推进。

（二）抓好要素保障。全年争取新增建设用地指标3000亩，专项债券资金优先保障续建项目。
"""


@pytest.fixture(scope="module")
def index_of(encoder):
    return lambda figure: index_in_memory([parse_speech(SPEECH.format(figure=figure), "projects_2025")], encoder)


@pytest.mark.parametrize("question", ["今年要新开工多少个亿元以上项目", "今年计划新开工几个亿元以上的项目"])
def test_a_blank_this_year_figure_is_quoted_with_its_notice(assistant, index_of, question):
    answer = assistant.variant(index=index_of("××个")).ask(question)
    assert answer.answerable, answer.answer
    assert "××个" in answer.answer
    assert "blank" in [n.kind for n in answer.notices]


@pytest.mark.parametrize("question", ["今年要新开工多少个亿元以上项目", "今年计划新开工几个亿元以上的项目"])
def test_a_this_year_figure_is_answered_not_last_years(assistant, index_of, question):
    answer = assistant.variant(index=index_of("32个")).ask(question)
    assert answer.answerable and "32个" in answer.answer, answer.answer


def test_a_passage_is_outside_the_period_only_when_every_sentence_is(index_of):
    index = index_of("32个")
    plan = next(r for r, p in enumerate(index.passages) if "结转" in p.text)
    review = next(r for r, p in enumerate(index.passages) if "28个" in p.text)
    assert not outside_period(index, plan, ["今年"])
    assert outside_period(index, review, ["今年"])
