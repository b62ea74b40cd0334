"""What a question in plain words asks, read the way the text would write it: a modal and a
direction glued before a verb ("能来查") is no subject, a deadline before the flood season is a
date, and "各街道" is every street office, no named place. Sentences written here."""
from __future__ import annotations

import pytest

from qa.asked import asked
from qa.fact_check import holds_fact


@pytest.mark.parametrize("question, not_focus", [
    ("一个部门一年能来查企业几次", "能来查"), ("他们要去管哪些企业", "要去管"), ("会来检查几次", "会来检"),
])
def test_a_glued_modal_and_direction_is_no_subject(question, not_focus):
    assert not_focus not in asked(question).focus


@pytest.mark.parametrize("sentence", ["汛期前完成县城易涝点整治。", "主汛期前全部到位。", "入汛前完成隐患排查。",
                                      "村级必须在15分钟内报告乡值班室。"])
def test_before_the_flood_season_is_a_date(sentence):
    assert holds_fact(sentence, "date")


@pytest.mark.parametrize("sentence, place", [
    ("各街道要按照标准化要求完善物资储备点。", False), ("每个社区明确1名信息员。", False),
    ("物资储备库设在城东街道。", True), ("会议在青溪县召开。", True),
])
def test_every_street_office_is_no_named_place(sentence, place):
    assert holds_fact(sentence, "place") is place


@pytest.mark.parametrize("question, kind", [
    ("那条唯一的公交线是几路车?", "name"), ("坐几路公交能到园区", "name"), ("地铁修的是几号线", "name"),
    ("几号开会", "date"), ("几月几号完成", "date"),
])
def test_a_route_or_line_is_asked_by_its_number(question, kind):
    assert asked(question).fact == kind


@pytest.mark.parametrize("sentence, named", [
    ("开通了12路公交，直达产业园区。", True), ("地铁3号线年内开工。", True), ("仅有一条公交线路，班次较少。", False),
])
def test_a_route_number_answers_which_route(sentence, named):
    assert holds_fact(sentence, "name") is named


ROUTES = """在全市产城融合推进会上的讲话
同志们：
一、存在的问题
二是基础设施建设滞后。产业园区距离市中心12公里，但仅有一条公交线路，且班次较少，员工通勤十分不便。
二、重点任务
要加密园区公交班次，年内新开通2条园区专线，由市交通运输局牵头。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, answerable", [
    ("那条唯一的公交线是几路车?", False), ("园区公交专线要新开几条", True),
])
def test_a_route_the_text_never_numbers_is_a_near_miss(ask_of, question, answerable):
    assert ask_of(ROUTES)(question).answerable is answerable


@pytest.mark.parametrize("sentence", ["中欧班列全年开行250列以上。", "新开通国际航线3班。", "全年出让“标准地”46宗。",
                                      "新打机井120眼。"])
def test_a_count_in_any_measure_word_is_a_figure(sentence):
    assert holds_fact(sentence, "quantity")


@pytest.mark.parametrize("question", ["总体规划聘请了哪家设计院", "项目由哪家公司承建", "哪家规划设计单位编的规划",
                                      "这事哪个牵头部门管"])
def test_which_named_body_is_asked_as_a_person_is(question):
    from qa.asked import asked
    assert "person" in asked(question).kinds, asked(question)


@pytest.mark.parametrize("question", ["哪些公司参与了改造", "设计院的方案怎么样"])
def test_a_list_of_bodies_or_a_body_as_topic_asks_no_name(question):
    from qa.asked import asked
    assert "person" not in asked(question).kinds, asked(question)


@pytest.mark.parametrize("question, loose, kept", [
    ("要编个啥规划 管到哪年", "编个", "规划"), ("搞个啥活动，定在几月", "搞个", "活动"),
    ("建个物流园要花多少钱", "建个", "物流园"), ("整个园区面积多大", None, "整个"),
    ("三个园区一共多少企业", None, "园区"),
])
def test_a_verb_with_a_loose_measure_word_is_no_subject(question, loose, kept):
    focus = asked(question).focus
    assert (loose is None or loose not in focus) and kept in focus, focus


PLAN = """在全县物流产业发展大会上的讲话
同志们：
一、编制发展规划
要聘请专业机构，编制《全县现代物流产业发展规划(2026-2030年)》，明确产业定位和空间布局。
二、办好招商活动
今年九月，要举办首届物流产业招商推介活动，邀请重点企业参会。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [("要编个啥规划 管到哪年", "2026-2030年"),
                                            ("搞个啥活动，几月份办", "九月")])
def test_a_spoken_verb_and_measure_word_still_finds_its_answer(ask_of, question, fact):
    answer = ask_of(PLAN)(question)
    assert answer.answerable and fact in answer.answer, answer.answer


@pytest.mark.parametrize("question, frame, kept", [
    ("隐患查出来多少项", "查出来", "隐患"), ("今年留下来多少大学生", "留下来", "大学生"),
    ("春播里面玉米种多少亩", "里面", "春播"), ("买到假化肥多久有人管", "有人", "化肥"),
    ("积水的地方啥时候整治完", "地方", "积水"), ("细则啥时候出来", "出来", "细则"),
])
def test_a_spoken_direction_or_place_word_is_no_subject(question, frame, kept):
    focus = asked(question).focus
    assert frame not in focus and kept in focus, focus


CHECKS = """在全县安全生产工作会议上的讲话
同志们：
一、去年工作
去年全县共排查出各类安全隐患1.2万项，整改完成率98.5%。
二、今年工作
县市场监管局负责农资打假，接到群众对假化肥的举报后24小时内响应。各乡镇要在6月底前完成易涝积水点整治。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [
    ("去年隐患查出来多少项", "1.2万项"),
    ("买到假化肥多久有人管", "24小时内"),
    ("积水的地方啥时候整治完", "6月底前"),
])
def test_a_spoken_question_is_not_declined_for_its_frame(ask_of, question, fact):
    answer = ask_of(CHECKS)(question)
    assert answer.answerable and fact in answer.answer, answer.answer


@pytest.mark.parametrize("question, loose", [
    ("搞个啥活动", "搞个"), ("要办个什么展会", "办个"), ("建个物流园要花多少钱", "建个"), ("弄个啥平台", "弄个"),
])
def test_a_verb_with_a_loose_measure_word_counts_as_no_word_of_the_text(question, loose):
    """The words a question is measured by (its coverage) leave "搞个" out, as its focus does: the text
    says 举办/建设, and a missing 搞个 put a plain question at the refusal line."""
    from qa.evidence_words import question_words

    assert loose not in question_words(question)[0]


@pytest.mark.parametrize("question, kept", [
    ("活动几月份办", "活动"), ("展会定在几月份开", "展会"), ("哪个月份开工", "开工"), ("培训班几月份举办", "培训班"),
])
def test_a_month_asked_with_its_fen_is_the_asking_phrase(question, kept):
    """"几月份办": 几月份 asks the month whole; its 份 glued to the verb ("份办") is no word asked."""
    what = asked(question)
    assert "date" in what.kinds and kept in what.focus and not any(w.startswith("份") for w in what.focus), what
