""""文件哪一部分专门讲人才?": where the text speaks of something is answered by the heading that
names it, cited; a subject no heading names is left to the ordinary answer. Texts written here."""
from __future__ import annotations

import pytest

from qa.which_part import which_part_asked

REPORT = """2025年青禾县政府工作报告
各位代表：
一、2024年工作回顾
过去一年，全县地区生产总值增长5.6%。
二、2025年重点工作
（一）扩大有效投资。全年实施重点项目110个。
（二）强化人才支撑。引进高层次人才80名，新建人才公寓500套。
（三）加强基层治理。推行网格化管理，每个网格配备1名专职网格员。
三、加强政府自身建设
严格落实中央八项规定精神，持续为基层减负。
"""

OPINION = """青禾市关于促进文旅融合发展的意见
一、总体要求
到2027年，全市旅游总收入突破300亿元。
二、培育文旅新业态
发展乡村民宿、研学旅行和低空旅游。
三、加强文旅人才队伍建设
实施文旅人才培养计划，每年培训导游和民宿管理人员2000人次。
"""


@pytest.mark.parametrize("question, asked", [
    ("文件哪一部分专门讲人才?", True), ("基层治理在哪个部分", True), ("哪一节谈到了投资", True),
    ("Which section covers talent?", True), ("治理体制由哪几部分构成", False), ("第二部分讲了什么", False),
    ("人才工作有哪些措施", False), ("“工作在园区”出自哪一部分，要怎么实现", False),
    ("关于人才的内容在文件的第几部分？", True), ("基层治理放在第几个部分讲的", True), ("投资位于报告第几节", True),
    ("全县有第几批试点", False),
])
def test_which_part_is_asked(question, asked):
    assert which_part_asked(question) is asked


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (REPORT, "报告哪一部分专门讲人才?", "（二）强化人才支撑"),
    (REPORT, "基层治理在哪个部分", "（三）加强基层治理"),
    (REPORT, "哪一部分讲政府自身建设", "三、加强政府自身建设"),
    (OPINION, "文旅人才在哪一部分", "三、加强文旅人才队伍建设"),
    (OPINION, "Which part of the document covers talent?", "三、加强文旅人才队伍建设"),
    (REPORT, "关于人才的内容在报告的第几部分？", "（二）强化人才支撑"),
    (OPINION, "新业态放在第几个部分讲的", "二、培育文旅新业态"),
])
def test_the_heading_naming_the_subject_answers(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer and answer.citations, answer.answer


@pytest.mark.slow
def test_a_subject_no_heading_names_is_not_placed(ask_of):
    answer = ask_of(REPORT)("哪一部分讲外太空探索")
    assert not answer.answerable
