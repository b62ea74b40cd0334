"""A field of work named by a short word ("人才方面有哪些举措", "金融这块讲了什么"): the heading
of that field answers, the shallowest one holding the word or the one above all of them.
Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.areas import area_asked

PLAN = """关于加快县域经济发展的实施意见
一、总体要求
坚持创新驱动，推动县域经济高质量发展。
二、强化人才支撑
（一）引进高层次人才。对引进的博士研究生给予安家补贴20万元。
（二）培育本土工匠。每年培训技能人才3000人次。
三、推进绿色发展
（一）加强生态保护修复。完成矿山生态修复1.5万亩。
（二）健全生态补偿机制。对水源地乡镇每年补偿500万元。
四、加大要素保障
（一）提高金融服务水平。引导县域银行新增贷款重点投向制造业。
（二）保障项目用地。每年安排工业用地指标不少于800亩。
"""


@pytest.mark.parametrize("question, area", [
    ("人才方面有哪些举措", "人才"), ("在生态方面有哪些部署？", "生态"), ("金融这块讲了什么", "金融"),
    ("用地这一块有什么安排", "用地"), ("哪些方面需要加强", None), ("各方面都要抓好", None),
    ("人才那块说了啥", "人才"), ("宣传那一块有啥要求", "宣传"), ("就业那部分讲了什么", "就业"),
    ("这部分讲了什么", None),
])
def test_a_field_named_by_a_short_word_is_read(question, area):
    assert area_asked(question) == area


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    return assistant.variant(index=index_in_memory([parse_speech(PLAN, "plan")], encoder)).ask


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("人才方面有哪些举措", ["引进高层次人才", "培育本土工匠"]),
    ("在生态方面有哪些部署？", ["加强生态保护修复", "健全生态补偿机制"]),
    ("金融这块讲了什么", ["重点投向制造业"]),
    ("人才那块说了啥", ["引进高层次人才", "培育本土工匠"]),
    ("生态那一块有啥部署", ["加强生态保护修复", "健全生态补偿机制"]),
])
def test_the_heading_of_the_field_answers(ask, question, expected):
    answer = ask(question)
    assert answer.answerable and all(e in answer.answer for e in expected), answer.answer


TOURISM = """在全县乡村旅游发展大会上的讲话
同志们：
一、发展成效
今年全县接待游客320万人次，旅游收入增长18%。
二、下一步工作
（一）提升景区品质。创建3A级以上景区2个。
（二）做强民宿产业。新增精品民宿60家。
"""


@pytest.mark.slow
def test_in_a_library_the_one_speech_with_the_field_answers(assistant, encoder):
    docs = [parse_speech(PLAN, "plan"), parse_speech(TOURISM, "tourism")]
    answer = assistant.variant(index=index_in_memory(docs, encoder)).ask("人才方面有哪些举措")
    assert answer.answerable and "引进高层次人才" in answer.answer, answer.answer
    assert {c.document for c in answer.citations} == {"plan"}
