"""The title line among site chrome and the speech's header, and sentences that announce a list."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.announce import cn_count, find_announcements
from index.chrome import line_spans
from index.title import find_title, looks_like_title

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "index" / "data" / "chancheng_speech.txt"
REAL = ROOT.parent / "shared" / "corpus" / "real"


def lines_of(text: str) -> list[str]:
    return [text[a:b] for a, b in line_spans(text) if text[a:b].strip()]


# ---- titles ---------------------------------------------------------------------------

@pytest.mark.parametrize("lines,title,index,used", [
    (["在全县安全生产工作会议上的讲话", "同志们："], "在全县安全生产工作会议上的讲话", 0, 1),
    (["XX文秘网 - 范文大全", "首页 > 范文 > 讲话稿", "在全市经济工作会议上的讲话（摘要）", "发布时间：2024-03-01",
      "同志们："], "在全市经济工作会议上的讲话（摘要）", 2, 1),
    (["公文易写网　2023-05-12", "在全县防汛工作会议上的讲话", "同志们："], "在全县防汛工作会议上的讲话", 1, 1),
    (["凝心聚力 真抓实干", "——在全县经济工作会议上的讲话", "（2024年1月5日）", "同志们："],
     "凝心聚力 真抓实干 ——在全县经济工作会议上的讲话", 0, 2),
    (["在全县经济工作会议上的讲话", "——县委书记 张三", "同志们："], "在全县经济工作会议上的讲话 ——县委书记 张三", 0, 2),
    (["奋力谱写新篇章", "在全县经济工作会议上的讲话", "同志们："], "奋力谱写新篇章 在全县经济工作会议上的讲话", 0, 2),
    (["2021年政府工作报告_中国政府网", "李克强", "各位代表："], "2021年政府工作报告", 0, 1),
    (["关于进一步加强安全生产工作的意见", "各乡镇、各部门："], "关于进一步加强安全生产工作的意见", 0, 1),
    (["县委办公室", "关于做好2024年春节期间有关工作的通知"], "关于做好2024年春节期间有关工作的通知", 1, 1),
    (["全县经济工作会议讲话提纲", "一、总结成绩"], "全县经济工作会议讲话提纲", 0, 1),
    (["清源县2024年政府工作报告", "各位代表："], "清源县2024年政府工作报告", 0, 1),
    (["县长在全县三级干部大会上的讲话稿", "同志们："], "县长在全县三级干部大会上的讲话稿", 0, 1),
    (["speech_2021.docx", "在全区优化营商环境大会上的讲话"], "在全区优化营商环境大会上的讲话", 1, 1),
    (["# 在全县森林防灭火工作会议上的讲话", "同志们："], "在全县森林防灭火工作会议上的讲话", 0, 1),
])
def test_title_line_shapes(lines, title, index, used):
    match = find_title(lines)
    assert (match.title, match.index, match.used) == (title, index, used)


def test_chrome_above_and_under_the_title_speaker_and_date():
    lines = ["清源县人民政府门户网站", "首页 > 新闻中心 > 县区动态 > 正文", "在全县防汛抗旱工作会议上的讲话",
             "发布时间：2024-06-18 09:32　来源：清源县融媒体中心", "县委书记　周建国", "（2024年6月15日）", "同志们："]
    match = find_title(lines)
    assert match.title == "在全县防汛抗旱工作会议上的讲话" and match.index == 2
    assert match.chrome_before == [(0, "site_header"), (1, "site_header")]
    assert match.chrome_after == [(3, "date_line")]
    assert (match.speaker, match.date) == (4, 5)


@pytest.mark.parametrize("lines,title,used,speaker,date", [
    (["政府工作报告", "——2024年1月10日在清源县第十八届人民代表大会第三次会议上", "县长 张三", "各位代表："],
     "政府工作报告 ——2024年1月10日在清源县第十八届人民代表大会第三次会议上", 2, 2, None),
    (["在全市干部大会上的讲话", "（2021年7月1日）", "王明", "同志们："], "在全市干部大会上的讲话", 1, 2, 1),
    (["关于2023年全县预算执行情况的报告", "（2024年1月10日）", "各位代表："],
     "关于2023年全县预算执行情况的报告", 1, None, 1),
])
def test_report_headers(lines, title, used, speaker, date):
    match = find_title(lines)
    assert (match.title, match.index, match.used, match.speaker, match.date) == (title, 0, used, speaker, date)


def test_a_site_name_a_date_line_or_the_file_name_is_never_the_title():
    lines = ["XX文秘网 - 范文大全", "2024-03-01 10:20 浏览次数：1234", "同志们：", "今天我们召开会议。"]
    match = find_title(lines, stem="huiyi_2024")
    assert match.title is None and match.source == "none"
    assert [k for _, k in match.chrome_before] == ["site_header", "date_line"]
    assert find_title(["huiyi_2024", "同志们："], stem="huiyi_2024").title is None
    assert find_title(["huiyi_2024.docx", "同志们："]).title is None


@pytest.mark.parametrize("lines", [["同志们：", "今天召开会议。"], ["一、总体要求", "要坚持稳中求进。"],
                                   ["今天我们召开这次会议，主要任务是总结工作、部署任务。"], ["2024年3月1日", "同志们："]])
def test_no_title_line(lines):
    assert find_title(lines).title is None


def test_hint_when_no_line_has_a_title_shape():
    lines = ["同志们：", "今天召开会议。"]
    match = find_title(lines, hint="在全县春季农业生产工作会议上的讲话_某某范文网")
    assert (match.title, match.index, match.source) == ("在全县春季农业生产工作会议上的讲话", None, "hint")
    assert find_title(lines, hint="huiyi_2024", stem="huiyi_2024").title is None
    assert find_title(["在全县会议上的讲话", "同志们："], hint="某某范文网").title == "在全县会议上的讲话"


def test_short_first_line_falls_back_as_today():
    match = find_title(["抓实安全生产 守牢发展底线", "同志们：", "今天召开会议。"])
    assert (match.title, match.index, match.used) == ("抓实安全生产 守牢发展底线", 0, 1)


def test_a_whole_page_on_one_line():
    line = "在全县招商引资工作推进会上的讲话 同志们：今天召开全县招商引资工作推进会，主要任务是总结工作。一、坚定信心。"
    match = find_title([line])
    assert match.title == "在全县招商引资工作推进会上的讲话" and match.index == 0
    assert line[:match.end_in_line] == match.title


def test_outline_block_is_skipped_in_the_seed():
    match = find_title(lines_of(SEED.read_text(encoding="utf-8")))
    assert match.title == "在全市产城融合发展推进会议上的讲话"


@pytest.mark.parametrize("name,title,speaker,date", [
    ("gwr2021.txt", "2021年政府工作报告", 1, None),
    ("yihao2018.txt", "中共中央 国务院关于实施乡村振兴战略的意见", None, 1),
])
def test_real_document_titles(name, title, speaker, date):
    match = find_title(lines_of((REAL / name).read_text(encoding="utf-8-sig")), stem=Path(name).stem)
    assert (match.title, match.index, match.used, match.speaker, match.date) == (title, 0, 1, speaker, date)


@pytest.mark.parametrize("line,ok", [("在全省经济工作会议上的讲话", True), ("关于实施乡村振兴战略的意见", True),
                                     ("一、在全县会议上的讲话", False), ("同志们：", False),
                                     ("会议强调，要在全县会议上的讲话精神指导下推进工作。", False)])
def test_looks_like_title(line, ok):
    assert looks_like_title(line) is ok


# ---- announcements ---------------------------------------------------------------------

@pytest.mark.parametrize("text,count,noun", [
    ("下面，我讲三点意见。", 3, "意见"),
    ("下面，结合工作实际，我再讲几点意见。", None, "意见"),
    ("召开这次会议，主要基于三个方面的考虑。", 3, "考虑"),
    ("我们作出这一决定，是基于三个层面的考量：", 3, "考量"),
    ("我再提几点要求：", None, "要求"),
    ("问题主要表现在以下几个方面：", None, "方面"),
    ("今年要重点抓好以下五项工作。", 5, "工作"),
    ("一年来，我们主要做了以下工作。", None, "工作"),
    ("在肯定成绩的同时，我们也清醒看到面临的困难和挑战。", None, "困难和挑战"),
    ("下面我强调两点：", 2, "点"),
    ("下面，我讲两个方面的意见。", 2, "意见"),
    ("我谈12点体会。", 12, "体会"),
    ("问题产生的原因主要有三个方面。", 3, "方面"),
    ("推进作风建设，必须坚持以下原则：", None, "原则"),
    ("我就做好下一步工作提出若干意见。", None, "意见"),
    ("但也必须正视，全区发展仍有短板弱项。", None, "短板弱项"),
    ("同时也要看到，我们的工作还存在一些不足。", None, "不足"),
    ("发展中还面临不少困难：", None, "困难"),
    ("但也要看到，当前安全生产形势依然严峻复杂。", None, "问题"),
    ("今年的防汛形势十分严峻：", None, "问题"),
    ("我们面临的改革任务更加艰巨繁重。", None, "问题"),
    ("围绕这一目标，重点推进以下五项工作。", 5, "工作"),
    ("今年重点抓好以下五个领域。", 5, "领域"),
    ("具体要落实好以下四个方面的责任。", 4, "责任"),
    ("各级要落实好两个方面的责任：", 2, "责任"),
    ("全县有以下三个园区：", 3, "园区"),
    ("借此机会，我向大家提四点希望。", 4, "希望"),
])
def test_announcement_shapes(text, count, noun):
    (ann,) = find_announcements(text)
    assert (ann.count, ann.noun) == (count, noun)
    assert text[ann.start:ann.end].endswith(("。", "：", ":"))


@pytest.mark.parametrize("text", ["全年完成了三项任务。", "我们建成了三个园区。", "有三个，分别是县城、园区和镇区。",
                                  "（二）当前存在的突出问题", "解决群众反映的三个问题需要时间和耐心。",
                                  "要着力解决存在的问题。", "要解决仍然存在的问题。", "全市还有不少困难群众。",
                                  "形势严峻的乡镇要加强值守。", "在复杂严峻的形势下，全年完成了目标。",
                                  "要在以下三个园区开展试点工作。", "全县有三个园区。"])
def test_not_announcements(text):
    assert find_announcements(text) == []


def test_announcement_spans_in_a_paragraph():
    text = "今天的会议很重要。刚才，几位同志作了发言，我都同意。下面，我讲三点意见。一、提高认识。"
    (ann,) = find_announcements(text)
    assert text[ann.start:ann.end] == "下面，我讲三点意见。"
    assert find_announcements(text, 0, ann.start) == []


def test_real_documents_announce_their_lists():
    gwr = (REAL / "gwr2021.txt").read_text(encoding="utf-8-sig")
    nouns = [a.noun for a in find_announcements(gwr)]
    assert "困难和挑战" in nouns and "工作" in nouns
    yihao = (REAL / "yihao2018.txt").read_text(encoding="utf-8-sig")
    assert [a.noun for a in find_announcements(yihao)] == ["意见"]


@pytest.mark.parametrize("token,value", [("三", 3), ("两", 2), ("十", 10), ("十二", 12), ("二十", 20), ("7", 7),
                                         ("几", None), ("若干", None)])
def test_cn_count(token, value):
    assert cn_count(token) == value


MINUTES = """某某县人民政府
专题会议纪要
〔2025〕第9期

关于加快推进城区停车设施建设的会议纪要

时间：2025年3月12日下午　地点：县政府第一会议室　主持：副县长王立新
会议听取了县住建局关于城区停车设施建设进展的汇报。
会议议定事项如下：
一、由县住建局牵头，6月底前完成新增停车泊位1200个。
"""

OFFICIAL_NOTICE = """某某市教育局
关于做好2025年暑期学生安全工作的通知
各县区教育局：
为切实做好暑期学生安全工作，现将有关事项通知如下。
"""

REPOSTED = """![](https://img.example.com/banner.png)
👆 点击蓝字「某某发布」关注我们
📢 编者按：4月2日，全市文旅产业发展大会召开，市委书记赵启明出席会议并讲话。现将讲话摘要刊发如下。
# 赵启明：让文旅产业成为富民强市的支柱产业
同志们：
今天召开全市文旅产业发展大会，主要是总结去年工作，部署今年任务。
"""

YEAR_SUMMARY = """某某县水利局2024年工作总结和2025年工作打算
2024年，全县完成水利投资6.8亿元，新建小型水库2座。
一、2024年工作完成情况
全年完成病险水库除险加固14座。
"""


@pytest.mark.parametrize("text, title", [
    (MINUTES, "关于加快推进城区停车设施建设的会议纪要"),
    (OFFICIAL_NOTICE, "关于做好2025年暑期学生安全工作的通知"),
    (REPOSTED, "赵启明：让文旅产业成为富民强市的支柱产业"),
    (YEAR_SUMMARY, "某某县水利局2024年工作总结和2025年工作打算"),
])
def test_the_documents_own_title_is_found_past_its_issuing_body_and_repost_chrome(text, title):
    from index.parser import parse_speech
    doc = parse_speech(text, "doc")
    assert doc.title == title
    assert not any("点击蓝字" in p.text or "![" in p.text for p in doc.passages)
