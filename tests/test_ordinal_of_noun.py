"""One of a list asked by its ordinal and the list's noun ("第三条建议具体说的啥", "建议里第三条是什么",
"第二项做法讲了什么"): the noun names the part that holds the list ("五、对策建议"), though the
question shares nothing else with its heading. Texts written here."""
from __future__ import annotations

import pytest

from qa.intent import detect_intent

SURVEY = """关于某某县农村供水情况的调研报告
一、基本情况
全县农村自来水普及率达到93.4%。
二、主要做法
1．强化水源保护。划定水源保护区42个。
2．推进规模化供水。新建千吨万人工程5处。
三、存在的问题
季节性缺水问题突出。
四、对策建议
1．加快骨干水源建设。新建中型水库1座。
2．提升水质检测能力。每个乡镇水厂配备检测室。
3．完善管护机制。组建县级专业管护队伍。
"""


@pytest.mark.parametrize("question, noun", [
    ("第三条建议具体说的啥", "建议"), ("建议里第三条是什么", "建议"), ("第二项做法讲了什么", "做法"),
])
def test_the_list_is_named_by_its_noun(question, noun):
    assert noun in detect_intent(question).asked


def test_an_ordinal_alone_names_no_noun():
    assert detect_intent("第三条是什么").asked == []


def test_counting_a_list_still_reads_what_it_counts():
    from qa.counted import counted_nouns
    assert counted_nouns("围绕哪几条产业链招商") == ["产业链"]
    assert counted_nouns("有几类企业能享受补贴") == ["企业"]


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("第三条建议具体说的啥", "管护队伍"), ("建议里第二条是什么", "检测室"), ("第二项做法讲了什么", "千吨万人"),
])
def test_the_item_of_the_named_list_answers(ask_of, question, expected):
    answer = ask_of(SURVEY, "survey")(question)
    assert answer.answerable and expected in answer.answer, answer.answer


# A heading of two nouns ("二、主要做法和成效", "四、问题与建议") names the list by either: its first
# conjunct ends where the heading's noun would.
SURVEY_JOINED = SURVEY.replace("二、主要做法", "二、主要做法和成效").replace("四、对策建议", "四、意见与建议")
REPORT_JOINED = """关于全县农村养老服务的调研报告
一、基本情况
全县60周岁以上老年人2.1万人。
二、主要做法及成效
一是兜底保障有力。全县1200名特困老人全部纳入供养范围。
二是设施网络逐步完善。投入3600余万元改造12所乡镇敬老院。
三是医养结合稳步推进。8所敬老院与乡镇卫生院签约。
三、存在的问题
敬老院平均入住率仅为38%。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected, not_expected", [
    (SURVEY_JOINED, "第二项做法讲了什么", "千吨万人", "检测室"),
    (REPORT_JOINED, "第三个做法是什么", "医养结合", "设施网络"),
    (REPORT_JOINED, "第二个做法是啥", "设施网络", "医养结合"),
])
def test_the_item_of_a_list_under_a_joined_heading_answers(ask_of, text, question, expected, not_expected):
    answer = ask_of(text, "survey")(question)
    assert answer.answerable and expected in answer.answer and not_expected not in answer.answer, answer.answer
