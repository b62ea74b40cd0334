"""A question of several figure asks that one sentence answers whole ("去年出了多少起事故，死了几个人"
of "全区共发生生产安全事故23起、死亡9人") is answered by that sentence: the runner-up of the ranking adds nothing asked, only its defects (a
blank figure, and with it a notice the answer should not carry). Texts written here."""
from __future__ import annotations

import pytest

SAFETY = """在全区安全生产工作会议上的讲话
一、正视成绩
2025年，全区共发生各类生产安全事故17起、死亡6人，同比分别下降15%和25%，未发生较大及以上事故。
二、存在的问题
去年全区共发生电动自行车火灾××起，同比上升18%，多数发生在老旧小区楼道和出租屋；道路运输领域发生事故4起、死亡2人，占全区事故死亡人数的三分之一。
"""

TOURISM = """县文化和旅游局2025年工作总结
一、主要成效
全年接待游客486万人次、实现旅游综合收入41.2亿元，分别增长12%和15%。
二、存在的问题
乡村旅游接待游客××万人次，实现收入×亿元，占比仍然偏低，精品线路偏少。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (SAFETY, "去年出了多少起安全事故，死了几个人", ["17起", "死亡6人"]),
    (SAFETY, "去年发生几起生产安全事故？死亡多少人？", ["17起", "死亡6人"]),
    (TOURISM, "全年接待了多少游客，旅游收入多少钱", ["486万人次", "41.2亿元"]),
])
def test_one_sentence_answering_every_ask_is_the_answer(ask_of, text, question, expected):
    answer = ask_of(text, "figures")(question)
    assert answer.answerable and all(e in answer.answer for e in expected), answer.answer
    assert not answer.notices, answer.notices  # the blanked runner-up is not quoted
