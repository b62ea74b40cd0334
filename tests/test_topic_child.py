"""A part whose heading names a topic beside other things ("一、肯定成绩、正视不足") and holds one
section that is about the topic ("（二）存在的短板") is answered from that section, not with the
part's list of sections. A part whose sections each name the topic stays the answer. Texts written here.
"""
from __future__ import annotations

import pytest

MIXED = """在全市文旅工作会议上的讲话
同志们：
一、肯定成绩、正视不足，认清文旅发展的形势
（一）成绩来之不易。去年全市接待游客3200万人次，旅游收入增长14%。
（二）短板依然明显。一是精品景区数量偏少；二是旅游配套服务跟不上；三是文旅融合深度不够。
（三）机遇前所未有。高铁开通后，我市进入省会一小时经济圈。
二、突出重点，推动文旅高质量发展
（一）打造精品景区。年内创建国家4A级景区2家。
（二）完善配套服务。新建旅游厕所40座。
"""

SEVERAL = """在全县营商环境工作会议上的讲话
同志们：
一、企业反映的突出问题
（一）审批方面的问题。一些事项审批环节多、时限长。
（二）执法方面的问题。个别部门多头检查、重复检查。
（三）融资方面的问题。中小企业贷款难、贷款贵。
二、下一步工作
要对照问题清单逐项整改。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["存在哪些不足?", "文旅发展还有什么短板", "当前的问题主要有哪些"])
def test_the_one_section_about_the_topic_answers_it(ask_of, question):
    answer = ask_of(MIXED, "tour")(question)
    assert answer.answerable
    for item in ("精品景区数量偏少", "旅游配套服务跟不上", "文旅融合深度不够"):
        assert item in answer.answer, answer.answer
    assert "机遇前所未有" not in answer.answer


@pytest.mark.slow
def test_a_part_whose_sections_all_name_the_topic_is_listed(ask_of):
    answer = ask_of(SEVERAL, "biz")("企业反映了哪些问题?")
    for section in ("审批方面的问题", "执法方面的问题", "融资方面的问题"):
        assert section in answer.answer, answer.answer


# Problems listed as numbered headings, one of which says 不足 of a thing ("2. 创新动力不足"):
# that heading is one problem, not the section about problems.
ITEMS = """在全县工业经济工作会议上的讲话
同志们：
一、正确看待当前工业经济形势
去年全县规上工业增加值增长7.2%，新增规上企业18家。
在看到成绩的同时，也要清醒认识到，全县工业发展还存在一些短板，主要表现在：
1. 产业层次偏低。传统产业占比超过六成，高新技术企业只有23家。
2. 创新动力不足。全县研发投入强度仅为1.1%，企业研发机构覆盖率不高。
3. 要素保障偏紧。工业用地指标紧张，企业用工缺口约3000人。
二、明年工作重点
要抓好重点项目建设，年内开工亿元以上工业项目20个。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["工业发展存在哪些短板?", "当前存在的突出问题有哪些"])
def test_a_heading_saying_one_thing_falls_short_is_one_problem_of_the_list(ask_of, question):
    answer = ask_of(ITEMS, "ind")(question)
    assert answer.answerable
    for item in ("产业层次偏低", "创新动力不足", "要素保障偏紧"):
        assert item in answer.answer, answer.answer
    # the points keep their own numbers, not "1. 1. …", which Markdown shows as a list in a list
    assert "1. 产业层次偏低" in answer.answer and "1. 1." not in answer.answer


@pytest.mark.parametrize("item, line", [
    ("1.长宁河流域水生态保护修复工程", "1. 长宁河流域水生态保护修复工程"),
    ("2、工业园区污水处理设施提标改造", "2. 工业园区污水处理设施提标改造"),
    ("3. 监测能力提升工程", "3. 监测能力提升工程"),
    ("推进监测能力提升", "4. 推进监测能力提升"),
    ("1.5万亩高标准农田建成", "4. 1.5万亩高标准农田建成"),  # a figure, not a number of the list
])
def test_a_listed_point_with_its_own_number_is_numbered_once(item, line):
    from qa.list_answers import numbered

    assert numbered(4, item) == line


# The same for a section shown as a follow-up's focus ("第一项具体说说"): its numbered children once.
TASKS = """在全镇乡村振兴推进会上的讲话
同志们：
一、去年工作回顾
全镇粮食总产量达到3.12万吨。
二、锚定目标，抓好重点工作
围绕上述目标，重点抓好以下两项工作。
（一）着力做强特色产业
1.抓好粮食生产。今年新建高标准农田8000亩，由镇农业农村办牵头。
2.延伸产业链条。引进小米精深加工企业1家，9月底前开工建设。
（二）着力整治人居环境
一要抓好厕所革命，6月底前完成年度改厕任务。二要抓好污水治理，8月底前建成投用。
"""


@pytest.mark.slow
def test_a_followups_section_lists_its_numbered_children_once(assistant, encoder):
    from index.parser import parse_speech
    from index.store import index_in_memory

    ask = assistant.variant(index=index_in_memory([parse_speech(TASKS, "tasks")], encoder)).ask
    answer = ask("第一项具体说说", ["今年重点抓好哪两项工作"])
    assert "1. 抓好粮食生产" in answer.answer and "1. 1." not in answer.answer, answer.answer
