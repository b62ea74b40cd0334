"""A weather forecast for the coming days is never a speech's matter: "明天天气怎么样" is declined
as off its topic even when the text holds weather words (极端天气, 强降雨), while a question about
what the text says of the weather is answered. Texts written here."""
from __future__ import annotations

import pytest

from qa.refusal import asks_forecast

REPORT = """2025年政府工作报告
——2026年1月16日在清河市第九届人民代表大会第五次会议上
各位代表：
一、2025年工作回顾
过去一年，我们成功应对“7·18”强降雨等极端天气，转移安置受威胁群众1.8万人，没有发生群死群伤事件。
全年新建防汛物资仓库3座，整治城市易涝点26处。
二、2026年工作安排
今年要加强气象监测预警能力建设，新建自动气象站40个。
入汛后强降雨天气多发，各县区要盯紧天气变化，提前转移危险区域群众。
要做好今冬明春雨雪冰冻天气应对准备，及时发布天气预警信息，保障群众出行安全。
"""


@pytest.mark.parametrize("question, forecast", [
    ("明天天气怎么样？", True), ("明天清河天气怎么样", True), ("这周末会下雨吗", True),
    ("后天气温多少度", True), ("What's the weather like tomorrow?", True),
    ("Will it rain this weekend?", True),
    ("去年应对极端天气转移了多少人", False), ("今年新建多少个自动气象站", False),
    ("How did the city cope with the extreme weather last year?", False),
])
def test_a_forecast_is_told_from_a_question_on_weather_in_the_text(question, forecast):
    assert asks_forecast(question) is forecast


@pytest.mark.slow
@pytest.mark.parametrize("question", ["明天清河天气怎么样？", "这周末会下雨吗", "What's the weather like tomorrow?"])
def test_a_forecast_is_declined_as_off_topic(ask_of, question):
    answer = ask_of(REPORT, "report")(question)
    assert not answer.answerable and not answer.citations, answer.answer
    assert "未给出" not in answer.answer  # off the topic, not a near miss of it


@pytest.mark.slow
@pytest.mark.parametrize("question, figure", [
    ("去年应对强降雨转移了多少群众", "1.8万人"), ("今年新建多少个自动气象站", "40个"),
])
def test_the_weather_the_text_speaks_of_is_answered(ask_of, question, figure):
    answer = ask_of(REPORT, "report")(question)
    assert answer.answerable and figure in answer.answer, answer.answer
