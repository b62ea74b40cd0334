"""A count of the matters a meeting took up ("会上研究了几个事项", "会议议定了几个事项", "讨论了几项工作"):
the minutes list them (一、关于…, （一）…) without writing their number, so the count is the list itself,
as "列了几个部门的分工" is, not a figure the text lacks. A figure the text does write still answers.
Texts written here: minutes of a county government's standing meeting with parts, and a township
party committee's minutes with numbered paragraphs."""
from __future__ import annotations

import pytest

STANDING_MEETING = """县政府第十二次常务会议纪要

2026年3月10日，县长李某某主持召开县政府第十二次常务会议，研究部署近期重点工作。现将会议议定事项纪要如下：

一、关于城区供水管网改造工程

会议听取了县水务局关于城区供水管网改造工程推进情况的汇报，同意工程分两期实施。

二、关于秋季森林防火工作

会议强调，各乡镇要严格落实森林防火责任制，县应急管理局牵头开展防火宣传。

三、关于农村公路养护项目

会议同意县交通运输局提出的养护方案，项目年底前完成验收。
"""

PARTY_COMMITTEE = """某镇党委2026年第5次会议纪要

4月8日，镇党委书记王某某主持召开镇党委会议。会议讨论并议定了以下事项：

（一）关于春季防火工作。会议要求各村严格落实包山到户责任，清明期间每天安排专人巡山。

（二）关于人居环境整治。会议同意对12个村的垃圾收集点进行改造，由镇城建办负责组织实施。

（三）关于村级换届后续工作。会议要求对新任村干部开展全员培训，5月底前完成。

（四）关于信访维稳工作。会议要求对重点信访事项逐件落实包案领导。

本年度镇党委共研究课题6个，形成调研报告6篇。
"""


@pytest.mark.parametrize("text, question, count, item", [
    (STANDING_MEETING, "会上研究了几个事项", "3", "森林防火"),
    (STANDING_MEETING, "会议议定了几个事项", "3", "农村公路养护"),
    (PARTY_COMMITTEE, "党委会讨论了几个事项", "4", "信访维稳"),
    (PARTY_COMMITTEE, "会议一共议定了几项", "4", "人居环境整治"),
])
def test_the_matters_a_meeting_took_up_are_counted(ask_of, text, question, count, item):
    answer = ask_of(text)(question)
    assert answer.answerable, answer.answer
    assert count in answer.answer and item in answer.answer, answer.answer


def test_a_count_the_text_writes_is_still_its_figure(ask_of):
    answer = ask_of(PARTY_COMMITTEE)("镇党委今年研究了几个课题")
    assert answer.answerable and "共研究课题6个" in answer.answer, answer.answer
