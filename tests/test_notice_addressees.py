"""Whom a notice goes to ("这个通知发给哪些单位", "发给谁的", "主送单位有哪些"): where no field labels
them ("主送：…"), the addressee line that opens the body ("各乡镇人民政府，县直各单位："). Texts written
here, as three kinds of notice; the counter-cases keep a speech's salutation and a question on
who gets a subsidy as they were."""
from __future__ import annotations

import pytest

from qa.meeting_fields import field_asked


def _notice(title: str, addressees: str, body: str) -> str:
    return f"""{title}

{addressees}

{body}请结合实际认真贯彻落实。

一、工作目标

到年底，全县完成改造任务120户，群众满意度达到95%以上。

二、工作措施

（一）加强组织领导。各乡镇要成立工作专班，明确分管领导。

（二）强化资金保障。县财政安排专项资金800万元。

某县人民政府办公室
2026年3月2日
"""


NOTICES = [
    ("关于印发《全县农村危房改造实施方案》的通知", "各乡镇人民政府，县直各有关单位：", "现将《全县农村危房改造实施方案》印发给你们，"),
    ("关于做好2026年春季森林防火工作的通知", "各乡（镇）人民政府，县林业局、县应急管理局：", "为切实做好今年春季森林防火工作，现就有关事项通知如下，"),
    ("关于进一步加强农村供水管护的意见", "县水利局、县财政局，各乡镇人民政府：", "为加强农村供水工程管护，经县政府同意，提出如下意见，"),
]


@pytest.mark.parametrize("question", ["这个通知发给哪些单位", "发给谁的", "主送单位有哪些", "文件下发给哪些部门"])
def test_whom_the_text_goes_to_is_asked(question):
    assert field_asked(question) == "distribution"


@pytest.mark.parametrize("question", ["补贴发给哪些人", "奖励资金发给了谁", "发给哪些人"])
def test_what_the_text_gives_is_not(question):
    assert field_asked(question) != "distribution"


@pytest.mark.slow
@pytest.mark.parametrize("title, addressees, body", NOTICES)
def test_the_addressee_line_answers(ask_of, title, addressees, body):
    ask = ask_of(_notice(title, addressees, body), "notice")
    for question in ("发给谁的", "主送单位有哪些"):
        answer = ask(question)
        assert answer.answerable and addressees.rstrip("：") in answer.answer


@pytest.mark.slow
def test_a_speech_salutation_is_no_addressee(ask_of):
    text = "在全县春耕生产工作会议上的讲话\n\n同志们：\n\n今年全县粮食播种面积要稳定在50万亩以上。\n"
    answer = ask_of(text, "speech")("这个讲话发给哪些单位")
    assert "同志们" not in answer.answer
