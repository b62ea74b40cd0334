"""A circular on inspections (通报): who issued it asked after its verb ("谁发的通报", "哪天发的通报"),
and a place asked by its level ("哪个镇安监站人少") where the question shares the words after the
place's name ("镇安监站" of "南山镇安监站"). The first was answered with sentences holding 通报; the
second was declined, as the 镇 of the name went with the shared words. Texts written here."""
from __future__ import annotations

import pytest

from qa.asked import asked
from qa.byline_answers import byline_asked
from qa.question_overlap import beyond_question

CIRCULAR = """关于2025年第一季度全县消防安全检查情况的通报
各乡镇人民政府，县直各有关单位：
3月份，县消防安全委员会办公室组织3个检查组，对全县9个乡镇开展了消防安全检查。现将有关情况通报如下。
一、发现的问题
（一）乡镇消防力量薄弱。南山镇专职消防队仅有4名队员，低于不少于8名的配备标准。
（二）村级微型消防站运转不畅。青石乡7个村的微型消防站器材过期未更换。
二、工作要求
各乡镇要于4月30日前完成整改，整改情况报县消防安全委员会办公室。
某某县消防安全委员会办公室
2025年4月3日
"""


@pytest.mark.parametrize("question,kind", [
    ("谁发的通报", "speaker"), ("哪个单位印发的这个通报", "speaker"), ("哪个部门下发的文件", "speaker"),
    ("哪天发的通报", "date"), ("什么时候印发的这个方案", "date"),
])
def test_the_text_named_after_its_verb(question, kind):
    assert byline_asked(question) == kind


@pytest.mark.parametrize("question,clause,kept", [
    ("哪个镇安监站人少", "南山镇安监站仅有1名在编人员", "南山镇"),
    ("哪个乡消防站器材过期", "青石乡消防站器材过期未更换", "青石乡"),
    ("第三小学建在哪", "新建县第三小学", None),  # 县 begins the school's name: no place of its own
])
def test_a_place_name_keeps_its_level_word(question, clause, kept):
    left = beyond_question(clause, asked(question))
    assert (kept in left) if kept else ("县" not in left), left


@pytest.mark.parametrize("question,said", [
    ("谁发的通报", "某某县消防安全委员会办公室"), ("哪天发的通报", "2025年4月3日"),
    ("哪个乡的微型消防站器材过期了", "青石乡"),
])
def test_asked_of_the_circular(ask_of, question, said):
    answer = ask_of(CIRCULAR)(question)
    assert answer.answerable and said in answer.answer, answer.answer


def test_a_level_word_that_begins_the_subjects_name_goes_with_it():
    left = beyond_question("新建县第三小学、城南幼儿园", asked("县第三小学建在哪个位置"))
    assert "县" not in left, left
