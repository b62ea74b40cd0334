"""The speech's points asked by count or by number: "讲了哪几点意见", "第三点意见讲的是什么"
(also when the text shows fewer), and an ordinal follow-up asking for more ("第二条展开说说").
Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.question_form import read_question
from qa.intent import detect_intent

CUT = """在全县秸秆禁烧工作会议上的讲话
同志们：
下面，我讲三点意见。
一、认清禁烧工作的严峻形势
去年全县共发现火点十七处，比前年增加五处，空气质量优良天数减少。
二、落实禁烧工作的各项责任
要实行县领导包乡镇、乡镇干部包村的网格化责任制，每个网格明确一名责任人，确保
"""

WHOLE = """在全区志愿服务工作推进会上的讲话
同志们：
今天我谈两点体会。
一、志愿服务要贴近群众需求
要围绕老年人、残疾人和留守儿童的实际需要设计服务项目，去年全区开展助老服务一千二百次。
二、志愿服务要形成长效机制
要建立志愿者积分回馈制度，积分可以兑换公共服务，让志愿者有获得感。
谢谢大家！
"""


@pytest.mark.parametrize("question", ["讲话讲了哪几点意见?", "领导谈了几点体会?", "他提了哪几点?",
                                      "这次讲话有几点看法?"])
def test_the_speakers_points_are_the_outline(question):
    assert detect_intent(question).outline


@pytest.mark.parametrize("question,part", [("第三点意见讲的是什么?", 3), ("第二点体会是什么?", 2),
                                           ("第四章讲了什么?", 4)])
def test_a_point_by_number_is_a_part(question, part):
    assert detect_intent(question).part == part


@pytest.mark.parametrize("question,position", [("第二条展开说说", 1), ("第三点详细讲讲", 2), ("第一项再介绍一下", 0)])
def test_an_ordinal_asking_for_more_is_a_reference(question, position):
    assert read_question(question).position == position


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    def ask_of(text: str, question: str, history=None):
        variant = assistant.variant(index=index_in_memory([parse_speech(text, "t")], encoder))
        return variant.ask(question, history or [])
    return ask_of


@pytest.mark.slow
@pytest.mark.parametrize("question", ["第三点意见讲的是什么?", "第三部分讲了什么?"])
def test_a_part_the_cut_text_does_not_show_is_said_missing(ask, question):
    answer = ask(CUT, question)
    assert answer.answerable and "第3部分不在这份文本中" in answer.answer
    assert "预告的要点有3个" in answer.answer
    assert "cut_off" in {n.kind for n in answer.notices} and answer.citations


@pytest.mark.slow
def test_a_part_a_whole_speech_does_not_have_is_said_absent(ask):
    answer = ask(WHOLE, "第三点体会是什么?")
    assert "只有2个部分" in answer.answer and "不存在" in answer.answer
    assert not answer.notices


@pytest.mark.slow
def test_points_then_an_ordinal_follow_up(ask):
    listing = ask(WHOLE, "讲话谈了哪几点体会?")
    assert listing.answerable and "贴近群众需求" in listing.answer and "长效机制" in listing.answer
    second = ask(WHOLE, "第二点具体讲什么?", ["讲话谈了哪几点体会?"])
    assert second.answerable and "积分回馈" in second.answer


# -- a single speech called by its title ---------------------------------------------------------
OPINION = parse_speech("""关于加快发展农村养老服务的实施意见
一、总体要求
到2027年，全县农村养老服务网络基本建成，互助养老点覆盖八成以上行政村。
二、重点任务
（一）发展互助养老
要依托村级活动场所建设互助养老点，每个点配备一名专职管理员。
（二）加强医养结合
要推动乡镇卫生院与敬老院签约合作，为入住老人每年免费体检一次。
""", "opinion")


@pytest.mark.parametrize("question,rest", [
    ("关于加快发展农村养老服务的实施意见对医养结合怎么要求?", "医养结合"),
    ("农村养老服务的实施意见里，互助养老点怎么建?", "互助养老点"),
])
def test_a_question_calling_the_only_speech_by_its_title_names_it(question, rest):
    from qa.documents import named_documents, without_title_runs
    assert named_documents(question, [OPINION]) == {"opinion"}
    stripped = without_title_runs(question, [OPINION], {"opinion"})
    assert rest in stripped and "农村养老服务" not in stripped


@pytest.mark.parametrize("question", ["农村养老服务网络什么时候建成?", "加快发展农村养老要抓哪些任务?"])
def test_topic_words_shared_with_the_only_title_are_not_a_reference(question):
    from qa.documents import named_documents
    assert named_documents(question, [OPINION]) == set()


# -- a part by its number or as the last one ----------------------------------------------------
@pytest.mark.parametrize("question", ["讲话最后一部分讲了什么?", "最后一个部分讲的是什么?", "What does the last part say?"])
def test_the_last_part_is_part_minus_one(question):
    assert detect_intent(question).part == -1


@pytest.mark.slow
@pytest.mark.parametrize("question,expected", [("第一部分讲了什么?", "火点十七处"), ("最后一部分讲了什么?", "网格化责任制"),
                                               ("讲话的最后一个部分讲的是什么?", "网格化责任制")])
def test_a_part_by_position_is_answered_from_it_not_from_the_announcement(ask, question, expected):
    answer = ask(CUT, question)
    assert answer.answerable and expected in answer.answer
    assert "我讲三点意见" not in answer.answer  # the announcement that beats it on words alone


LESSONS_INLINE = """在全县经济工作会议上的讲话
同志们：
一、今年经济运行情况
全县地区生产总值增长5.8%。回顾一年来的工作，我们有几点深刻体会：一是必须坚持实体经济为本；二是必须坚持以项目论英雄；三是必须坚持向改革要动力；四是必须坚持发展为了人民。
二、明年的发展目标
地区生产总值增长6%左右。
三、明年的重点工作
要抓好工业强县、扩大投资和提振消费三件事。
"""

LESSONS_PARTS = """在全县干部作风建设大会上的讲话
同志们：
下面，我结合工作实际，谈三点体会。
一、作风建设必须常抓不懈
作风问题具有反复性和顽固性，必须一个节点一个节点抓。
二、作风建设必须从严从实
对顶风违纪的，发现一起查处一起。
三、作风建设必须领导带头
领导干部要以上率下，要求别人做到的自己先做到。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, shown, not_shown", [
    (LESSONS_INLINE, "第三点体会是什么", "向改革要动力", "明年的重点工作"),
    (LESSONS_INLINE, "第二点体会讲的是什么？", "以项目论英雄", "明年的发展目标"),
    (LESSONS_PARTS, "第三点体会是什么", "领导带头", "从严从实"),
])
def test_a_numbered_point_of_a_noun_is_the_list_that_announces_it(ask_of, text, question, shown, not_shown):
    answer = ask_of(text)(question)
    assert shown in answer.answer and not_shown not in answer.answer, answer.answer


@pytest.mark.parametrize("question, outline", [
    ("几点体会中第三条是什么", False), ("一年来的几点体会里，第三条讲的是什么", False),
    ("讲了哪几点意见", True), ("讲话讲了哪几点意见，第二点是什么", True), ("谈了几点体会", True),
])
def test_points_named_to_ask_one_of_them_do_not_ask_the_outline(question, outline):
    assert detect_intent(question).outline is outline


@pytest.mark.slow
@pytest.mark.parametrize("question", ["几点体会中第三条是什么", "今年的几点体会里，第三条讲的是什么"])
def test_one_of_the_points_named_is_that_point(ask_of, question):
    answer = ask_of(LESSONS_INLINE)(question)
    assert "向改革要动力" in answer.answer and "明年的重点工作" not in answer.answer, answer.answer


# The last part shown has a sub-list as long as the announced count: "第四点" is still the lost part.
CUT_WITH_SUBLIST = """在全市城市管理工作会议上的讲话
同志们：
今天我讲四个方面的意见。
一、看清城市管理面临的新要求
群众对城市环境的期待越来越高，去年城管热线受理投诉两万三千件。
二、抓好城市管理的重点工作
（一）治理占道经营。要划定临时摊点区域，实行定点定时经营。
（二）整治违规停车。要新增公共停车泊位三千个。
（三）清理乱贴乱画。要建立小广告快速清除机制。
（四）提升夜间照明。要对主干道路灯进行节能改造，确保
"""

CUT_WITH_SUBLIST_POINTS = """在全县农村集体经济发展推进会上的讲话
下面，我讲五点意见。
一、统一思想认识
发展壮大村级集体经济，是巩固党在农村执政基础的重要举措。
二、拓宽增收渠道
1.盘活闲置资产。对闲置校舍、厂房进行清理登记。
2.发展物业经济。鼓励村集体建设标准厂房。
3.开展农业服务。组建村级农机服务队。
4.推进飞地抱团。支持多个村联合投资。
5.规范资产管理。建立集体资产台账，做到
"""


@pytest.mark.slow
@pytest.mark.parametrize("text,question,part,announced", [
    (CUT_WITH_SUBLIST, "第四个方面的意见是什么?", 4, 4),
    (CUT_WITH_SUBLIST, "第三点讲的什么", 3, 4),
    (CUT_WITH_SUBLIST_POINTS, "第五点意见讲的是啥?", 5, 5),
    (CUT_WITH_SUBLIST_POINTS, "第四点是什么", 4, 5),
])
def test_an_announced_point_past_the_cut_is_not_an_item_of_a_sub_list(ask, text, question, part, announced):
    answer = ask(text, question)
    assert f"第{part}部分不在这份文本中" in answer.answer and f"预告的要点有{announced}个" in answer.answer
    assert "cut_off" in {n.kind for n in answer.notices}


# Counter-case: a whole speech announcing as many parts as it shows; "第三项" is in its one long list.
WHOLE_WITH_SUBLIST = """在全区河长制工作会议上的讲话
今天我讲两点意见。
一、充分肯定河长制工作成效
去年全区河湖水质优良比例达到百分之九十。
二、扎实推进河湖治理重点任务
（一）清理河道垃圾。每月开展一次集中清理。
（二）整治入河排污口。年底前完成排查整治。
（三）修复河岸生态。新建生态护岸八公里。
谢谢大家！
"""


@pytest.mark.slow
def test_an_ordinal_past_the_parts_of_a_whole_speech_is_its_long_list(ask):
    answer = ask(WHOLE_WITH_SUBLIST, "第三项任务是什么?")
    assert "修复河岸生态" in answer.answer and "不在这份文本中" not in answer.answer
