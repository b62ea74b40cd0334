"""Who answered a press conference's question ("补贴的问题是谁回答的", "农资那个问题哪位领导答的"):
the speaker whose turn opens under the question that holds the words asked. A text with no list
of questions is answered as any question is. Texts written here."""
from __future__ import annotations

import pytest

PRESS = """青禾市农业农村工作新闻发布会实录
市融媒体中心记者：今年种粮补贴有哪些变化？什么时候发到农民手里？
市财政局局长 陈某某：感谢您的提问。今年每亩补贴提高到120元，6月底前发放到位。
市日报记者：春耕农资储备情况怎么样？假种子问题怎么防？
市农业农村局局长 张某某：谢谢。已储备化肥12万吨，我们将开展农资打假专项行动。
市电视台记者：农村厕所改造今年要改多少户？
市住建局副局长 王某某：计划改造1.2万户，10月底前完工。
"""
SPEECH = """在全市春耕生产工作会议上的讲话
一、抓好农资保供
已储备化肥12万吨，要严厉打击假冒伪劣农资。
二、落实种粮补贴
每亩补贴提高到120元，6月底前发放到位。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, who, not_who", [
    ("补贴的问题是谁回答的", "市财政局局长 陈某某", "张某某"),
    ("农资储备那个问题哪位领导答的", "市农业农村局局长 张某某", "陈某某"),
    ("厕所改造的提问由谁来回答的", "市住建局副局长 王某某", "陈某某"),
])
def test_the_answerer_of_a_question_is_named(ask_of, question, who, not_who):
    answer = ask_of(PRESS)(question)
    assert answer.answerable and who in answer.answer and not_who not in answer.answer, answer.answer
    assert answer.citations


@pytest.mark.slow
def test_a_speech_with_no_questions_is_answered_as_any_question(ask_of):
    answer = ask_of(SPEECH)("补贴的问题是谁回答的")
    assert "这一提问由" not in answer.answer
