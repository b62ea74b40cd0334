"""Minutes and notices give a meeting's facts as labelled fields ("时间：…　地点：…　主持：…");
a question asking that kind of fact is answered from the field. Texts written here."""
from __future__ import annotations

import pytest


MINUTES = """关于加快推进城区停车设施建设的会议纪要
时间：2025年3月12日下午　地点：县政府第一会议室　主持：副县长王立新　参加人员：县住建局、县公安局、县城管局负责同志
会议听取了县住建局关于城区停车设施建设进展的汇报。会议认为，停车难问题群众反映强烈，必须加快解决。
会议议定事项如下：
一、由县住建局牵头，6月底前完成新增停车泊位1200个。
二、由县公安局负责，4月底前完成占道停车整治。
"""

NOTICE = """关于召开全县安全生产工作会议的通知
各乡镇人民政府，县直各部门：
经县政府同意，决定召开全县安全生产工作会议，现将有关事项通知如下。
会议时间：2025年5月8日上午9:00
会议地点：县行政中心五楼会议室
参会人员：各乡镇分管负责同志，县直有关部门主要负责同志。
请各单位提前做好安全隐患排查情况汇报准备。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (MINUTES, "会议在哪里开的", "县政府第一会议室"),
    (MINUTES, "这次会议什么时候召开的？", "2025年3月12日下午"),
    (MINUTES, "会议是谁主持的", "副县长王立新"),
    (NOTICE, "会在什么地方开", "县行政中心五楼会议室"),
    (NOTICE, "会议几点开始", "9:00"),
])
def test_a_labelled_field_answers_the_fact_of_its_kind(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.slow
def test_who_took_part_is_not_who_chaired(ask_of):
    for question in ("县公安局谁参加了会议？", "谁参加了这次会议"):
        answer = ask_of(MINUTES)(question)
        assert "县公安局" in answer.answer and "主持：" not in answer.answer, answer.answer


@pytest.mark.slow
def test_a_field_is_no_answer_to_a_question_about_something_else(ask_of):
    answer = ask_of(MINUTES)("占道停车整治由谁负责？")
    assert "县公安局负责" in answer.answer and "参加人员" not in answer.answer, answer.answer


MINUTES_SAYING = """关于全县秋季森林防火工作的会议纪要
时间：2025年9月20日上午　地点：县应急管理局会议室
会议听取了县林业局关于今年森林防火准备情况的汇报。
会议强调，森林防火责任重于泰山，各乡镇要严格落实“林长制”，坚决杜绝野外违规用火。
会议议定事项如下：
一、由县林业局牵头，10月底前完成防火隔离带清理。
二、由县应急管理局负责，11月中旬组织一次扑火实战演练。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected, not_expected", [
    ("会议强调了什么", "杜绝野外违规用火", "由县林业局牵头"),
    ("会议强调了哪些内容？", "落实“林长制”", "扑火实战演练"),
    ("会议议定了哪些事项", "由县林业局牵头", None),
])
def test_what_the_meeting_stressed_is_not_the_list_of_decisions_beside_it(ask_of, question, expected, not_expected):
    answer = ask_of(MINUTES_SAYING)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
    assert not_expected is None or not_expected not in answer.answer


MINUTES_WITH_NAMES = """关于推进城区雨污分流改造的会议纪要
时间：2025年6月3日上午　地点：县住建局三楼会议室　主持：副县长赵海
参加人员：县住建局、县财政局、县水利局负责同志
会议听取了县住建局关于雨污分流改造进展的汇报。
会议议定事项如下：
一、由县住建局牵头，9月底前完成城北片区管网改造。
出席：赵海
参加：孙明（县住建局）、李娟（县财政局）、周强（县水利局）
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [("县财政局谁参加了会议？", "李娟（县财政局）"),
                                                ("县水利局是谁参加的会议", "周强（县水利局）")])
def test_who_came_from_a_unit_is_read_from_the_list_of_names(ask_of, question, expected):
    answer = ask_of(MINUTES_WITH_NAMES)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


# A field listing several people parted by "；": all of them, up to the next label or the line's end.
MINUTES_SEMICOLONS = """县政府常务会议纪要
时间：2025年4月8日上午　地点：县政府常务会议室
主持：县长　韩启明
列席：县财政局局长　钟书南；县住建局局长　蔺修远；县水利局局长　司徒青
请假：副县长　任雨桐；县委常委　柏舟
会议研究了城区防洪工程事项。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, names", [("列席的有哪些人？", ["钟书南", "蔺修远", "司徒青"]),
                                             ("谁列席了会议", ["钟书南", "司徒青"])])
def test_every_member_of_a_field_parted_by_semicolons(ask_of, question, names):
    answer = ask_of(MINUTES_SEMICOLONS)(question)
    assert all(n in answer.answer for n in names), answer.answer


@pytest.mark.slow
def test_a_field_before_another_label_on_its_line_ends_there(ask_of):
    answer = ask_of(MINUTES_SEMICOLONS)("会议在哪里开的")
    assert "县政府常务会议室" in answer.answer and "韩启明" not in answer.answer, answer.answer
