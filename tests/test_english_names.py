"""An English question about a place or body the speech never names (Tokyo, France) is declined
as off its topic, while one naming a place the speech holds, in pinyin or by its English name
(Suzhou for 苏州市, Hong Kong for 香港), is answered. Texts written here."""
from __future__ import annotations

import pytest

from qa.english_names import english_names, holds_name


@pytest.mark.parametrize("question, names", [
    ("What is the population of Tokyo?", ["Tokyo"]),
    ("Which industries are growing fastest in India?", ["India"]),
    ("What did Suzhou achieve last year?", ["Suzhou"]),
    ("What is the capital of France?", ["France"]),
    ("What are the goals of the Rural Revitalization Strategy?", []),  # a policy in title case
    ("What is the Belt and Road Initiative?", []),
    ("How much did the county invest in roads?", []),
    ("How many accidents occurred from January to October?", []),
    ("What does the report say about Hong Kong and Macao?", ["Hong Kong", "Macao"]),
    ("What was US GDP growth in 2020?", ["US"]), ("Tell us about the jobs target", []),
    # a word that opens the question before what it asks is no name, a name after it still is
    ("During a drought, how much water must each household get?", []),
    ("Under the new plan, which department leads?", []), ("Compared with Tokyo, how big is the port?", ["Tokyo"]),
    ("Apart from subsidies, what support do farmers get?", []), ("Within two years, how many schools open?", []),
])
def test_names_of_an_english_question(question, names):
    assert english_names(question) == names


@pytest.mark.parametrize("name, text, held", [
    ("Suzhou", "苏州市全年新增就业3万人。", True),
    ("Shanghai", "学习上海的经验。", True),
    ("Hong Kong", "深化与香港的合作。", True),
    ("Shanghai", "运行机制上还存在诸多问题。", False),  # the same syllables, no name
    ("Tokyo", "苏州市全年新增就业3万人。", False),
    ("Xi Jinping", "以习近平新时代中国特色社会主义思想为指导。", True),
])
def test_a_name_is_held_by_its_term_or_its_pinyin(name, text, held):
    assert holds_name(name, text) is held


SUZHOU = """在苏州市就业工作会议上的讲话
同志们：
一、今年就业工作成效
今年苏州市城镇新增就业12.5万人，城镇登记失业率控制在2.8%。全市常住人口达到1290万人。
二、下一步工作
要加大高校毕业生就业帮扶力度，新开发见习岗位2万个。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["What is the population of Tokyo?", "How many new jobs did Shanghai create?",
                                      "What is the unemployment rate in Germany?", "What was US GDP growth in 2024?"])
def test_a_name_the_speech_never_holds_is_declined_as_off_topic(ask_of, question):
    answer = ask_of(SUZHOU)(question)
    assert not answer.answerable, answer.answer
    assert "related matters" not in answer.answer  # off its topic, not a near miss


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [("How many new urban jobs did Suzhou create?", "12.5万人"),
                                            ("What is the resident population of Suzhou?", "1290万人")])
def test_a_name_the_speech_holds_in_pinyin_is_answered(ask_of, question, fact):
    answer = ask_of(SUZHOU)(question)
    assert answer.answerable and fact in answer.answer, answer.answer


@pytest.mark.slow
def test_a_chinese_question_about_places_the_speech_never_names_is_no_near_miss(ask_of):
    answer = ask_of(SUZHOU)("北京到上海坐高铁要多久")
    assert not answer.answerable and "谈到了相关内容" not in answer.answer, answer.answer
