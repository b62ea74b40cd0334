"""Two list questions of a work report:
- "有哪几点体会" of "回顾一年来的工作，我们有几点深刻体会：一是…二是…": the points announced, not the
  speech's parts (a part is asked as "讲了哪几点意见");
- "工业方面要抓哪几件事" of a part "（二）坚持工业强县，…" with its 一是…四是: the field named is that
  part, though another passage shares more words; 件事 is no noun the answer must hold.
Texts written here, in three wordings; the counter-case keeps "讲了哪几点意见" the parts."""
from __future__ import annotations

import pytest

from qa.intent import asked_nouns

pytestmark = pytest.mark.slow


def _report(lesson_noun: str, lessons: list[str], field: str, field_items: list[str]) -> str:
    points = "；".join(f"{n}是{t}" for n, t in zip("一二三四", lessons))
    items = "\n\n".join(f"{n}是{t}" for n, t in zip("一二三四", field_items))
    return f"""在全县经济工作会议上的讲话

同志们：下面，我讲三点意见。

一、回顾去年工作

去年全县地区生产总值增长6.2%，完成固定资产投资98.5亿元。回顾一年来的工作，我们有几点深刻{lesson_noun}：{points}。

二、做好今年工作

（一）坚持项目为王，着力扩大有效投资。今年全县共安排重点项目130个，年度计划投资105亿元。

（二）坚持{field}，着力壮大实体经济。

{items}

（三）坚持民生为本，着力增进民生福祉。新增城镇就业4000人以上，改造老旧小区18个。

三、狠抓工作落实

广大干部要加强学习，多到项目一线、企业一线去，切实提高抓经济、抓项目、抓招商的本领，把更多的时间和精力用在抓落实上。
"""


WORDINGS = [
    ("体会", ["必须坚持发展第一要务不动摇", "必须坚持项目带动不动摇", "必须坚持真抓实干不动摇"], "工业强县", "工业",
     ["做强主导产业。力争新材料产业产值突破100亿元。", "加快平台建设。年内建成标准化厂房20万平方米。",
      "推进转型升级。实施技术改造项目40个以上。", "增强创新能力。研发经费投入强度提高到1.8%。"]),
    ("体会", ["发展是硬道理", "项目是生命线", "作风是保障"], "实体经济强县", "实体经济",
     ["培育龙头企业。新增规上企业15家。", "建设产业园区。新建标准厂房10万平方米。",
      "推动数字化改造。推动30家企业上云。", "强化要素保障。盘活闲置土地800亩。"]),
    ("启示", ["抓发展必须抓项目", "抓项目必须优环境", "优环境必须转作风"], "工业兴县", "工业",
     ["壮大主导产业。铝加工产值增长10%。", "提升园区承载。完成污水处理厂提标改造。",
      "加快技术改造。实施技改项目35个。", "培育创新主体。新认定高新技术企业8家。"]),
]


@pytest.mark.parametrize("noun, lessons, field, area, items", WORDINGS)
def test_the_points_announced_by_their_noun(ask_of, noun, lessons, field, area, items):
    answer = ask_of(_report(noun, lessons, field, items), "report")(f"有哪几点{noun}")
    assert all(lesson in answer.answer for lesson in lessons) and "做好今年工作" not in answer.answer


@pytest.mark.parametrize("noun, lessons, field, area, items", WORDINGS)
def test_a_field_named_gets_its_items(ask_of, noun, lessons, field, area, items):
    answer = ask_of(_report(noun, lessons, field, items), "report")(f"{area}方面要抓哪几件事")
    assert all(item.split("。")[0] in answer.answer for item in items)


def test_the_parts_are_still_the_parts(ask_of):
    noun, lessons, field, _area, items = WORDINGS[0]
    answer = ask_of(_report(noun, lessons, field, items), "report")("讲了哪几点意见")
    assert "回顾去年工作" in answer.answer and "做好今年工作" in answer.answer


def test_a_thing_counted_is_no_noun_asked():
    assert asked_nouns("工业方面要抓哪几件事") == []
