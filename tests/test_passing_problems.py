"""Problems a speech names in passing ("同时也要看到，一些地方…；有的部门…；还有少数…"), asked "讲话里提到了哪些问题":
that sentence answers, not a list led by a sentence that names 问题 only as what is thought about ("各部门要
站在群众角度想问题，…一要…二要…"), which shares the word. A list announced as problems still answers. Texts
written here, in two wordings."""
from __future__ import annotations

import pytest

from qa.list_asked import parts_not_problems
from qa.passing_problems import handled_only, names_problems_in_passing

SAFETY = """在全县安全生产工作会议上的讲话
同志们：
第一，要看清形势。去年全县生产安全事故起数下降12%。同时也要看到，一些地方隐患排查走过场；有的部门监管责任不落实；还有少数企业主体责任悬空。
第二，要抓好重点工作。各部门要站在群众角度想问题，把各项措施做实。一要抓好隐患排查。县应急局牵头，4月底前完成一轮全覆盖排查。二要抓好执法检查。县应急局全年执法检查不少于600家次。三要抓好教育培训。全年培训企业负责人1200人次。
"""

SERVICE = """在全区政务服务工作会议上的讲话
同志们：
一、肯定成绩，正视不足
去年全区政务服务事项网上可办率达到96%。但也要清醒看到，个别窗口服务态度生硬，有的部门数据共享不畅，部分事项办理时限偏长。
二、明确重点，狠抓落实
要坚持换位思考，多站在企业角度研究解决问题。一是推行首问负责制。二是推进数据共享。三是压缩办理时限。
"""


@pytest.mark.parametrize("sentence", ["各部门要站在群众角度想问题，把各项措施做实。", "多站在企业角度研究解决问题。"])
def test_a_problem_thought_about_names_none(sentence):
    assert handled_only(sentence) and parts_not_problems(sentence, "存在哪些问题", "problems")


@pytest.mark.parametrize("sentence", ["当前还存在一些突出问题，主要是：", "要着力解决群众反映强烈的问题。"])
def test_a_problem_stated_is_still_one(sentence):
    assert not parts_not_problems(sentence, "存在哪些问题", "problems")


def test_who_falls_short_names_problems():
    assert names_problems_in_passing("一些地方隐患排查走过场；有的部门监管责任不落实。")
    assert names_problems_in_passing("但也要清醒看到，个别窗口服务态度生硬。")
    assert not names_problems_in_passing("一些地方探索形成了好的做法。")


@pytest.mark.slow
@pytest.mark.parametrize("text, said, not_said", [
    (SAFETY, "有的部门监管责任不落实", "一要抓好隐患排查"),
    (SERVICE, "有的部门数据共享不畅", "推行首问负责制"),
])
def test_the_problems_named_in_passing_answer(ask_of, text, said, not_said):
    answer = ask_of(text)("讲话里提到了哪些问题")
    assert answer.answerable and said in answer.answer and not_said not in answer.answer, answer.answer


def test_a_sentence_naming_no_problem_word_is_not_taken_for_one_thought_about():
    assert not handled_only("今年检查中发现，有的企业特种作业人员无证上岗，有的企业应急预案多年未修订。")
