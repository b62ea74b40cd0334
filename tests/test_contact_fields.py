"""The contact a notice or an opinion closes with ("联系人：王某，电话：…，邮箱：…@….com"): it is the
text's own, not site chrome, it is a line of its own (the attachment list after it still parses), and
"有事找谁，电话多少" is answered by it, quoted and cited. Texts written here."""
from __future__ import annotations

import pytest

from index.chrome import chrome_line_kind
from index.parser import parse_speech
from qa.meeting_fields import field_asked

ONE_LINE = """关于开展春季村庄清洁行动的通知
各乡镇人民政府，县直有关部门：
一、工作目标
全县所有行政村完成一轮集中清洁，清理积存垃圾4000吨。
二、工作要求
各乡镇要落实属地责任。每月25日前将进展情况报县农业农村局。
联系人：周立新，电话：0817-6621890，邮箱：nyjqj@126.com
附件：1.村庄清洁行动任务清单
2.检查验收标准

某县人民政府办公室
2026年3月2日
"""

LINES = """关于推进城乡供水管网改造的实施意见
各县（市、区）人民政府：
一、总体要求
到2027年，城乡供水管网漏损率控制在9%以内。
二、保障措施
各地要将管网改造纳入年度重点项目，市财政给予适当奖补。
联系人：李娜
联系电话：0851-86821234
某市水务局
2026年4月8日
"""

MEETING = """关于召开全县安全生产工作会议的通知
各乡镇，县直各部门：
经县政府研究，定于2026年5月6日上午9:00召开全县安全生产工作会议。
一、会议地点
县行政中心三楼第一会议室。
二、参会人员
各乡镇分管负责同志，县直有关部门主要负责同志。
会议联系人：郑伟，咨询电话：0835-2213456
"""


@pytest.mark.parametrize("line", ["联系人：周立新，电话：0817-6621890，邮箱：nyjqj@126.com",
                                  "联系电话：0851-86821234", "联 系 人：王芳"])
def test_a_contact_line_is_the_texts_own(line):
    assert chrome_line_kind(line) is None


@pytest.mark.parametrize("question, kind", [
    ("有事找谁，电话多少", "contact"), ("联系人是谁", "contact"), ("咨询电话是多少", "contact"),
    ("有问题打什么电话", "contact"), ("会议在哪里开", "place"), ("清理多少吨垃圾", None),
])
def test_which_questions_ask_the_contact(question, kind):
    assert field_asked(question) == kind


def test_the_attachments_after_a_contact_line_still_parse():
    doc = parse_speech(ONE_LINE, "notice")
    assert [n.title for n in doc.outline][-1] == "附件"
    contact = [p.text for p in doc.passages if "联系人" in p.text]
    assert contact and all("附件" not in t for t in contact), contact


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said", [
    (ONE_LINE, "有事找谁，电话多少", ["周立新", "0817-6621890"]),
    (ONE_LINE, "邮箱是多少", ["nyjqj@126.com"]),
    (LINES, "联系人是谁，联系电话呢", ["李娜", "0851-86821234"]),
    (LINES, "有问题打什么电话", ["0851-86821234"]),
    (MEETING, "会议联系人是谁", ["郑伟"]),
    (MEETING, "咨询电话是多少", ["0835-2213456"]),
])
def test_the_contact_is_quoted_and_cited(ask_of, text, question, said):
    answer = ask_of(text, "contact")(question)
    assert answer.answerable and all(s in answer.answer for s in said) and answer.citations, answer.answer
