"""A detail asked with no subject after an earlier question ("投了多少钱", "钱从哪来", "配合的部门有哪些",
"谁牵头") asks it of what the last turn was about (issue 9, class 5); a question with a topic of its
own ("明天天气怎么样", "这个城市去年的GDP是多少") still stands alone. Texts written here."""
from __future__ import annotations

import pytest

from qa.bare_asks import names_no_subject


@pytest.mark.parametrize("question", [
    "投了多少钱", "钱从哪来", "经费从哪里出", "配合的部门有哪些", "谁牵头", "啥时候完成", "谁来牵头 啥时候完工",
    "比去年多了多少啊", "要花多少钱", "建在哪里",
    # a count asked with its unit is the detail too
    "比去年多了几天", "比上年多了几个", "比去年少了多少户",
    # a plan's field of an item, asked whole
    "责任单位是谁", "牵头部门有哪些", "配合单位呢", "完成时限是啥时候",
    # when the meeting was held
    "哪天开的", "什么时候开的", "哪天召开的",
])
def test_a_detail_with_no_subject(question):
    assert names_no_subject(question)


@pytest.mark.parametrize("question", [
    "明天天气怎么样", "这个城市去年的GDP是多少", "股价多少", "有啥成效", "生物医药的项目放在哪", "为什么",
    "具体说说", "明年的目标是多少", "养老床位有多少张", "责任怎么压实",
])
def test_a_question_with_a_topic_or_none_asked(question):
    assert not names_no_subject(question)


PROJECTS = """关于全县重点项目建设情况的汇报
一、项目推进情况
（一）城区污水处理厂扩建工程。项目总投资1.8亿元，今年完成投资6200万元，由县住建局牵头，县生态环境局、县财政局配合，计划明年6月底前通水运行。
（二）县人民医院新院区建设。项目总投资4.5亿元，资金来源为专项债券和县级财政配套，由县卫健局牵头，县发改局配合，主体工程预计年底前封顶。
（三）农村公路提质改造。全年改造农村公路86公里，县交通运输局牵头，各乡镇负责征地拆迁，10月底前全部完工。
二、存在的问题
部分项目前期工作滞后，要素保障不足。
"""


@pytest.mark.slow
@pytest.mark.parametrize("history, question, expected", [
    (["污水处理厂扩建工程进展怎么样"], "今年投了多少钱", "6200万元"),
    (["污水处理厂扩建进展如何"], "配合的部门有哪些", "县生态环境局"),
    (["县医院新院区建得怎么样了"], "钱从哪来", "专项债券"),
    (["县医院新院区建得怎么样了"], "谁牵头", "县卫健局"),
    (["农村公路改造了多少公里"], "啥时候完工", "10月底前"),
])
def test_the_detail_is_asked_of_the_last_subject(ask_of, history, question, expected):
    answer = ask_of(PROJECTS, "projects")(question, history)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.slow
def test_a_question_of_its_own_topic_is_still_declined(ask_of):
    answer = ask_of(PROJECTS, "projects")("明天天气怎么样", ["污水处理厂扩建工程进展怎么样"])
    assert not answer.answerable


AIR = """2024年工作总结
一、大气治理
全年全市空气质量优良天数达到300天，比上年增加9天。重污染天数减少到3天。
二、水环境治理
新建污水管网42公里。
"""


@pytest.mark.slow
@pytest.mark.parametrize("first, question, expected", [("空气优良天数多少天？", "比去年多了几天？", "增加9天"),
                                                       ("今年优良天数有多少", "比上年多了几天", "增加9天")])
def test_a_count_with_its_unit_asks_of_the_last_subject(ask_of, first, question, expected):
    answer = ask_of(AIR, "air")(question, [first])
    assert expected in answer.answer, answer.answer


PLAN_ITEMS = """柳溪镇人居环境整治工作方案
一、重点任务
（一）推进厕所改造
1. 每年新建改造户厕不少于260户。
2. 新建公厕4座。
责任单位：镇农业农村办
（二）治理生活污水
1. 2026年底前完成5个村污水处理设施建设。
2. 推广庭院湿地等低成本治理模式。
责任单位：镇生态环境办、镇规划建设办
（三）提升垃圾治理
1. 每个村配备保洁员不少于4名。
2. 建设再生资源回收站1座。
责任单位：镇综合执法队
"""


@pytest.mark.slow
@pytest.mark.parametrize("first, then, own, others", [
    ("第二项任务是啥", "责任单位是谁", "镇生态环境办", ("镇农业农村办", "镇综合执法队")),
    ("第三项任务是什么", "责任单位有哪些", "镇综合执法队", ("镇农业农村办", "镇生态环境办")),
])
def test_a_field_asked_after_an_item_is_the_items(ask_of, first, then, own, others):
    ask = ask_of(PLAN_ITEMS)
    answer = ask(then, [first])
    assert own in answer.answer and not any(o in answer.answer for o in others), answer.answer
