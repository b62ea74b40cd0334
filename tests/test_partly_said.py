"""A focus word the text holds only in part counts in part: "玉米种多少" asks of "玉米播种",
"质量检查" is the text's "质量专项检查" (a user's 罚款, the text's 罚没款, is the same sum by its
other name, held whole). Held whole, a word still counts whole; a longer word is not said by one common piece of it ("城镇化率" by "城镇"), so
a figure of another thing still leaves the question declined. Texts written here."""
from __future__ import annotations

import pytest

from qa.word_credit import PARTLY_SAID_CREDIT, credit, partly_said

ENV = """在全县生态环境保护工作会议上的讲话
同志们：
一、过去一年工作回顾
过去一年，我们坚持铁腕治污。全年共查处环境违法案件312件，罚没款1860万元，移送公安机关案件9件。
全县春播作物面积稳定在42万亩，其中玉米播种18万亩、大豆播种9万亩。
开展建设工程质量专项检查，检查在建项目146个，发现质量问题的项目27个，已全部整改到位。
二、存在的问题
城镇污水收集率偏低，部分乡镇污水管网覆盖不足。
三、今年重点任务
一是深化大气污染治理，细颗粒物平均浓度控制在每立方米32微克以内。
二是推进农村污水治理，年内新建农村污水处理设施40座。
"""


@pytest.mark.parametrize("word, text, held", [
    ("罚款", "罚没款1860万元", True),  # a two-character word with one character between
    ("玉米种", "其中玉米播种18万亩", True),  # a three-character word's two-character piece
    ("质量检查", "开展建设工程质量专项检查", True),  # both halves of a longer word
    ("人均收入", "农村居民人均可支配收入达到19860元", True),
    ("城镇化率", "城镇污水收集率偏低", False),  # one common piece of a longer word is not it
    ("大学生", "高校毕业生留本地就业", False),
    ("罚款", "罚则另行制定，款项专用", False),  # its characters too far apart
])
def test_a_word_held_in_part(word, text, held):
    assert partly_said(word, text) is held


def test_a_word_held_whole_counts_whole_and_in_part_counts_less():
    assert credit("罚款", "依法罚款50万元") == 1.0
    assert credit("质量检查", "开展建设工程质量专项检查") == PARTLY_SAID_CREDIT < 1.0
    assert credit("罚款", "罚没款1860万元") == 1.0  # a fine by its other name (qa.measure.words_for)
    assert credit("罚款", "移送公安机关案件9件") == 0.0


@pytest.mark.slow
@pytest.mark.parametrize("question, figure", [
    ("春播里面玉米种多少", "18万亩"),
    ("质量检查查出来多少个有问题的项目", "27个"),
    ("环境违法罚款一共罚了多少钱", "1860万元"),
])
def test_a_figure_asked_in_looser_words_is_answered(ask_of, question, figure):
    answer = ask_of(ENV, "env")(question)
    assert answer.answerable, answer.answer
    assert figure in answer.answer and answer.citations


@pytest.mark.slow
@pytest.mark.parametrize("question", ["全县城镇化率是多少", "罚款的标准是多少", "城镇污水收集率是多少"])
def test_a_figure_the_text_does_not_give_is_still_declined(ask_of, question):
    answer = ask_of(ENV, "env")(question)
    assert not answer.answerable, answer.answer
    assert "未给出" in answer.answer


# Verbs of adding new things are said one for another ("新增…事项" of "再推出12个…事项"); other verbs are not.
@pytest.mark.parametrize("word, text", [("新增", "今年再推出12个集成服务事项"), ("新建", "年内新增学位2400个"),
                                        ("推出", "新增重点事项13个")])
def test_a_verb_of_adding_is_said_by_another(word, text):
    from qa.word_credit import credit
    assert credit(word, text) == 1.0


@pytest.mark.parametrize("word, text", [("新增", "今年完成改造12个"), ("减少", "新增学位2400个")])
def test_other_verbs_are_not(word, text):
    from qa.word_credit import credit
    assert credit(word, text) < 1.0


@pytest.mark.slow
def test_a_count_asked_with_another_verb_of_adding_is_answered(ask_of):
    text = ("在全市政务服务工作会议上的讲话\n二、今年重点任务\n"
            "在巩固首批18个事项的基础上，今年再推出12个“一件事”集成服务事项，年底前累计达到30个。\n")
    answer = ask_of(text)("一件事集成服务今年要新增多少个事项")
    assert answer.answerable and "12个" in answer.answer, answer.answer
