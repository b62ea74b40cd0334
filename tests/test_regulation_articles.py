"""A regulation set in chapters and articles (管理办法, 条例, 规定): every article is a part of its
chapter titled by its number, however long its text; its count is answered; a penalty, a start
date and a variant of the last question are found. Texts written here, in several wordings."""
from __future__ import annotations

import pytest

from index.document import SECTION_SEP
from index.parser import parse_speech
from index.store import index_in_memory

# An article of one sentence, one of several paragraphs, one with items under a colon, one titled.
PARKING = """某某市机动车停车管理办法
第一章　总则
第一条　为了规范机动车停车秩序，制定本办法。
第二条　本办法适用于本市城区范围内机动车停车场的规划、建设和管理。
本办法所称停车场，包括公共停车场、专用停车场和道路停车泊位。
第三条　市公安机关交通管理部门是本市停车管理的主管部门。
第二章　停车场管理
第四条　停车场经营者应当遵守下列规定：
（一）公示收费标准和监督电话；
（二）保持停车场设施完好；
（三）不得超出核定范围收费。
第五条【收费原则】停车收费实行差别化原则，中心城区高于外围区域。
第三章　法律责任
第六条　违反本办法第四条规定的，由市场监管部门责令改正，处500元以上3000元以下罚款。
单位擅自占用道路设置停车泊位的，处1万元以上5万元以下罚款；个人擅自占用的，处200元以上1000元以下罚款。
第七条　本办法自2026年3月1日起施行。
"""

# The same shape with the article number and its text apart by an ordinary space, and no titles.
MARKETS = """某某县农贸市场管理规定
第一章 总则
第一条 为加强农贸市场管理，保障食品安全，制定本规定。
第二条 县市场监管局负责农贸市场的监督管理。县商务局负责市场布局规划。
乡镇人民政府负责本辖区市场的日常巡查。
第二章 经营管理
第三条 市场开办者应当建立进货查验制度。
第四条 经营者应当亮照经营，明码标价。
第三章 附则
第五条 本规定自发布之日起施行。
"""


@pytest.mark.parametrize("text,articles", [(PARKING, 7), (MARKETS, 5)])
def test_every_article_is_a_part_of_its_chapter_titled_by_its_number(text, articles):
    doc = parse_speech(text, "rules")
    chapters = doc.outline
    assert all(c.title.startswith("第") and "章" in c.title for c in chapters)
    found = [n for c in chapters for n in c.children]
    assert len(found) == articles
    assert all(n.title.startswith("第") and "条" in n.title[:6] for n in found)
    # an article of two paragraphs is followed by its sibling, never by a point under it
    second = next(n for n in found if n.title == "第二条")
    third = next(n for n in found if n.title == "第三条")
    assert SECTION_SEP.join([chapters[0].title, "第二条"]) == second.path
    assert third.path.count(SECTION_SEP) == 1


def test_an_article_with_items_under_a_colon_keeps_its_words_as_text():
    doc = parse_speech(PARKING, "rules")
    fourth = SECTION_SEP.join(["第二章　停车场管理", "第四条"])
    assert doc.node(fourth) is not None
    under = [p for p in doc.passages if p.section.startswith(fourth)]
    assert under[0].text == "停车场经营者应当遵守下列规定："
    assert [p.text[:3] for p in under[1:]] == ["（一）", "（二）", "（三）"]


def test_an_article_titled_in_brackets_keeps_its_title():
    doc = parse_speech(PARKING, "rules")
    assert any(n.title == "第五条【收费原则】" for n in doc.outline_nodes())
    assert any(p.text.startswith("停车收费实行差别化原则") for p in doc.passages)


@pytest.mark.slow
@pytest.mark.parametrize("text,question,expected", [
    (PARKING, "这个办法一共多少条", "共3章7条"),
    (PARKING, "办法总共有几章", "共3章7条"),
    (MARKETS, "这个规定一共几条？", "共3章5条"),
])
def test_the_count_of_articles_is_answered(assistant, encoder, text, question, expected):
    variant = assistant.variant(index=index_in_memory([parse_speech(text, "rules")], encoder))
    answer = variant.ask(question, [])
    assert answer.answerable and expected in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question,expected", [
    ("单位乱占道路设停车位怎么罚", "1万元以上5万元以下"),
    ("个人私自占道设停车位会被罚多少钱", "200元以上1000元以下"),
    ("这个办法什么时候开始执行", "2026年3月1日"),
    ("办法哪天生效", "2026年3月1日"),
])
def test_penalties_and_the_start_date_are_found_in_everyday_words(assistant, encoder, question, expected):
    variant = assistant.variant(index=index_in_memory([parse_speech(PARKING, "rules")], encoder))
    answer = variant.ask(question, [])
    assert answer.answerable and expected in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("history,question,expected", [
    (["个人擅自占用道路设停车位罚多少"], "要是单位干的呢", "1万元以上5万元以下"),
    (["单位擅自占用道路设置停车泊位罚多少"], "如果是个人呢", "200元以上1000元以下"),
])
def test_a_variant_of_the_last_question_is_asked_again_of_its_new_subject(assistant, encoder, history,
                                                                          question, expected):
    variant = assistant.variant(index=index_in_memory([parse_speech(PARKING, "rules")], encoder))
    answer = variant.ask(question, history)
    assert answer.answerable and expected in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected", [
    (PARKING, "最后一条说了什么", "2026年3月1日起施行"),
    (MARKETS, "最后那条讲的啥", "自发布之日起施行"),
])
def test_the_last_article_is_the_last_of_the_regulation(assistant, encoder, text, question, expected):
    variant = assistant.variant(index=index_in_memory([parse_speech(text, "rules")], encoder))
    answer = variant.ask(question, [])
    assert answer.answerable and expected in answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("history, question", [(["最后一条说了什么"], "具体是几月份"),
                                               (["这个办法什么时候开始执行"], "具体是哪天")])
def test_a_bare_date_asked_after_an_answer_is_asked_of_it(assistant, encoder, history, question):
    blanked = PARKING.replace("2026年3月1日", "2026年×月1日")
    variant = assistant.variant(index=index_in_memory([parse_speech(blanked, "rules")], encoder))
    answer = variant.ask(question, history)
    assert answer.answerable and "2026年×月1日" in answer.answer
    assert any(n.kind == "blank" for n in answer.notices)
