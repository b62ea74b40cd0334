"""Who spoke at the meeting a news report covers ("谁在会上讲话了", "会上谁讲的话") is the clause that reports it
("县委书记李某某出席会议并讲话"), not declined for want of a byline. A speech's own byline still answers who
gave it. Texts written here."""
from __future__ import annotations

import pytest

from qa.spoke_at import who_spoke_asked

NEWS = """全县项目建设推进会召开
11月5日上午，全县项目建设推进会召开。县委书记李某某出席会议并讲话，县长王某某主持会议。
李某某强调，要紧盯目标抓进度，确保年度任务按期完成。
"""

NEWS_TOO = """全市文旅产业发展大会举行
3月18日，全市文旅产业发展大会在市会议中心举行。市委副书记、市长赵某某作重要讲话。
会议表彰了2025年度文旅产业先进单位。
"""

NO_SPEAKER = """全镇春耕生产动员会召开
4月2日，全镇春耕生产动员会召开。会议部署了今年春耕生产工作。
"""


@pytest.mark.parametrize("question, asks", [("谁在会上讲话了", True), ("会上谁讲的话", True), ("谁作的讲话", True),
                                            ("讲话提到了哪些任务", False), ("谁主持的会议", False)])
def test_who_spoke_is_asked(question, asks):
    assert who_spoke_asked(question) is asks


@pytest.mark.slow
@pytest.mark.parametrize("text, question, speaker", [(NEWS, "谁在会上讲话了", "县委书记李某某"),
                                                     (NEWS, "会上谁讲的话", "县委书记李某某"),
                                                     (NEWS_TOO, "谁在大会上讲话了", "市长赵某某")])
def test_the_clause_reporting_who_spoke_answers(ask_of, text, question, speaker):
    answer = ask_of(text)(question)
    assert answer.answerable and speaker in answer.answer and answer.citations, answer.answer


@pytest.mark.slow
def test_a_report_naming_no_speaker_is_not_answered_so(ask_of):
    answer = ask_of(NO_SPEAKER)("谁在会上讲话了")
    assert "报道写道" not in answer.answer, answer.answer
