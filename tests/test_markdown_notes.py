"""A speech saved from a notes app as Markdown (.md): bold lead sentences, links, a table,
an app's closing line. The reader gives the text a reader sees, without the markup, and keeps
what a single ``*`` means in a speech (a blanked figure). Texts written here."""
from __future__ import annotations

import pytest

from index.formats.markdown import plain_markdown
from index.reader import read_speech_file
from qa.periods import document_year

NOTES = """# 在全市优化营商环境大会上的讲话

> 来源：江城日报 2026-04-18

**市委书记 王明**

同志们：

## 一、重点任务

### （一）提升政务服务效能

**一是深化“一件事”改革。**新推出15个集成服务场景，由市政务服务局牵头，6月底前上线。

**二是推动惠企政策直达。**建设“惠企通”平台，详见[附件：任务分工表](https://example.gov.cn/x.pdf)。

### （二）强化要素保障

全市有*个园区完成“标准地”改革，另有*个正在推进。

| 指标 | 2025年 | 2026年目标 |
|---|---|---|
| 企业开办时间 | 1个工作日 | 0.5个工作日 |

---
*本文由某某笔记导出*
"""


@pytest.mark.parametrize("marked, plain", [
    ("**一是深化改革。**今年要…", "一是深化改革。今年要…"),
    ("__二是加强监管。__对违规的…", "二是加强监管。对违规的…"),
    ("详见[附件：任务分工表](https://example.gov.cn/x.pdf)。", "详见附件：任务分工表。"),
    ("![现场图片](img/1.png)会议现场", "现场图片会议现场"),
    ("*本文由某某笔记导出*", "本文由某某笔记导出"),
    ("按`一网通办`要求", "按一网通办要求"),
    ("有*个园区没有学校，*个园区没有医院", "有*个园区没有学校，*个园区没有医院"),  # blanks, not emphasis
    ("增长**%，投资**亿元", "增长**%，投资**亿元"),
])
def test_inline_markup_comes_off_and_blanks_stay(marked, plain):
    assert plain_markdown(marked) == plain


def test_a_notes_export_reads_as_its_visible_text(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(NOTES, encoding="utf-8")
    doc = read_speech_file(path)
    text = "".join(p.text for p in doc.passages)
    assert doc.title == "在全市优化营商环境大会上的讲话"
    assert "**" not in text and "example.gov.cn" not in text and "](" not in text
    assert "一是深化“一件事”改革。新推出15个集成服务场景" in text
    assert "有*个园区完成" in text  # the blank is kept
    assert any("企业开办时间" in p.text and "0.5个工作日" in p.text for p in doc.passages)


@pytest.mark.parametrize("dateline, year", [
    ("> 来源：江城日报 2026-04-18", 2026), ("发布时间：2025/12/30", 2025), ("2024.03.08 来源：某某网", 2024),
])
def test_a_date_in_figures_dates_the_speech(tmp_path, dateline, year):
    path = tmp_path / "notes.md"
    path.write_text(NOTES.replace("> 来源：江城日报 2026-04-18", dateline), encoding="utf-8")
    assert document_year(read_speech_file(path)) == year


@pytest.mark.parametrize("footer", ["---\n*本文由某某笔记导出*", "***\n—— 由某某文档生成 ——", "- - -\n发送自我的iPhone",
                                    "___\nSent from my iPad"])
def test_a_rule_and_an_apps_stamp_are_no_text_of_the_speech(tmp_path, footer):
    path = tmp_path / "notes.md"
    path.write_text(NOTES.replace("---\n*本文由某某笔记导出*", footer), encoding="utf-8")
    text = "".join(p.text for p in read_speech_file(path).passages)
    assert "企业开办时间" in text  # the table before it stays
    rule, stamp = footer.splitlines()
    assert rule.replace(" ", "") not in text and stamp.strip("*— ") not in text


def test_a_table_rule_is_no_thematic_break():
    assert plain_markdown("| a | b |\n|---|---|\n| 1 | 2 |") == "| a | b |\n|---|---|\n| 1 | 2 |"
