"""The field opening a question of what to do in it ("防汛要做哪几件事", "消防有哪些工作") names the
section of that field, as "防汛方面" does; a time or the speakers ("今年要做哪几件事") name none.
And a follow-up read onto an item's lead ("三是抓好地质灾害防治。 谁牵头") does not ask the marker
三是 of the answer: the item's own sentence saying who leads answers. Texts written here."""
from __future__ import annotations

import pytest

from qa.areas import area_asked
from qa.asked import asked

SPEECH = """在全县防灾减灾工作会议上的讲话
同志们：
今天召开会议，部署今年的防灾减灾工作。
一、抓好安全生产
（一）消防安全。要开展高层建筑消防隐患排查，年底前完成整改。
（二）道路交通安全。要整治农村道路交通安全隐患路段26处。
二、扎实做好防汛备汛工作
一是抓好汛前检查。5月1日前完成对水库塘坝、河道堤防的汛前检查。
二是抓好城市内涝治理。今年完成易涝点改造12处。
三是抓好地质灾害防治。全县现有地质灾害隐患点9处，由县自然资源局牵头，逐点落实群测群防员。
四是抓好物资储备。县应急管理局要在汛前补齐编织袋、救生衣等物资。
"""


@pytest.mark.parametrize("question, field", [
    ("防汛要做哪几件事", "防汛"), ("消防有哪些工作", "消防"), ("招商引资要抓哪几项", "招商引资"),
    ("防汛方面有哪些举措", "防汛"), ("防汛排涝今年要做啥", "防汛排涝"), ("招商要干什么", "招商"),
    ("教育今年要抓什么工作", "教育"),
])
def test_the_field_of_the_things_asked(question, field):
    assert area_asked(question) == field


@pytest.mark.parametrize("question", ["今年要做哪几件事", "我们要做哪些工作", "下一步要抓哪几项", "有哪些问题",
                                      "今年要做啥", "养老有啥"])
def test_a_time_or_the_speakers_name_no_field(question):
    assert area_asked(question) is None


@pytest.mark.parametrize("question, marker", [
    ("三是抓好地质灾害防治。 谁牵头", "三是"), ("（二）道路交通安全 谁负责", "（二）"), ("3.培育服务消费 谁牵头", "3."),
])
def test_an_items_marker_is_no_word_asked(question, marker):
    what = asked(question)
    assert not any(marker.strip("（）.") in w for w in what.focus) and marker not in what.subject


@pytest.mark.slow
def test_things_to_do_in_a_field_list_its_section(ask_of):
    answer = ask_of(SPEECH)("防汛要做哪几件事")
    assert answer.answerable and all(w in answer.answer for w in ("汛前检查", "城市内涝", "地质灾害", "物资储备"))


@pytest.mark.slow
def test_who_leads_the_item_just_shown(ask_of):
    ask = ask_of(SPEECH)
    history = ["防汛要做哪几件事", "第三件呢"]
    answer = ask("谁牵头", history)
    assert answer.answerable and "县自然资源局" in answer.answer, answer.answer
