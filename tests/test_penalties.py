"""The penalty for a breach: the sanction that covers it (often citing the duty's article by number),
not the duty itself. Rules written here, in two shapes: a 办法 of numbered articles, and a 规定 whose
chapters hold articles written "第N条" with the body on the next line."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.penalties import cited_articles, penalty_asked

RULES = """某某县农贸市场管理办法
第一条　为了规范农贸市场经营秩序，保障市场食品安全，制定本办法。
第二条　市场开办者应当履行下列义务：
（一）建立入场经营者档案，核验经营者身份；
（二）设置快速检测室，每日抽检蔬菜农药残留；
（三）公示检测结果和投诉电话。
第三条　场内经营者应当明码标价，不得缺斤短两，不得销售病死畜禽。
第四条　县市场监管局负责农贸市场的监督管理，县商务局负责市场规划建设。场内经营者不得使用超薄塑料购物袋。
第五条　违反本办法第二条规定，市场开办者未建立档案或者未设置快速检测室的，由县市场监管局责令限期改正；逾期不改正的，处3000元以上3万元以下罚款。
第六条　违反本办法第三条规定，经营者缺斤短两的，由县市场监管局责令改正，处500元以上5000元以下罚款；销售病死畜禽的，没收违法所得，并处1万元以上5万元以下罚款。
第七条　本办法自2026年3月1日起施行。
"""
RULES_CHAPTERS = """某某市城市绿化管理规定
第一章　总则
第一条
为了加强城市绿化管理，改善城市生态环境，制定本规定。
第二条
城市绿化工作由市园林部门主管，各区园林部门负责本辖区的日常管理。
第二章　保护和管理
第三条
任何单位和个人不得擅自砍伐、移植城市树木。因建设确需移植的，应当经园林部门批准。
第四条
在绿地内不得倾倒垃圾、停放车辆、设置摊点。
第三章　法律责任
第五条
违反本规定第三条，擅自砍伐城市树木的，由园林部门责令停止侵害，按照每株树木价值的三倍处以罚款。
第六条
违反本规定第四条，在绿地内倾倒垃圾、停放车辆或者设置摊点的，由城管部门责令改正，可以处200元以下罚款。
"""


@pytest.fixture(scope="module")
def ask_of(assistant, encoder):
    variants = {name: assistant.variant(index=index_in_memory([parse_speech(text, name)], encoder))
                for name, text in (("rules", RULES), ("chapters", RULES_CHAPTERS))}
    return lambda name, q: variants[name].ask(q, [])


@pytest.mark.parametrize("question", ["市场开办者不履行义务会怎么处罚", "开办者没设快速检测室罚多少钱",
                                      "违反第二条规定怎么处理"])
def test_the_sanction_citing_the_duty_not_the_duty(ask_of, question):
    a = ask_of("rules", question)
    assert a.answerable and "处3000元以上3万元以下罚款" in a.answer
    assert "核验经营者身份" not in a.answer  # the duty's list is not the penalty


@pytest.mark.parametrize("question", ["卖病死鸡鸭要承担什么责任", "缺斤短两会被罚吗"])
def test_the_sanction_naming_the_breach(ask_of, question):
    a = ask_of("rules", question)
    assert "处500元以上5000元以下罚款" in a.answer or "并处1万元以上5万元以下罚款" in a.answer
    assert "3000元以上3万元" not in a.answer


@pytest.mark.parametrize("question, fine", [("擅自砍树怎么罚", "每株树木价值的三倍"),
                                            ("在绿地里乱停车有什么处罚", "可以处200元以下罚款"),
                                            ("违反本规定第四条怎么处理", "可以处200元以下罚款")])
def test_articles_with_their_body_on_the_next_line(ask_of, question, fine):
    a = ask_of("chapters", question)
    assert fine in a.answer and a.citations


def test_a_question_of_no_penalty_keeps_its_answer(ask_of):
    a = ask_of("rules", "谁负责农贸市场的监督管理")
    assert "县市场监管局负责农贸市场的监督管理" in a.answer


@pytest.mark.parametrize("question, asks", [("不按规定分类投放怎么罚", True), ("要承担什么法律责任", True),
                                            ("违反第十条怎么处理", True), ("What is the penalty for littering?", True),
                                            ("项目进度慢了怎么处理", False), ("谁负责监督管理", False)])
def test_a_penalty_question_is_told_apart(question, asks):
    assert penalty_asked(question) is asks


@pytest.mark.parametrize("sentence, cited", [("违反本办法第十一条规定，管理责任人未…的，处200元罚款。", [11]),
                                             ("违反本条例第二十五条第一款规定，…处罚款。", [25]),
                                             ("违反本规定第3条、第5条，…", [3, 5]),
                                             ("随意倾倒垃圾的，处100元以上罚款。", [])])
def test_the_articles_a_sanction_cites(sentence, cited):
    assert cited_articles(sentence) == cited


def test_a_ban_no_sanction_covers_gets_no_other_sanction(ask_of):
    a = ask_of("rules", "经营者用超薄塑料购物袋怎么罚")
    assert "3000元以上3万元" not in a.answer and "500元以上5000元" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["绿地里乱扔垃圾罚多少", "在绿地乱倒垃圾怎么罚"])
def test_an_everyday_word_jieba_cuts_apart(ask_of, question):
    a = ask_of("chapters", question)
    assert "可以处200元以下罚款" in a.answer, a.answer


@pytest.mark.parametrize("name, question, sanction", [
    ("chapters", "擅自砍了小区里的树会怎么样", "每株树木价值的三倍"),
    ("chapters", "在绿地里摆摊会被怎么处理", "200元以下罚款"),
    ("rules", "市场里缺斤短两会有什么下场", "处500元以上5000元以下罚款"),
])
def test_what_befalls_a_breach_is_its_sanction(ask_of, name, question, sanction):
    a = ask_of(name, question)
    assert a.answerable and sanction in a.answer, a.answer


@pytest.mark.parametrize("question, asks", [("宾馆主动提供一次性牙刷会怎么样", True), ("会议开得怎么样", False),
                                            ("这项工作进展如何", False)])
def test_what_befalls_is_a_penalty_form(question, asks):
    assert penalty_asked(question) is asks


def test_what_befalls_no_breach_gets_no_sanction(ask_of):
    a = ask_of("chapters", "城市绿化工作由哪个部门主管，以后会怎么样")
    assert "罚款" not in a.answer, a.answer


TABLEWARE = """某某市餐饮服务管理规定
第一条　为了倡导节约用餐，减少一次性用品使用，制定本规定。
第二条　餐饮经营者不得主动向顾客提供一次性筷子、塑料吸管。
第三条　餐饮经营者应当在显著位置张贴节约用餐提示。
第四条　违反本规定第二条，主动提供一次性餐具的，由商务部门责令改正；拒不改正的，处1000元以上1万元以下罚款。
"""


@pytest.mark.parametrize("question", ["饭店主动给顾客塑料吸管会怎么样", "餐馆主动提供一次性筷子会被怎么处理"])
def test_what_befalls_a_ban_is_the_sanction_citing_it(assistant, encoder, question):
    ask = assistant.variant(index=index_in_memory([parse_speech(TABLEWARE, "tableware")], encoder)).ask
    a = ask(question, [])
    assert a.answerable and "处1000元以上1万元以下罚款" in a.answer, a.answer


# Sanctions of several parties side by side for the same breach, one party's name holding another's
# (收集单位 and 单位): each question gets its own party's, and "单位呢" after a person's asks the 单位's.
PARTIES = """某某县厨余垃圾管理规定
第八条　收集单位未按规定收集厨余垃圾的，由城管部门责令改正，处5000元以上3万元以下罚款。
第九条　单位未按照规定分类投放厨余垃圾的，由城管部门责令改正；拒不改正的，处1万元以上5万元以下罚款。
个人未按照规定分类投放厨余垃圾的，由城管部门责令改正；拒不改正的，处50元以上200元以下罚款。
第十条　处理单位接收未经分类的厨余垃圾的，由城管部门责令改正，处2万元以上10万元以下罚款。
"""


@pytest.fixture(scope="module")
def ask_parties(assistant, encoder):
    variant = assistant.variant(index=index_in_memory([parse_speech(PARTIES, "parties")], encoder))
    return lambda q, h=(): variant.ask(q, list(h))


@pytest.mark.slow
@pytest.mark.parametrize("question, fine, others", [
    ("在家里不按规定分类扔厨余垃圾会被罚多少钱", "50元以上200元以下", ("5000元以上3万元以下", "1万元以上5万元以下")),
    ("单位不按规定分类投放厨余垃圾罚多少", "1万元以上5万元以下", ("5000元以上3万元以下", "2万元以上10万元以下")),
    ("收集单位违规收集怎么罚", "5000元以上3万元以下", ("1万元以上5万元以下",)),
])
def test_each_party_gets_its_own_sanction(ask_parties, question, fine, others):
    a = ask_parties(question)
    assert a.answerable and fine in a.answer and not any(o in a.answer for o in others), a.answer


@pytest.mark.slow
def test_another_party_after_a_person_at_home(ask_parties):
    first = "在家里不按规定分类扔厨余垃圾会被罚多少钱"
    a = ask_parties("单位呢", [first])
    assert "1万元以上5万元以下" in a.answer and "5000元以上3万元以下" not in a.answer, a.answer


def test_the_party_of_a_sanction():
    from qa.penalties import party_of
    assert party_of("第八条　收集单位未按规定收集厨余垃圾的，处5000元罚款。") == "收集单位"
    assert party_of("个人装修未按照规定堆放建筑垃圾的，处100元罚款。").startswith("个人")
    assert party_of("违反本规定第四条，在绿地内倾倒垃圾的，处200元以下罚款。") == ""
