"""A question that opens on what the last answer spoke of, or on the rest of it ("这钱优先投哪",
"那其他小一点的工程呢", "剩下的钱谁出"), is read within that answer when its text holds the
question's own words: the sentence quoted or the passage it came from answers (issue 9, class 5).
A question whose words the last answer does not hold stands alone. Texts written here."""
from __future__ import annotations

import pytest

from qa.followup import resolve_followup
from qa.history import Turn
from qa.answer import AnswerItem

WATER = """关于推进农村供水保障的实施意见
一、资金保障
今年省级安排农村供水专项债券12亿元，优先支持在建工程和水源连通项目。
小型供水工程改造，省级财政按照每处不超过15万元的标准给予补助，其余资金由市县统筹解决。
二、水质保障
千吨万人以上工程实行每日自检，其他集中供水工程每月至少检测1次。
三、组织保障
各市县要建立工作专班，每季度调度一次进展。
"""


@pytest.mark.slow
@pytest.mark.parametrize("history, question, shown", [
    ("今年供水专项债券安排多少", "这钱优先投哪", "优先支持在建工程"),
    ("今年供水专项债安排了多少钱", "这笔钱优先用在哪", "优先支持在建工程"),
    ("小型供水工程改造省里补多少", "剩下的钱谁出", "其余资金由市县统筹解决"),
    ("千吨万人工程多久检测一次", "那其他小一点的集中供水工程呢", "每月至少检测1次"),
])
def test_the_last_answer_holds_what_is_asked(ask_of, history, question, shown):
    ask = ask_of(WATER)
    ask(history)
    answer = ask(question, [history])
    assert answer.answerable and shown in answer.answer, answer.answer


def test_a_question_the_last_answer_does_not_speak_to_stands_alone():
    item = AnswerItem(text="今年省级安排农村供水专项债券12亿元，优先支持在建工程。", section="一、资金保障",
                      document="doc", passage_ids=["doc#p0"], span=(0, 27))
    turn = Turn(text="今年供水专项债券安排多少", items=[item], chain=[item])
    resolved = resolve_followup("其他省份的水价是多少", ["今年供水专项债券安排多少"], lambda: turn)
    assert resolved.form is None and resolved.text == "其他省份的水价是多少"


TEAMS = """在全区应急管理工作会议上的讲话
一、防汛准备
汛前要完成河道清障，5月31日前整改到位。防汛物资要在6月底前全部到位，抢险队伍要在汛前全部到位。
二、应急救援力量建设
要加强应急救援力量建设。一是做强专业队伍。区级救援队伍扩充至120人。二是夯实基层队伍。每个街道都要建成一支不少于20人的救援队伍，8月底前全部到位。三是建设消防站。城东新建小型消防站1个，12月底前投用。
"""


@pytest.mark.slow
@pytest.mark.parametrize("history, followup, expected, not_expected", [
    (["应急救援力量建设有哪些要求", "第二点呢"], "什么时候全部到位", "8月底前", "6月底前"),
    (["应急救援力量建设有哪些要求", "第三点呢"], "啥时候投用", "12月底前", "8月底前"),
])
def test_when_a_thing_is_ready_is_asked_of_the_point_shown(ask_of, history, followup, expected, not_expected):
    answer = ask_of(TEAMS)(followup, history)
    assert expected in answer.answer and not_expected not in answer.answer, answer.answer
