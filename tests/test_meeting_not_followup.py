""""这个会" names the meeting the speech was given at, not the last answer: "为什么要开这个会",
"这个会在哪开的" asked mid-chat are new questions, answered as they would be in a new chat.
"这个会影响进度吗" keeps 会 as the modal. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.question_form import read_question

FOREST = """在全县森林防火工作推进会上的讲话
（2025年3月12日）
副县长 钟立平
同志们：
今天召开全县森林防火工作推进会，下面，我讲两点意见。
一、今年重点工作
一是加密巡护，全县新增专职护林员40名。二是建设防火通道，年内新建防火通道60公里，每公里补助8万元。
二、压实责任
各乡镇要在4月底前完成林区隐患排查，县应急局每月通报一次进展。
为什么要在春季专门召开这次会议？主要是今年入春以来降水偏少三成，林区火险等级持续偏高，必须提前部署。
"""
MARKET = """在全市农贸市场改造提升现场会上的讲话
同志们：
一、改造任务
今年全市改造提升农贸市场18个，每个市场补助资金50万元。
二、工作要求
各区要在6月底前完成改造方案，市商务局负责验收。
之所以把这次现场会放在城东市场开，是因为城东市场去年率先完成改造，群众满意度达到96%。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(FOREST, "forest"), parse_speech(MARKET, "market")]
    index = index_in_memory(docs, encoder)
    variant = assistant.variant(index=index)
    return lambda q, history=None, doc=None: variant.ask(q, history or [], document=doc)


@pytest.mark.parametrize("question", ["为什么要在春季专门开这个会", "这个会在哪开的", "这个会是谁讲话",
                                      "开这个会主要为啥"])
def test_this_meeting_is_not_a_reference_to_the_last_answer(question):
    r = read_question(question)
    assert not r.deictic and r.bound is None


@pytest.mark.parametrize("question", ["这个会影响防火通道进度吗", "这个呢", "这个具体怎么做"])
def test_other_demonstratives_still_refer_back(question):
    assert read_question(question).refers


def test_why_the_meeting_mid_chat_gets_the_reason_not_the_last_answer(ask):
    first = ask("防火通道每公里补多少钱", doc="forest")
    assert "8万元" in first.answer
    a = ask("为什么要在春季专门开这个会", ["防火通道每公里补多少钱"], doc="forest")
    assert a.answerable and "降水偏少三成" in a.answer
    assert "8万元" not in a.answer


def test_why_here_mid_chat_is_asked_of_the_speech(ask):
    history = ["每个市场补助多少钱"]
    a = ask("这个会为什么放在城东市场开", history, doc="market")
    assert a.answerable and "率先完成改造" in a.answer
    assert "50万元" not in a.answer
