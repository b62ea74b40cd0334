"""A Chinese question with a word of English in it ("讲话的date是哪天", "speaker是什么职务",
"一共讲了几个points") is answered as the Chinese question it is. Texts written here."""
from __future__ import annotations

import pytest

from qa.code_mixed import chinese_for_mixed
from qa.guard import clean_question


@pytest.mark.parametrize("question, expected", [
    ("讲话的date是哪天", "讲话的日期是哪天"),
    ("speaker是什么职务", "讲话人是什么职务"),
    ("他一共讲了几个points啊", "他一共讲了几个点啊"),
    ("这是在什么Meeting上的讲话", "这是在什么会议上的讲话"),
    ("key points有哪些", "要点有哪些"),
    ("今年的target是多少", "今年的目标是多少"),
    ("industrial parks怎么建", "产业园区怎么建"),
])
def test_english_words_in_a_chinese_question_are_put_in_chinese(question, expected):
    assert chinese_for_mixed(question) == expected
    assert clean_question(question).text == expected


@pytest.mark.parametrize("question", [
    "GDP增长目标是多少",  # an acronym the speech may write as it is
    "CPTPP报告里咋说的",
    "5G基站建了多少个",
    "What is the date of the speech?",  # English: answered as English
    "xyzzy是什么",  # a word no list knows
])
def test_acronyms_unknown_words_and_english_questions_stay(question):
    assert chinese_for_mixed(question) == question


SPEECH = """在全区防汛工作会议上的讲话
（2025年5月20日）
区委副书记、区长  韩晓东
同志们：
今天召开全区防汛工作会议，主要是安排部署今年防汛工作。下面，我讲三点意见。
一、充分认识防汛工作的严峻形势
今年汛期降水量预计偏多2成，防汛形势严峻。
二、突出抓好防汛重点工作
要在6月1日前完成病险水库除险加固，全区转移避险预案要落实到户。
三、压紧压实防汛责任
各街道主要负责同志是本辖区防汛第一责任人。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("讲话的date是哪天", "2025年5月20日"),
    ("speaker是什么职务", "区委副书记、区长"),
    ("这是在什么meeting上的讲话", "全区防汛工作会议"),
    ("他一共讲了几个points啊", "三、压紧压实防汛责任"),
])
def test_a_mixed_question_is_answered_as_the_chinese_one(ask_of, question, expected):
    answer = ask_of(SPEECH, "flood")(question)
    assert answer.answerable, answer.answer
    assert expected in answer.answer, answer.answer
