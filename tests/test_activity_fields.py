"""A campaign's plan heads its time, place and theme as a meeting notice does ("二、活动时间" with
"2026年6月1日至6月30日" below it). Asked of the campaign, by 活动 or by the name its title quotes
("安全生产月什么时候开始" of "…“安全生产月”活动方案"), the field answers, not the sentence that issues the
plan. Texts written here: a township's page issuing a campaign plan, and a county's notice with the
fields labelled inline."""
from __future__ import annotations

import pytest

PLAN_PAGE = """关于印发《青河镇2026年“安全生产月”活动方案》的通知

各村（社区）、镇直各单位：

现将《青河镇2026年“安全生产月”活动方案》印发给你们，请结合实际认真抓好落实。

一、活动主题

人人讲安全、个个会应急。

二、活动时间

2026年6月1日至6月30日。

三、主要活动

（一）隐患排查整治行动。由镇安监站牵头，6月25日前形成隐患清单。

（二）安全宣传咨询日。6月16日在镇文化广场集中开展，发放宣传资料3000份。

青河镇安全生产委员会办公室
2026年5月20日
"""

INLINE_NOTICE = """关于举办2026年“书香澜县”全民阅读活动的通知

各乡镇、县直各单位：

为营造全民阅读氛围，县委宣传部决定举办“书香澜县”全民阅读活动。现将有关事项通知如下。

活动时间：2026年4月23日至5月31日
活动地点：县图书馆及各乡镇综合文化站

请各单位积极组织干部职工参加。
"""


@pytest.mark.parametrize("text, question, expected", [
    (PLAN_PAGE, "安全生产月什么时候开始", "2026年6月1日至6月30日"),
    (PLAN_PAGE, "这次活动啥时候搞", "2026年6月1日至6月30日"),
    (INLINE_NOTICE, "书香澜县活动什么时候办", "2026年4月23日至5月31日"),
    (INLINE_NOTICE, "书香澜县在哪里搞", "县图书馆"),
])
def test_the_campaign_field_answers(ask_of, text, question, expected):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer, answer.answer
    assert "印发给你们" not in answer.answer, answer.answer


def test_a_detail_of_one_activity_is_still_its_sentence(ask_of):
    answer = ask_of(PLAN_PAGE)("安全宣传咨询日发多少份资料")
    assert "3000份" in answer.answer, answer.answer


@pytest.mark.parametrize("question, titles, expected", [
    ("安全生产月什么时候开始", ["关于印发《青河镇2026年“安全生产月”活动方案》的通知"], True),
    ("这次活动在哪办", [], True),
    ("会议在哪开", [], True),
    ("补贴什么时候发", ["关于印发《青河镇2026年“安全生产月”活动方案》的通知"], False),
])
def test_names_event(question, titles, expected):
    from qa.meeting_fields import names_event

    assert names_event(question, titles) is expected
