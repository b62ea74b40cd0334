"""A policy Q&A whose questions are numbered ("问三：…怎么申请？" then "答：…", then "问四：…"): the
answer to a question is its 答 paragraph and stops at the next numbered question; a decline lists
what the questions are about, not the bare labels 问一/答 (which once left it to say "11
passages"); "（本期完）" ends the page; a 大学生 is the text's 高校毕业生. Texts written here, in
three wordings."""
from __future__ import annotations

import pytest

from index.chrome import chrome_line_kind
from index.parser import parse_speech
from qa.decline import speech_parts


def _qa(topic: str, qas: list[tuple[str, str]], end: str) -> str:
    body = "\n\n".join(f"**问{n}：{q}**\n\n答：{a}" for n, (q, a) in zip("一二三四", qas))
    return f"# 政策问答｜{topic}\n\n发布时间：2026-02-20　来源：市人社局\n\n{body}\n\n{end}\n"


WORDINGS = [
    ("2026年稳岗扩就业政策问答", [("企业吸纳高校毕业生有什么补贴？", "对招用毕业年度高校毕业生的中小微企业，按每人1500元给予一次性吸纳就业补贴。"),
                          ("灵活就业人员社保补贴怎么申请？", "可向户籍所在地街道社保所提出申请，按实际缴费的三分之二给予补贴。"),
                          ("创业担保贷款额度有多大？", "个人创业担保贷款最高额度为30万元，小微企业最高额度为400万元。")], "（本期完）",
     "灵活就业人员社保补贴怎么申请", "街道社保所", "30万元"),
    ("农机购置补贴政策解读", [("哪些机具可以申请补贴？", "列入本省补贴范围的拖拉机、收获机、植保无人机等12大类机具可以申请。"),
                        ("补贴资金怎么发放？", "购机者在县农业农村局审核通过后，补贴资金直接拨付到购机者本人银行账户。"),
                        ("单台补贴最高多少？", "单台拖拉机补贴最高不超过15万元，植保无人机每台最高补贴1.2万元。")], "（完）",
     "补贴资金怎么发放", "本人银行账户", "15万元"),
    ("城乡居民医保缴费十问", [("今年个人缴费标准是多少？", "2026年城乡居民医保个人缴费标准为每人每年400元。"),
                        ("在哪里缴费？", "可通过税务部门的微信小程序、银行网点或村（社区）代收点缴费。"),
                        ("困难群众有没有资助？", "特困人员个人缴费部分给予全额资助，低保对象给予定额资助200元。")], "【本期完】",
     "在哪里缴费", "代收点", "200元"),
]


@pytest.mark.parametrize("topic, qas, end, asked, said, next_answer", WORDINGS)
def test_the_page_and_its_topics(topic, qas, end, asked, said, next_answer):
    doc = parse_speech(_qa(topic, qas, end), "qa")
    assert doc.title == topic and chrome_line_kind(end) == "navigation"
    parts = speech_parts(doc)
    assert not any(p in ("问一", "答") or p.endswith("passages") for p in parts)
    assert any(qas[0][0].rstrip("？") in p for p in parts)


@pytest.mark.slow
@pytest.mark.parametrize("topic, qas, end, asked, said, next_answer", WORDINGS)
def test_a_question_is_answered_by_its_answer_alone(ask_of, topic, qas, end, asked, said, next_answer):
    answer = ask_of(_qa(topic, qas, end), "qa")(asked)
    assert said in answer.answer and next_answer not in answer.answer


@pytest.mark.slow
def test_a_graduate_in_everyday_words(ask_of):
    topic, qas, end, *_ = WORDINGS[0]
    answer = ask_of(_qa(topic, qas, end), "qa")("招一个大学生企业能拿多少钱")
    assert answer.answerable and "1500元" in answer.answer
