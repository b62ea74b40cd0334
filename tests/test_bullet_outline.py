"""An outline set with symbols, not numbers (■ part / ◆ point, ▶ / ●, ★ / ○): texts written here."""
from __future__ import annotations

import pytest

from index.bullets import bullet_levels
from index.numbering import leading_marker
from index.parser import parse_speech

FORUM_POST = """【原创】柳溪乡2025年工作总结及明年思路 - 乡镇干部交流区
发帖人：老周  发表于 2025.12.20 08:31  浏览 865  回复 9
柳溪乡2025年工作总结及明年思路
■ 一年来的主要成效
◆ 特色农业提质增效。全乡茶叶种植面积达到1.2万亩，茶叶产值突破9000万元。
◆ 人居环境明显改善。清理沟渠86公里，建成垃圾分类收集点40个。
■ 当前存在的短板
◆ 村集体经济薄弱，半数村年收入不足10万元；
◆ 公共服务供给不足，卫生院医护力量紧缺。
■ 明年工作思路
◆ 壮大茶产业。新建标准化茶园2000亩，培育茶叶龙头企业2家。
◆ 抓好集镇建设。2026.09.30前完成集镇污水管网改造。
回复 | 引用 | 举报
"""

WECHAT_PAGE = """东山区召开一季度经济形势分析会
▶ 总体运行情况
一季度全区实现地区生产总值126亿元，同比增长6.1%。
● 工业增加值增长7.3%，高于全市平均水平。
● 社会消费品零售总额增长5.4%。
▶ 下一步重点
● 抓项目投资。全年安排重点项目58个，总投资320亿元。
● 抓企业服务。落实“一企一专员”包联制度。
"""

STAR_NOTES = """县应急管理局近期工作安排
★ 汛期准备
○ 物资储备。各乡镇于5月底前补足防汛沙袋和冲锋舟。
○ 队伍演练。每个乡镇至少组织一次防汛应急演练。
★ 安全生产检查
○ 重点行业。对危化品、烟花爆竹企业开展全覆盖检查。
○ 执法力度。对拒不整改的企业依法从严处罚。
"""


def _outline(doc):
    return [(n.level, n.title) for t in doc.outline for n in t.walk()]


def test_forum_post_parts_and_points():
    doc = parse_speech(FORUM_POST, "forum")
    outline = _outline(doc)
    assert (1, "一年来的主要成效") in outline
    assert (2, "特色农业提质增效") in outline
    assert (1, "当前存在的短板") in outline
    assert (1, "明年工作思路") in outline
    assert (2, "抓好集镇建设") in outline
    assert not doc.warnings  # the structure was read, not left as plain paragraphs
    # a part's heading never runs into its first point
    assert all("◆" not in title and "■" not in title for _lvl, title in outline)


def test_bare_points_are_items_of_their_part():
    doc = parse_speech(FORUM_POST, "forum")
    short = [p for p in doc.passages if p.section.startswith("当前存在的短板")]
    assert len(short) == 2
    assert all(p.item and p.text.startswith(p.item) for p in short)
    assert "村集体经济薄弱" in short[0].text and "公共服务供给不足" in short[1].text


def test_forum_reply_buttons_are_chrome():
    doc = parse_speech(FORUM_POST, "forum")
    assert not any("引用" in p.text and "举报" in p.text for p in doc.passages)


def test_wechat_arrows_over_dots():
    doc = parse_speech(WECHAT_PAGE, "wx")
    outline = _outline(doc)
    assert (1, "总体运行情况") in outline and (1, "下一步重点") in outline
    assert (2, "抓项目投资") in outline
    figures = next(p for p in doc.passages if "126亿元" in p.text)
    assert figures.section.startswith("总体运行情况")


def test_stars_over_circles():
    doc = parse_speech(STAR_NOTES, "notes")
    outline = _outline(doc)
    assert [t for lvl, t in outline if lvl == 1] == ["汛期准备", "安全生产检查"]
    assert (2, "队伍演练") in outline
    drill = next(p for p in doc.passages if "演练" in p.text)
    assert drill.section == "汛期准备 > 队伍演练"


def test_a_run_of_related_links_is_no_outline():
    page = ("关于做好冬季供暖工作的讲话\n"
            "今年供暖季，各单位要提前检修管网，确保按时供暖。\n"
            "对困难群众的取暖补贴要足额发放到户。\n"
            "● 关于做好安全生产工作的通知\n"
            "● 关于开展冬季消防检查的通知\n"
            "● 关于加强燃气安全管理的意见\n")
    lines = [(0, 0, line) for line in page.splitlines()[1:]]
    assert bullet_levels(lines) == {}
    doc = parse_speech(page, "links")
    assert not any(n.title.startswith("关于开展") for t in doc.outline for n in t.walk())


def test_bullets_before_sentences_stay_text():
    text = ("在全县农业工作会议上的讲话\n"
            "一、抓好粮食生产\n"
            "● 全年粮食播种面积要稳定在80万亩以上。\n"
            "● 要加快高标准农田建设，确保年内完成5万亩。\n"
            "二、抓好乡村建设\n"
            "● 年内完成20个美丽乡村示范点建设。\n")
    doc = parse_speech(text, "farm")
    assert [(lvl, t) for lvl, t in _outline(doc)] == [(1, "一、抓好粮食生产"), (1, "二、抓好乡村建设")]
    assert any("80万亩" in p.text and p.section == "一、抓好粮食生产" for p in doc.passages)


def test_numbered_parts_with_symbol_sub_titles():
    text = ("全市文旅工作会议讲话\n"
            "一、去年工作回顾\n"
            "■ 客源市场\n"
            "全年接待游客3200万人次，旅游收入280亿元。\n"
            "■ 项目建设\n"
            "新开工文旅项目12个。\n"
            "二、今年重点任务\n"
            "要办好第三届文旅博览会。\n")
    doc = parse_speech(text, "tour")
    outline = _outline(doc)
    assert (2, "客源市场") in outline and (1, "二、今年重点任务") in outline
    visitors = next(p for p in doc.passages if "3200万" in p.text)
    assert visitors.section == "一、去年工作回顾 > 客源市场"


def test_symbols_are_markers_only_inside_the_parse():
    parse_speech(FORUM_POST, "forum")
    assert leading_marker("■ 一年来的主要成效") is None


BRACKETED = """全县召开2026年农村工作会议
来源：县政府网站　发布时间：2026-02-20
2月19日，全县农村工作会议召开。县长李明出席并讲话。
{o}总结去年{c}
会议指出，去年全县粮食总产量达到41.2万吨，农村居民收入增长6.8%。
{o}部署今年{c}
会议强调，今年要抓好三件事。一要稳定粮食生产，播种面积不少于80万亩。二要推进和美乡村建设，新建示范村12个。三要深化农村改革。
{o}压实责任{c}
会议要求，各乡镇要在3月底前制定实施方案。
"""


@pytest.mark.parametrize("o, c", [("【", "】"), ("〖", "〗")])
def test_bracketed_titles_are_the_parts_of_a_news_report(o, c):
    doc = parse_speech(BRACKETED.format(o=o, c=c), "x")
    assert [n.title for n in doc.outline] == ["总结去年", "部署今年", "压实责任"]
    under = [p for p in doc.passages if p.section == "部署今年"]
    assert under and under[0].text.startswith("会议强调")


def test_bracketed_buttons_in_a_row_stay_text():
    text = BRACKETED.format(o="", c="") + "【打印本页】\n【关闭窗口】\n"
    assert not any("打印" in n.title or "关闭" in n.title for n in parse_speech(text, "x").outline_nodes())


# A work bulletin or a news post runs each part's text on after its bracketed title.
RUN_ON_BRACKETS = """防汛工作简报
【编者按】入汛以来，各乡镇防汛准备工作总体有序。现将白沙镇的经验做法予以刊发。
【工作动态】
全县共储备编织袋12万条、冲锋舟18艘。
【经验交流】白沙镇推行“网格+预警”工作法，预警信息发出后15分钟内通知到户。
【存在问题】一是部分山塘水库巡查不到位。二是个别村应急预案操作性不强。
"""
SOURCE_TAG = """全县春耕生产推进会召开
【新华网讯】3月2日，全县春耕生产推进会召开。会议要求稳住粮食面积。
各乡镇要抓好农资保供。
"""


def test_a_bracketed_title_with_its_text_run_on_heads_that_text():
    doc = parse_speech(RUN_ON_BRACKETS, "x")
    assert [n.title for n in doc.outline] == ["编者按", "工作动态", "经验交流", "存在问题"]
    under = {p.section: p.text for p in doc.passages if "一是" not in p.text}
    assert under["编者按"].startswith("入汛以来") and under["经验交流"].startswith("白沙镇推行")


def test_a_lone_bracketed_tag_before_text_stays_text():
    doc = parse_speech(SOURCE_TAG, "x")
    assert doc.outline == [] and any(p.text.startswith("【新华网讯】") for p in doc.passages)
