""""哪个县排最后", "哪几个区没完成": the kind of place asked (县, 区) is part of the asking, not a word the
answer must hold (jieba glues "县排", which no sentence holds). The sentence naming the place that
ranks last answers. Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked

CIRCULAR = """关于第三季度项目建设督查情况的通报
各县（市、区）人民政府：
一、基本情况
按照评分细则，青石县以93.1分位列第一，白沙县、云台县分列第二、第三位；柳林县得分相对靠后，以70.5分排名最后。
二、整改要求
各地要在10月31日前报送整改方案。
"""


@pytest.mark.parametrize("question, focus", [("哪个县排最后", ["最后"]), ("哪个区排第一", ["第一"]),
                                             ("哪几个县没完成任务", ["完成"])])
def test_the_kind_of_place_asked_is_no_focus_word(question, focus):
    what = asked(question)
    assert what.fact == "place" and what.focus == focus


@pytest.mark.parametrize("question", ["有哪些县领导出席了", "哪些县直部门参加了"])
def test_a_place_word_in_a_compound_asks_no_place(question):
    assert asked(question).fact != "place"


@pytest.mark.slow
@pytest.mark.parametrize("question, place", [("哪个县排最后", "柳林县"), ("哪个县排第一", "青石县")])
def test_the_place_ranked_is_answered(ask_of, question, place):
    answer = ask_of(CIRCULAR)(question)
    assert answer.answerable and place in answer.answer, answer.answer


@pytest.mark.slow
def test_a_place_the_text_does_not_rank_is_still_declined(ask_of):
    answer = ask_of(CIRCULAR)("哪个县的群众满意度最高")
    assert not answer.answerable, answer.answer
