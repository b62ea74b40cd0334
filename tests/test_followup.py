"""Follow-ups (issue 9, class 5): a question leans on the last answer only when it refers back.

The forms that refer back are an ordinal without a topic of its own, a pronoun or
demonstrative whose referent is the last answer, "那…呢" about an entity of the last
answer, and a bare request for more. Each form is tested in several wordings, next to
questions that only look like follow-ups (short, or opening with 这个/那/还有) and carry a
topic of their own. Ordinals resolve in every numbering style of a speech written here, and
keep counting in the same list across turns. The speeches are ours; the fast tests use an
in-memory index with a hashing encoder, the slow ones the real model on the bundled speech.
"""
from __future__ import annotations

import pytest

from fakes import FakeEncoder
from index.parser import parse_speech
from index.store import index_in_memory
from qa.answer import AnswerItem
from qa.followup import resolve_followup
from qa.question_form import leans_on_previous, read_question, referenced_position
from qa.ordinal_picks import marker_number, pick_by_ordinal
from qa.history import Turn, enclosing_list

MEASURES = "讲话提出了哪些保障措施?"
LISTED = [AnswerItem("（一）加强组织领导，建立协调推进机制", "四、保障措施 > （一）加强组织领导", "d", ["d#p1"], "（一）"),
          AnswerItem("（二）加大政策支持力度，强化要素保障", "四、保障措施 > （二）加大政策支持力度", "d", ["d#p2"], "（二）"),
          AnswerItem("（三）加强人才队伍建设，提供智力支持", "四、保障措施 > （三）加强人才队伍建设", "d", ["d#p3"], "（三）")]
SHOWN = "讲话“四、保障措施”部分共列出3项: 1. 加强组织领导…市财政每年安排专项资金 2. … 3. …"


def after_list(question: str, calls: list | None = None):
    """Resolve ``question`` after an answer that listed the three measures."""
    def previous():
        if calls is not None:
            calls.append(question)
        return Turn(MEASURES, LISTED, LISTED, None, SHOWN)
    return resolve_followup(question, [MEASURES], previous)


def after_one(question: str, at: int = 1):
    """Resolve ``question`` after a follow-up that showed one measure of the list."""
    return resolve_followup(question, [MEASURES, "第二条呢"],
                            lambda: Turn(LISTED[at].text, [LISTED[at]], LISTED, at, LISTED[at].text))


# -- the forms that refer back -----------------------------------------------------------------
# An ordinal asking a detail of the item ("第三项谁牵头 啥时候完成", "第一条多少钱"): the asking words
# and the detail asked are no topic of the question's own.
@pytest.mark.parametrize("question, marker", [
    ("第三项谁牵头 啥时候完成", "（三）"), ("第一条多少钱", "（一）"), ("第二个啥时候完成", "（二）"),
    ("第三条由谁负责", "（三）"), ("第一项投资多少", "（一）"), ("第二点目标是多少", "（二）"),
    ("最后那个里头说投诉有多少件", "（三）"), ("第二条里面提到多少家企业", "（二）"),
])
def test_an_ordinal_asking_a_detail_of_the_item_points_into_the_last_list(question, marker):
    resolved = after_list(question)
    assert resolved.form == "ordinal" and resolved.focus.marker == marker, resolved


# The list's own marker said back: "一是说的啥", "那三是呢" after a list said 一是…三是.
@pytest.mark.parametrize("question, marker", [
    ("一是说的啥", "（一）"), ("那三是呢", "（三）"), ("二是什么意思", "（二）"), ("二是具体讲的什么", "（二）"),
    ("那个一要呢", "（一）"),
])
def test_a_lists_own_marker_points_into_the_last_list(question, marker):
    resolved = after_list(question)
    assert resolved.form == "ordinal" and resolved.focus.marker == marker, resolved


@pytest.mark.parametrize("question", ["一是一，二是二", "是不是一是抓项目", "三是指标怎么定的"])
def test_a_marker_inside_a_question_of_its_own_is_no_reference(question):
    assert read_question(question).position is None or after_list(question).form != "ordinal"


@pytest.mark.parametrize("question, marker", [
    ("第二个呢", "（二）"), ("第三条是什么", "（三）"), ("第二点呢?", "（二）"), ("那第一项呢", "（一）"),
    ("第三条措施是什么?", "（三）"), ("最后一条呢", "（三）"), ("倒数第二个呢?", "（二）"), ("其二呢", "（二）"),
    ("上面说的第二条措施", "（二）"), ("第一个具体说说", "（一）"), ("what about the second one?", "（二）"),
    ("And the last one?", "（三）"), ("第二块讲什么", "（二）"), ("第三大块呢", "（三）"), ("最后一块呢", "（三）"),
    ("第二小点呢", "（二）"), ("最后一小点呢", "（三）"),
])
def test_an_ordinal_without_a_topic_points_into_the_last_list(question, marker):
    resolved = after_list(question)
    assert resolved.form == "ordinal" and resolved.focus.marker == marker
    assert resolved.chain == LISTED and resolved.focus is LISTED[resolved.at]
    assert resolved.focus.text in resolved.text  # retrieval sees the item, not "第二个"


@pytest.mark.parametrize("question, marker", [
    ("这一条具体说说", "（二）"), ("它的资金从哪里来?", "（二）"), ("这条措施怎么落实", "（二）"), ("该措施由谁负责?", "（二）"),
    ("这是什么意思?", "（二）"), ("人才那一条有具体内容吗", "（三）"), ("其中组织领导那条呢", "（一）"),
])
def test_a_pronoun_or_demonstrative_points_at_what_was_shown_or_named(question, marker):
    resolved = after_one(question)
    assert resolved.form == "deictic" and resolved.focus.marker == marker and not resolved.continues


@pytest.mark.parametrize("question, marker", [
    ("人才那一条有具体内容吗", "（三）"), ("其中政策支持那一项具体说说", "（二）"), ("组织领导这一点呢", "（一）"),
])
def test_a_demonstrative_after_a_whole_list_takes_the_item_its_words_name(question, marker):
    resolved = after_list(question)
    assert resolved.form == "deictic" and resolved.focus.marker == marker


@pytest.mark.parametrize("question", ["这些措施怎么落实?", "它们分别由谁牵头?", "这一条具体说说", "上面说的这些有先后吗"])
def test_a_reference_to_a_whole_list_leans_on_all_of_it(question):
    resolved = after_list(question)
    assert resolved.form == "deictic" and resolved.continues
    assert set(resolved.focus.passage_ids) == {"d#p1", "d#p2", "d#p3"}


@pytest.mark.parametrize("question, marker", [
    ("那人才队伍建设呢?", "（三）"), ("那么政策支持呢", "（二）"), ("组织领导呢？", "（一）"),
])
def test_an_ellipsis_about_a_listed_item_takes_that_item(question, marker):
    resolved = after_list(question)
    assert resolved.form == "ellipsis" and resolved.focus.marker == marker


@pytest.mark.parametrize("question", ["那专项资金呢?", "那么市财政呢", "专项资金又如何?"])
def test_an_ellipsis_about_something_the_answer_said_searches_that_answer(question):
    resolved = after_list(question)
    assert resolved.form == "ellipsis" and resolved.continues
    assert resolved.text.startswith(MEASURES)  # the last question, now about the entity


@pytest.mark.parametrize("question", ["具体说说", "能详细讲讲吗?", "有没有具体例子", "有数据支撑吗？", "为什么?",
                                      "什么意思", "tell me more", "why?", "能举个例子吗?", "能再详细点吗?",
                                      "效果怎么样?", "成效如何？", "有举例子吗", "还有举个例子吗"])
def test_a_bare_request_for_more_leans_on_the_last_answer(question):
    resolved = after_one(question)
    assert resolved.form == "elaboration" and resolved.continues
    assert resolved.focus.passage_ids == LISTED[1].passage_ids  # the one item shown
    assert after_list(question).focus.passage_ids == ["d#p1", "d#p2", "d#p3"]


# -- questions that only look like follow-ups --------------------------------------------------
@pytest.mark.parametrize("question", [
    "这个城市去年的GDP是多少?", "明天天气怎么样?", "还有哪些保障措施?", "那明年的目标是多少?",
    "第三条高速公路什么时候通车?", "第二个五年规划的目标是多少?", "第三产业占比多少?", "第十四次党代会提出了什么?",
    "第三产业谁负责?", "第二批试点县有多少个?", "这个讲话一共讲了几点", "这个报告是谁作的?",
    "这次会议的主要任务是什么?", "第一个突出问题是什么?", "这些年取得了哪些成效?", "那各县呢",
    "应该如何推进产城融合?", "因此要做什么?", "50%以上的园区有学校吗?", "What is the second part of the speech about?",
])
def test_a_question_with_a_topic_of_its_own_stands_alone(question):
    resolved = after_list(question)
    assert resolved.form is None and resolved.focus is None and resolved.text == question
    assert after_one(question).focus is None


@pytest.mark.parametrize("question", ["明天天气怎么样?", "还有哪些保障措施?", "应该如何推进产城融合?",
                                      "规划编制要聘请什么样的单位?"])
def test_a_plain_question_never_answers_the_last_turn_again(question):
    calls: list[str] = []
    after_list(question, calls)
    assert calls == [] and not leans_on_previous(question)


def test_an_ordinal_with_no_earlier_turn_is_left_to_the_answerer():
    for question, position in [("第一个突出问题是什么?", 0), ("第三条保障措施是什么", 2), ("最后一项任务呢", -1)]:
        resolved = resolve_followup(question, [], lambda: pytest.fail("no earlier turn to ask"))
        assert resolved.focus is None and resolved.position == position
    assert referenced_position("讲话第一部分的内容完整吗?") is None
    assert referenced_position("第三产业占比多少?") is None


def test_an_ordinal_outside_the_last_list_stands_alone():
    # The list had three items; there is no fifth.
    resolved = after_list("第五条呢")
    assert resolved.focus is None and resolved.position == 4


def test_the_forms_are_read_before_the_last_turn_is():
    assert read_question("上面说的第二个问题").position == 1 and read_question("上面说的第二个问题").deictic
    assert read_question("这个规划全称叫什么").bound == "规划"
    assert read_question("人才那一条有具体内容吗").label == ["人才"]
    assert read_question("下一条呢").relative == 1 and read_question("上一项是什么").relative == -1


@pytest.mark.parametrize("question, position", [
    ("最突出的问题头一条是什么?", 0), ("头一个问题呢", 0), ("排在第二位的突出问题是啥?", 1), ("排第三位的是哪个", 2),
    ("头条新闻讲了什么", None), ("首要任务是什么", None),
    # an ordinal of the list's own kind of item: "四项重点工程" then "第三个工程谁负责"
    ("第三个工程谁负责", 2), ("第二项行动什么时候完成", 1), ("第一个平台建在哪", 0), ("第三步呢", 2),
    ("第一个条件具体是啥", 0), ("第三产业占比多少", None),
])
def test_everyday_ordinals_are_read(question, position):
    assert read_question(question).position == position


def test_a_demonstrative_binds_a_noun_only_the_last_turn_named():
    plan = [AnswerItem("要编制《全市产城融合发展总体规划》。", "三、任务", "d", ["d#p7"])]
    asked = "编制产城融合规划要注意什么?"
    named = resolve_followup("这个规划全称叫什么", [asked], lambda: Turn(asked, plan, plan, None, plan[0].text))
    assert named.form == "deictic" and named.focus.passage_ids == ["d#p7"]
    other = resolve_followup("这个城市去年的GDP是多少?", [asked], lambda: Turn(asked, plan, plan, None, plan[0].text))
    assert other.form is None and other.focus is None


def test_a_turn_that_listed_nothing_lends_only_its_question():
    resolved = resolve_followup("具体说说", ["红烧肉怎么做?"], lambda: Turn("红烧肉怎么做?"))
    assert resolved.focus is None and resolved.text.startswith("红烧肉怎么做?")


# -- numbering schemes -------------------------------------------------------------------------
@pytest.mark.parametrize("marker, number", [
    ("一是", 1), ("三要", 3), ("第二，", 2), ("第二", 2), ("首先", 1), ("其次", 2), ("再次", 3), ("其三", 3),
    ("（一）", 1), ("(四)", 4), ("1.", 1), ("2、", 2), ("（3）", 3), ("①", 1), ("③", 3), ("第五条", 5),
    ("——", None), ("最后", None), (None, None), ("", None),
])
def test_marker_numbers_in_every_scheme(marker, number):
    assert marker_number(marker) == number


def test_ordinals_follow_the_speechs_own_numbering():
    # After a gap a list can start at 二是: "the third" is the item marked 三是.
    items = [AnswerItem("二是…", "s", "d", marker="二是"), AnswerItem("三是…", "s", "d", marker="三是")]
    assert pick_by_ordinal(items, 2).marker == "三是"
    assert pick_by_ordinal(items, 0).marker == "二是"  # no 一是: by place
    assert pick_by_ordinal(items, 5) is None
    seq = [AnswerItem(t, "s", "d", marker=m) for t, m in [("首先…", "首先"), ("其次…", "其次"), ("最后…", "最后")]]
    assert pick_by_ordinal(seq, 1).marker == "其次" and pick_by_ordinal(seq, 2).marker == "最后"


# -- through an assistant, on a speech in every list style -------------------------------------
STYLES = """在全市城市更新工作会议上的讲话
同志们：
一、存在的主要问题
一是老旧小区改造进度偏慢，今年只完成计划的四成。
二是停车设施缺口较大，中心城区车位缺口约两万个。
三是管网老化严重，雨季内涝时有发生。
二、城市更新的重点任务
（一）推进老旧小区改造
全年改造老旧小区一百二十个，惠及居民三万户。
（二）补齐停车设施短板
新建公共停车泊位八千个。
（三）更新改造地下管网
改造雨污管网二百公里。
三、保障措施
首先，加强组织领导，成立城市更新指挥部。
其次，拓宽资金渠道，争取专项债券十五亿元。
再次，强化考核督查，每月通报进度。
最后，营造良好氛围，及时回应群众关切。
四、为什么要推进城市更新
推进城市更新，主要基于三个方面的考虑。其一，群众改善居住条件的愿望十分迫切。其二，城市发展已由增量扩张转向存量提升。其三，城市更新能够有效扩大投资和消费。
五、近年来取得的成效
1. 城市面貌明显改善，完成立面整治三百栋。
2. 公共空间持续增加，新建口袋公园四十个。
3. 群众满意度不断提高，测评得分达到九十二分。
六、重点项目
①滨江片区改造项目，总投资四十亿元。
②火车站片区提升项目，总投资二十五亿元。
③老城历史街区保护项目，总投资十二亿元。
七、几点要求
——要提高政治站位，把城市更新作为一把手工程。
——要坚持群众路线，改造方案充分听取居民意见。
——要守住安全底线，施工现场严格落实安全措施。
八、需要把握的原则
第一，坚持规划引领，先规划后建设。
第二，坚持以人为本，把群众满意作为标准。
第三，坚持分类施策，一片区一方案。
"""


@pytest.fixture(scope="module")
def styles_index():
    """The speech above in an in-memory index (hashing encoder: no model)."""
    return index_in_memory([parse_speech(STYLES, "styles")], FakeEncoder())


@pytest.fixture
def chat(styles_index, monkeypatch, tmp_path):
    """``chat(q1, q2, …)``: ask each question with the ones before it as history; the answers."""
    from qa.assistant import Assistant
    from qa.config import Settings

    monkeypatch.setattr(Assistant, "_load_index", lambda self, given, fingerprint: styles_index)
    settings = Settings.from_env().with_overrides(index_dir=tmp_path / "index", upload_dir=tmp_path / "up")
    assistant = Assistant(settings=settings, progress=False, encoder=FakeEncoder())

    def run(*questions: str):
        return [assistant.ask(q, list(questions[:i])) for i, q in enumerate(questions)]
    return run


def focus_text(answer) -> str:
    return answer.followup.focus.text if answer.followup and answer.followup.focus else ""


@pytest.mark.parametrize("asked, followup, expect", [
    ("存在哪些主要问题?", "第二个呢", "停车设施缺口较大"),                 # 一是/二是
    ("存在哪些主要问题?", "最后一个问题具体说说", "管网老化严重"),
    ("重点任务有哪些?", "第三项呢?", "更新改造地下管网"),                  # （一）
    ("保障措施有哪些?", "第三条措施是什么", "强化考核督查"),               # 首先/其次/再次
    ("保障措施有哪些?", "第二点呢", "拓宽资金渠道"),
    ("近年来取得了哪些成效?", "第二个成效呢", "公共空间持续增加"),         # 1.
    ("重点项目有哪些?", "第三个项目呢", "老城历史街区"),                   # ①
    ("提出了哪几点要求?", "第二点要求是什么", "坚持群众路线"),             # —— (by place)
    ("需要把握哪些原则?", "第三条原则呢", "坚持分类施策"),                 # 第一，
])
def test_an_ordinal_resolves_in_every_list_style(chat, asked, followup, expect):
    first, second = chat(asked, followup)
    assert first.answerable and expect in first.answer
    assert second.followup.form == "ordinal" and expect in focus_text(second)
    assert expect in second.answer and second.citations


def test_ordinals_keep_counting_in_the_list_the_chain_started_from(chat):
    answers = chat("重点任务有哪些?", "第三项呢?", "第一项呢?", "下一项呢", "这一项具体说说", "最后一项呢")
    expect = [None, "更新改造地下管网", "推进老旧小区改造", "补齐停车设施短板", "补齐停车设施短板", "更新改造地下管网"]
    for answer, words in zip(answers[1:], expect[1:]):
        assert words in focus_text(answer), (answer.question, focus_text(answer))
        assert words in answer.answer


def test_a_chain_counts_in_its_list_through_other_follow_ups(chat):
    answers = chat("保障措施有哪些?", "第二条措施是什么?", "有没有具体例子", "第四条呢")
    assert "拓宽资金渠道" in focus_text(answers[1])
    assert answers[2].followup.form == "elaboration"
    assert "营造良好氛围" in focus_text(answers[3])


def test_a_new_question_ends_the_chain(chat):
    answers = chat("重点任务有哪些?", "第三项呢?", "这个城市去年的GDP是多少?", "明天天气怎么样?")
    assert [a.followup.form for a in answers[2:]] == [None, None]
    assert all("地下管网" not in a.answer for a in answers[2:])


def test_reasons_are_counted_in_the_list_that_gives_them(styles_index):
    # An answer quoting one reason (or the sentence announcing them) counts in their list.
    passages = styles_index.passages
    second = next(p for p in passages if p.text.startswith("其二"))
    announce = next(p for p in passages if p.text.startswith("推进城市更新，主要基于"))
    for quoted in (second, announce):
        items = [AnswerItem(quoted.text, quoted.section, quoted.document, [quoted.id])]
        chain = enclosing_list(styles_index, items)
        assert [i.marker for i in chain] == ["其一", "其二", "其三"]
        turn = Turn("为什么要推进城市更新?", items, chain, None, quoted.text)
        resolved = resolve_followup("第二点理由呢?", [turn.text], lambda t=turn: t)
        assert resolved.focus.text.startswith("其二")
        resolved = resolve_followup("第三个原因是什么?", [turn.text], lambda t=turn: t)
        assert resolved.focus.text.startswith("其三")


def test_one_quoted_item_counts_in_its_run_of_items(styles_index):
    for opening, markers in [("——要坚持群众路线", ["——"] * 3), ("二是停车设施", ["一是", "二是", "三是"]),
                             ("其次，拓宽资金渠道", ["首先", "其次", "再次", "最后"])]:
        p = next(p for p in styles_index.passages if p.text.startswith(opening))
        chain = enclosing_list(styles_index, [AnswerItem(p.text, p.section, p.document, [p.id])])
        assert [i.marker for i in chain] == markers
        turn = Turn("问", [AnswerItem(p.text, p.section, p.document, [p.id])], chain, None, p.text)
        assert resolve_followup("下一条呢", ["问"], lambda t=turn: t).at == 2
        assert resolve_followup("第一条呢", ["问"], lambda t=turn: t).focus is chain[0]


def test_one_heading_shown_counts_in_its_siblings(styles_index):
    doc = styles_index.documents[0]
    node = next(n for n in doc.outline_nodes() if n.title.startswith("（二）"))
    shown = [AnswerItem(node.title, node.path, doc.id, [styles_index.passages[r].id
                                                        for r in styles_index.rows_under(doc.id, node.path)], "（二）")]
    chain = enclosing_list(styles_index, shown)
    assert [i.marker for i in chain] == ["（一）", "（二）", "（三）"]


# -- the real model on the bundled speech ------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("question", ["这个城市去年的GDP是多少?", "明天天气怎么样?"])
def test_a_new_question_after_a_section_is_not_swallowed(assistant, question):
    answer = assistant.ask(question, ["如何加强人才队伍建设?"])
    assert answer.followup.form is None and answer.followup.focus is None
    assert answer.answerable is False and "人才队伍" not in answer.answer.split("主要讲了")[0]


@pytest.mark.slow
def test_follow_ups_on_the_bundled_speech(assistant):
    second = assistant.ask("第二个问题具体说说", ["存在哪些突出问题?"])
    assert second.followup.form == "ordinal" and "基础设施建设滞后" in second.answer
    chain = ["下一阶段的重点任务有哪些?", "第三项呢?"]
    first = assistant.ask("第一项呢?", chain)
    assert "科学编制产城融合发展规划" in first.answer
    assert "加强基础设施建设" in assistant.ask(chain[1], chain[:1]).answer
    part = ["如何凝聚各方力量，形成推进产城融合发展的强大合力?"]
    talent = assistant.ask("其中人才那一条有具体内容吗", part)
    assert talent.followup.form == "deictic" and "人才队伍建设" in talent.followup.focus.text
    assert "区域合作" in assistant.ask("第三条呢", part + ["其中人才那一条有具体内容吗"]).answer


@pytest.mark.parametrize("question, previous, resolved", [
    ("那去年呢？", "今年城镇新增就业目标是多少", "去年城镇新增就业目标是多少"),
    ("2019年的呢", "2020年粮食产量是多少", "2019年粮食产量是多少"),
    ("上半年呢", "全市签约项目多少个", "上半年全市签约项目多少个"),
])
def test_a_follow_up_naming_only_a_period_asks_the_last_question_of_that_period(question, previous, resolved):
    answer = resolve_followup(question, [previous], lambda: Turn(previous, [], [], None, "…"))
    assert answer.text == resolved and answer.original == question


HOMESTEADS = """在全县农村宅基地管理工作会议上的讲话
同志们：
一、关于宅基地制度改革
要探索宅基地所有权、资格权、使用权分置，适度放活宅基地使用权。严禁城镇居民到农村购买宅基地，严禁利用宅基地建设别墅大院和私人会所。
二、关于农房建设管理
新建农房要符合村庄规划，层数原则上不超过三层。全年完成危房改造1200户。
"""


@pytest.mark.slow
@pytest.mark.parametrize("history, question, expected", [
    (["宅基地制度改革有什么新提法?"], "那哪些事情是明令禁止的?", "别墅大院"),
    (["宅基地制度改革有什么新提法?"], "其中哪些是不允许的", "严禁城镇居民"),
    (["农房建设有什么要求?"], "那层数呢", "不超过三层"),
])
def test_a_question_linked_to_the_last_turn_narrows_its_subject(ask_of, history, question, expected):
    answer = ask_of(HOMESTEADS)(question, history)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["那明天天气怎么样?", "还有，北京到上海坐高铁要多久?"])
def test_a_linked_question_the_last_subject_does_not_answer_stays_declined(ask_of, question):
    assert not ask_of(HOMESTEADS)(question, ["宅基地制度改革有什么新提法?"]).answerable


TROUBLES = """在全县物业管理工作会议上的讲话
同志们：
一、当前物业管理存在的突出问题
一是物业服务质量不高。部分小区保洁不到位，设施维修不及时。
二是业主委员会运转不规范。一方面，成立率只有35%；另一方面，部分业委会长期不换届。
三是监管机制不健全。住建部门和街道之间职责不清。
二、下一步工作
要在年底前实现业委会组建率达到60%。
"""


@pytest.mark.slow
def test_problems_asked_in_everyday_words_and_a_point_asked_further(ask_of):
    ask = ask_of(TROUBLES)
    listed = ask("物业管理还存在哪些突出毛病?")
    assert "业主委员会运转不规范" in listed.answer and "监管机制不健全" in listed.answer, listed.answer
    second = ask("第二个呢，主要表现在哪几方面?", ["物业管理还存在哪些突出毛病?"])
    assert second.answerable and "成立率只有35%" in second.answer, second.answer


@pytest.mark.slow
@pytest.mark.parametrize("question, shown, not_shown", [
    ("物业管理最突出的问题头一条是什么?", "物业服务质量不高", "监管机制不健全"),
    ("排在第二位的突出问题是啥?", "业主委员会运转不规范", "物业服务质量不高"),
])
def test_a_point_asked_by_an_everyday_ordinal_is_that_point(ask_of, question, shown, not_shown):
    answer = ask_of(TROUBLES)(question)
    assert shown in answer.answer and not_shown not in answer.answer, answer.answer


GOALS_EN = """青溪县乡村振兴实施意见
一、目标任务
到2027年，乡村振兴取得重要进展，农村居民人均可支配收入达到2.6万元。
到2035年，乡村振兴取得决定性进展，农业农村现代化基本实现。
二、今年主要预期目标
今年全县地区生产总值增长6%左右，居民消费价格涨幅3%左右。
"""


@pytest.mark.slow
@pytest.mark.parametrize("history, question, expected", [
    (["What is the goal for rural revitalization by 2027?"], "And by 2035?", "农业农村现代化基本实现"),
    (["What is this year's GDP growth target?"], "And what about consumer prices?", "居民消费价格涨幅3%左右"),
])
def test_an_english_follow_up_narrows_the_last_question(ask_of, history, question, expected):
    answer = ask_of(GOALS_EN)(question, history)
    assert answer.answerable and expected in answer.answer, answer.answer


@pytest.mark.slow
def test_an_english_follow_up_on_something_else_stays_declined(ask_of):
    assert not ask_of(GOALS_EN)("And what about the weather tomorrow?", ["What is this year's GDP growth target?"]).answerable
