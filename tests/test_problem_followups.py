"""A follow-up asking why the problems just shown arose, or what is done about them ("这些问题是什么原因
造成的", "为什么会这样", "对此提出了什么对策"), is asked again of those problems: its answer stands where
the text analyses causes or sets out measures, not in the problem shown. Texts written here: a speech
whose causes follow its list of problems, and a survey report with its causes and measures in parts
of their own."""
from __future__ import annotations

import pytest

from qa.history import Turn
from qa.answer import AnswerItem
from qa.problem_followups import asks_of_problems, problem_followup

SPEECH = """在全县消防安全工作会议上的讲话
一、工作成效
去年全县未发生较大以上火灾事故，火灾起数同比下降12%。
二、存在的问题
当前消防工作还存在以下几个问题：
一是高层建筑消防设施老化，部分小区消防栓无水可用。
二是农村消防力量薄弱，全县还有9个乡镇没有专职消防队。
三是群众消防意识不强，楼道堆物、飞线充电屡禁不止。
分析起来，这些问题既有历史欠账多的原因，也有部门监管不到位、宣传教育不深入的原因。
三、下一步工作
要加快老旧小区消防设施改造，年内完成120个小区消防栓更新。
"""
SURVEY = """关于全区社区食堂运营情况的调研报告
一、基本情况
全区已建成社区食堂48家，日均就餐老人3200人次。
二、存在的主要问题
（一）运营亏损面大。48家食堂中有30家处于亏损状态，靠街道补贴维持。
（二）菜品单一。多数食堂每餐只有两到三个菜，老人反映吃不惯。
三、原因分析
食堂亏损的根源在于定位为公益服务，收费标准长期偏低，又缺少社会化运营主体参与。
菜品单一主要是由于厨师多为临时聘用，流动性大。
四、对策建议
引入专业餐饮企业连锁运营，对连续两年亏损的食堂实行委托经营。
建立老人点餐意见反馈机制，每月调整一次菜单。
"""


@pytest.mark.slow
@pytest.mark.parametrize("history", [["当前消防工作存在哪些问题？"], ["当前消防工作存在哪些问题？", "第二个问题具体说说"]])
@pytest.mark.parametrize("follow", ["这些问题是什么原因造成的", "这些问题产生的原因是什么"])
def test_the_causes_of_the_problems_shown(ask_of, history, follow):
    a = ask_of(SPEECH)(follow, history=history)
    assert a.answerable and "历史欠账多" in a.answer, a.answer
    assert "没有专职消防队" not in a.answer  # not the problem shown again


@pytest.mark.slow
@pytest.mark.parametrize("follow, said", [("为什么会这样", "根源在于定位为公益服务"),
                                          ("对此报告提出了什么对策", "引入专业餐饮企业连锁运营")])
def test_the_cause_or_measure_of_the_one_problem_shown(ask_of, follow, said):
    history = ["调研发现了哪些问题", "第一个问题具体说说"]
    a = ask_of(SURVEY)(follow, history=history)
    assert a.answerable and said in a.answer, a.answer


@pytest.mark.slow
def test_a_question_naming_its_own_subject_stands_alone(ask_of):
    a = ask_of(SURVEY)("菜品单一的原因是什么", history=["调研发现了哪些问题", "第一个问题具体说说"])
    assert "厨师多为临时聘用" in a.answer, a.answer


@pytest.mark.parametrize("question, asks", [("为什么会这样", True), ("这些问题是什么原因造成的", True), ("怎么解决", True),
                                            ("对此提出了什么对策", True), ("菜品单一的原因是什么", False),
                                            ("第二个呢", False), ("食堂有多少家", False)])
def test_the_follow_up_is_told_apart(question, asks):
    assert asks_of_problems(question) is asks


def test_after_no_problems_it_is_no_such_follow_up():
    turn = Turn(text="去年取得了哪些成效", items=[AnswerItem("火灾起数同比下降12%", "一、工作成效", "d", ["d#p1"])])
    assert problem_followup("为什么会这样", turn) is None
