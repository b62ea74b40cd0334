"""A reply to a proposal as a bureau sends it: its issuer on the first line, then "关于…提案的答复" (the
title), the reply's number with its class beside it ("岚政协提字〔2026〕56号　　A类"), and the member it
answers ("尊敬的…委员："). The title is the 关于…的答复 line, not the issuer; the number line is its
number, not text run into the salutation; and "这是对谁的提案的答复" asks whom it answers. Texts
written here."""
from __future__ import annotations

import pytest

from index.byline import read_byline
from index.parser import parse_speech
from index.title import looks_like_title
from qa.addressee import addressee_asked

REPLY = """石溪县交通运输局
关于县政协十一届三次会议第61号提案的答复

石政协提字〔2026〕61号　　　　　　　　　　{mark}

尊敬的孔令秋委员：
您提出的《关于增开农村客运班线的建议》收悉。经认真研究，现答复如下：
一、基本情况
全县现有农村客运线路52条，日均班次不足2班的村有29个。
二、下一步打算
今年将新开通预约响应式客运线路6条。

石溪县交通运输局
2026年6月2日
"""


@pytest.mark.parametrize("title", ["关于县政协十一届三次会议第61号提案的答复", "关于市人大代表第12号建议的答复",
                                   "关于加快老旧小区改造的复函"])
def test_a_reply_is_a_documents_title(title):
    assert looks_like_title(title)


@pytest.mark.parametrize("mark", ["A类", "B类", "签发人：孟凡", ""])
def test_the_number_line_with_its_mark_is_the_number(mark):
    doc = parse_speech(REPLY.format(mark=mark), "reply")
    assert doc.title == "关于县政协十一届三次会议第61号提案的答复"
    number = read_byline(doc.source, doc.id, doc.title).number
    assert number is not None and number.text.startswith("石政协提字〔2026〕61号")
    assert doc.passages[0].text == "尊敬的孔令秋委员：", doc.passages[0].text


@pytest.mark.parametrize("question", ["这是对谁的提案的答复", "这是给哪位委员的回复", "提案是谁提的"])
def test_whom_it_answers_is_asked(question):
    assert addressee_asked(question)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["这是对谁的提案的答复", "提案是谁提的"])
def test_whom_it_answers_is_answered(ask_of, question):
    answer = ask_of(REPLY.format(mark="A类"))(question)
    assert "孔令秋委员" in answer.answer, answer.answer
