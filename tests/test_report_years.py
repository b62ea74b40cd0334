"""A report's own year: 今年 and 去年 read against it, and a review's closing list kept together.

Texts are written here in the shape of county and city work reports: a part reviewing last
year under "一、2025年工作回顾", one planning this year under "二、2026年…".
"""
from __future__ import annotations

import pytest

from index.document import SECTION_SEP
from index.parser import parse_speech
from qa.fact_periods import period_conflict, period_context
from qa.periods import document_year, document_years, names_other_year, speaks_of

# A review part whose sub-sections are one paragraph each, then a paragraph that sums up the
# difficulties with inline items: three wordings of the announcement and of the items.
CLOSINGS = [
    ("在肯定成绩的同时，我们也清醒地看到，发展中还面临不少困难：一是产业链条短；二是财政收支矛盾突出；三是公共服务供给不足。",
     ["一是", "二是", "三是"]),
    ("同时也要看到，我们的工作还存在一些不足：第一，项目储备不够；第二，营商环境有待优化。",
     ["第一", "第二"]),
    ("但也必须正视，全区发展仍有短板弱项。首先，创新能力不强；其次，城乡差距较大；再次，民生欠账较多。",
     ["首先", "其次", "再次"]),
]


def _review(closing: str) -> str:
    return ("2026年青禾县人民政府工作报告\n各位代表：\n一、2025年工作回顾\n"
            "（一）产业发展提质增效。新签约项目41个，茶叶加工园区建成投产。\n"
            "（二）城乡面貌持续改善。完成老旧小区改造27个，新建农村公路186公里。\n"
            "（三）民生保障更加有力。城镇新增就业5100人，新建幼儿园4所。\n"
            f"{closing}\n"
            "二、2026年主要目标和重点任务\n（一）推进新型城镇化。改造老旧小区30个，新增停车位2000个。\n"
            "（二）办好民生实事。城镇新增就业5000人以上。\n")


@pytest.mark.parametrize("closing, items", CLOSINGS)
def test_a_closing_paragraph_keeps_the_items_it_opens(closing, items):
    doc = parse_speech(_review(closing), "report")
    lead = next(p for p in doc.passages if p.text.startswith(closing[:8]))
    assert lead.section == "一、2025年工作回顾"
    listed = [p for p in doc.passages if p.item in items]
    assert [p.item for p in listed] == items
    # with the paragraph that opens them, under the part, not under its last sub-section
    assert all(p.section == "一、2025年工作回顾" + SECTION_SEP + p.item for p in listed)


def test_a_last_subsection_keeps_its_own_items():
    text = ("关于做好今年工作的意见\n一、工作回顾\n（一）产业。新签约项目41个。\n（二）城乡。完成改造27个。\n"
            "（三）民生。做了三件事。\n一是新增就业5100人。\n二是新建幼儿园4所。\n")
    doc = parse_speech(text, "opinion")
    listed = [p for p in doc.passages if p.item in ("一是", "二是")]
    assert [p.section.split(SECTION_SEP)[1] for p in listed] == ["（三）民生", "（三）民生"]


@pytest.mark.parametrize("title, head, year", [
    ("2026年青禾县人民政府工作报告", "", 2026),
    ("政府工作报告", "——2025年1月12日在江陵市第九届人民代表大会第三次会议上\n", 2025),
    ("在全县经济工作会议上的讲话", "（2024年12月28日）\n", 2024),
    ("在全县经济工作会议上的讲话", "同志们：今年以来，全县上下…\n", None),
    # a year reviewed and a year planned: the plan's year is the speech's 今年, as in a work report
    ("桃源镇2024年工作总结和2025年工作计划", "", 2025),
    ("关于2025年预算执行情况和2026年预算草案的报告", "", 2026),
    ("2023年上半年工作总结及下半年工作安排", "", 2023),
    ("青禾县国土绿化规划（2021—2025年）", "", 2021),  # a span speaks from its start
])
def test_the_year_a_speech_speaks_from(title, head, year):
    doc = parse_speech(f"{title}\n{head}一、工作回顾\n去年全县完成投资12亿元。\n", "speech")
    assert document_year(doc) == year


@pytest.mark.parametrize("closing, year", [
    ("青禾县人民政府办公室\n2025年3月18日\n", 2025),
    ("中共青禾县委办公室\n（2024年11月2日印发）\n", 2024),
    ("请各地认真贯彻执行。\n", None),
])
def test_an_opinion_takes_its_year_from_the_date_it_closes_with(closing, year):
    text = ("关于加快发展县域冷链物流的实施意见\n各乡镇人民政府：\n一、总体要求\n到2027年，全县冷库库容达到12万吨。\n"
            f"二、保障措施\n县财政每年安排专项资金2000万元。\n{closing}")
    assert document_year(parse_speech(text, "opinion")) == year


@pytest.mark.parametrize("headings, year", [
    (["一、2023年民生实事完成情况", "二、今年的民生实事项目"], 2024),  # a review is given the year after
    (["一、2023年全县教育工作回顾", "二、2024年重点工作安排"], 2024),
    (["一、关于当前形势", "二、2025年主要目标任务"], 2025),  # a plan is given in its own year
    (["一、2023年工作总结", "二、2023年工作打算"], None),  # they disagree: no year
    (["一、认清形势", "二、明确任务"], None),
])
def test_a_speech_without_a_dated_header_takes_its_year_from_its_headings(headings, year):
    body = "".join(f"{h}\n全县完成投资12亿元，新建道路8公里。\n" for h in headings)
    doc = parse_speech(f"在全县工作会议上的讲话\n同志们：\n{body}", "speech")
    assert document_year(doc) == year


@pytest.mark.parametrize("text, period, year, speaks, other", [
    ("一、2025年工作回顾", "去年", 2026, True, False),
    ("过去一年，全县生产总值增长6.2%", "去年", 2026, True, False),
    ("二、2026年主要目标和重点任务", "去年", 2026, False, True),
    ("二、2026年主要目标和重点任务", "今年", 2026, True, False),
    ("上年完成投资12亿元", "2025年", 2026, True, False),
    ("今年完成投资12亿元", "2022年", None, False, False),  # no year to compare them by
    ("今年完成投资12亿元", "去年", None, False, True),
    ("十四五期间", "去年", 2026, False, True),  # five years told together: not one of them
    ("年内完成县城管网改造26公里", "今年", None, True, False),  # 年内: within this year
    ("本年度计划新建幼儿园3所", "今年", 2026, True, False),
    ("年内建成投用", "去年", 2026, False, True),
    ("力争三年内全部完成改造", "今年", None, False, False),  # a span of years, not this year
    ("五年内累计培训三万人次", "去年", None, False, False),
])
def test_a_text_speaks_of_the_asked_year(text, period, year, speaks, other):
    assert speaks_of(text, period, year) is speaks
    assert names_other_year(text, period, year) is other


def test_a_sentence_without_a_year_speaks_under_its_headings():
    section = "二、2026年主要目标和重点任务" + SECTION_SEP + "（一）推进新型城镇化"
    text = "改造老旧小区30个，新增停车位2000个。"
    context = period_context(text, 0, len(text), section)
    assert period_conflict(["去年"], context, 2026)
    assert not period_conflict(["今年"], context, 2026)
    assert not period_conflict(["去年"], context, None) or "2026年" in context  # no year: 去年 vs 2026年 unknown
    assert not period_conflict(["上半年"], context, 2026)


@pytest.mark.slow
@pytest.mark.parametrize("question, expected, not_expected", [
    ("去年新增就业多少人?", "5100人", "5000人"),
    ("2025年城镇新增就业多少人?", "5100人", "5000人"),
    ("今年城镇新增就业目标是多少?", "5000人", "5100人"),
    ("今年要改造多少个老旧小区?", "30个", "27个"),
    ("去年完成了多少个老旧小区改造?", "27个", "30个"),
])
def test_a_relative_year_is_answered_from_its_part(assistant, encoder, question, expected, not_expected):
    from index.store import index_in_memory

    doc = parse_speech(_review(CLOSINGS[0][0]), "report")
    answer = assistant.variant(index=index_in_memory([doc], encoder)).ask(question)
    assert answer.answerable, answer.answer
    assert expected in answer.answer and not_expected not in answer.answer, answer.answer
    assert answer.citations


def test_two_years_asked_are_answered_by_a_sentence_of_either():
    """"去年…？今年…？": each year's sentence answers its half; a year and a half both hold."""
    last, this = "2025年城镇新增就业5100人。", "2026年城镇新增就业5000人以上。"
    for sentence in (last, this):
        assert not period_conflict(["去年", "今年"], sentence, 2026)
    assert period_conflict(["去年", "今年"], "2024年城镇新增就业4800人。", 2026)
    assert period_conflict(["去年", "上半年"], "2026年上半年新增就业2600人。", 2026)  # both must hold
    assert not period_conflict(["去年", "上半年"], "2025年上半年新增就业2500人。", 2026)


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "去年城镇新增就业多少人？今年的目标是多少？",
    "去年和今年城镇新增就业分别是多少?",
])
def test_a_question_asking_two_years_gets_both(assistant, encoder, question):
    from index.store import index_in_memory

    doc = parse_speech(_review(CLOSINGS[0][0]), "report")
    answer = assistant.variant(index=index_in_memory([doc], encoder)).ask(question)
    assert answer.answerable and "5100人" in answer.answer and "5000人" in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("closing, items", CLOSINGS)
@pytest.mark.parametrize("question", ["发展中面临哪些困难和不足?", "当前还存在哪些问题?", "存在哪些问题和不足?"])
def test_difficulties_asked_are_the_items_announced(assistant, encoder, closing, items, question):
    """However the question frames them (存在, 当前, 问题 for the text's 困难), every announced
    point is quoted, not the one or two that match its words best."""
    from index.store import index_in_memory

    doc = parse_speech(_review(closing), "report")
    answer = assistant.variant(index=index_in_memory([doc], encoder)).ask(question)
    assert answer.answerable, answer.answer
    assert all(item in answer.answer for item in items), answer.answer


@pytest.mark.parametrize("sentence", [
    "将2.8万亿元资金纳入直达机制、规模明显大于去年，为基层提供财力支持。",
    "全年转移支付增长7.8%，增幅高于去年。",
    "新增就业人数多于上年同期。",
])
def test_a_comparison_with_last_year_does_not_speak_of_it(sentence):
    context = period_context(sentence, 0, len(sentence), "三、2021年重点工作")
    assert not period_conflict(["今年"], context, 2021)


@pytest.mark.parametrize("question, missing", [
    ("2018年的意见对农村厕所有什么要求?", False),  # the speech's own year, from its dateline
    ("今年的意见对农村厕所有什么要求?", False),
    ("2016年的意见对农村厕所有什么要求?", True),
])
def test_the_speechs_own_year_is_named_by_its_dateline(question, missing):
    from qa.asked import asked
    from qa.period_evidence import period_missing
    from index.store import index_in_memory
    from fakes import FakeEncoder

    text = ("中共中央 国务院关于推进农村人居环境整治的意见\n（2018年1月2日）\n一、重点任务\n"
            "坚持不懈推进农村“厕所革命”，大力开展农村户用卫生厕所建设和改造。\n")
    index = index_in_memory([parse_speech(text, "opinion")], FakeEncoder())
    rows = [r for r, p in enumerate(index.passages) if "厕所" in p.text]
    assert period_missing(asked(question), index, rows) is missing


@pytest.mark.parametrize("title, noun", [
    ("2026年青禾县人民政府工作报告", "报告"),
    ("关于全县上半年经济运行情况的报告", "报告"),
    ("中共中央 国务院关于实施乡村振兴战略的意见", "意见"),
    ("关于加快推进产城融合发展的实施意见", "意见"),
    ("关于印发《全市城市更新三年行动方案》的通知", "文件"),
    ("青禾县国民经济和社会发展第十五个五年规划纲要", "文件"),
    ("在全市产城融合发展推进会议上的讲话", "讲话"),
    ("在全县规划工作会议上的讲话", "讲话"),  # a speech about plans is still a speech
    ("周县长在防汛会议上强调", "讲话"),
    ("关于城北片区供水改造工作专题会议纪要", "文件"),
    ("2026年全县农业农村工作要点", "文件"),
    ("关于2025年全镇文化旅游工作的总结", "总结"),
    ("县卫健委2025年工作总结", "总结"),
    ("在全县2025年工作总结表彰大会上的讲话", "讲话"),  # a speech at a summing-up meeting
])
def test_answers_call_a_document_by_its_genre(title, noun):
    from qa.documents import genre_noun

    assert genre_noun(title) == noun


def test_a_summary_dated_the_year_before_its_plan_is_read_from_either_year():
    text = ("桃源镇2024年工作总结和2025年工作计划\n一、2024年工作开展情况\n全年完成投资8亿元。\n"
            "二、2025年工作计划\n力争完成投资9亿元。\n桃源镇人民政府\n2024年12月26日\n")
    doc = parse_speech(text, "summary")
    assert document_year(doc) == 2025 and document_years(doc) == (2025, 2024)
    years = document_years(doc)
    assert speaks_of("二、2025年工作计划", "明年", years)  # the writer's 明年
    assert speaks_of("一、2024年工作开展情况", "去年", years)  # a reader's 去年
    assert not names_other_year("二、2025年工作计划", "今年", years)
    assert names_other_year("二、2025年工作计划", "前年", years)


@pytest.mark.slow
@pytest.mark.parametrize("question, point, other", [("财政收支方面存在什么问题?", "财政收支矛盾突出", "产业链条短"),
                                                    ("公共服务方面还存在哪些不足?", "公共服务供给不足", "产业链条短")])
def test_a_problem_asked_by_its_subject_is_that_point_not_the_list(assistant, encoder, question, point, other):
    from index.store import index_in_memory

    doc = parse_speech(_review(CLOSINGS[0][0]), "report")
    answer = assistant.variant(index=index_in_memory([doc], encoder)).ask(question)
    assert point in answer.answer and other not in answer.answer, answer.answer


@pytest.mark.parametrize("passage, asked, conflict", [
    ("今年上半年，全县经济平稳运行。新签约项目52个，总投资86亿元。", ["去年"], True),
    ("今年上半年，全县经济平稳运行。新签约项目52个，总投资86亿元。", ["上半年"], False),
    ("今年上半年，全县经济平稳运行。新签约项目52个，总投资86亿元。", ["今年"], False),
    ("2024年下半年以来，出口回暖。外贸进出口总额增长7%。", ["2023年"], True),
])
def test_a_year_and_its_half_are_one_period_for_the_sentences_after_them(passage, asked, conflict):
    from qa.fact_periods import period_conflict, period_context
    start = passage.index("。") + 1
    assert period_conflict(asked, period_context(passage, start, len(passage))) == conflict


JOBS_REPORT = """2026年青禾县人民政府工作报告
各位代表：
一、2025年工作回顾
（一）经济运行稳中有进。地区生产总值增长5.8%。
（二）优先稳就业保民生。就业是最大的民生。多渠道做好重点群体就业工作，全年城镇新增就业5100人，年末城镇登记失业率降到3.1%。
二、2026年重点任务
（一）扩大有效投资。全年实施重点项目120个。
（二）全力稳定和扩大就业。着力稳定现有岗位，对不裁员少裁员的企业给予稳岗返还。做好高校毕业生、退役军人、农民工等重点群体就业工作。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question", ["今年稳就业有哪些举措", "今年就业方面要做哪些工作？"])
def test_this_years_measures_are_not_taken_from_last_years_review(assistant, encoder, question):
    from index.store import index_in_memory
    ask = assistant.variant(index=index_in_memory([parse_speech(JOBS_REPORT, "report")], encoder)).ask
    answer = ask(question)
    assert answer.answerable and answer.citations, answer.answer
    assert all(c.section.startswith("二、2026年重点任务") for c in answer.citations), answer.answer
    assert "5100人" not in answer.answer and "优先稳就业保民生" not in answer.answer


def _dated_review(title: str, dateline: str) -> str:
    return (f"{title}\n{dateline}\n一、主要工作\n全年完成交通固定资产投资7.6亿元，新改建农村公路92公里。\n"
            "二、下一步打算\n力争新改建农村公路80公里。\n")


@pytest.mark.parametrize("title, dateline", [
    ("2024年度个人述职述廉报告", "（2025年1月15日）"),
    ("县交通运输局2024年工作总结", "2025年1月8日"),
    ("2024年度领导班子述职报告", "（2025年2月3日）"),
])
def test_a_review_dated_the_next_year_is_read_from_that_year_too(title, dateline):
    doc = parse_speech(_dated_review(title, dateline), "review")
    assert set(document_years(doc)) == {2024, 2025}


@pytest.mark.slow
@pytest.mark.parametrize("title, dateline", [("2024年度个人述职述廉报告", "（2025年1月15日）"),
                                             ("县交通运输局2024年工作总结", "2025年1月8日")])
def test_last_year_of_a_review_dated_the_next_year_is_the_year_it_reviews(ask_of, title, dateline):
    answer = ask_of(_dated_review(title, dateline))("去年交通投资完成了多少")
    assert answer.answerable and "7.6亿元" in answer.answer, answer.answer


YEAR_THEN_FIGURES = """在全县安全生产工作会议上的讲话
同志们：
这次会议的主要任务是总结2023年全县安全生产工作，部署2024年重点任务。
2023年，全县上下认真落实安全生产责任制，安全生产形势保持总体稳定。全年共发生各类生产安全事故17起、死亡12人，同比分别下降15%和20%。
2024年，要继续开展安全生产治本攻坚行动。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, fact", [("2023年全县一共出了多少起安全事故?", "17起"),
                                            ("2023年安全事故死了多少人", "12人")])
def test_a_figure_told_in_the_sentence_after_the_year_is_quoted(ask_of, question, fact):
    answer = ask_of(YEAR_THEN_FIGURES)(question)
    assert answer.answerable and fact in answer.answer, answer.answer


YEAR_GOALS = """青溪市关于推进城乡融合发展的实施意见
一、主要目标
到2025年，城乡融合发展取得重要进展，体制机制初步建立。城镇化率稳步提高，农村居民收入增速快于城镇居民；县域内义务教育优质均衡加快推进，农村养老服务网络基本覆盖；乡村治理体系进一步健全。
到2030年，城乡融合发展取得决定性进展，城乡一体化基本实现。产业结构根本改善，农民就业质量显著提高；城乡基本公共服务均等化基本实现，城乡要素自由流动；乡风文明达到新高度。
二、重点任务
加快户籍制度改革，推动农业转移人口市民化。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected, not_expected", [
    ("到2030年城乡公共服务要做到什么水平？", "均等化基本实现", "义务教育优质均衡"),
    ("到2025年农村养老服务要达到什么程度？", "农村养老服务网络基本覆盖", "均等化基本实现"),
])
def test_a_year_opening_its_paragraph_holds_for_the_sentences_after_it(ask_of, question, expected, not_expected):
    answer = ask_of(YEAR_GOALS)(question)
    assert answer.answerable and expected in answer.answer and not_expected not in answer.answer, answer.answer
