""""讲话的第二点讲了什么": a point of the text itself is one of its parts, whatever the list
inside it; its ordinal names the part and picks nothing within. Texts written here, with
parts written inline (第一，… 第二，…) over items (一要/二要) and as numbered headings."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.intent import detect_intent

INLINE_PARTS = """在全县农村人居环境整治工作会议上的讲话

同志们：

今天召开全县农村人居环境整治工作会议，主要是部署今年的整治任务。

第一，要提高认识，把人居环境整治摆在更加突出的位置。人居环境是农民群众最直接的感受，各乡镇要把它作为一项民生工程来抓。

第二，要突出重点，集中攻坚农村环境短板。今年全县要完成三项硬任务。

一要推进厕所革命。年内新改建农村户厕4200户，户厕普及率达到92%。

二要治理生活污水。完成32个行政村的生活污水治理，治理率提高到45%。

三要清理村庄垃圾。每个行政村配备保洁员不少于2名，垃圾日产日清。

第三，要健全机制，确保整治成果长期保持。县农业农村局每季度开展一次检查评比，结果纳入乡镇年度考核。

同志们，整治工作贵在坚持，希望大家真抓实干。
"""


@pytest.mark.parametrize("question, part", [
    ("讲话的第二点讲了什么？", 2), ("讲话第三点讲了什么?", 3), ("讲话中第一点是什么", 1),
    ("讲话的第二点意见是什么？", 2), ("What is the second main point of the speech?", 2),
])
def test_a_point_of_the_text_is_a_part(question, part):
    assert detect_intent(question).part == part


@pytest.mark.parametrize("question", ["治理生活污水的第二点是什么", "第二点呢"])
def test_a_point_of_something_else_is_not(question):
    assert detect_intent(question).part is None


@pytest.mark.slow
@pytest.mark.parametrize("question, expected, not_expected", [
    ("讲话的第二点讲了什么？", "第二，要突出重点", "三要清理村庄垃圾。每个"),
    ("讲话的第二点意见是什么？", "第二，要突出重点", None),
    ("讲话的第一点讲了什么?", "人居环境是农民群众最直接的感受", "二要治理生活污水"),
    ("讲话第三点讲了什么？", "每季度开展一次检查评比", "一要推进厕所革命"),
])
def test_the_part_is_answered_not_an_item_inside_another(assistant, encoder, question, expected, not_expected):
    ask = assistant.variant(index=index_in_memory([parse_speech(INLINE_PARTS, "env")], encoder)).ask
    answer = ask(question)
    assert answer.answerable and expected in answer.answer, answer.answer
    if not_expected:
        assert not_expected not in answer.answer


SURVEY = """在全县优化营商环境推进会上的讲话
同志们：
一、正视企业关切的突出问题
上个月，县发改局走访企业136家，企业普遍反映的问题有用工招工难、融资成本高、物流费用贵等。
针对这些问题，重点做好三件事。
一是搭建用工对接平台。每季度举办一次专场招聘会。
二是降低融资成本。设立2亿元的中小企业转贷资金池。
三是压降物流费用。新建县域物流分拨中心1个。
二、压实工作责任
各部门要把优化营商环境列入年度重点工作，每月报送进展。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["企业普遍反映的问题有哪些?", "企业普遍反映的问题有哪些方面？",
                                      "走访中企业普遍反映的问题是什么"])
def test_a_sentence_stating_the_asked_list_answers_it(assistant, encoder, question):
    ask = assistant.variant(index=index_in_memory([parse_speech(SURVEY, "survey")], encoder)).ask
    answer = ask(question)
    assert "用工招工难" in answer.answer, answer.answer
    assert answer.answer.index("用工招工难") < (answer.answer.find("搭建用工对接平台") % 10**6)


@pytest.mark.slow
def test_the_list_under_the_heading_still_answers_its_own_question(assistant, encoder):
    ask = assistant.variant(index=index_in_memory([parse_speech(SURVEY, "survey")], encoder)).ask
    answer = ask("针对这些问题要做好哪几件事?")
    assert "搭建用工对接平台" in answer.answer and "压降物流费用" in answer.answer


CONSIDERED = """在全县文旅产业发展大会上的讲话
同志们：
一、关于今年的工作安排
县委决定把今年确定为“文旅融合推进年”，主要是基于三个方面的考虑。
一是从资源禀赋看，我县山水资源丰富，具备发展全域旅游的良好基础。
二是从市场需求看，周边城市短途游客持续增加，今年预计接待游客突破800万人次。
（未完待续）
"""


@pytest.mark.parametrize("question, part", [("第三方面的考虑是什么？", None), ("第二方面原因是什么", None),
                                            ("讲话第三方面讲了什么", 3)])
def test_a_point_of_an_announced_list_is_not_a_part(question, part):
    assert detect_intent(question).part == part


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [("第二方面的考虑是什么?", "从市场需求看"),
                                                ("第三方面的考虑是什么？", "第3点不在文中")])
def test_an_ordinal_without_its_classifier_word_picks_the_announced_point(assistant, encoder, question, expected):
    ask = assistant.variant(index=index_in_memory([parse_speech(CONSIDERED, "tour")], encoder)).ask
    answer = ask(question)
    assert answer.answerable and expected in answer.answer, answer.answer


# The opening says how many points the speech makes ("下面，我讲两点意见。"): the answer to how
# many quotes it, cited, beside the parts.
ANNOUNCED_TWO = """在全镇人居环境整治推进会上的讲话
同志们：
今天召开这次推进会，目的是对下一步工作再动员。下面，我讲两点意见。
一、认清差距，增强整治的紧迫感
全镇还有12个村的垃圾转运设施不全。
二、突出重点，抓好整治各项工作
年内完成农村户厕改造800户。
"""
ANNOUNCED_ASPECTS = ANNOUNCED_TWO.replace("我讲两点意见", "我从两个方面讲一讲").replace("讲一讲", "谈两个方面的意见")
COUNT_DIFFERS = ANNOUNCED_TWO.replace("我讲两点意见", "我讲三点意见")


@pytest.mark.slow
@pytest.mark.parametrize("text, quoted", [(ANNOUNCED_TWO, "下面，我讲两点意见。"),
                                          (ANNOUNCED_ASPECTS, "谈两个方面的意见")])
@pytest.mark.parametrize("question", ["讲话一共讲了几点意见", "讲话分为哪几部分"])
def test_the_count_of_points_the_opening_announces_is_quoted(ask_of, text, quoted, question):
    answer = ask_of(text, "town")(question)
    assert answer.answerable and quoted in answer.answer, answer.answer
    assert "二、突出重点，抓好整治各项工作" in answer.answer
    assert any(quoted in c.quote for c in answer.citations)


@pytest.mark.slow
def test_an_announcement_of_another_count_is_not_quoted(ask_of):
    answer = ask_of(COUNT_DIFFERS, "town")("讲话一共讲了几点意见")  # three announced, two shown
    assert "我讲三点意见" not in answer.answer.split("\n")[0]


# An excerpt that stops before its last points ("……（全文未完）", "（以下内容为会员专享）"): the
# announcement is quoted with how many of its points the text shows.
@pytest.mark.slow
@pytest.mark.parametrize("tail", ["加快改厕进度，确保按期完……（全文未完）\n", "加快改厕进度。\n（以下内容为会员专享，开通会员查看全文）\n"])
def test_an_excerpt_announcing_more_points_than_it_shows_quotes_the_announcement(ask_of, tail):
    answer = ask_of(COUNT_DIFFERS + tail, "town")("讲话一共讲了几点意见")
    assert answer.answerable and "我讲三点意见" in answer.answer and "只出现了2个部分" in answer.answer, answer.answer
    assert any("我讲三点意见" in c.quote for c in answer.citations)
