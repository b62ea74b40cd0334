"""Spoken questions put the asked fact in words of the doing ("要压到多少", "多久能修好", "要管到哪一年")
or of a case ("要是发现…了", "如果…的话"): those words are no subject the answering sentence must
hold. A verb glued to its result (压到, 管到, 修好, 建好) and a condition word are left out of the
question's focus; a set phrase as common as 做好 or 抓好 stays. Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked

RULES = """关于加强城镇燃气安全管理的若干措施
一、加快老旧管网改造
全市老旧燃气管道改造任务在2027年底前全部完成，改造后管网泄漏率控制在0.5%以内。
二、强化日常巡检
燃气企业对中压管网每周至少巡检一次，发现燃气泄漏的，须在30分钟内到达现场处置，并在2小时内报告市住房城乡建设局。
三、明确设施产权
新建小区的燃气设施建成后，按照“谁投资、谁所有”的原则确定产权，移交燃气企业统一运营维护。
四、提升维修服务
居民报修后，城区4小时内、乡镇8小时内完成维修。
五、规划期限
本措施配套的燃气专项规划期限为2026—2035年。
"""


@pytest.mark.parametrize("question, left_out", [
    ("管网泄漏的比例要压到多少？", "压到"), ("家里燃气坏了，报修以后多久能修好", "修好"),
    ("燃气专项规划要管到哪一年", "管到"), ("要是发现燃气泄漏了，多长时间内得上报？", "要是"),
    ("如果管道漏气的话，几分钟内到现场", "如果"), ("新小区燃气设施建好了产权算谁的", "建好"),
])
def test_the_doing_and_the_case_are_not_the_focus(question, left_out):
    assert left_out not in asked(question).focus, asked(question).focus


@pytest.mark.parametrize("question, kept", [("怎样做好燃气安全工作", "做好"), ("巡检工作要抓好哪些环节", "抓好")])
def test_set_phrases_stay(question, kept):
    assert kept in asked(question).focus


@pytest.mark.slow
@pytest.mark.parametrize("question, quoted", [
    ("要是发现燃气泄漏了，多长时间内得上报？", "2小时内报告"),
    ("家里燃气坏了，报修以后多久能修好", "4小时内"),
    ("燃气专项规划要管到哪一年", "2026—2035年"),
    ("管网泄漏率要压到多少？", "0.5%以内"),
])
def test_spoken_fact_questions_are_answered(ask_of, question, quoted):
    answer = ask_of(RULES)(question)
    assert answer.answerable and quoted in answer.answer, answer.answer


# "审批这块谁牵头", "巡检那一块怎么要求": the spoken "as for X" (这块, 这一块, 那边) points at the
# topic before it, as 这个 does; it is no word the answering sentence must hold.
@pytest.mark.parametrize("question, kept", [
    ("巡检这块多久一次", "巡检"), ("维修那一块城区要几个小时", "维修"), ("产权这边按什么原则定", "产权"),
])
def test_a_spoken_as_for_points_at_its_topic(question, kept):
    focus = asked(question).focus
    assert kept in focus and not any(w.endswith(("块", "边")) for w in focus), focus


@pytest.mark.slow
@pytest.mark.parametrize("question, quoted", [
    ("巡检这块多久一次", "每周至少巡检一次"), ("维修那一块城区要几个小时", "城区4小时内"),
])
def test_a_question_with_a_spoken_as_for_is_answered(ask_of, question, quoted):
    answer = ask_of(RULES, "gas")(question)
    assert answer.answerable and quoted in answer.answer, answer.answer
