"""Why and on what basis a rule was made: its enacting clause ("为了…，根据…，制定本办法。"), not a
decline; and when it was adopted: the dated line under its title ("（…常务会议审议通过）"). Texts
written here, in three shapes (第一条 of a 办法, the opening of an 意见, a 条例 dated under its title)."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.enacting import adopted_asked, enacting_asked

RULES = """青川市餐厨垃圾管理办法
第一章　总则
第一条　为了规范餐厨垃圾的收集、运输和处置，保障食品安全和市容环境卫生，根据《中华人民共和国固体废物污染环境防治法》等法律、法规，结合本市实际，制定本办法。
第二条　本办法适用于本市行政区域内餐厨垃圾的管理活动。
第三条　市城市管理部门负责全市餐厨垃圾管理工作。
第二章　收运
第四条　餐厨垃圾产生单位应当每日将餐厨垃圾交给有资质的收运单位。
第五条　违反本办法第四条规定的，由城市管理部门责令改正，处1000元以上1万元以下罚款。
"""
OPINION = """关于加快发展县域养老服务的实施意见
各乡镇人民政府，县直各单位：
为积极应对人口老龄化，加快补齐农村养老服务短板，依据省民政厅有关文件精神，结合我县实际，制定本实施意见。
一、总体目标
到2027年，全县每个乡镇建成1所区域养老服务中心。
"""


DATED = """青川市养犬管理条例
（2023年6月28日青川市第十六届人民代表大会常务委员会第十二次会议通过）
第一条　为了规范养犬行为，保障公民人身安全，维护市容环境和社会公共秩序，制定本条例。
第二条　本市实行养犬登记制度，犬只应当在取得犬只登记证后饲养。
第三条　携犬出户的，应当为犬只束犬链，犬链长度不得超过1.5米。
"""
ISSUED = """关于推进老旧小区改造的实施方案
（2024年3月5日印发）
为改善居民居住条件，结合本区实际，制定本实施方案。
一、改造范围
2000年以前建成的住宅小区纳入改造范围。
"""


@pytest.fixture(scope="module")
def ask_of(assistant, encoder):
    variants = {name: assistant.variant(index=index_in_memory([parse_speech(text, name)], encoder))
                for name, text in (("rules", RULES), ("opinion", OPINION), ("dated", DATED), ("issued", ISSUED))}
    return lambda name, q: variants[name].ask(q)


@pytest.mark.parametrize("question", ["制定这个办法的目的和依据是什么", "为什么要制定本办法", "本办法是根据哪些法律制定的",
                                      "What is the purpose of these rules, and why were they made?"])
def test_the_rules_enacting_clause(ask_of, question):
    a = ask_of("rules", question)
    assert a.answerable
    assert "规范餐厨垃圾的收集" in a.answer and "固体废物污染环境防治法" in a.answer
    assert a.citations


def test_the_opinions_enacting_clause(ask_of):
    a = ask_of("opinion", "出台这个实施意见的目的是什么")
    assert a.answerable and "积极应对人口老龄化" in a.answer


@pytest.mark.parametrize("question, asks", [("制定这个办法的目的和依据是什么", True), ("为啥要出台这个条例", True),
                                            ("立法目的是什么", True), ("违反第四条怎么处罚", False),
                                            ("为啥要出这个办法", True), ("为什么定这个规定", True),
                                            ("养老服务中心建设的目的是什么", False)])
def test_the_question_is_told_apart(question, asks):
    assert enacting_asked(question) is asks


def test_a_text_with_no_enacting_clause_is_not_given_one(ask_of):
    a = ask_of("opinion", "到2027年每个乡镇建成几所养老服务中心")
    assert "1所" in a.answer and "制定的目的" not in a.answer


@pytest.mark.parametrize("question, asks", [("这个办法哪天通过的", True), ("条例是什么时候审议通过的", True),
                                            ("实施方案啥时候印发的", True), ("什么时候出台的这个意见", True),
                                            ("本办法什么时候施行", False), ("项目哪天通过验收", False),
                                            ("讲话是哪天讲的", False)])
def test_the_adoption_date_asked_is_told_apart(question, asks):
    assert adopted_asked(question) is asks


@pytest.mark.parametrize("name, question, dated", [
    ("dated", "这个条例哪天通过的", "2023年6月28日"), ("dated", "条例什么时候审议通过的", "第十二次会议通过"),
    ("issued", "这个实施方案啥时候印发的", "2024年3月5日印发"),
])
def test_the_dated_line_under_the_title_answers_when_it_was_adopted(ask_of, name, question, dated):
    a = ask_of(name, question)
    assert a.answerable and dated in a.answer and a.citations, a.answer


def test_a_rule_with_no_dated_line_is_not_given_one(ask_of):
    a = ask_of("rules", "这个办法哪天通过的")
    assert "标题下注明" not in a.answer
