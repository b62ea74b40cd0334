"""The meeting asked when ("会议是哪天开的", "这个会几号开的") of a speech given at one is answered by the date
under its title: a title naming the meeting ("在全县…工作会议上的讲话"), or an opening that says it ("今天召开
全局2026年工作会议"). A news report's page date is not the meeting's, nor is a policy text's date a
meeting's. Texts written here."""
from __future__ import annotations

import pytest

SPEECH = """在全县农业农村工作会议上的讲话
县委副书记 赵某某
（2026年2月9日）
同志们：
这次会议的主要任务是部署今年农业农村工作。
一、去年工作回顾
全县粮食总产达到41.2万吨。
二、今年重点工作
今年要新建高标准农田3万亩。
"""

SUMMARY = """2025年工作总结和2026年工作安排
县林业局局长 钱某某
（2026年1月20日）
同志们：
今天召开全局2026年工作会议，主要任务是总结去年工作，安排今年任务。
一、2025年工作回顾
全年完成植树造林1.6万亩。
"""

NEWS = """全县文旅产业发展大会召开
发布时间：2026-04-02 10:15 来源：县融媒体中心
4月1日上午，全县文旅产业发展大会召开。县委书记孙某某出席会议并讲话。
孙某某强调，要加快建设全域旅游示范县。
"""

OPINION = """关于加快发展林下经济的实施意见
（2026年3月5日）
一、总体要求
到2028年，全县林下经济产值达到12亿元。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, date", [
    (SPEECH, "会议是哪天开的", "2026年2月9日"), (SPEECH, "这个会是几号开的", "2026年2月9日"),
    (SPEECH, "今天的会议什么时候召开的", "2026年2月9日"),
    (SUMMARY, "会议是哪天开的", "2026年1月20日"), (SUMMARY, "会是什么时候开的", "2026年1月20日"),
])
def test_the_meeting_date_is_the_one_under_the_title(ask_of, text, question, date):
    answer = ask_of(text)(question)
    assert answer.answerable and date in answer.answer and answer.citations, answer.answer


@pytest.mark.slow
def test_a_news_reports_page_date_is_not_the_meetings(ask_of):
    answer = ask_of(NEWS)("会议是哪天开的")
    assert "2026-04-02" not in answer.answer, answer.answer


@pytest.mark.slow
def test_a_text_given_at_no_meeting_gives_no_meeting_date(ask_of):
    answer = ask_of(OPINION)("会议是哪天开的")
    assert "标题下注明的日期" not in answer.answer, answer.answer
