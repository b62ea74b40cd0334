"""A heading named by a run of the question it holds with a few words between the run's two
pieces: "管住火源有几条措施" of "（一）牢牢管住野外火源". Only an unbroken run of four characters
named a heading, so the topic word (措施) steered the question to "四、…确保各项措施落地见效"
instead. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from qa.steering import gapped_headings_named

FARM = """在全县春季农业生产工作会议上的讲话
同志们：
一、突出重点，抓实春季农业生产
（一）牢牢守住耕地红线
一是严格落实耕地保护责任，全县耕地保有量不低于86万亩。二是坚决遏制耕地“非农化”，年内整改违法占用耕地图斑120个。
（二）全力稳住粮食生产
一是落实种粮补贴，每亩补贴110元。二是推广大豆玉米带状复合种植1.2万亩。三是做好春播农资保供，储备化肥2.6万吨。
（三）持续抓好农民增收
一是发展庭院经济，带动农户增收2000元以上。二是扩大劳务输出，年内转移农村劳动力1.5万人。
（四）抓好防汛工作
汛前完成水库巡查120座，落实防汛物资储备。
（五）抓好安全工作
开展农机安全隐患排查，年内检验农机2000台。
二、强化保障措施，确保各项任务落地见效
各乡镇要把春耕生产摆上重要位置，主要负责同志亲自抓。
"""


@pytest.mark.parametrize("question, title", [
    ("守住红线有几条措施", "（一）牢牢守住耕地红线"),
    ("稳住生产要抓哪几项", "（二）全力稳住粮食生产"),
    ("抓好增收有哪些办法", "（三）持续抓好农民增收"),
])
def test_a_run_held_with_words_between_names_its_heading(question, title):
    doc = parse_speech(FARM, "farm")
    titles = [(doc.id, n, n.title) for n in doc.outline_nodes()]
    named = gapped_headings_named(question, titles, range(len(titles)))
    assert [n.title for _d, n in named] == [title]


def _few_headings_hold(titles):
    return lambda piece: sum(piece in t for _d, _n, t in titles) <= 2


@pytest.mark.parametrize("question, title", [
    ("守住红线有几条措施", "（一）牢牢守住耕地红线"),
    ("抓好增收有哪些办法", None),  # 抓好 stands in three headings: a word of the genre joins nothing
])
def test_a_piece_many_headings_hold_joins_nothing(question, title):
    doc = parse_speech(FARM, "farm")
    titles = [(doc.id, n, n.title) for n in doc.outline_nodes()]
    named = gapped_headings_named(question, titles, range(len(titles)), _few_headings_hold(titles))
    assert [n.title for _d, n in named] == ([title] if title else [])


@pytest.mark.parametrize("question, named", [
    ("守住红线有几条措施", ["（一）牢牢守住耕地红线"]),
    ("稳住生产要抓哪几项", []),  # 生产 is said all through the text: its subject, no part's name
])
def test_a_piece_the_text_says_throughout_joins_nothing(question, named):
    doc = parse_speech(FARM, "farm")
    titles = [(doc.id, n, n.title) for n in doc.outline_nodes()]
    found = gapped_headings_named(question, titles, range(len(titles)),
                                  subject=lambda piece, _d: piece == "生产")
    assert [n.title for _d, n in found] == named


@pytest.mark.parametrize("question", [
    "抓好工作有哪些要求",  # 抓好…工作: two headings hold it as much
    "粮食增收有啥办法",  # its pieces stand in two headings, neither holds both
    "耕地保护有几条",  # 耕地 alone: no second piece in a heading
])
def test_a_run_no_one_heading_holds_names_none(question):
    doc = parse_speech(FARM, "farm")
    titles = [(doc.id, n, n.title) for n in doc.outline_nodes()]
    assert gapped_headings_named(question, titles, range(len(titles))) == []


@pytest.mark.slow
@pytest.mark.parametrize("question, first, last", [
    ("守住红线有几条措施", "严格落实耕地保护责任", "年内整改违法占用耕地图斑120个"),
    ("稳住生产有几条措施", "落实种粮补贴", "储备化肥2.6万吨"),
])
def test_the_heading_answers_though_the_topic_word_names_another_part(ask_of, question, first, last):
    answer = ask_of(FARM, "farm")(question)
    assert answer.answerable and first in answer.answer and last in answer.answer, answer.answer
    assert "各乡镇要把春耕生产摆上重要位置" not in answer.answer  # not the part the topic word names
