"""A Q&A (政策解读, a press conference) asked by the number of its question: "第五个问题说的啥" is
the fifth question heading and its answer. A report whose headings are no questions keeps "第二个
问题" as the second problem it lists. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from qa.asked_questions import question_by_number, question_headings, question_number_asked

POLICY_QA = """青禾县农机购置补贴政策解读
一、为什么要出台这项政策？
答：为加快农业机械化，县政府决定对农户购买农机给予补贴。
二、哪些人可以申请？
答：本县从事农业生产的个人和农民合作社均可申请。
三、补贴标准是多少？
答：按机具价格的30%给予补贴，单台最高5万元。
四、到哪里办理？
答：到各乡镇农业综合服务站办理。
"""
PRESS = """青禾市春季农业生产新闻发布会实录
市融媒体中心记者：今年春耕的农资储备够不够？
市农业农村局局长：全市已储备化肥12万吨、种子800万斤，能够满足春播需要。
市日报记者：防汛准备工作做得怎么样？
市水利局副局长：已完成46座水库的汛前检查，储备防汛物资价值3200万元。
市电视台记者：高标准农田今年要建多少？
市农业农村局局长：今年计划新建高标准农田15万亩。
"""
REPORT = """青禾县2025年农业农村工作总结
一、主要成绩
粮食总产量达到45万吨。
二、存在的问题
一是农业基础设施薄弱。二是农民增收渠道不宽。三是人才短缺。
三、下一步打算
要抓好春耕生产。
"""


@pytest.mark.parametrize("question, number", [
    ("第五个问题说的啥", 5), ("第3问讲了什么", 3), ("第二个提问是什么", 2), ("记者第一个问题问的啥", 1),
    ("存在哪些问题", None), ("问题有几个", None)])
def test_the_number_of_a_question_asked(question, number):
    assert question_number_asked(question) == number


@pytest.mark.parametrize("text, question, title", [
    (POLICY_QA, "第三个问题说的啥", "三、补贴标准是多少"),
    (POLICY_QA, "第4问讲了什么", "四、到哪里办理"),
    (PRESS, "第二个问题问的什么", "防汛准备工作"),
    (PRESS, "第三个提问是啥", "高标准农田"),
])
def test_a_question_of_a_q_and_a_by_its_number(text, question, title):
    node = question_by_number(question, parse_speech(text, "qa"))
    assert node is not None and title in node.title


def test_a_report_has_no_list_of_questions():
    document = parse_speech(REPORT, "report")
    assert question_headings(document) == []
    assert question_by_number("第二个问题是什么", document) is None
    assert question_by_number("第九个问题说的啥", parse_speech(POLICY_QA, "qa")) is None  # there are four


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (POLICY_QA, "第三个问题说的啥", "单台最高5万元"),
    (POLICY_QA, "第二个问题讲了什么", "农民合作社均可申请"),
    (PRESS, "第二个问题问的什么", "3200万元"),
])
def test_the_answer_is_that_question_and_its_answer(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.slow
def test_the_second_problem_of_a_report_stays_a_problem(ask_of):
    answer = ask_of(REPORT)("第二个问题是什么")
    assert "农民增收渠道不宽" in answer.answer, answer.answer


PRESS_TWO_ASKERS = """青禾市农业农村工作新闻发布会实录
市融媒体中心记者：今年种粮补贴有哪些变化？
市农业农村局局长：每亩补贴提高到120元。
市日报记者：春耕农资储备情况怎么样？
市农业农村局局长：已储备化肥12万吨。
市电视台记者：农村厕所改造今年要改多少户？
市农业农村局副局长：计划改造1.2万户。
市日报记者：高标准农田建设进度如何？
市农业农村局局长：已开工8万亩。
"""


@pytest.mark.parametrize("question, title", [
    ("市日报的记者第一个问题问的啥", "春耕农资储备"), ("市日报记者第二个问题是什么", "高标准农田"),
    ("第三个问题说的啥", "农村厕所改造"),  # no asker named: counted among all
])
def test_a_question_counted_among_its_askers(question, title):
    node = question_by_number(question, parse_speech(PRESS_TWO_ASKERS, "press"))
    assert node is not None and title in node.title


# A Q&A whose middle a site left out ("（中间内容略）"): its questions keep their own numbers, so
# "第三个问题" is 三, lost in the gap, not the third heading shown.
QA_WITH_GAP = """青禾县困难群众医疗救助政策问答
一、哪些人可以申请医疗救助？
答：本县特困人员、低保对象和低保边缘家庭成员可以申请。
二、救助比例是多少？
答：住院自付费用按70%比例救助。
（中间内容略）
五、年度救助封顶线是多少？
答：每人每年累计救助不超过5万元。
六、到哪里申请？
答：到户籍所在地乡镇民政办申请。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["第三个问题是什么", "第4个问题讲的啥"])
def test_a_question_lost_in_a_gap_is_said_lost(ask_of, question):
    answer = ask_of(QA_WITH_GAP)(question)
    assert "不在节选中" in answer.answer and "gap" in {n.kind for n in answer.notices}, answer.answer
    assert "5万元" not in answer.answer and "乡镇民政办申请。" not in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [("第五个问题是什么", "5万元"), ("第六个问题讲的啥", "乡镇民政办"),
                                                ("第二个问题是什么", "70%")])
def test_a_question_after_a_gap_keeps_its_own_number(ask_of, question, expected):
    answer = ask_of(QA_WITH_GAP)(question)
    assert expected in answer.answer, answer.answer
