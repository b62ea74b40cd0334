"""The speaker asked by name, of a speech that names no one (no byline, no sign-off, a title
"在…会议上的讲话"), is declined with the speech's title and what it covers: a heading that only
shares a word ("加强组织领导" for "领导叫啥名") is no answer. Texts written here."""
from __future__ import annotations

import pytest

NO_BYLINE = """在全市城市更新工作推进会议上的讲话
同志们：
今天召开会议，部署城市更新工作。
一、加强组织领导
各县区主要领导要亲自抓，分管领导要具体抓，确保城市更新各项任务落实到位。
二、抓好老旧小区改造
今年全市计划改造老旧小区120个，惠及居民3.2万户。
"""

NO_BYLINE_REPORT = """2025年全县乡村振兴工作报告
各位代表：
过去一年，全县农村居民人均可支配收入增长7.1%。
一、强化领导责任
县级领导干部联系帮扶46个村，推动各项政策落地。
"""

NAMED_IN_TITLE = """王建国同志在全区安全生产工作会议上的讲话
同志们：
今天召开会议，部署安全生产工作。
一、压实领导责任
各级领导干部要把安全生产抓在手上。
"""

WITH_BYLINE = """在全县春季农业生产工作会议上的讲话
县长　刘明远
同志们：
今天召开全县春季农业生产工作会议，主要任务是部署春耕备耕工作。
一、加强组织领导
各乡镇主要领导要亲自抓春耕。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text", [NO_BYLINE, NO_BYLINE_REPORT])
@pytest.mark.parametrize("question", ["讲话的领导叫啥名", "作这个报告的人叫什么名字", "讲话人姓什么",
                                      "作这个讲话的领导是什么职务?", "讲话人是什么职位"])
def test_a_speaker_no_line_names_is_declined_with_the_title(ask_of, text, question):
    answer = ask_of(text)(question)
    title = text.splitlines()[0]
    assert not answer.answerable, answer.answer
    assert f"《{title}》" in answer.answer and "没有写明讲话人" in answer.answer
    assert "主要讲了" in answer.answer and "- " in answer.answer  # what it does cover, listed


@pytest.mark.slow
@pytest.mark.parametrize("question", ["讲话的领导叫啥名", "讲话的领导是什么职务"])
def test_a_byline_still_names_the_speaker(ask_of, question):
    answer = ask_of(WITH_BYLINE)(question)
    assert answer.answerable and "刘明远" in answer.answer, answer.answer


@pytest.mark.slow
def test_a_title_that_names_its_speaker_is_not_declined_as_nameless(ask_of):
    answer = ask_of(NAMED_IN_TITLE)("讲话人叫什么名字")
    assert "没有写明讲话人" not in answer.answer, answer.answer


POST_IN_TITLE = """【精品范文】区委书记在全区经济工作会议上的讲话（节选）
同志们：
这次会议的主要任务是总结去年经济工作，部署今年任务。
一、坚定发展信心
全区地区生产总值增长6.1%。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, speaker", [
    (POST_IN_TITLE, "这是谁讲的", "区委书记"), (POST_IN_TITLE, "讲话人是谁", "区委书记"),
    (POST_IN_TITLE, "Who gave this speech?", "区委书记"),
    (NAMED_IN_TITLE, "这篇讲话是谁讲的", "王建国"), (NAMED_IN_TITLE, "谁作的讲话", "王建国"),
])
def test_the_speaker_a_title_names_answers_who_spoke(ask_of, text, question, speaker):
    answer = ask_of(text)(question)
    assert answer.answerable and speaker in answer.answer and answer.citations, answer.answer
    assert "【" not in answer.answer and "在全区" not in answer.answer.split("[")[0], answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["讲话的区委书记叫啥名字", "讲话人姓什么"])
def test_a_post_in_the_title_is_no_name(ask_of, question):
    answer = ask_of(POST_IN_TITLE)(question)
    assert not answer.answerable and "标题写明讲话人是" not in answer.answer, answer.answer
