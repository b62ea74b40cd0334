"""A hard-wrapped text (copied from a PDF, paragraphs not indented) whose line ends right after a
point's short lead begun mid-line ("…站213个。四是应急处置有力有效。"): the point's body on the next
line stays with it, and the points after it in the same paragraph are read. Texts written here,
three wordings; a line that ends a paragraph, and a next line that opens a point, stay apart."""
from __future__ import annotations

import pytest

from index.hard_wrap import lead_runs_on
from index.parser import parse_speech

WIDTH = 30


def _wrap(paragraph: str, break_after: str) -> list[str]:
    """Lines of ``WIDTH`` characters, one line ending right after ``break_after`` as a PDF's might."""
    head, tail = paragraph.split(break_after, 1)
    head += break_after
    first = len(head) % WIDTH or WIDTH  # the line holding the lead is a full one, ending with it
    lines = [head[:first]] + [head[i:i + WIDTH] for i in range(first, len(head), WIDTH)]
    return lines + [tail[i:i + WIDTH] for i in range(0, len(tail), WIDTH)]


FILLER = ("全县上下认真贯彻落实上级决策部署，坚持问题导向和目标导向相统一，统筹发展和安全，"
          "各项工作取得了新的进展，为完成全年目标任务打下了坚实基础，得到了上级的充分肯定。")

CASES = [
    ("在全县安全生产工作会议上的讲话", "（一）过去一年工作取得了明显成效",
     "一是隐患排查整治力度持续加大，全年排查隐患1200处。二是执法检查更加严格，立案查处违法行为136起。三是基础保障不断夯实，"
     "县财政投入资金3260万元，建成村级应急服务站213个。四是应急处置有力有效。去年汛期成功应对6轮强降雨过程，提前转移避险群众1.3万人次。"
     "五是体制机制逐步健全，明确了38个部门的安全监管职责。",
     "四是应急处置有力有效。", "转移避险群众1.3万人次", "五是"),
    ("在全市文明城市创建推进会上的讲话", "（二）主要做法",
     "一要强化组织领导，成立创建工作指挥部，市委书记任指挥长。二要突出问题整改，全年整改各类问题4300余个。"
     "三要坚持共建共享。全市组建志愿服务队伍860支，注册志愿者达到21万人，开展志愿服务活动1.5万场次。"
     "四要健全长效机制，出台常态化管理办法12项。",
     "三要坚持共建共享。", "注册志愿者达到21万人", "四要"),
    ("在全区优化营商环境工作会议上的讲话", "（一）去年工作回顾",
     "其一，审批效率明显提升，企业开办时间压缩至0.5个工作日。其二，要素保障持续加强，新增工业用地3200亩。"
     "其三，政策兑现提速增效。全年兑现惠企资金5.6亿元，惠及企业2300家，平均兑现周期缩短至15天。"
     "其四，法治环境持续优化，涉企行政检查次数下降31%。",
     "其三，政策兑现提速增效。", "惠及企业2300家", "其四"),
]


def _text(title: str, heading: str, paragraph: str, lead: str) -> str:
    lines = [title, "一、总体情况", *_wrap(FILLER * 2, "打下了坚实基础，"), heading, *_wrap(paragraph, lead),
             "二、下一步工作", *_wrap(FILLER * 2, "得到了上级的充分肯定。")]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("before, text, runs", [
    ("建成乡镇应急救援队18支、村级应急服务站213个。四是应急处置有力有效。", "去年汛期，我们成功应对了6轮强降雨过程", True),
    ("建成乡镇应急救援队18支、村级应急服务站213个。四是应急处置有力有效。", "五是体制机制逐步健全。", False),
    ("建成乡镇应急救援队18支、村级应急服务站213个，成效明显。", "去年汛期，我们成功应对了6轮强降雨过程", False),
])
def test_a_lead_ending_a_line_runs_on(before, text, runs):
    assert lead_runs_on(before, text, WIDTH) is runs
    assert not lead_runs_on(before, text, None)  # a text not hard-wrapped: lines are its paragraphs


@pytest.mark.parametrize("title, heading, paragraph, lead, body, later", CASES)
def test_the_body_after_a_wrapped_lead_stays_with_its_point(title, heading, paragraph, lead, body, later):
    doc = parse_speech(_text(title, heading, paragraph, lead), "wrapped")
    holding = [p for p in doc.passages if lead in p.text]
    assert holding and body in holding[0].text, [p.text for p in doc.passages]
    assert any(p.section.endswith(later) or p.text.startswith(later) for p in doc.passages), \
        [p.section for p in doc.passages]
