"""Site chrome: whole lines, a page's closing tail, spans inside lines; never a sentence of a speech."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.chrome import (CHROME_KINDS, LINE_SEPARATORS, chrome_line_kind, chrome_tail, inline_chrome,
                          line_spans, starts_numbered, strip_site_suffix, trim_span)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "index" / "data" / "chancheng_speech.txt"
REAL = ROOT.parent / "shared" / "corpus" / "real"
SPEECHES = Path(__file__).resolve().parent / "speeches"


@pytest.mark.parametrize("line,kind", [
    ("XX文秘网 - 范文大全", "site_header"),
    ("首页 > 范文 > 讲话稿", "site_header"),
    ("当前位置：首页 > 工作总结 > 正文", "site_header"),
    ("公文易写网　2023-05-12", "site_header"),
    ("清源县人民政府门户网站", "site_header"),
    ("某某文库 - 讲话稿", "site_header"),
    ("发布时间：2024-03-01 来源：某某网 作者：张三", "date_line"),
    ("2024-03-01 10:20 浏览次数：1234", "date_line"),
    ("本文来源：某某文库", "date_line"),
    ("责任编辑：李四", "date_line"),
    ("2023/11/08 08:30", "date_line"),
    ("首页 | 收藏 | 分享", "navigation"),
    ("上一篇：在全县经济工作会议上的讲话", "navigation"),
    ("返回顶部", "navigation"),
    ("相关推荐", "navigation"),
    ("猜你喜欢", "navigation"),
    ("分享到：微信 微博 QQ空间", "navigation"),
    ("【打印本页】【关闭窗口】", "navigation"),
    ("收藏《在全市产城融合发展推进会议上的讲话》)", "navigation"),
    ("请点击下方按钮联系老师", "promo"),
    ("免费获取全文或定制代笔此类文章！", "promo"),
    ("扫码关注公众号获取更多范文", "promo"),
    ("关注公众号：文秘小助手", "promo"),
    ("微信扫一扫", "promo"),
    ("版权所有 © 2024 某某网", "copyright"),
    ("京ICP备12345678号", "copyright"),
    ("京公网安备 11010502030000号", "copyright"),
    ("免责声明：本站文章均来自网络", "copyright"),
    ("Copyright 2008-2024 example.com All Rights Reserved", "copyright"),
    ("新华社记者 张三 摄", "caption"),
    ("（图片来源：视觉中国）", "caption"),
    ("图为会议现场。", "caption"),
    ("张三/摄", "caption"),
    ("（记者 王晓东 摄）", "caption"),
    ("https://www.example.com/a/1.html", "url"),
    ("本文链接：http://www.example.gov.cn/xw/202406/t20240618_1.html", "url"),
])
def test_chrome_line_kinds(line, kind):
    assert kind in CHROME_KINDS
    assert chrome_line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "李克强", "县委书记　周建国", "（2021年3月5日）", "2021年3月5日", "XX县人民政府", "谢谢大家！", "同志们：",
    "一、总体要求", "在全市经济工作会议上的讲话", "——在全县互联网大会上的讲话", "织密民生保障网",
    "记者招待会", "加大宣传片拍摄", "要推广群众扫码办事。", "要加强版权保护，严厉打击侵权盗版行为。",
    "（一）加强组织领导", "首先，要提高认识。", "来源于群众的意见要认真研究。",
    "……(新文秘网http://www.wm114.cn省略1145字,正式会员可完整阅读)……",
    "……（此处略去约800字，VIP会员可查看）……", "……预览结束，免费获取全文或定制代笔此类文章！",
    # a hard-wrapped sentence's line that names a website and runs on past its comma
    "网站和“云溪应急”公众号上公布避难场所的位置和容量，方", "网站上公开办事指南和收费标准，接",
    "微信公众号同步发布预警信息，确保",
])
def test_speech_lines_and_notices_are_not_chrome(line):
    assert chrome_line_kind(line) is None


@pytest.mark.parametrize("name", ["gwr2021.txt", "yihao2018.txt"])
def test_no_chrome_in_real_documents(name):
    text = (REAL / name).read_text(encoding="utf-8-sig")
    lines = [text[a:b] for a, b in line_spans(text)]
    assert [ln for ln in lines if chrome_line_kind(ln)] == []
    assert inline_chrome(text) == []
    non_empty = [ln for ln in lines if ln.strip()]
    assert chrome_tail(non_empty) == len(non_empty)


def test_only_the_bookmark_line_of_the_seed_is_chrome():
    text = SEED.read_text(encoding="utf-8")
    lines = [text[a:b] for a, b in line_spans(text)]
    assert [(ln, chrome_line_kind(ln)) for ln in lines if chrome_line_kind(ln)] == [
        ("收藏《在全市产城融合发展推进会议上的讲话》)", "navigation")]


@pytest.mark.parametrize("name", ["anquan_shengchan.txt", "yingshang_huanjing.md"])
def test_no_chrome_in_our_clean_speeches(name):
    text = (SPEECHES / name).read_text(encoding="utf-8")
    assert [ln for ln in text.splitlines() if chrome_line_kind(ln)] == []


# ---- the tail of a page --------------------------------------------------------------

SPEECH_END = ["同志们，让我们真抓实干，确保完成全年目标任务。"]


def test_tail_of_navigation_and_related_links():
    lines = SPEECH_END + ["分享到：", "【打印本页】【关闭窗口】", "相关新闻", "· 清源县召开防汛工作部署会",
                          "· 我县开展汛前水库安全大检查", "主办单位：清源县人民政府办公室 Copyright © 2024"]
    assert chrome_tail(lines) == 1


def test_tail_keeps_a_signature_and_date():
    lines = SPEECH_END + ["清源县人民政府", "2024年6月15日", "上一篇：在全县林业工作会议上的讲话",
                          "下一篇：在全县水利工作会议上的讲话"]
    assert chrome_tail(lines) == 3
    assert chrome_tail(SPEECH_END + ["清源县人民政府", "2024年6月15日"]) == 3


def test_tail_starts_at_a_list_of_linked_titles():
    lines = SPEECH_END + ["在全县植树造林动员会上的讲话", "在全县安全生产工作会议上的讲话", "返回首页"]
    assert chrome_tail(lines) == 1


def test_tail_with_a_numbered_list_of_links():
    lines = SPEECH_END + ["相关文章", "1. 在全县植树造林动员会上的讲话", "2. 在全县安全生产工作会议上的讲话 2024-03-01",
                          "3. 县长在全县经济工作会议上的发言"]
    assert chrome_tail(lines) == 1


def test_no_tail_after_a_heading_or_a_plain_ending():
    assert chrome_tail(SPEECH_END + ["（二）加快产业转型升级", "一是"]) == 3
    assert chrome_tail(SPEECH_END + ["谢谢大家！"]) == 2
    assert chrome_tail([]) == 0


# ---- inside lines ---------------------------------------------------------------------

def test_inline_caption_source_promo_and_url():
    text = ("图为会议现场。（记者 王晓东 摄）\n"
            "全县粮食产量再创新高（来源：县农业农村局）。要巩固好这一成果，请点击下方按钮联系老师获取全文。\n"
            "详见 http://www.example.gov.cn/a.html 的通知。\n"
            "会议传达了上级精神（新华社记者 李学仁 摄）。")
    spans = inline_chrome(text)
    got = [(text[a:b], kind) for a, b, kind in spans]
    assert got == [("（记者 王晓东 摄）", "caption"), ("（来源：县农业农村局）", "date_line"),
                   ("请点击下方按钮联系老师获取全文。", "promo"), ("http://www.example.gov.cn/a.html", "url"),
                   ("（新华社记者 李学仁 摄）", "caption")]


def test_inline_chrome_leaves_notices_to_the_truncation_detectors():
    text = "城市就会成\n……(新文秘网http://www.wm114.cn省略1145字,正式会员可完整阅读)……\n公里。"
    assert inline_chrome(text) == []


def test_inline_chrome_leaves_speech_brackets_alone():
    text = "会议（2024年1月5日）强调，县（市、区）政府要落实“三个责任人”（行政、技术、巡查）。"
    assert inline_chrome(text) == []


# ---- separators and spaces ------------------------------------------------------------

def test_line_spans_keep_offsets_across_all_separators():
    text = "第一行\u2028第二行\r\n第三行\u2029第四行\n\n第五行"
    spans = line_spans(text)
    assert [text[a:b] for a, b in spans] == ["第一行", "第二行", "第三行", "第四行", "", "第五行"]
    assert all(not any(c in LINE_SEPARATORS for c in text[a:b]) for a, b in spans)
    assert line_spans(text, 4, 7) == [(4, 7)]


def test_trim_span_knows_page_whitespace():
    text = "\u3000\u3000\u00a0\u200b今天召开会议。\ufeff\u3000"
    a, b = trim_span(text, 0, len(text))
    assert text[a:b] == "今天召开会议。"


def test_strip_site_suffix():
    assert strip_site_suffix("2021年政府工作报告_中国政府网") == "2021年政府工作报告"
    assert strip_site_suffix("在全县经济工作会议上的讲话 - XX文秘网") == "在全县经济工作会议上的讲话"
    assert strip_site_suffix("凝心聚力 真抓实干 ——在全县经济工作会议上的讲话") == "凝心聚力 真抓实干 ——在全县经济工作会议上的讲话"


@pytest.mark.parametrize("line,numbered", [("一、总体要求", True), ("（二）抓项目", True), ("1.加快建设", True),
                                           ("①推进改革", True), ("一是抓产业", True), ("第一，要提高认识", True),
                                           ("在全县会议上的讲话", False), ("2021年政府工作报告", False)])
def test_starts_numbered(line, numbered):
    assert starts_numbered(line) is numbered


@pytest.mark.parametrize("line", ["本文由云记笔记导出", "—— 由WPS Office生成", "发送自我的华为手机", "来自印象笔记",
                                  "Sent from my iPhone"])
def test_an_apps_stamp_is_chrome(line):
    assert chrome_line_kind(line) == "promo"


@pytest.mark.parametrize("line", ["本办法由市人民政府负责解释。", "由市财政局会同市生态环境局另行制定", "来自基层的声音",
                                  "本规划由县发展改革局牵头组织实施"])
def test_a_sentence_naming_who_made_something_is_text(line):
    assert chrome_line_kind(line) is None


# A breadcrumb that carries the page's date and source on the same line is the page's date line, so the
# date and source it gives answer "发布时间是什么时候"; a breadcrumb alone is still the site's header.
@pytest.mark.parametrize("line, kind", [
    ("首页 > 新闻中心 > 乡镇动态   发布时间：2025-03-12 09:30  来源：XX镇人民政府", "date_line"),
    ("当前位置：首页 > 政务公开 > 领导讲话  发布日期：2024-11-02  来源：区政府办", "date_line"),
    ("首页 > 新闻中心 > 乡镇动态", "site_header"),
])
def test_a_breadcrumb_with_the_pages_date_is_its_date_line(line, kind):
    assert chrome_line_kind(line) == kind


@pytest.mark.slow
def test_the_date_on_a_breadcrumb_line_answers(ask_of):
    page = ("首页 > 新闻中心 > 乡镇动态   发布时间：2025-03-12 09:30  来源：柳溪镇人民政府\n在全镇春耕生产部署会上的讲话\n"
            "同志们：今年要抓好春耕生产，全镇粮食播种面积稳定在6.8万亩。\n")
    answer = ask_of(page)("发布时间是什么时候")
    assert answer.answerable and "2025-03-12" in answer.answer, answer.answer
