"""A figure in a unit of volume, weight, distance or power (35升, 15公斤, 12海里, 300兆瓦, 2周) is a
figure: a question asking how much was declined where the text gave it in such a unit. And the
level of government as people say it (省里, 县里) is the text's 省级, 县级. Texts written here."""
from __future__ import annotations

import pytest

from qa.everyday_words import word_variants
from qa.fact_check import holds_fact

DROUGHT = """关于做好今年抗旱保供水工作的通知
一、保障群众饮水
旱情发生后，各县要及时采取应急调水、拉水送水等措施，确保群众每人每天基本生活用水不低于35升。
二、科学施肥节水
推广水肥一体化技术，每亩化肥用量控制在15公斤以内。
三、资金支持
省级财政对抗旱应急水源工程每处补助不超过20万元，其余资金由市县统筹解决。
四、组织领导
县级水利部门要在2周内完成应急水源排查，并由县水利局牵头建立抗旱物资台账。
"""


@pytest.mark.parametrize("clause", ["不低于35升", "每亩15公斤", "航道12海里", "装机300兆瓦", "2周内完成", "耗水20毫升"])
def test_figures_in_units_of_measure_are_figures(clause):
    assert holds_fact(clause, "quantity")


@pytest.mark.parametrize("clause", ["提升服务水平", "确保升级改造", "克服困难", "每周例会"])
def test_unit_characters_without_a_number_are_not(clause):
    assert not holds_fact(clause, "quantity")


@pytest.mark.parametrize("word, official", [("省里", "省级"), ("县里", "县级"), ("市里", "市级"), ("保证", "确保"),
                                            ("每天", "每日"), ("大旱", "干旱")])
def test_everyday_words_of_level_and_duty(word, official):
    assert official in word_variants(word)


@pytest.mark.slow
@pytest.mark.parametrize("question, quoted", [
    ("大旱的时候每人每天最少得保证多少水？", "不低于35升"),
    ("一亩地化肥最多用多少", "15公斤以内"),
    ("应急水源工程省里每处补多少钱", "不超过20万元"),
    ("县里多长时间内要把应急水源排查完", "2周内"),
])
def test_such_figures_are_answered(ask_of, question, quoted):
    answer = ask_of(DROUGHT)(question)
    assert answer.answerable and quoted in answer.answer, answer.answer
