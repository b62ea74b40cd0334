"""Two things asked of a text's byline in one question, each in a clause of its own ("谁讲的？什么时候",
"这个通知是哪天发的，文号多少"): both answered, neither dropped. Texts written here."""
from __future__ import annotations

import pytest

from qa.byline_answers import byline_asked

NOTICE = """青禾镇人民政府关于印发《青禾镇人居环境整治行动方案》的通知
青政发〔2025〕7号
各村（社区）、镇直各单位：
现将《青禾镇人居环境整治行动方案》印发给你们，请认真贯彻落实。
青禾镇人民政府
2025年3月18日
"""
SPEECH = """在全镇春季农业生产工作会上的讲话
镇党委书记　梁远帆
（2025年2月26日）
同志们：
今年全镇粮食播种面积稳定在4.2万亩，新建高标准农田3000亩。
"""


@pytest.mark.parametrize("question, asked", [
    ("谁讲的？什么时候", "both"), ("这是谁讲的？什么时候讲的", "both"), ("谁讲的，哪天讲的", "both"),
    ("这个通知是哪天发的，文号多少", "number_date"), ("文号是多少？什么时候印发的", "number_date"),
    ("文号是多少", "number"), ("谁讲的", "speaker"),
    # the meeting a speech was given at, asked of: its speaker and date
    ("县里的经济工作会议是谁讲的", "speaker"), ("这个会是谁讲的", "speaker"), ("哪天开的", "date"),
    ("会议什么时候召开的", "date"), ("老旧小区什么时候开工", None),
])
def test_each_clause_asks_its_own_byline_fact(question, asked):
    assert byline_asked(question) == asked


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said", [
    (SPEECH, "谁讲的？什么时候", ("梁远帆", "2025年2月26日")),
    (NOTICE, "这个通知是哪天发的，文号多少", ("青政发〔2025〕7号", "2025年3月18日")),
    (NOTICE, "文号是多少？什么时候印发的", ("青政发〔2025〕7号", "2025年3月18日")),
])
def test_both_are_answered(ask_of, text, question, said):
    answer = ask_of(text)(question)
    assert answer.answerable and all(s in answer.answer for s in said), answer.answer
