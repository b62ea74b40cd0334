"""A point whose heading opens the text after a gap ("（此处有删节）" / "第四，民生欠账较多。…") starts whole: the
gap took the point before it, not its opening. Its passages carry no "starts after a gap" flag and its
answers no "开头不完整" notice; the point the gap took is still said to be missing. Text run on after a gap
with no heading of its own still starts mid-text. Texts written here, in two numbering styles."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

ORDINALS = """在全县工作会议上的讲话
同志们：
当前我县发展还存在一些问题，主要表现在以下几个方面：
第一，产业层次不高。工业以传统建材为主，新兴产业占比只有18%。
第二，项目储备不足。投资10亿元以上的项目只有5个。
（此处有删节）
第四，民生欠账较多。农村养老服务供给不足，互助幸福院覆盖率只有35%。
下一步，要推动互助幸福院覆盖率提高到50%以上。
"""

SECTIONS = """在全区经济工作会议上的讲话
一、今年重点工作
（一）抓项目扩投资。全年实施重点项目120个。
（二）抓产业促转型。新培育规上工业企业30家。
……（中间部分省略）……
（四）抓民生保稳定。新增城镇就业5000人，改造老旧小区40个。
"""

RUN_ON = """在全区经济工作会议上的讲话
一、今年重点工作
（一）抓项目扩投资。全年实施重点项目120个。
（此处有删节）
同时要加快前期工作，确保项目按期开工。
"""


@pytest.mark.parametrize("text, title, body", [(ORDINALS, "第四，民生欠账较多", "农村养老服务供给不足"),
                                               (SECTIONS, "（四）抓民生保稳定", "新增城镇就业5000人")])
def test_a_heading_after_a_gap_starts_its_point_whole(text, title, body):
    doc = parse_speech(text, "d")
    node = next(n for n in doc.outline_nodes() if n.title == title)
    assert node.status == "complete"
    first = next(p for p in doc.passages if p.text.startswith(body))
    assert "starts after a gap" not in [f.detail for f in first.flags]
    assert any(n.status == "omitted" for n in doc.outline_nodes())  # the point the gap took


def test_text_run_on_after_a_gap_still_starts_mid_text():
    doc = parse_speech(RUN_ON, "d")
    after = next(p for p in doc.passages if p.text.startswith("同时要加快前期工作"))
    assert "starts after a gap" in [f.detail for f in after.flags]


@pytest.mark.slow
def test_a_figure_of_that_point_has_no_opening_notice(ask_of):
    answer = ask_of(ORDINALS)("互助幸福院覆盖率现在多少")
    assert "35%" in answer.answer and not any("开头不完整" in n.message for n in answer.notices), answer.notices
