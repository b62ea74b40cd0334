"""Where a speech ends, quoted as the evidence of a completeness answer: its last words, never
a bare cut-off marker ("……", "（未完待续）"), and for a whole speech among several, its
ending too. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech
from index.store import index_in_memory

pytestmark = pytest.mark.slow

ELLIPSIS_LINE = """在全县农村供水工作会议上的讲话
同志们：
一、供水工作取得的成效
去年全县新建集中供水工程12处，农村自来水普及率达到93%。
二、下一步重点任务
1.加强水源保护。划定农村饮用水水源保护区，设立界标和警示牌。
2.完善管护机制。推行县级统管、乡镇协管、村级自管的管护模式，落实管护经费每年400万元。
……
"""
TO_BE_CONTINUED = """在全县秸秆综合利用工作会议上的讲话
同志们：
今年全县秸秆综合利用率要达到92%以上。各乡镇要建立秸秆收储点，实行网格化管理。
要大力推广秸秆还田，对实施深翻还田的农户每亩补助30元。
（未完待续）
"""
WHOLE = """在全县冬季爱国卫生运动动员会上的讲话
同志们：
冬季是传染病高发季节，各乡镇要集中开展环境卫生整治，清理卫生死角。
县卫健局要加强督导检查，每月通报一次进展。
谢谢大家！
"""


@pytest.mark.parametrize("text, words", [
    (ELLIPSIS_LINE, "落实管护经费每年400万元"),
    (TO_BE_CONTINUED, "每亩补助30元"),
])
def test_a_cut_speech_is_quoted_at_its_last_words_not_its_marker(assistant, encoder, text, words):
    variant = assistant.variant(index=index_in_memory([parse_speech(text, "cut")], encoder))
    answer = variant.ask("这篇讲话完整吗?")
    assert answer.answer.startswith("不完整")
    assert words in answer.answer
    assert "“……”" not in answer.answer and "“（未完待续）”" not in answer.answer
    assert any(words in c.text for c in answer.citations)


def test_each_speech_of_a_library_is_quoted_where_it_ends(assistant, encoder):
    docs = [parse_speech(ELLIPSIS_LINE, "water"), parse_speech(WHOLE, "health")]
    answer = assistant.variant(index=index_in_memory(docs, encoder)).ask("这篇讲话完整吗?")
    lines = {line.split("》")[0].lstrip("- 《"): line for line in answer.answer.splitlines() if "》" in line}
    whole = lines["在全县冬季爱国卫生运动动员会上的讲话"]
    assert "完整" in whole and "不完整" not in whole and "谢谢大家" in whole and "[" in whole
    cut = lines["在全县农村供水工作会议上的讲话"]
    assert "不完整" in cut and "400万元" in cut
    assert any("谢谢大家" in c.text for c in answer.citations)


SITE_CUT = """在全县畜禽养殖污染治理工作会议上的讲话
同志们：
今年全县要完成畜禽粪污资源化利用率85%的目标，规模养殖场粪污处理设施装备配套率保持100%。
各乡镇要建立养殖场台账，逐场核查治污设施运行情况。
试读结束，剩余2300字请下载后阅读
"""
SITE_CUT_2 = """在全县林长制工作推进会上的讲话
同志们：
全县要全面落实县、乡、村三级林长责任，今年完成植树造林2.1万亩。
各级林长要定期巡林，发现问题及时处置。
试读结束，剩余2300字请下载后阅读
"""


def test_each_cut_speech_of_a_library_keeps_its_own_notice(assistant, encoder):
    """Two speeches cut alike (the same site's words, the same count) are two cuts, not one."""
    docs = [parse_speech(SITE_CUT, "manure"), parse_speech(SITE_CUT_2, "forest")]
    answer = assistant.variant(index=index_in_memory(docs, encoder)).ask("这篇讲话完整吗?")
    cut = [n for n in answer.notices if n.kind == "cut_off"]
    assert {n.passage_id.split("#")[0] for n in cut} == {"manure", "forest"}
    assert any("畜禽养殖" in n.message for n in cut) and any("林长制" in n.message for n in cut)


FOUR_LEVELS_CUT = """在全县文化工作会议上的讲话
同志们：
一、过去一年的工作
全县新建村级文化广场46个，送戏下乡演出320场。
二、今年的重点任务
（一）加强公共文化服务
1.完善设施网络。年内实现乡镇综合文化站全覆盖，新建城市书房8家。
（二）繁荣文艺创作
1.扶持精品创作。设立文艺创作扶持资金每年200万元，重点扶持本土题材作品。
……
"""


def test_the_part_a_bare_marker_ends_still_tells_it_is_cut(assistant, encoder):
    """Quoting the words before a lone "……" keeps the cut-off notice the marker's passage bears."""
    variant = assistant.variant(index=index_in_memory([parse_speech(SITE_CUT, "manure"),
                                                       parse_speech(FOUR_LEVELS_CUT, "culture")], encoder))
    answer = variant.ask("讲话第三部分讲了什么?", document="culture")  # not shown: "文本停在…"
    assert "200万元" in answer.answer and "“……”" not in answer.answer
    assert any(n.kind == "cut_off" and n.passage_id for n in answer.notices), answer.answer


HEADING_THEN_MARKER = """在全县文化工作会议上的讲话
同志们：
一、今年的重点任务
（一）加强公共文化服务
年内实现乡镇综合文化站全覆盖，新建城市书房8家。
（二）繁荣文艺创作，讲好本土故事
一是 ……
"""


def test_a_cut_right_after_a_new_heading_is_cited_at_that_heading(assistant, encoder):
    """"（二）… 一是 ……": the heading is what was shown last, so the citation is the marker's
    passage under it, not the words of the section before."""
    variant = assistant.variant(index=index_in_memory([parse_speech(HEADING_THEN_MARKER, "culture")], encoder))
    answer = variant.ask("这篇讲话完整吗?")
    assert answer.answer.startswith("不完整")
    assert any("繁荣文艺创作" in c.section for c in answer.citations), [c.section for c in answer.citations]


@pytest.mark.parametrize("question", ["这篇讲话完整吗?", "Is this the complete speech?"])
def test_a_cut_speech_with_no_other_defect_lists_no_zero_counts(assistant, encoder, question):
    variant = assistant.variant(index=index_in_memory([parse_speech(TO_BE_CONTINUED, "cut")], encoder))
    answer = variant.ask(question).answer
    assert "0处" not in answer and "0个" not in answer and " 0 " not in answer, answer


def test_the_defects_a_cut_speech_has_are_counted(assistant, encoder):
    text = TO_BE_CONTINUED.replace("每亩补助30元", "每亩补助××元")
    answer = assistant.variant(index=index_in_memory([parse_speech(text, "cut")], encoder)).ask("这篇讲话完整吗?")
    assert "1处数字缺失" in answer.answer and "词语被隐去" not in answer.answer, answer.answer


@pytest.mark.parametrize("source", ["来源：XX镇人民政府", "来源：××县农业农村局", "发布单位：*市应急管理局"])
def test_a_place_name_left_blank_is_no_missing_figure(assistant, encoder, source):
    """A template site hides names as it hides figures ("来源：XX镇人民政府"): counted as a name."""
    text = TO_BE_CONTINUED.replace("每亩补助30元", "每亩补助××元")
    title, rest = text.split("\n", 1)
    page = f"首页 > 新闻中心   发布时间：2025-03-12  {source}\n{title}\n{rest}"
    answer = assistant.variant(index=index_in_memory([parse_speech(page, "cut")], encoder)).ask("这篇讲话完整吗?")
    assert "1处数字缺失" in answer.answer and "1处地名被隐去" in answer.answer, answer.answer


ANNOUNCED_CUT = """在全市优化营商环境大会上的讲话
同志们：
下面，我讲{count}点意见。
一、正视差距，增强紧迫感
全市涉企检查次数同比下降31.4%，但数据共享仍不顺畅。
二、突出重点，推动整体跃升
要扩大“高效办成一件事”覆盖面，年内新增重点事项13项。市政务服务局牵头，
"""


@pytest.mark.parametrize("count, question", [("四", "讲话最后对抓落实提了啥要求"), ("三", "报告最后就作风建设强调了什么"),
                                             ("四", "讲话第四部分主要说了什么")])
def test_what_a_cut_speech_says_last_quotes_its_announcement_and_where_it_stops(assistant, encoder, count, question):
    variant = assistant.variant(index=index_in_memory([parse_speech(ANNOUNCED_CUT.format(count=count), "cut")], encoder))
    answer = variant.ask(question)
    assert f"下面，我讲{count}点意见。" in answer.answer  # the announcement, quoted and cited
    assert any(f"我讲{count}点意见" in c.quote for c in answer.citations)
    assert any(n.kind == "cut_off" for n in answer.notices)
