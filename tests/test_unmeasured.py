"""A figure asked in a measure (a sum in 元, a count in 辆 or 人) that no quoted sentence holds is a near
miss: the text names the thing but not its figure, and the reply says so instead of quoting the
sentence that names it. A sentence with the figure, or with the figure blanked, still answers.

This check stands behind the refusal rule, which on a long one-paragraph text let such questions
through; here the rule is made to let every question through (``lenient``), so that what is
tested is the check on the quotes. Texts written here, in several wordings."""
from __future__ import annotations

import pytest

from qa.answer import Citation
from qa.asked import asked
from qa.unmeasured import quotes_no_figure

pytestmark = pytest.mark.slow

TOWN = """在全镇2026年产业发展推进会上的讲话

同志们：

一、抓好特色产业

依托本地小米品牌，引进精深加工企业1家，建设年加工能力2万吨的杂粮加工园区，由镇经济发展办牵头，力争9月底前开工建设。

二、抓好民生实事

全镇新建村级养老服务站12个，新开通镇村公交线路3条，方便群众出行。
"""

WITH_SUM = TOWN.replace("建设年加工能力2万吨的杂粮加工园区，", "建设年加工能力2万吨的杂粮加工园区，园区总投资1.2亿元，")
BLANKED = TOWN.replace("建设年加工能力2万吨的杂粮加工园区，", "建设年加工能力2万吨的杂粮加工园区，园区总投资××万元，")


@pytest.fixture
def lenient(monkeypatch):
    """The refusal model judging every question answerable: only the quotes can decline it."""
    from qa.refusal import LogisticRefusal
    monkeypatch.setattr(LogisticRefusal, "predict", lambda self, ev: True)
    monkeypatch.setattr(LogisticRefusal, "vetoed", lambda self, ev: False)


@pytest.mark.parametrize("question", ["杂粮加工园区总投资多少钱", "加工园区要投多少钱", "养老服务站建设花了多少钱",
                                      "新开的公交线路投放了多少辆车"])
def test_a_figure_the_text_never_gives_is_declined_as_a_near_miss(ask_of, lenient, question):
    answer = ask_of(TOWN)(question)
    assert not answer.answerable, answer.answer
    assert "未给出" in answer.answer
    assert not answer.citations


def test_the_figure_given_is_quoted(ask_of, lenient):
    answer = ask_of(WITH_SUM)("杂粮加工园区总投资多少钱")
    assert answer.answerable and "1.2亿元" in answer.answer, answer.answer


def test_a_blanked_figure_is_quoted_with_its_notice(ask_of, lenient):
    answer = ask_of(BLANKED)("杂粮加工园区总投资多少钱")
    assert answer.answerable, answer.answer
    assert "××万元" in answer.answer
    assert any(n.kind == "blank" for n in answer.notices)


def _cite(quote: str) -> Citation:
    return Citation(id=1, passage_id="t#p0", document="t", section="", text=quote, quote=quote)


def test_a_count_is_read_in_its_measure_word():
    what = asked("公交车投放了多少辆")
    assert quotes_no_figure(what, [_cite("新开通镇村公交线路3条。")], 1)
    assert not quotes_no_figure(what, [_cite("新投放新能源公交车20辆。")], 1)


def test_two_asks_and_rates_are_left_to_the_refusal_rule():
    assert not quotes_no_figure(asked("园区投资多少钱，谁牵头"), [_cite("由镇经济发展办牵头。")], 2)
    assert not quotes_no_figure(asked("粮食产量增长了多少"), [_cite("粮食产量稳步提高。")], 1)
