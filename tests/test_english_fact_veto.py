"""An English question's fact words are glossary guesses ("water" for 供水 where the text says
用水), so a fact veto on them alone declined questions the text answers. The veto now also looks
at the sentences nearest the question in meaning: when one holds a fact of the asked kind, the
question is answered; when none does, a near miss is still declined. Texts written here."""
from __future__ import annotations

import pytest

from qa.refusal import LogisticRefusal
from qa.refusal_features import Features

pytestmark = pytest.mark.slow

DROUGHT_PLAN = """关于做好今冬明春农村供水保障工作的实施意见

各县（市、区）人民政府：

为做好今冬明春农村饮水安全保障工作，提出如下意见。

一、干旱期间农村供水保障目标

旱情严重时，确保乡村居民每人每天基本生活用水不低于30升，城镇居民每人每天不低于80升。

二、主要措施

（一）加快应急水源建设。各县要结合实际建设应急备用水源，提高抗旱供水能力。

（二）强化水质检测。县级水质检测中心每季度对千吨万人以上工程开展一次全指标检测。

（三）落实管护责任。各地要明确工程管护主体，落实管护人员和经费。
"""


@pytest.fixture(scope="module")
def ask(ask_of):
    return ask_of(DROUGHT_PLAN, "drought_plan")


@pytest.mark.parametrize("question", [
    "During a severe drought, how much water per person per day must rural residents get?",
    "How much daily water is guaranteed for each rural resident in a drought?",
])
def test_an_english_figure_question_the_text_answers_is_answered(ask, question):
    answer = ask(question)
    assert answer.answerable, answer.answer
    assert "30升" in answer.answer


@pytest.mark.parametrize("question", [
    "How much money will be invested in building the emergency water sources?",
    "How many yuan will each county spend on the emergency backup water sources?",
])
def test_an_english_near_miss_without_the_figure_is_still_declined(ask, question):
    answer = ask(question)
    assert not answer.answerable, answer.answer
    assert answer.citations == []


def test_the_meaning_check_only_lifts_the_fact_veto():
    model = LogisticRefusal(fact_veto=0.6)
    base = dict(dense=0.8, dense_gap=0.05, coverage=1.0, in_doc=1.0, asks_fact=1.0, fact_found=0.0,
                fact_missing=1.0, head_missing=1.0, around_missing=0.0, period_missing=0.0,
                year_missing=0.0, entity_missing=0.0, english=1.0, coverage_en=1.0)
    assert model.vetoed(Features(**base))
    assert not model.vetoed(Features(**base, fact_by_meaning=1.0))
    assert LogisticRefusal(fact_veto=0.6, name_veto=True).vetoed(Features(**base, fact_by_meaning=1.0, name_missing=1.0))


def test_a_chinese_question_keeps_the_word_check(ask):
    answer = ask("应急水源建设投资多少钱")
    assert not answer.answerable, answer.answer


@pytest.mark.parametrize("question", ["Will there be special anti-COVID bonds this year?",
                                      "How did the COVID outbreak affect county revenue?",
                                      "What does the report say about the coronavirus?"])
def test_the_epidemic_is_a_word_of_the_genre_not_a_name_the_speech_must_hold(question):
    from qa.english_names import english_names
    assert english_names(question) == []
