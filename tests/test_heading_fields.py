"""A notice may head its fields instead of labelling them inline: "一、会议时间" on a line, the time on
the next. The heading is the label and the body under it the value, so "会议几点开", "在哪开" and
"哪些人参会" are answered from it, cited, as "时间：…" is. A heading that only starts like a label
("二、时间紧任务重") is no field. "议程有几项" counts the list under the heading naming 议程, not the
notice's parts. Texts written here, in two numbering styles."""
from __future__ import annotations

import pytest

from qa.intent import asked_nouns
from qa.meeting_fields import field_asked

FIRE_NOTICE = """关于召开全县春季森林防火工作会议的通知

各乡镇人民政府，县直有关单位：
经县政府同意，定于近期召开全县春季森林防火工作会议。现将有关事项通知如下：

一、会议时间
2026年3月12日（星期四）上午9:30，会期半天。

二、会议地点
县政府四楼第一会议室，各乡镇设分会场。

三、参会人员
县政府分管副县长；县应急管理局、县林业局、县公安局主要负责同志；各乡镇分管负责同志。

四、会议议程
（一）县林业局通报今冬明春森林防火形势；
（二）县应急管理局部署春季防火重点工作；
（三）分管副县长讲话。

五、有关要求
1．请各单位于3月10日下午5点前将参会人员名单报县应急管理局。
2．各分会场于3月12日上午8:30前完成视频调试。
3．参会人员不得请假，确有特殊情况须经县政府主要领导批准。

县应急管理局
2026年3月6日
"""

FORUM_NOTICE = """关于召开全区民营企业座谈会的通知

区直各部门，各街道办事处：
为听取民营企业对优化营商环境的意见建议，区政府决定召开民营企业座谈会。现将有关事项通知如下：
（一）时间
2026年5月18日下午3:00。
（二）地点
区政务服务中心五楼会议室。
（三）参加人员
区政府分管领导，区发改局、区市场监管局负责同志，部分民营企业负责人。
（四）有关事项
请各街道于5月15日前推荐2名企业代表，报区工商联。
区人民政府办公室
2026年5月11日
"""

# A speech whose part headings only begin like a label: no field to answer a meeting's time from.
SPEECH = """在全县安全生产工作会议上的讲话

一、时间紧任务重，必须绷紧安全这根弦
今年以来，全县安全生产形势总体平稳，但事故隐患仍然不少。
二、地点分散，监管要全覆盖
全县矿山、危化企业分布在12个乡镇，点多面广。
"""


@pytest.mark.parametrize("question, kind", [
    ("哪些人参会", "attendees"), ("参会人员有哪些", "attendees"), ("哪些单位参会", "attendees"),
    ("谁来开会", "attendees"), ("会议什么时候开", "date"), ("座谈会几点开始", "date"),
])
def test_who_takes_part_is_the_attendees_field(question, kind):
    assert field_asked(question) == kind


@pytest.mark.parametrize("question", ["参会要带什么材料", "哪些人参加培训", "补贴发给哪些人"])
def test_other_questions_ask_no_field(question):
    assert field_asked(question) is None


@pytest.mark.parametrize("question, noun", [("议程有几项", "议程"), ("要求有几条", "要求"), ("措施有几个方面", "措施")])
def test_a_count_asked_of_a_noun_names_the_list(question, noun):
    assert noun in asked_nouns(question)


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said, not_said", [
    (FIRE_NOTICE, "会议几点开", "上午9:30", "第一会议室"),
    (FIRE_NOTICE, "会在哪开", "县政府四楼第一会议室", "9:30"),
    (FIRE_NOTICE, "哪些人参会", "各乡镇分管负责同志", "名单"),
    (FORUM_NOTICE, "座谈会几点开始", "下午3:00", "五楼"),
    (FORUM_NOTICE, "座谈会在哪里开", "区政务服务中心五楼会议室", "3:00"),
    (FORUM_NOTICE, "哪些人参加会议", "部分民营企业负责人", "推荐2名"),
])
def test_a_headed_field_answers_its_question(ask_of, text, question, said, not_said):
    answer = ask_of(text)(question)
    assert answer.answerable and said in answer.answer and not_said not in answer.answer, answer.answer
    assert answer.citations and said in answer.citations[0].text


@pytest.mark.slow
def test_a_count_of_the_agenda_is_its_list(ask_of):
    answer = ask_of(FIRE_NOTICE)("议程有几项")
    assert "3项" in answer.answer and "部署春季防火重点工作" in answer.answer, answer.answer
    assert "会议地点" not in answer.answer, answer.answer


@pytest.mark.slow
def test_a_heading_that_starts_like_a_label_is_no_field(ask_of):
    answer = ask_of(SPEECH)("会议几点开")
    assert "时间紧任务重" not in answer.answer.split("\n")[0], answer.answer
    assert not answer.answerable or "原文写明" not in answer.answer, answer.answer
