"""A how-to question names the heading of what is to be done, its words in any order (issue 9,
class 2: heading words). Texts written here: a review part and a tasks part whose headings hold
the same words ("2.集体经济持续壮大" / "（三）着力壮大集体经济")."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from qa.how_to import how_to_headings, how_to_names
from index.tokenize import normalize

TOWNSHIP = """在全镇乡村振兴工作推进会上的讲话
同志们：
一、肯定成绩，正视问题
（一）过去一年成绩来之不易
1.集体经济持续壮大
全镇村集体经济总收入达到812万元，同比增长21.3%，23个村经营性收入全部超过10万元。
2.乡村旅游加快发展
接待游客42万人次，旅游收入1.6亿元。
（二）存在问题必须高度重视
第一，村集体经济增收渠道单一，多数村依靠资源发包。
第二，乡村旅游同质化，游客停留时间短。
二、突出重点，狠抓落实
（一）着力壮大集体经济
第一，盘活闲置资源，9月底前建立资源台账。
第二，发展服务经济，鼓励村成立劳务合作社。
第三，推行强村带弱村，由6个强村分别结对帮扶1个薄弱村。
（二）着力发展乡村旅游
第一，打造精品民宿集群，新增民宿20家。
第二，办好油菜花节等节会活动。
"""


def _titles(document):
    return [(document.id, n, normalize(n.title)) for top in document.outline for n in top.walk()]


@pytest.mark.parametrize("question, title", [
    ("集体经济怎么壮大", "（一）着力壮大集体经济"),
    ("如何壮大村集体经济", "（一）着力壮大集体经济"),
    ("乡村旅游咋发展", "（二）着力发展乡村旅游"),
    ("乡村旅游怎样才能发展好", "（二）着力发展乡村旅游"),
    # what is to be done, asked with 要抓/要做 and no how, a period and a counted ask aside
    ("今年集体经济壮大要抓哪几项", "（一）着力壮大集体经济"),
    ("乡村旅游发展要做什么", "（二）着力发展乡村旅游"),
    ("乡村旅游发展下一步要抓好哪些", "（二）着力发展乡村旅游"),
    # what is to be done, asked by its kind: 安排, 措施, 举措, 打算
    ("壮大集体经济有啥安排", "（一）着力壮大集体经济"),
    ("乡村旅游发展有哪些措施", "（二）着力发展乡村旅游"),
    ("集体经济壮大提了什么举措", "（一）着力壮大集体经济"),
    ("发展乡村旅游有什么打算", "（二）着力发展乡村旅游"),
])
def test_a_how_to_question_names_the_heading_of_what_is_to_be_done(question, title):
    document = parse_speech(TOWNSHIP, "doc")
    named = how_to_headings(question, _titles(document))
    assert [n.title for _d, n in named] == [title]
    assert how_to_names(question, named[0][1])


@pytest.mark.parametrize("question", [
    "去年集体经济是怎么壮大的",  # the past: the review answers
    "集体经济收入有多少",  # no how-to
    "怎么办",  # no words to name a heading by
    "集体经济要抓哪几项",  # one content word: too few to name a heading by its words in any order
    "集体经济收入要达到多少",  # no to-do asked
    "集体经济收入有什么变化",  # a change, not what is to be done
])
def test_other_questions_name_nothing_this_way(question):
    assert how_to_headings(question, _titles(parse_speech(TOWNSHIP, "doc"))) == []


@pytest.mark.slow
@pytest.mark.parametrize("question, listed", [
    ("集体经济怎么壮大", ["盘活闲置资源", "发展服务经济", "推行强村带弱村"]),
    ("如何壮大村集体经济", ["盘活闲置资源", "推行强村带弱村"]),
    ("乡村旅游咋发展", ["打造精品民宿集群", "办好油菜花节"]),
    ("壮大集体经济有啥安排", ["盘活闲置资源", "推行强村带弱村"]),
])
def test_a_how_to_question_gets_the_list_of_what_is_to_be_done(ask_of, question, listed):
    answer = ask_of(TOWNSHIP)(question)
    assert answer.answerable and all(p in answer.answer for p in listed), answer.answer
    assert "812万元" not in answer.answer and "42万人次" not in answer.answer, answer.answer
