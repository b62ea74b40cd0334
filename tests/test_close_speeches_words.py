"""A library question whose generic words ("今年…重点任务") fit several speeches but whose subject
("乡村振兴") only one holds: answered from the speech that holds the subject, and its list goes
on there ("第四项呢"). Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory
from qa.close_speeches import holding_most_words

DIGITAL = """在全市数字经济发展大会上的讲话
同志们：
近年来，全市数字经济保持较快增长，核心产业增加值达到210亿元。
第二部分　今年的重点任务
今年的重点任务有三项，各地各部门要抓紧抓实。
一、加快数字产业化
围绕电子元器件和软件服务，今年引进重点项目15个，核心产业增加值力争突破300亿元。
二、推进产业数字化
今年新培育智能工厂12家，推动800家中小企业上云。
三、夯实数字底座
今年新建5G基站900个，建成城市算力中心一期。
"""
RURAL = """在全县乡村振兴推进会上的讲话
同志们：
这次会议的主要任务是，总结去年工作，安排部署今年重点任务。
一、去年工作回顾
去年全县农村居民人均可支配收入增长7.2%。
二、突出重点，全力抓好乡村振兴各项任务
一是抓产业，促进农民增收。发展茶叶、食用菌两大特色产业，培育农产品加工企业6家。
二是抓建设，改善人居环境。完成农村户厕改造1800户，新建污水处理设施30处。
三是抓治理，提升治理效能。推广积分制管理，遏制高额彩礼和大操大办。
四是抓改革，激发发展活力。深化农村集体产权制度改革，村集体经济收入全部达到8万元以上。
"""
HEALTH = """在全县卫生健康工作会议上的讲话
今年卫生健康工作的重点任务有三项。
第一，推进县域医共体建设，年内乡镇卫生院全部达到服务能力基本标准。
第二，加强公共卫生，65岁以上老人健康管理率达到75%。
第三，做好医保支付方式改革。
"""


@pytest.fixture(scope="module")
def ask(assistant, encoder):
    docs = [parse_speech(DIGITAL, "digital"), parse_speech(RURAL, "rural"), parse_speech(HEALTH, "health")]
    return assistant.variant(index=index_in_memory(docs, encoder)).ask


@pytest.mark.parametrize("question", ["今年乡村振兴有哪些重点任务?", "乡村振兴今年重点抓哪几项任务", "今年乡村振兴重点任务有哪几项"])
def test_the_speech_holding_the_subject_answers(ask, question):
    a = ask(question)
    assert a.answerable
    docs = [c.document for c in a.citations]
    assert docs[0] == "rural"  # never led by the speech that lacks the subject
    assert "二是抓建设" in a.answer and "四是抓改革" in a.answer


def test_the_list_goes_on_in_that_speech(ask):
    first = "今年乡村振兴有哪些重点任务?"
    a = ask("第四项呢?", [first])
    assert {c.document for c in a.citations} == {"rural"}
    assert "集体产权制度改革" in a.answer
    b = ask("第二项呢?", [first, "第四项呢?"])
    assert "户厕改造" in b.answer and "产业数字化" not in b.answer


def test_a_subject_every_close_speech_holds_keeps_them_all():
    texts = {"a": "今年重点任务：乡村振兴。", "b": "乡村振兴的重点任务有三项。", "c": "今年重点工作。"}
    assert holding_most_words("今年乡村振兴有哪些重点任务", ["a", "b"], texts.get) == ["a", "b"]
    # c, first, holds neither word; a and b hold both
    assert holding_most_words("今年乡村振兴有哪些重点任务", ["c", "a", "b"], texts.get) == ["a", "b"]
    # only the first gives way: c after a is kept, as it was found close to a
    assert holding_most_words("今年乡村振兴有哪些重点任务", ["a", "c"], texts.get) == ["a", "c"]


def test_a_speech_holding_fewer_words_and_none_the_other_lacks_is_left_out():
    texts = {"x": "数字经济今年的重点任务有三项。", "y": "乡村振兴今年的重点任务有四项。"}
    assert holding_most_words("今年乡村振兴有哪些重点任务", ["x", "y"], texts.get) == ["y"]
    # each holds a word the other lacks: both stay
    both = {"x": "数字经济的重点任务。", "y": "乡村振兴的工作安排。"}
    assert holding_most_words("乡村振兴有哪些重点任务", ["x", "y"], both.get) == ["x", "y"]
