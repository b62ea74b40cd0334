"""A regulation's article asked by its number ("第十三条讲了什么", "第35条罚多少", "第九条的第二项").

Read as an ordinal, "第十三条" was the thirteenth point of a list: "这里只列出了4点,没有第13点" of the
article's own four points, or of the last answer's list; written in digits it named no heading, and
"第35条罚多少" quoted the header's "第35次常务会议". The article is the heading "第N条"; a second
ordinal picks a point inside it. Texts written here, as three kinds of rules; the counter-case
keeps "第三条措施" of a speech with no articles a point of its list.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]


def _rules(name: str, meeting: int, subject: str, duties: list[str], fine: str) -> str:
    """A set of rules: a header naming the meeting (numbered like an article), chapters, articles."""
    body = [f"某某市{name}", "", f"（2025年3月6日市人民政府第{meeting}次常务会议通过）", "", "第一章　总则", ""]
    for n in range(1, 13):
        if n == 9:
            body += [f"第{CN[n]}条　{subject}责任人应当履行下列职责：", *[f"（{CN[i + 1]}）{d}；" for i, d in enumerate(duties)], ""]
        elif n == 11:
            body += ["第二章　法律责任", "", f"第{CN[n]}条　违反本{name[-2:]}第九条规定的，由主管部门责令改正；{fine}", ""]
        else:
            body += [f"第{CN[n]}条　本市{subject}工作坚持第{CN[n]}项原则，由市{subject}主管部门组织实施，相关部门按职责配合。", ""]
    return "\n".join(body)


RULES = [
    ("停车管理办法", 11, "停车场", ["公示收费标准和服务时间", "配备管理人员", "建立车辆进出台账", "保持消防通道畅通"],
     "拒不改正的，处500元以上3000元以下罚款。", "500元以上3000元以下"),
    ("养犬管理规定", 11, "养犬", ["办理养犬登记", "为犬只接种狂犬病疫苗", "出户时束犬链", "及时清除犬只粪便"],
     "拒不改正的，对个人处200元以上1000元以下罚款。", "200元以上1000元以下"),
    ("物业服务条例", 11, "物业服务", ["公开服务事项和收费标准", "做好共用设施维护", "建立安全巡查制度", "按时公布收支情况"],
     "情节严重的，处1万元以上5万元以下罚款。", "1万元以上5万元以下"),
]


@pytest.mark.parametrize("name, meeting, subject, duties, fine, amount", RULES)
def test_an_article_by_its_number_is_that_article(ask_of, name, meeting, subject, duties, fine, amount):
    ask = ask_of(_rules(name, meeting, subject, duties, fine), "rules")
    whole = ask("第九条讲了什么")
    assert all(d in whole.answer for d in duties) and "没有第9点" not in whole.answer
    count = ask("第九条有几点要求")
    assert "没有第" not in count.answer and all(d in count.answer for d in duties)
    one = ask("第九条的第二项是什么")
    assert duties[1] in one.answer and duties[0] not in one.answer
    penalty = ask(f"第{meeting}条罚多少")  # the header's "第11次常务会议" shares the number
    assert amount in penalty.answer and "常务会议" not in penalty.answer


@pytest.mark.parametrize("name, meeting, subject, duties, fine, amount", RULES)
def test_an_article_after_a_shorter_list_is_still_the_article(ask_of, name, meeting, subject, duties, fine, amount):
    ask = ask_of(_rules(name, meeting, subject, duties, fine), "rules")
    first = ask(f"{subject}责任人有哪些职责")
    assert all(d in first.answer for d in duties)
    later = ask("第十一条怎么规定的", [first.question])
    assert amount in later.answer and "没有第" not in later.answer


def test_a_point_of_a_speech_with_no_articles_keeps_its_number(ask_of):
    text = ("在全县安全生产工作会议上的讲话\n\n同志们：\n\n今年是安全生产专项整治的攻坚之年，全县上下要绷紧安全这根弦。\n\n"
            "今年要重点抓好四条措施。\n\n第一条，压实企业主体责任。企业主要负责人要亲自抓、负总责。\n\n"
            "第二条，开展隐患排查整治。年底前整改到位。\n\n第三条，加强执法检查。县应急管理局每季度组织一次联合执法。\n\n"
            "第四条，强化应急演练。各乡镇每半年至少组织一次综合演练。\n")
    answer = ask_of(text, "speech")("第三条措施是什么")
    assert "加强执法检查" in answer.answer and "隐患排查" not in answer.answer


def test_a_point_by_its_number_is_no_article():
    from index.parser import parse_speech
    from qa.numbered_items import item_by_number
    doc = parse_speech(_rules(*RULES[0][:5]), "rules")
    assert item_by_number("第九条讲了什么", doc).title.startswith("第九条")
    assert item_by_number("第9条讲了什么", doc).title.startswith("第九条")
    assert item_by_number("第一项今年要改多少厕所", doc) is None  # "第一项" of the last answer's list
