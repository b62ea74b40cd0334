"""Good practices announced by a sentence that closes on them ("一些地方探索形成了好的经验做法。",
"各地涌现出一批好经验好做法。"): asked "有哪些好的经验做法", the answer is the examples that follow,
not the announcing sentence alone. A directive to spread them ("要总结推广好的经验做法") announces
nothing. Texts written here."""
from __future__ import annotations

import pytest

from index.announce import find_announcements

REPORT = """关于全县农村人居环境整治情况的通报
各乡镇人民政府：
一、基本情况
今年以来，全县共完成户厕改造3200户，整治村庄192个。各乡镇在整治中涌现出一批好经验好做法。东岭镇推行“门前三包”积分制，积分可在村超市兑换日用品。西河乡组建村级保洁合作社，由脱贫户承担日常保洁。南山镇实行“红黑榜”每月评比，评比结果在村务公开栏公示。以上做法各地可结合实际学习借鉴。
二、下一步要求
各乡镇要在12月底前完成整改。
"""


@pytest.mark.parametrize("sentence, noun", [
    ("督查中，一些地方探索形成了好的经验做法。", "经验做法"), ("各乡镇在整治中涌现出一批好经验好做法。", "经验"),
    ("基层积累了不少成功做法：", "做法"),
])
def test_practices_found_announce_examples(sentence, noun):
    assert [a.noun for a in find_announcements(sentence)] == [noun]


@pytest.mark.parametrize("sentence", ["要总结推广好的经验做法。", "学习借鉴先进地区的经验。", "这一做法值得推广。"])
def test_a_directive_or_a_mention_announces_nothing(sentence):
    assert find_announcements(sentence) == []


@pytest.mark.slow
@pytest.mark.parametrize("question", ["有哪些好的经验做法", "各地有啥好做法"])
def test_the_examples_that_follow_answer(ask_of, question):
    answer = ask_of(REPORT)(question)
    assert answer.answerable, answer.answer
    assert all(w in answer.answer for w in ("东岭镇", "西河乡", "南山镇")), answer.answer
