"""A question that names no speech, in a library where several speeches answer it about as well
("去年地区生产总值是多少" of three government reports): each close speech's answer, under its
title; a question only one speech answers stays one answer. Texts written here."""
from __future__ import annotations

import numpy as np
import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.close_speeches import close_speeches
from qa.ranking import Hit, SearchResult

COUNTY = """2026年石桥县人民政府工作报告
一、过去一年工作回顾
过去一年，全县地区生产总值完成142.6亿元，增长6.4%。改造老旧小区18个。
二、今年重点工作
改造老旧小区25个，新建冷链物流中心1个。
"""
CITY = """2026年青川市人民政府工作报告
一、2025年工作回顾
2025年，全市地区生产总值达到2318.7亿元，增长5.1%。新开通公交线路12条。
二、2026年主要任务
新建城市书房30个，完成河道清淤86公里。
"""
FOOD = """在全县防汛抗旱工作会议上的讲话
各位同志：
今年汛期形势复杂，我讲三点意见。
首先，压实防汛责任。各乡镇主要负责同志是第一责任人，汛期实行24小时值班。
其次，排查整治隐患。6月10日前完成全县43座小型水库的安全鉴定。
最后，储备抢险物资。县里新购冲锋舟8艘，编织袋5万条。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(COUNTY, "county"), parse_speech(CITY, "city"), parse_speech(FOOD, "food")]
    return assistant.variant(index=index_in_memory(docs, encoder)).ask


@pytest.mark.parametrize("question", ["去年地区生产总值是多少?", "去年GDP多少，增长了多少"])
def test_a_figure_every_report_gives_is_answered_for_each(ask, question):
    a = ask(question)
    assert a.answerable
    assert "问题没有指明是哪篇讲话" in a.answer
    assert "142.6亿元" in a.answer and "2318.7亿元" in a.answer
    county = a.answer.index("《2026年石桥县人民政府工作报告》")
    city = a.answer.index("《2026年青川市人民政府工作报告》")
    # each figure under its own report's title
    assert (county < a.answer.index("142.6亿元") < city) or (city < a.answer.index("2318.7亿元") < county)
    assert {c.document for c in a.citations} >= {"county", "city"}


def test_the_lead_is_in_english_for_an_english_question(ask):
    a = ask("What was the GDP last year?")
    if len({c.document for c in a.citations}) > 1:
        assert a.answer.startswith("The question names no speech")


@pytest.mark.parametrize("question, figure", [("冷链物流中心要建几个?", "1个"),
                                              ("城市书房今年新建多少个", "30个"),
                                              ("小型水库安全鉴定什么时候完成", "6月10日")])
def test_a_detail_one_speech_gives_is_one_answer(ask, question, figure):
    a = ask(question)
    assert a.answerable and figure in a.answer
    assert "问题没有指明" not in a.answer
    assert len({c.document for c in a.citations}) == 1


def test_a_chosen_speech_is_answered_alone(ask):
    a = ask("去年地区生产总值是多少?", document="city")
    assert "2318.7亿元" in a.answer and "142.6亿元" not in a.answer
    assert "问题没有指明" not in a.answer


@pytest.mark.parametrize("question", ["红烧肉怎么做", "What's a good recipe for pork dumplings?"])
def test_an_off_topic_question_is_still_declined(ask, question):
    assert not ask(question).answerable


def _result(scores: list[float], index) -> SearchResult:
    base = np.array(scores, dtype=np.float32)
    order = np.argsort(-base)
    hits = [Hit(int(r), index.passages[r], float(base[r]), 0.0, 0.0) for r in order[:10]]
    return SearchResult(hits=hits, query_vector=np.zeros(4, dtype=np.float32), dense=base, base=base)


def test_close_speeches_are_those_within_the_margin_quoted_first(encoder):
    index = index_in_memory([parse_speech(COUNTY, "county"), parse_speech(CITY, "city"),
                             parse_speech(FOOD, "food")], encoder)
    ids = [p.document for p in index.passages]

    def scores(best: dict[str, float]) -> list[float]:
        return [best[d] if i == ids.index(d) else 0.0 for i, d in enumerate(ids)]

    result = _result(scores({"county": 0.9, "city": 0.85, "food": 0.4}), index)
    assert close_speeches(result, ["county"], margin=0.1) == ["county", "city"]
    assert close_speeches(result, ["food"], margin=0.1) == ["food", "county", "city"]
    assert close_speeches(result, ["county"], margin=0.01) == ["county"]
    assert close_speeches(result, ["county"], margin=1.0, most=2) == ["county", "city"]
