"""Part titles with no number (述职报告, 工作总结, 调研报告, a speech's points as bare lines). Texts written here.

* A short line of words with no sentence in it, where a paragraph starts and with text under it,
  is a part's title when the document has two or more and the first comes before any numbered
  heading: the outline has the parts, and the title does not run on into the paragraph after it.
* A numbered speech's one short line, a signature over its date, slogans with nothing under them
  and a hard-wrapped line stay text.
* A part of one short paragraph is quoted whole: each of its sentences is one of its points.
"""
from __future__ import annotations

import pytest

from index.bare_titles import bare_title_lines
from index.parser import parse_speech, source_lines

REPORT_BLANK_LINES = """2025年度个人述职报告
（2026年1月12日）
县水利局局长 林志高

按照县委组织部的要求，现将本人一年来的履职情况报告如下。

一年来的主要工作

全力保障防汛安全。汛前排查水库、堤防隐患点86处，全部整改到位，全年未发生人员伤亡。

加快水利项目建设。完成水利投资4.6亿元，新建农村供水工程12处，受益人口3.2万人。

存在的问题和不足

调查研究不够深入，有时满足于听汇报。部分项目前期工作滞后，两座小型水库除险加固未能按期开工。对新技术新政策学习不够。

下一步工作打算

一是抓好防汛备汛，汛前完成全部水库安全鉴定。二是加快项目建设，确保两座滞后水库年内开工。
"""

SUMMARY_SUBHEADS = """关于2025年全镇卫生健康工作的总结
东湖镇卫生院
2025年12月26日
今年以来，我院围绕群众看病就医需求，扎实推进各项工作。现将有关情况总结如下。
主要工作成效
（一）基本医疗能力提升
新增CT、彩超等设备6台，门诊量达到8.7万人次，同比增长11%。
（二）公共卫生服务落实
为65岁以上老年人免费体检4300人，慢病规范管理率达到78%。
工作中的困难
人员编制不足，全院在编人员仅有41人。业务用房面积偏小，住院床位长期紧张。
明年工作安排
（一）加强人才引进
计划招聘医学院校毕业生5名。
（二）改善就医条件
启动住院楼改扩建工程，新增床位40张。
"""

SURVEY_SIGNED = """关于全区社区食堂运营情况的调研报告

为了解社区食堂运营现状，区民政局于8月组织专题调研，走访了6个街道、18家社区食堂。

总体情况

全区已建成社区食堂23家，日均就餐约3500人次，其中老年人占六成。

主要问题

经营收支难以平衡。多数食堂依靠补贴维持运营。

菜品单一。部分食堂长期只供应两三个菜。

几点建议

建议对助老餐实行分档补贴，每餐补助标准不低于3元。

区民政局调研组
2025年9月20日
"""

SPEECH_POINTS_NO_BLANKS = """在全县秋冬季农业生产工作会议上的讲话
同志们：
当前正值秋收秋种的关键时期，下面我强调三点。
抓好秋粮收储
各乡镇要组织收割机具1200台以上，确保秋粮颗粒归仓。粮食部门要敞开收购，不得压级压价。
扩大冬小麦种植
全县冬小麦种植面积稳定在36万亩以上，良种覆盖率达到98%。
做好防灾减灾
要密切关注天气变化，提前做好防寒防冻准备。
"""

NUMBERED_WITH_ONE_SHORT_LINE = """在全市文明创建工作推进会上的讲话
同志们：
一、认清形势
今年以来，全市文明创建工作取得积极进展，测评成绩位居全省第四。
创建永远在路上
我们必须看到，背街小巷环境卫生依然存在短板。
二、压实责任
各区要落实属地责任，每月开展一次自查。
"""

SLOGANS_WITHOUT_TEXT = """在全镇夏季安全生产动员会上的讲话
同志们：
今天召开这次会议，就是动员全镇上下迅速行动起来，抓好夏季安全生产。
安全第一
预防为主
综合治理
各村、各企业要严格落实安全生产责任制，确保不发生较大以上事故。
"""


def _titles(text: str) -> list[str]:
    document = parse_speech(text, "doc")
    return [node.title for top in document.outline for node in top.walk()]


@pytest.mark.parametrize("text, titles", [
    (REPORT_BLANK_LINES, ["一年来的主要工作", "存在的问题和不足", "下一步工作打算"]),
    (SUMMARY_SUBHEADS, ["主要工作成效", "（一）基本医疗能力提升", "（二）公共卫生服务落实", "工作中的困难",
                        "明年工作安排", "（一）加强人才引进", "（二）改善就医条件"]),
    (SURVEY_SIGNED, ["总体情况", "主要问题", "几点建议"]),
    (SPEECH_POINTS_NO_BLANKS, ["抓好秋粮收储", "扩大冬小麦种植", "做好防灾减灾"]),
])
def test_unnumbered_part_titles_make_the_outline(text, titles):
    assert _titles(text) == titles


def test_numbered_sub_headings_stand_under_the_bare_title_before_them():
    document = parse_speech(SUMMARY_SUBHEADS, "doc")
    assert [top.title for top in document.outline] == ["主要工作成效", "工作中的困难", "明年工作安排"]
    assert [c.title for c in document.outline[2].children] == ["（一）加强人才引进", "（二）改善就医条件"]


@pytest.mark.parametrize("text, title, first_words", [
    (REPORT_BLANK_LINES, "存在的问题和不足", "调查研究不够深入"),
    (SURVEY_SIGNED, "主要问题", "经营收支难以平衡"),
    (SPEECH_POINTS_NO_BLANKS, "扩大冬小麦种植", "全县冬小麦种植面积"),
])
def test_a_title_does_not_run_on_into_the_paragraph_after_it(text, title, first_words):
    document = parse_speech(text, "doc")
    under = [p for p in document.passages if p.section == title]
    assert under and under[0].text.startswith(first_words)
    assert not any(title + first_words in p.text for p in document.passages)


@pytest.mark.parametrize("text", [NUMBERED_WITH_ONE_SHORT_LINE, SLOGANS_WITHOUT_TEXT])
def test_short_lines_that_are_not_an_outline_stay_text(text):
    lines = source_lines(text, len(text))
    assert bare_title_lines(text, lines[3:]) == frozenset()
    assert all(not t.startswith(("创建永远", "安全第一", "预防为主")) for t in _titles(text))


def test_a_signature_over_its_date_is_no_title():
    lines = source_lines(SUMMARY_SUBHEADS, len(SUMMARY_SUBHEADS))
    titles = {SUMMARY_SUBHEADS[s:e] for s, e, _t in lines if s in bare_title_lines(SUMMARY_SUBHEADS, lines[1:])}
    assert "东湖镇卫生院" not in titles and "主要工作成效" in titles
    survey = source_lines(SURVEY_SIGNED, len(SURVEY_SIGNED))
    signed = {SURVEY_SIGNED[s:e] for s, e, _t in survey if s in bare_title_lines(SURVEY_SIGNED, survey[1:])}
    assert "区民政局调研组" not in signed


def test_a_hard_wrapped_line_that_fills_the_width_is_no_title():
    body = "\n".join([
        "今年以来，全县认真落实稳经济一揽子政策措施，主要经济指标保持",
        "稳中有进的良好态势，全年地区生产总值预计增长5.8%左右，规上工",
        "业增加值增长7%。",
        "稳住工业基本盘",
        "全县规上工业企业达到312家，比上年净增26家，新培育专精特新企",
        "业9家，工业技改投资增长15%，制造业投资占全部投资的比重达到四",
        "成以上。同时，园区承载能力持续提升，新建标准厂房25万平方米，",
        "盘活闲置土地1800亩，亩均税收达到18万元，比上年提高2万元以上",
        "。",
        "扩大有效投资需求",
        "全年实施省市县重点项目168个，完成投资420亿元，其中新开工项目",
        "达到93个，建成投产项目61个。全县争取中央预算内资金和专项债券",
        "资金共计38亿元，同比增长21%，有力支撑了重大项目建设。",
    ])
    text = "在全县经济工作会议上的讲话\n同志们：\n" + body + "\n"
    lines = source_lines(text, len(text))
    titles = {text[s:e] for s, e, _t in lines if s in bare_title_lines(text, lines[2:])}
    assert titles == {"稳住工业基本盘", "扩大有效投资需求"}


@pytest.mark.slow
@pytest.mark.parametrize("text, question, shown", [
    (REPORT_BLANK_LINES, "存在哪些问题和不足", ["调查研究不够深入", "部分项目前期工作滞后", "对新技术新政策学习不够"]),
    (REPORT_BLANK_LINES, "下一步有什么打算", ["抓好防汛备汛", "加快项目建设"]),
    (SURVEY_SIGNED, "调研发现了哪些问题", ["经营收支难以平衡", "菜品单一"]),
    (SUMMARY_SUBHEADS, "工作中遇到了什么困难", ["人员编制不足", "业务用房面积偏小"]),
    (SPEECH_POINTS_NO_BLANKS, "冬小麦要种多少亩", ["36万亩"]),
])
def test_a_part_is_answered_from_its_own_text(ask_of, text, question, shown):
    answer = ask_of(text)(question)
    assert answer.answerable, answer.answer
    for words in shown:
        assert words in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", ["下一步有什么打算", "今后的工作打算是什么", "下一步工作怎么安排"])
def test_the_plans_of_a_report_on_ones_work_are_its_tasks(ask_of, question):
    answer = ask_of(REPORT_BLANK_LINES)(question)
    assert "抓好防汛备汛" in answer.answer and "加快项目建设" in answer.answer, answer.answer


def _docx_bytes(title: str, parts: list[tuple[str, str]]) -> bytes:
    import io

    import docx
    document = docx.Document()
    document.add_heading(title, level=0)
    for heading, body in parts:
        document.add_heading(heading, level=1)
        document.add_paragraph(body)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


SURVEY_PARTS = [("基本情况", "全县建成乡镇快递服务站18个，村级寄递服务点覆盖率达到92%。"),
                ("存在的主要问题", "末端网点运营困难，部分服务点月均业务量不足300件。冷链寄递能力不足。"),
                ("几点建议", "建议推进共同配送，力争2027年实现村级寄递服务全覆盖。")]
SURVEY_TITLE = "关于全县农村寄递物流体系建设情况的调研报告"


@pytest.mark.parametrize("name, data", [
    ("survey.docx", _docx_bytes(SURVEY_TITLE, SURVEY_PARTS)),
    ("survey.md", ("# " + SURVEY_TITLE + "\n\n" + "".join(f"## {h}\n\n{b}\n\n" for h, b in SURVEY_PARTS)).encode()),
    ("survey.html", ("<html><head><title>" + SURVEY_TITLE + "_县政协</title></head><body><div>首页 > 调研视察</div>"
                     "<article><h1>" + SURVEY_TITLE + "</h1>" + "".join(f"<h2>{h}</h2><p>{b}</p>" for h, b in SURVEY_PARTS)
                     + "</article><div>版权所有 县政协办公室</div></body></html>").encode()),
])
def test_unnumbered_headings_of_each_format_make_the_outline(name, data):
    from index.reader import read_speech_bytes

    document = read_speech_bytes(data, "survey", name)
    assert [n.title for n in document.outline] == [h for h, _b in SURVEY_PARTS]
    assert [p.section for p in document.passages if "冷链寄递" in p.text] == ["存在的主要问题"]


@pytest.mark.slow
@pytest.mark.parametrize("question", ["有哪些建议", "几点建议是什么"])
def test_the_sign_off_is_no_point_of_the_last_part(ask_of, question):
    answer = ask_of(SURVEY_SIGNED)(question)
    assert "分档补贴" in answer.answer and "调研组" not in answer.answer, answer.answer


SIGNED_BY_BODY = """2025年度领导班子述职报告
县水务局党组
同志们：
一年来，局党组团结带领全系统干部职工，各项工作取得新的进展。
主要工作完成情况
全年完成水利投资9.2亿元，同比增长8.1%。
存在的主要问题
一是项目前期工作滞后。二是管护资金缺口较大。
2026年工作打算
力争完成水利投资10亿元以上，年底前完成病险水库除险加固6座。
"""


def test_a_year_in_a_title_and_a_signing_body_over_the_salutation():
    # "2026年工作打算": a year is words of a title; "县水务局党组" over "同志们：" signs the report
    assert _titles(SIGNED_BY_BODY) == ["主要工作完成情况", "存在的主要问题", "2026年工作打算"]
    document = parse_speech(SIGNED_BY_BODY, "doc")
    assert [p.section for p in document.passages if "病险水库" in p.text] == ["2026年工作打算"]
