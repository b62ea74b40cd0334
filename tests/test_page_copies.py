"""Texts as a PDF viewer or a news site hands them over: figures set full-width ("２０２４年",
"６．２％", "５Ｇ"), a running header repeated on every page mid-paragraph, an article saved at
page 1 of several, and two lists one after another in a section. Texts written here."""
from __future__ import annotations

import pytest

from index.formats.widths import half_width_figures
from index.parser import parse_speech
from index.reader import read_speech_bytes


@pytest.mark.parametrize("typed, read", [
    ("２０２４年全县地区生产总值２８６．４亿元，增长６．２％。", "2024年全县地区生产总值286.4亿元，增长6.2%。"),
    ("全年新建５Ｇ基站１２００个，Ｒ＆Ｄ经费投入强度２．５％。", "全年新建5G基站1200个，R＆D经费投入强度2.5%。"),
    ("ｐｍ２．５平均浓度３１微克／立方米。", "pm2.5平均浓度31微克／立方米。"),
])
def test_full_width_figures_and_letters_read_as_half_width(typed, read):
    assert half_width_figures(typed) == read and len(read) == len(typed)


def test_chinese_punctuation_stays_full_width():
    text = "一、（一）总体要求：坚持稳中求进，以进促稳！是否可行？"
    assert half_width_figures(text) == text


def test_a_report_set_full_width_in_gb18030_is_read_with_its_figures():
    report = ("政府工作报告\n各位代表：\n一、２０２４年工作回顾\n全年粮食总产量达到４５．８万吨，"
              "新认定高新技术企业１９家。\n二、２０２５年主要目标\n地区生产总值增长６％左右。\n")
    doc = read_speech_bytes(report.encode("gb18030"), "r", "r.txt")
    text = "".join(p.section + p.text for p in doc.passages)
    assert "45.8万吨" in text and "19家" in text and "增长6%左右" in text and "2025年主要目标" in text


HEADERS = ["××县人民政府公报　　２０２５年第２期", "内部资料　注意保存", "青川市人民政府办公室文件 第{n}页"]


def _paged(header: str, pages: int = 3, lines: int = 14) -> str:
    """A report copied page by page from a PDF: hard-wrapped lines, the running header and a page
    number at each page's head, landing mid-sentence."""
    sentence = "推进项目建设，完成投资{n}亿元，新开工项目{n}个，续建项目按期推进，确保早日发挥效益。"
    body = "".join(sentence.format(n=i + 10) for i in range(pages * lines))
    rows = [body[i:i + 30] for i in range(0, len(body), 30)]
    out = ["关于今年重点工作的报告", "一、重点工作"]
    for i, row in enumerate(rows):
        if i and i % lines == 0:
            out += [header.format(n=i // lines + 1), f"－ {i // lines + 1} －"]
        out.append(row)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("header", HEADERS)
def test_a_running_header_is_layout_not_text(header):
    text = half_width_figures(_paged(header))
    doc = parse_speech(text, "d")
    joined = "".join(p.text for p in doc.passages)
    first = header.format(n=2).split("　")[0].split(" ")[0]
    assert first not in joined, first
    assert "完成投资17亿元" in joined  # sentences run on across the page breaks
    assert not doc.truncation.blanks  # the masthead's "××县" is no blanked figure


def test_a_line_said_several_times_in_the_text_stays():
    rows = []
    for i in range(4):
        rows += [f"（{'一二三四'[i]}）第{i + 1}项任务", "牵头单位：县发展和改革局", *["推进项目建设，确保按期完成。"] * 10]
    doc = parse_speech("关于今年重点工作的报告\n一、重点工作\n" + "\n".join(rows) + "\n", "d")
    assert sum("牵头单位：县发展和改革局" in p.text for p in doc.passages) == 4


PAGE = """<html><head><title>在全省大会上的讲话_新闻网</title></head><body>
<div class="nav">首页 | 时政 | 经济</div><h1>在全省优化营商环境大会上的讲话</h1>
<div class="article">{body}</div>
<div class="pager">{pager}</div>
<div class="related">相关新闻<ul><li><a href="/a">全省一季度GDP增长5.8%</a></li></ul></div>
<div class="footer">版权所有 ICP备12345678号</div></body></html>"""
BODY = "".join(f"<p>{t}</p>" for t in [
    "同志们：", "今天召开全省大会，部署今年工作。下面，我讲四点意见。",
    "一、正视差距", "去年全省新设经营主体52.6万户，同比增长11.3%，营商环境持续改善，企业满意度明显提升。",
    "二、锚定目标", "今年经营主体总量突破520万户，新设经营主体增长10%以上，企业满意度达到90%以上。"])


@pytest.mark.parametrize("pager", [
    '<span>上一页</span><span class="current">1</span><a href="p_2.htm">2</a><a href="p_3.htm">3</a>'
    '<a href="p_2.htm">下一页</a>',
    '<a href="p_1.htm">首页</a><b>1</b> <a href="p_2.htm">2</a> <a href="p_2.htm">下页</a>',
    '<a href="p_1.htm">上一页</a><a href="p_1.htm">1</a><span>2</span><a href="p_3.htm">3</a><a href="p_4.htm">4</a>'
    '<a href="p_3.htm">下一页</a>',
])
def test_an_article_saved_at_one_of_its_pages_is_cut_off(pager):
    doc = read_speech_bytes(PAGE.format(body=BODY, pager=pager).encode(), "p", "p.html")
    assert doc.truncation.cut_off is not None and "页" in doc.truncation.cut_off.notice
    assert "52.6万户" in "".join(p.text for p in doc.passages)


@pytest.mark.parametrize("pager", [
    '<a href="/prev.htm">上一篇：全省经济工作会议召开</a> <a href="/next.htm">下一篇：省政府常务会议</a>',
    '<a href="p_1.htm">上一页</a><a href="p_1.htm">1</a><span>2</span><span>下一页</span>',  # the last page
    "",
])
def test_a_whole_article_has_no_cut_off(pager):
    doc = read_speech_bytes(PAGE.format(body=BODY, pager=pager).encode(), "p", "p.html")
    assert doc.truncation.cut_off is None


@pytest.mark.parametrize("lead, second", [("四项原则：", "主要考虑了以下因素："), ("三个方面的问题。", "原因有以下几点：")])
def test_the_paragraph_after_each_of_two_lists_belongs_to_the_section(lead, second):
    text = (f"关于今年工作的报告\n一、总体要求\n今年工作要把握好{lead}\n一是坚持稳中求进；\n二是坚持项目为王；\n"
            f"三是坚持民生为先。\n全县主要预期目标是：地区生产总值增长6%左右。\n目标的确定，{second}\n"
            "一是与全市目标相衔接；\n二是项目支撑较为坚实。\n同时，今年要编制好规划纲要。\n二、重点工作\n抓好产业发展。\n")
    doc = parse_speech(text, "d")
    sections = {p.text[:6]: p.section for p in doc.passages}
    assert sections["全县主要预期"] == "一、总体要求", sections
    assert sections["同时，今年要"] == "一、总体要求", sections
    assert sections["二是项目支撑"].endswith("二是"), sections


# A report of two or three pages shows its running header only once or twice: twice is enough where each
# stands right beside a page number, at the foot of one page or the head of the next.
@pytest.mark.parametrize("header", ["柳河镇第十九届人民代表大会第五次会议文件", "内部资料　注意保存"])
@pytest.mark.parametrize("before_number", [True, False])
def test_a_short_reports_header_beside_page_numbers_is_layout(header, before_number):
    pages = ["一、过去一年工作回顾\n　　去年全镇实现农业总产值6.2亿元，增长5.1%。镇卫生院建\n成了远程心电诊断室，新建村级文化广场",
             "7个，改造农村危房120户。全镇新增市场主体86户，农村居民人均\n可支配收入达到19860元，增长7.2%。",
             "二、今年工作安排\n　　新建农贸市场1个，改造乡村道路18公里。"]
    text = "政府工作报告\n" + pages[0]
    for n, page in enumerate(pages[1:], start=1):
        breaks = [header, f"— {n} —"] if before_number else [f"— {n} —", header]
        text += "\n\n" + "\n\n".join(breaks) + "\n\n" + page
    joined = "".join(p.text for p in parse_speech(text + "\n", "d").passages)
    assert header.split("　")[0] not in joined and "新建村级文化广场7个" in joined, joined


def test_a_line_twice_in_the_text_away_from_page_numbers_stays():
    text = ("政府工作报告\n一、重点工作\n坚持项目为王\n全年完成投资126亿元。\n二、工作要求\n坚持项目为王\n"
            "各部门要抓好落实。\n")
    joined = "".join(p.text for p in parse_speech(text, "d").passages)
    assert joined.count("坚持项目为王") == 2, joined
