"""A speech whose parts are named by what they are ("下面，我讲三个问题。第一个问题：…", "第二个方面，…",
"第三点，…"): the parts are headings, and a question on the problems the speech names gets its list of
problems, not the speaker's three "问题". Texts written here, in several wordings."""
from __future__ import annotations

import pytest

from index.numbering import leading_marker
from index.parser import parse_speech

QUESTIONS = """在全市2026年水利工作会议上的讲话
同志们：
这次会议的任务是总结去年水利工作，部署今年任务。下面，我讲三个问题。
第一个问题：客观看待去年水利工作
去年全市完成水利投资18亿元，新建小型水库4座，治理中小河流120公里。
同时也要看到存在的问题：一是部分灌区渠系老化，漏损严重；二是农村供水水质达标率偏低；三是基层水利站人员不足。
第二个问题：扎实抓好今年水利重点任务
一要抓好水源工程建设，年内开工建设中型水库1座。
二要抓好河湖长制，市级河长每季度巡河不少于1次。
第三个问题：强化水利工作保障
市财政今年安排水利专项资金3亿元，各县区要足额配套。
"""

ASPECTS = """在全县文旅产业发展大会上的讲话
同志们：
今天我讲三个方面的意见。
第一个方面，关于当前文旅产业的形势
全县去年接待游客860万人次，旅游收入72亿元。但还存在一些短板：景区同质化明显；旅游配套设施不足；文旅人才缺乏。
第二个方面，关于今年的重点工作
要加快古镇景区提升改造，年内创成国家4A级景区1家。
第三个方面，关于工作保障
县财政设立文旅发展基金5000万元。
"""

POINTS = """在全区安全生产工作会议上的讲话
同志们：
我强调三点。
第一点，认清形势
今年以来全区安全形势总体平稳，发生一般事故3起。存在的问题：一是企业主体责任落实不到位；二是隐患排查走过场。
第二点，压实责任
各街道要落实属地责任，每月开展一次安全检查。
第三点，严肃问责
对发生事故的单位一律约谈。
"""


@pytest.mark.parametrize("text, titles", [
    (QUESTIONS, ["第一个问题：客观看待去年水利工作", "第二个问题：扎实抓好今年水利重点任务", "第三个问题：强化水利工作保障"]),
    (ASPECTS, ["第一个方面，关于当前文旅产业的形势", "第二个方面，关于今年的重点工作", "第三个方面，关于工作保障"]),
    (POINTS, ["第一点，认清形势", "第二点，压实责任", "第三点，严肃问责"]),
])
def test_parts_named_by_what_they_are_are_headings(text, titles):
    doc = parse_speech(text, "doc")
    assert [n.title for n in doc.outline] == titles
    assert not doc.warnings


@pytest.mark.parametrize("line", ["第一个问题的核心是资金", "第二点要求是按期完成", "第三个方面的工作要抓紧"])
def test_the_words_inside_a_sentence_are_no_number(line):
    assert leading_marker(line) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, question, facts", [
    (QUESTIONS, "存在哪些问题", ["渠系老化", "水质达标率偏低", "人员不足"]),
    (QUESTIONS, "水利工作还有什么短板", ["渠系老化", "水质达标率偏低", "人员不足"]),
    (QUESTIONS, "What problems does the speech point out?", ["渠系老化", "人员不足"]),
    (POINTS, "安全生产存在哪些问题", ["主体责任落实不到位", "隐患排查走过场"]),
])
def test_the_problems_asked_are_not_the_speakers_parts(ask_of, text, question, facts):
    answer = ask_of(text)(question)
    assert answer.answerable, answer.answer
    assert all(f in answer.answer for f in facts), answer.answer
    assert "第三个问题" not in answer.answer and "第二点" not in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["讲话讲了哪几个问题", "讲了几个问题，分别是什么"])
def test_the_parts_asked_as_spoken(ask_of, question):
    answer = ask_of(QUESTIONS)(question)
    assert "客观看待去年水利工作" in answer.answer and "强化水利工作保障" in answer.answer, answer.answer


@pytest.mark.slow
def test_a_part_by_its_number(ask_of):
    answer = ask_of(ASPECTS)("第二个方面讲了什么")
    assert "古镇景区" in answer.answer, answer.answer
