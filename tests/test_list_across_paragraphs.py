"""A list a colon opens goes on past its paragraph's end when that ends on "；" ("主要预期目标是：…增长7%；"
then "城镇新增就业5000人以上；…"): one paragraph, so the question on the targets gets them all. A point
opening the next paragraph ("二是…"), or a paragraph that opened no list, stays apart. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.reader import read_speech_file

TEXT = """2026年县政府工作报告
二、2026年主要预期目标
主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；城乡居民人均可支配收入分别增长5.5%和7%；

城镇新增就业5000人以上；居民消费价格涨幅3%左右；粮食总产量稳定在37万吨以上。

地区生产总值增长6%左右的目标，与“十五五”规划相衔接。
"""

HTML = """<html><head><title>2026年政府工作报告</title></head><body>
<h1>2026年政府工作报告</h1>
<p>二、2026年主要预期目标</p>
<p>今年的主要预期目标是：地区生产总值增长5.5%；规模以上工业增加值增长7%；</p>
<p>城镇调查失业率控制在5.5%以内；森林覆盖率稳定在62%以上。</p>
<p>三、2026年重点工作</p>
<p>全年安排重点项目120个。</p>
</body></html>"""

POINTS = """全县安全生产工作会议讲话
一、存在的问题
当前还存在以下问题：一是隐患排查不深入；

二是应急能力较薄弱；

三是责任落实不到位。
二、下一步工作
要压实责任；

要加强督查。
"""


BRACKETS = """关于发放高龄津贴的通知
一、发放标准
高龄津贴按年龄分档发放：
1.80—89周岁：每人每月100元；
2.90—99周岁：每人每月300元；
3.100周岁以上：每人每月600元。
"""


def test_an_item_is_followed_by_the_next_not_by_more_of_itself():
    doc = parse_speech(BRACKETS, "brackets")
    assert not any("每人每月100元" in t for t in _paragraph_with(doc, "每人每月300元"))


def _paragraph_with(doc, words):
    return [p.text for p in doc.passages if words in p.text]


def test_a_list_ending_on_a_semicolon_goes_on_in_the_next_paragraph():
    doc = parse_speech(TEXT, "report")
    [para] = _paragraph_with(doc, "地区生产总值增长6%左右；")
    assert "粮食总产量稳定在37万吨以上" in para and "与“十五五”规划相衔接" not in para


def test_the_same_in_a_pages_paragraphs(tmp_path):
    path = tmp_path / "report.html"
    path.write_text(HTML, encoding="utf-8")
    [para] = _paragraph_with(read_speech_file(path), "地区生产总值增长5.5%")
    assert "森林覆盖率稳定在62%以上" in para and "重点项目120个" not in para


@pytest.mark.parametrize("words, not_with", [("二是应急能力较薄弱", "一是隐患排查不深入"),
                                             ("要加强督查", "要压实责任")])
def test_a_point_or_a_paragraph_that_opened_no_list_stays_apart(words, not_with):
    doc = parse_speech(POINTS, "points")
    assert not any(not_with in t for t in _paragraph_with(doc, words))


@pytest.mark.slow
def test_the_targets_asked_are_all_there(ask_of):
    answer = ask_of(TEXT)("今年的主要预期目标有哪些")
    assert "粮食总产量" in answer.answer and "居民消费价格" in answer.answer, answer.answer
