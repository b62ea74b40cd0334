"""A question naming who said it ("张局长讲…", "王书记在会上强调了…") searches without the speaker:
a transcript's bylines hold the post and the surname more often than the answer does. And a list
asked in the unit its announcement counts in ("抓了哪几方面" of "重点抓好四个方面工作") is that list,
though another sentence shares a longer run of the question's words (issue 9, class 1). Texts
written here."""
from __future__ import annotations

import pytest

from qa.list_asked import counts_in_asked_unit
from qa.speaker_refs import without_speaker


@pytest.mark.parametrize("question, expected", [
    ("张局长讲春耕生产抓了哪几方面", "春耕生产抓了哪几方面"),
    ("王书记在会上强调了哪些要求", "哪些要求"),
    ("李县长提到的三件实事是什么", "三件实事是什么"),
    ("刘副市长介绍了哪些措施", "哪些措施"),
    ("讲话人说要抓好哪几项工作", "要抓好哪几项工作"),
    # a full name after the post, or opening the question before it
    ("县长贺立新在全县安全生产会上说去年死了几个人", "去年死了几个人"),
    ("局长张某某讲今年要淘汰多少辆柴油货车", "今年要淘汰多少辆柴油货车"),
    ("周文清书记强调了哪些要求", "哪些要求"),
])
def test_the_speaker_is_left_out_of_the_search(question, expected):
    assert without_speaker(question) == expected


@pytest.mark.parametrize("question", ["张局长讲了啥", "县长讲话的主题是什么", "市长热线怎么打", "局长今年下乡跑了多少天"])
def test_a_question_that_is_all_speaker_or_no_speaker_stays(question):
    assert without_speaker(question) == question


@pytest.mark.parametrize("sentence, question, expected", [
    ("今年我们重点抓好四个方面工作。", "抓了哪几方面", True),
    ("下面，我讲三点意见。", "提了哪几点", True),
    ("重点推进三项工作。", "推进哪几项", True),
    ("重点推进三项工作。", "抓了哪几方面", False),
    ("全年粮食总产量23.8万吨。", "抓了哪几方面", False),
])
def test_an_announcement_in_the_unit_asked(sentence, question, expected):
    assert counts_in_asked_unit(sentence, question) is expected


BRIEFING = """某市2026年夏粮收购新闻发布会实录
主持人（市政府新闻办主任 赵某某）：各位记者朋友，大家上午好！今天召开夏粮收购新闻发布会，请市粮食和物资储备局局长 钱某某介绍夏粮收购工作有关情况。
市粮食和物资储备局局长 钱某某：各位记者朋友，大家好！感谢大家长期以来对夏粮收购工作的关心。夏粮收购事关种粮农民切身利益，市委、市政府高度重视夏粮收购工作。
今年夏粮收购，我们重点抓好三个方面工作。
一是抓好收购网点布局。全市设立收购网点126个，做到每个产粮乡镇至少有2个网点。
二是抓好资金保障。农发行安排收购贷款8.5亿元，确保农民卖粮不打白条。
三是抓好质量检验。开展收购粮食质量安全抽检不少于300批次。
市农业农村局副局长 孙某某：夏粮收购期间，我们将组织农技人员下乡指导晾晒和储存。
主持人（市政府新闻办主任 赵某某）：发布会到此结束，感谢钱局长、孙副局长，感谢各位记者朋友。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("钱局长讲夏粮收购抓了哪几方面", ["收购网点布局", "资金保障", "质量检验"]),
    ("夏粮收购抓了哪几方面", ["收购网点布局", "资金保障", "质量检验"]),
])
def test_the_list_asked_by_its_unit_with_the_speaker_named(ask_of, question, expected):
    answer = ask_of(BRIEFING, "briefing")(question)
    assert answer.answerable and all(e in answer.answer for e in expected), answer.answer


@pytest.mark.slow
def test_the_second_point_after_the_speaker_named(ask_of):
    ask = ask_of(BRIEFING, "briefing")
    answer = ask("第二个是啥", ["钱局长讲夏粮收购抓了哪几方面"])
    assert "资金保障" in answer.answer and "8.5亿元" in answer.answer, answer.answer
