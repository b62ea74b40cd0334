"""An official document's issuing number ("青政办发〔2025〕12号"), under its title or above it under
the issuer's banner, is header, not body: "文号是多少" is answered from it, cited; a text with none
is not given one. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.title import DOC_NUMBER_RE

UNDER_TITLE = """青禾县人民政府办公室关于做好2026年春季农业生产工作的通知
青政办发〔2026〕7号
各乡镇人民政府，县直各有关单位：
为抓好春季农业生产，确保全年粮食播种面积稳定在45万亩以上，现将有关事项通知如下。
一、抓好春耕备耕。各乡镇要在3月底前完成农资储备和农机检修。
二、强化技术指导。县农业农村局组织农技人员下沉一线，每个行政村明确1名技术指导员。
"""

ABOVE_TITLE = """青禾市农业农村局文件
青农发[2025]23号
青禾市农业农村局关于印发《青禾市高标准农田建设管护办法》的通知
各县（市、区）农业农村局：
现将《青禾市高标准农田建设管护办法》印发给你们，请结合实际认真贯彻执行。
高标准农田建成后，由所在乡镇人民政府负责日常管护，管护经费按每亩每年20元的标准列入预算。
"""

NONE = """青禾县关于推进农村寄递物流体系建设的实施方案
为畅通农产品进城和工业品下乡双向流通渠道，制定本方案。
一、工作目标。到2026年底，全县行政村快递服务通达率达到100%。
"""


@pytest.mark.parametrize("line, numbered", [
    ("青政办发〔2026〕7号", True), ("青农发[2025]23号", True), ("国发（2024）第5号", True),
    ("第7号", False), ("2025年3月7号", False), ("各乡镇人民政府：", False),
])
def test_an_issuing_number_is_told_by_its_shape(line, numbered):
    assert bool(DOC_NUMBER_RE.fullmatch(line)) is numbered


@pytest.mark.parametrize("text, number", [(UNDER_TITLE, "青政办发〔2026〕7号"), (ABOVE_TITLE, "青农发[2025]23号")])
def test_the_number_is_no_passage(text, number):
    document = parse_speech(text, "notice")
    assert document.title.endswith("的通知")
    assert not any(number in p.text for p in document.passages)


@pytest.mark.slow
@pytest.mark.parametrize("text, question, number", [
    (UNDER_TITLE, "这份通知的文号是多少？", "青政办发〔2026〕7号"),
    (UNDER_TITLE, "发文字号是什么", "青政办发〔2026〕7号"),
    (ABOVE_TITLE, "文号是多少", "青农发[2025]23号"),
    (ABOVE_TITLE, "What is the document number?", "青农发[2025]23号"),
])
def test_the_number_answers_what_it_is(ask_of, text, question, number):
    answer = ask_of(text)(question)
    assert answer.answerable and number in answer.answer and answer.citations, answer.answer
    assert number in answer.citations[0].text


@pytest.mark.slow
def test_a_text_without_a_number_is_given_none(ask_of):
    answer = ask_of(NONE)("这个方案的文号是多少？")
    assert not answer.answerable, answer.answer
