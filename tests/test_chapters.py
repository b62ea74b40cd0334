"""第X章 / 第X节 numbering (plans, regulations, long reports), and articles numbered straight
through their chapters, on texts written here in several wordings."""
from __future__ import annotations

import pytest

from index.document import SECTION_SEP
from index.numbering import leading_marker, render_marker
from index.parser import parse_speech
from index.store import index_in_memory

PLAN = """某市城市更新专项规划纲要
第一章 总体要求
第一节 指导思想
坚持以人民为中心，统筹发展和安全，推动城市更新有序开展。
第二节 发展目标
到2030年，完成老旧小区改造三百个，城市功能明显完善。
第二章 重点任务
第一节 优化空间布局
构建一核两翼的城市格局，推动组团式发展。
第二节 完善基础设施
加快轨道交通建设，新增地下管网四百公里。
第三章 保障措施
加强组织领导，健全考核评价机制，把城市更新纳入年度考核。
"""

RULES = """关于加强社区治理的若干规定
第一章　总则
第一条　为加强社区治理，提升服务水平，制定本规定。
第二条　本规定适用于全区各街道和社区。
第二章　职责分工
第三条　街道办事处负责统筹协调辖区社区治理工作。
第四条　社区居委会负责组织居民开展日常服务。
第三章　附则
第五条　本规定自发布之日起施行。
"""

SPEECH = """在全县教育工作会议上的讲话
同志们：
第一章：回顾过去一年
过去一年，全县教育事业取得新进展，第一节课改革试点在十所学校推开。
第二章：部署今年工作
今年要重点抓好三件事。一是改善办学条件。二是加强教师队伍建设。三是推进课程改革。
第三章：强化保障
要把教育经费足额列入预算，确保教师工资按时发放。
"""


@pytest.mark.parametrize("line,scheme,value", [
    ("第一章 总体要求", "chapter", 1), ("第十二章　附则", "chapter", 12), ("第3章：保障措施", "chapter", 3),
    ("第二节 发展目标", "section", 2), ("第十节：组织实施", "section", 10)])
def test_chapter_and_section_lines_are_markers(line, scheme, value):
    m = leading_marker(line)
    assert (m.scheme, m.value) == (scheme, value) and m.is_heading
    assert render_marker(scheme, value).startswith("第")


@pytest.mark.parametrize("line", ["第三章讲了保障措施的要求。", "第一节课改革试点在十所学校推开。",
                                  "第二章中的目标要落实到位。"])
def test_chapter_words_inside_a_sentence_are_text(line):
    m = leading_marker(line)
    assert m is None or m.scheme not in ("chapter", "section")


def test_plan_chapters_hold_their_sections():
    doc = parse_speech(PLAN, "plan")
    assert [n.title for n in doc.outline] == ["第一章 总体要求", "第二章 重点任务", "第三章 保障措施"]
    assert [c.title for c in doc.outline[1].children] == ["第一节 优化空间布局", "第二节 完善基础设施"]
    target = next(p for p in doc.passages if "四百公里" in p.text)
    assert target.section == "第二章 重点任务" + SECTION_SEP + "第二节 完善基础设施"
    closing = next(p for p in doc.passages if "纳入年度考核" in p.text)
    assert closing.section == "第三章 保障措施"  # a chapter line is never body text of the one before


def test_regulation_articles_number_straight_through_chapters():
    doc = parse_speech(RULES, "rules")
    assert [n.title for n in doc.outline] == ["第一章　总则", "第二章　职责分工", "第三章　附则"]
    assert all(n.status == "complete" for n in doc.outline_nodes())
    # each article is a part of its chapter, titled by its number; its words are its text
    sections = [tuple(p.section.split(SECTION_SEP)) for p in doc.passages if p.section != doc.title]
    assert sections == [("第一章　总则", "第一条"), ("第一章　总则", "第二条"), ("第二章　职责分工", "第三条"),
                        ("第二章　职责分工", "第四条"), ("第三章　附则", "第五条")]
    assert next(p.text for p in doc.passages if p.section.endswith("第三条")) == "街道办事处负责统筹协调辖区社区治理工作。"


def test_speech_with_chapter_headings_keeps_inline_items():
    doc = parse_speech(SPEECH, "speech")
    assert [n.title for n in doc.outline] == ["第一章：回顾过去一年", "第二章：部署今年工作", "第三章：强化保障"]
    assert [p.item for p in doc.passages if p.section.startswith("第二章")] == [None, "一是", "二是", "三是"]
    assert any("第一节课" in p.text and p.section == "第一章：回顾过去一年" for p in doc.passages)


@pytest.mark.slow
@pytest.mark.parametrize("question,expected", [("第三章讲了什么?", "纳入年度考核"),
                                               ("保障措施有哪些?", "纳入年度考核"),
                                               ("第二章第二节讲的是什么?", "四百公里")])
def test_a_question_about_a_chapter_gets_its_body(assistant, encoder, question, expected):
    variant = assistant.variant(index=index_in_memory([parse_speech(PLAN, "plan")], encoder))
    answer = variant.ask(question, [])
    assert answer.answerable and expected in answer.answer
