"""How to apply for something (怎么申请, 去哪报名, How do I apply…) is answered only where the text
tells it (申请, 办理, 窗口…); otherwise it is declined, naming the speech and what it covers.
"怎么办" (what is to be done) asks no procedure. Texts written here, a speech and a notice."""
from __future__ import annotations

import pytest

from qa.procedures import procedure_asked

SPEECH = """在全县农村人居环境整治推进会上的讲话
同志们：
一、改厕工作
今年全县完成农村户厕改造3000户，县财政对每户补助1200元。改厕后出现问题的，由乡镇组织维修。
二、垃圾治理
每个村配备保洁员，垃圾日产日清。
"""
NOTICE = """关于开展2026年农机购置补贴工作的通知
各乡镇：
一、补贴对象
购置农机具的农户和农业生产经营组织。
二、办理流程
购机者持发票和身份证到乡镇便民服务中心窗口提出申请，县农业农村局审核后十个工作日内兑付。
"""


@pytest.mark.parametrize("question", ["改厕补助怎么申请", "去哪报名参加培训", "农机补贴如何办理", "补贴的申请条件是什么",
                                      "How do I apply for the toilet subsidy?", "how to apply for a license"])
def test_a_procedure_is_asked(question):
    assert procedure_asked(question)


@pytest.mark.parametrize("question", ["厕所坏了没人修咋办", "没人种地怎么办", "改厕补助多少钱", "垃圾怎么处理"])
def test_what_is_to_be_done_asks_no_procedure(question):
    assert not procedure_asked(question)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["改厕补助怎么申请", "农户去哪里申请改厕补贴", "How do I apply for the toilet subsidy?"])
def test_a_procedure_the_speech_never_tells_is_declined(ask_of, question):
    answer = ask_of(SPEECH, "speech")(question)
    assert not answer.answerable and not answer.citations
    assert "农村人居环境整治推进会" in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [("农机补贴怎么申请", "便民服务中心窗口"), ("农机购置补贴去哪办理", "便民服务中心窗口")])
def test_a_procedure_the_text_tells_is_answered(ask_of, question, fact):
    answer = ask_of(NOTICE, "notice")(question)
    assert answer.answerable and fact in answer.answer, answer.answer


@pytest.mark.slow
def test_what_is_to_be_done_is_still_answered(ask_of):
    answer = ask_of(SPEECH, "speech")("改厕后出了问题咋办")
    assert answer.answerable and "乡镇组织维修" in answer.answer, answer.answer


# A notice telling how to apply for one thing, and a report saying 窗口期 of a policy, not a service window.
HOUSING = """关于做好2026年农村危房改造工作的通知
各乡镇：
一、补助标准
农村危房改造每户补助2.5万元。
二、工作安排
5月31日前完成农户申请、乡镇审核和县级审批，6月30日前全部开工。
"""
REPORT = """2026年政府工作报告
一、过去一年的工作
抢抓国家政策窗口期，落实家电以旧换新补贴4.3亿元，带动消费38亿元。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["怎么申请驾照", "如何办理护照", "去哪办理身份证"])
def test_a_procedure_for_another_thing_is_declined(ask_of, question):
    answer = ask_of(HOUSING, "housing")(question)
    assert not answer.answerable and not answer.citations, answer.answer


@pytest.mark.slow
def test_the_procedure_for_the_thing_told_is_answered(ask_of):
    answer = ask_of(HOUSING, "housing")("危房改造怎么申请")
    assert answer.answerable and "完成农户申请" in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["以旧换新补贴怎么申请", "家电以旧换新补贴去哪办理"])
def test_a_policy_window_is_no_service_window(ask_of, question):
    answer = ask_of(REPORT, "report")(question)
    assert not answer.answerable, answer.answer


def _hits(doc):
    from types import SimpleNamespace
    return [SimpleNamespace(passage=p) for p in doc.passages]


@pytest.mark.parametrize("question, declined", [("怎么申请驾照", True), ("如何办理护照", True), ("危房改造怎么申请", False),
                                                ("改造补助怎么申请", False)])
def test_the_passage_telling_a_procedure_names_the_thing_asked(question, declined):
    from index.parser import parse_speech
    from qa.procedures import procedure_reply
    doc = parse_speech(HOUSING, "housing")  # every passage is a best one: only what they say decides
    assert (procedure_reply(question, _hits(doc), [doc], "zh") is not None) is declined
