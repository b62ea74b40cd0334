"""A report's appendix after its closing ("名词解释", "注释", "附件1"): a top-level part of its own,
not notes of the body's last part, and a glossary note ("4.“标准地”：指…") says what its term
means. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

BODY = """政府工作报告
——2026年1月10日在青川市第十五届人民代表大会第五次会议上
各位代表：
一、2025年工作回顾
推行工业用地“标准地”（注1）出让，全年出让“标准地”46宗。培育发展首发经济（注2），引进品牌首店30家。
二、加强政府自身建设
坚持依法行政。严格落实重大行政决策程序规定。
坚持廉洁从政。一般性支出再压减5%。
各位代表！让我们凝心聚力、真抓实干，奋力完成全年目标任务！
{head}
1.“标准地”：指对新建工业项目预先设定投资强度、亩均税收等控制性指标后再出让的国有建设用地。
2.“首发经济”：指企业发布新产品、开设首店等经济活动的总称。
"""


@pytest.mark.parametrize("head", ["名词解释", "【名词解释】", "注释：", "附件1：有关名词解释"])
def test_an_appendix_is_a_top_level_part_with_its_notes(head):
    doc = parse_speech(BODY.format(head=head), "d")
    tops = [n.title for n in doc.outline]
    assert tops[-1] == head and len(tops) == 3, tops
    assert not doc.outline[1].children  # the body's last part keeps none of the notes
    notes = [p.text for p in doc.passages if p.section.startswith(head)]
    assert [t[:2] for t in notes] == ["1.", "2."], notes


def test_a_line_naming_an_appendix_inside_a_paragraph_is_text():
    doc = parse_speech(BODY.format(head="附件：任务分工表见后。各地要认真落实。"), "d")
    assert len(doc.outline) == 2


@pytest.mark.slow
@pytest.mark.parametrize("question, meaning", [
    ("标准地是什么意思", "预先设定投资强度"), ("首发经济指的是什么", "开设首店"),
])
def test_a_glossary_note_says_what_its_term_means(ask_of, question, meaning):
    answer = ask_of(BODY.format(head="名词解释"))(question)
    assert answer.answerable and meaning in answer.answer, answer.answer


# A speech's closing words under a heading of their own ("结语", "结束语：", "【结语】"): a top-level
# part after the body, not a bare line of the last part's text (quoted as text that breaks off).
CLOSING = """在全区营商环境优化大会上的讲话
同志们：
今天召开大会，部署营商环境优化工作。
一、形势
过去一年，全区新增市场主体8200户，企业开办时间压缩到1个工作日。
二、任务
（一）深化“一网通办”，年内实现高频事项全程网办。
（二）开展涉企收费专项清理，9月底前完成。
{head}
同志们，营商环境没有最好、只有更好。希望大家以钉钉子精神抓落实，让企业在我区安心发展。
"""


@pytest.mark.parametrize("head", ["结语", "结束语：", "【结语】"])
def test_closing_words_are_a_top_level_part(head):
    doc = parse_speech(CLOSING.format(head=head), "closing")
    last = doc.outline[-1]
    assert last.title.strip("【】：") in ("结语", "结束语"), [n.title for n in doc.outline]
    assert any("钉钉子精神" in p.text and p.section.startswith(last.title) for p in doc.passages)
    assert not any(p.text.strip("【】：") in ("结语", "结束语") for p in doc.passages)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["结语讲了什么", "结束语部分说了啥"])
def test_the_closing_words_answer_when_named(ask_of, question):
    head = "结束语：" if "结束语" in question else "结语"
    answer = ask_of(CLOSING.format(head=head), "closing")(question)
    assert answer.answerable and "钉钉子精神" in answer.answer and "中断" not in answer.answer, answer.answer
