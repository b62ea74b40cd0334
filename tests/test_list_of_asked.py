"""A list question answered by the section whose own items are what it asks for: "压实责任说了
哪几种责任" names the part "三、压实责任，确保各项任务落地", but the kinds of 责任 are the points of
its sub-section "（一）压紧压实各方责任". The follow-up "二是啥" then reads that list. Texts written here."""
from __future__ import annotations

import pytest

SAFETY = """在全镇安全生产工作会议上的讲话
同志们：
一、当前安全生产形势
今年以来，全镇未发生较大以上生产安全事故，但隐患排查整治任务依然繁重。
二、健全工作机制，形成工作合力
（一）完善统筹推进机制
一是联席会议机制。每季度召开一次安全生产联席会议，研究解决重大问题。
二是督办通报机制。对排查出的重大隐患实行挂牌督办，每月通报整改进度。
三是考评激励机制。把安全生产纳入村级年度考核，考核结果与评先评优挂钩。
（二）加强队伍建设
年内为每个村配齐1名专职安全员，组织全员轮训一次。
三、压实责任，确保各项任务落地
（一）压紧压实各方责任
一是属地管理责任。各村党组织书记是本村安全生产第一责任人，对辖区安全生产负总责。
二是部门监管责任。按照“管行业必须管安全”的要求，各站所要把监管责任落实到具体人。
三是企业主体责任。各生产经营单位主要负责人要亲自抓隐患排查，做到责任、措施、资金、时限、预案“五到位”。
（二）严格督查问责
镇纪委要会同督查室开展明察暗访，对整改不力的严肃追责问责。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, kinds", [
    ("压实责任说了哪几种责任", ("属地管理责任", "部门监管责任", "企业主体责任")),
    ("压实责任这块讲了哪些责任", ("属地管理责任", "部门监管责任", "企业主体责任")),
    ("健全工作机制讲了哪几种机制", ("联席会议机制", "督办通报机制", "考评激励机制")),
])
def test_the_list_whose_items_are_the_asked_noun_answers(ask_of, question, kinds):
    answer = ask_of(SAFETY, "safety")(question)
    assert answer.answerable and all(k in answer.answer for k in kinds), answer.answer
    assert "严格督查问责" not in answer.answer and "加强队伍建设" not in answer.answer  # not the part's list


@pytest.mark.slow
def test_a_follow_up_reads_that_list(ask_of, assistant, encoder):
    from index.parser import parse_speech
    from index.store import index_in_memory

    variant = assistant.variant(index=index_in_memory([parse_speech(SAFETY, "safety")], encoder))
    answer = variant.ask("二是啥", ["压实责任说了哪几种责任"])
    assert "部门监管责任" in answer.answer and "管行业必须管安全" in answer.answer, answer.answer


@pytest.mark.slow
def test_a_part_whose_own_points_are_asked_keeps_its_list(ask_of):
    answer = ask_of(SAFETY, "safety")("压实责任这部分有哪几项工作")
    assert "压紧压实各方责任" in answer.answer and "严格督查问责" in answer.answer, answer.answer
