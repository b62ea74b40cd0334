"""Fast unit tests of the rules that read a question: intent, input cleaning, notices (follow-ups: test_followup)."""
from __future__ import annotations

import pytest

from qa.answer import Notice
from qa.guard import clean_question, question_language
from qa.intent import detect_intent, numeral_value
from qa.notices import dedupe
from qa.streaming import partial_texts


@pytest.mark.parametrize("question, topic, wants_list", [
    ("当前我市产城融合发展存在哪些突出问题?", "problems", True),
    ("下一阶段的重点任务有哪些?", "tasks", True),
    ("讲话提出了哪些保障措施?", "measures", True),
    ("近年来取得了哪些成效?", "results", True),
    ("What are the key tasks for the next stage?", "tasks", True),
    ("规划编制要聘请什么样的单位?", None, False),
    ("重点任务分了几大块", "tasks", True), ("保障措施有几块", "measures", True), ("存在的问题有几类", "problems", True),
    ("一张门票几块钱", None, False),
])
def test_topics_and_lists(question, topic, wants_list):
    intent = detect_intent(question)
    assert (intent.topic, intent.wants_list) == (topic, wants_list)


@pytest.mark.parametrize("question, part, section", [
    ("讲话第一部分的内容完整吗?", 1, None),
    ("第三部分第一节讲了什么", 3, 1),
    ("二(一)里第一条成效是什么", 2, 1),
    ("三（三）加强基础设施建设那一节", 3, 3),
    ("Is the second part of the speech complete?", 2, None),
    ("当前存在哪些突出问题?", None, None),
])
def test_parts_and_sections_by_place(question, part, section):
    intent = detect_intent(question)
    assert (intent.part, intent.section) == (part, section)


@pytest.mark.parametrize("question", [
    "这篇讲话完整吗?", "这份报告是否完整?", "原文完整吗", "这个文本完不完整", "讲话是不是不完整?",
    "这篇讲话是完整的吗?", "讲话的文本是完整的吗?", "这份报告是完整的么",
    "Is the speech complete?", "Is this the complete speech?", "Is the text incomplete?", "How long is the speech?",
])
def test_completeness_is_asked_of_the_text(question):
    assert detect_intent(question).completeness


@pytest.mark.parametrize("question", [
    "如何打造完整的产业链?", "产业链不完整的问题怎么解决?", "要打造完整的产业链吗",  # 完整 said of something else
    "How long will land contracts be extended after the second round expires?",  # a span of time
    "How many kilometres of pipes will the county town complete this year?",  # the verb
    "When will the new hospital be completed?",
])
def test_completeness_said_of_something_else_is_not_asked(question):
    assert not detect_intent(question).completeness


def test_completeness_outline_items_and_language():
    assert detect_intent("这篇讲话是全文吗?").completeness
    assert detect_intent("讲话总共分几个部分?").outline
    assert detect_intent("科学编制规划那一节的“三是”讲了什么?").items == ["三是"]
    assert question_language("What are the tasks?") == "en" and question_language("What is 产城融合?") == "zh"
    assert [numeral_value(x) for x in ("一", "十", "十二", "7", "x")] == [1, 10, 12, 7, None]


@pytest.mark.parametrize("raw, has_reply", [
    ("", True), ("   \n\t", True), ("😀😀", True), ("!!!", True), (None, True), (12, True),
    ("<script>alert(1)</script>当前存在哪些突出问题?", False), ("当前存在\x00\x07哪些问题", False),
])
def test_clean_question(raw, has_reply):
    cleaned = clean_question(raw, 500)
    assert (cleaned.reply is not None) == has_reply
    assert "<script>" not in cleaned.text and "alert" not in cleaned.text and "\x00" not in cleaned.text


def test_overlong_question_is_cut_with_a_note():
    cleaned = clean_question("问" * 100_000, 500)
    assert len(cleaned.text) == 500 and "500" in cleaned.note


def test_dedupe_keeps_one_notice_per_omission_and_per_passage_blanks():
    notices = [Notice("gap", "该部分在节选中不完整:原文在此处省略了1145字。"),
               Notice("gap", "原文在此处省略了1145字,这段文字之后的内容缺失。", "d#p2"),
               Notice("gap", "原文在此处省略了800字。", "d#p9"),
               Notice("blank", "a", "d#p3"), Notice("blank", "b", "d#p3"), Notice("blank", "c", "d#p4")]
    kept = dedupe(notices)
    assert [(n.kind, n.passage_id) for n in kept] == [("gap", None), ("gap", "d#p9"), ("blank", "d#p3"),
                                                       ("blank", "d#p4")]


def test_dedupe_keeps_each_speechs_cut_off_in_an_answer_for_several():
    notices = [Notice("cut_off", "《甲》在此处被截断,后文未显示。", "a#p9"),
               Notice("cut_off", "《乙》在此处被截断,后文未显示。", "b#p4"),
               Notice("cut_off", "讲话在此处被截断,后文未显示。", "b#p5")]  # b's cut, told again
    assert [n.passage_id for n in dedupe(notices)] == ["a#p9", "b#p4"]


def test_stream_never_splits_a_marker():
    text = "一是产业与城市功能匹配度不高。[1] 二是基础设施建设滞后。[2]\n三是_机制不健全。[3]"
    parts = list(partial_texts(text, min_step=3))
    assert parts[-1] == text and all(a == b[:len(a)] for a, b in zip(parts, parts[1:]))
    assert all(p.count("[") == p.count("]") for p in parts)


@pytest.mark.parametrize("question, wants_list, wants_detail", [
    ("国家乡村振兴战略规划覆盖哪几年?", False, True),  # a span of time, not a list
    ("哪几个月是主汛期?", False, True),
    ("专项行动要持续多长时间?", False, True),
    ("今年有哪几项重点任务?", True, False),
    ("近几年取得了哪些成效?", True, False),  # 近几年 asks nothing
])
def test_a_span_of_time_asked_is_a_detail_not_a_list(question, wants_list, wants_detail):
    intent = detect_intent(question)
    assert (intent.wants_list, intent.wants_detail) == (wants_list, wants_detail)


@pytest.mark.parametrize("question, has_difang", [("会议在什么地方召开?", False), ("项目建在哪个地方?", False),
                                                  ("地方政府专项债券安排多少?", True)])
def test_asking_where_by_difang_is_no_word_of_the_subject(question, has_difang):
    from qa.asked import asked
    from qa.question_terms import search_words

    assert ("地方" in search_words(question)) is has_difang
    assert ("地方" in asked(question).focus) is has_difang


@pytest.mark.parametrize("question, kept, dropped", [
    ("作风问题的第一个原因是什么?", ["原因"], ["第一个", "第一"]),  # an ordinal of the speech's list
    ("第三条原则是什么?", ["原则"], ["第三条"]),
    ("谁是本部门的第一责任人?", ["第一"], []),  # 第一 as a word of its own: the first in charge
    ("村第一书记要做什么?", ["第一书记"], []),
])
def test_an_ordinal_is_no_word_of_the_subject(question, kept, dropped):
    from qa.question_terms import search_words
    words = search_words(question)
    assert all(w in words for w in kept) and not any(w in words for w in dropped), words


@pytest.mark.parametrize("question, asked", [
    ("管理责任人有哪些职责", ["职责"]),  # who has them stands before 有哪些; what is asked follows
    ("物业公司有哪些义务", ["义务"]),
    ("经营者有哪些禁止行为", ["禁止行为"]),
    ("短板有哪些方面", ["短板"]),  # 方面 is no noun asked: the run before is
    ("发展目标有多少个", ["目标"]),
])
def test_the_noun_after_you_have_which_is_what_is_asked(question, asked):
    assert detect_intent(question).asked == asked


@pytest.mark.parametrize("question, outline", [
    ("领导谈了几点体会?", True), ("讲话中有几点意见", True), ("这篇讲话里有哪几点意见", True),
    ("县长说去年工作有几点体会", False), ("去年工作有哪几点体会？", False),  # the points of a subject named
    ("这份工作要点一共分几大部分", True), ("报告分几大部分", True), ("治理体制由哪几部分构成", False),
    # said of a subject, not of the text: "对X"/"关于X"/"X方面" name what the points are about
    ("会上对粮食生产提了哪几点要求", False), ("关于垃圾分类讲了哪几点", False), ("在安全生产方面提了哪几点要求", False),
    ("县长对大家提了哪几点要求", True), ("对各级干部提了哪几点要求", True), ("会议提了哪几点要求", True),
    ("书记讲了哪几点", True),
])
def test_points_asked_of_the_speech_are_its_outline_not_those_of_a_subject(question, outline):
    assert detect_intent(question).outline is outline


@pytest.mark.parametrize("question, subject", [("城乡居民收入各是多少", "城乡居民收入"),
                                               ("一般性支出今年还要压多少", "一般性支出"),
                                               ("两项指标分别是多少", "指标")])
def test_the_subject_of_a_figure_asked_leaves_out_the_mood_and_the_distributive(question, subject):
    from qa.asked import asked
    assert subject in asked(question).subject and "各是" not in asked(question).subject


@pytest.mark.parametrize("question, kinds, measure", [
    ("全市的总规划要管到哪一年", ["date"], None),  # 到哪 of 到哪一年 is no place asked
    ("中心城区到2030年经济总量要占全市多少", ["quantity"], "rate"),  # a share of a whole
    ("项目占地多少亩", ["quantity"], "亩"),
])
def test_the_kind_of_fact_and_its_measure(question, kinds, measure):
    from qa.asked import asked
    what = asked(question)
    assert what.kinds[:1] == kinds and what.measure == measure


@pytest.mark.parametrize("question, outline", [("这篇讲话的结构是怎样的", True), ("讲话的框架是什么", True),
                                               ("有结构安全隐患的经营性自建房有几处", False),
                                               ("讲话里钢结构厂房有几栋", False)])
def test_structure_asked_of_the_text_not_a_word_holding_it(question, outline):
    assert detect_intent(question).outline is outline
