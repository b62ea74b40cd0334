"""Minutes and notices as they are printed: a number line ("〔2026〕第3期", "X政办发〔2026〕5号") above
the text, and closing lines of who was away and where the record goes ("请假：…", "缺席：…",
"抄送：…"). Each is a line of its own: joined to the next, it ran into its sentence
("〔2026〕第3期2026年2月26日上午，…", "请假：陈志强抄送：县委办公室…"). Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

MINUTES = """县政府常务会议纪要
〔2026〕第3期

2026年2月26日上午，县长刘建国主持召开县政府第31次常务会议，研究春季农业生产等事项。现将会议议定事项纪要如下：
一、关于春季农业生产工作
会议要求县财政局在3月底前拨付耕地地力保护补贴资金3860万元，补贴标准为每亩98元。
出席：刘建国 王海燕 张立新
请假：陈志强（外出学习）

抄送：县委办公室，县人大常委会办公室。
"""

OFFICE = """镇党政联席会议纪要
第7期

3月5日，镇党委书记周明主持召开党政联席会议，研究集镇环境整治工作。
会议决定，由镇城建办牵头，4月底前完成集镇主街道路面改造。
缺席人员：吴强（病假）
主送：各村（社区），镇直各单位
抄报：县委办公室
"""

NOTICE = """关于做好2026年防汛工作的通知
青政办发〔2026〕5号
各乡镇人民政府，县直各有关单位：
为切实做好今年防汛工作，现将有关事项通知如下：
一、压实防汛责任
各乡镇要在4月30日前完成防汛责任人公示。
"""


@pytest.mark.parametrize("text, line", [
    (MINUTES, "〔2026〕第3期"), (MINUTES, "请假：陈志强（外出学习）"), (MINUTES, "抄送：县委办公室，县人大常委会办公室。"),
    (OFFICE, "缺席人员：吴强（病假）"), (OFFICE, "主送：各村（社区），镇直各单位"), (OFFICE, "抄报：县委办公室"),
])
def test_each_labelled_or_numbered_line_stands_alone(text, line):
    doc = parse_speech(text, "doc")
    assert line in [p.text for p in doc.passages], [p.text for p in doc.passages]


def test_a_document_number_does_not_open_the_next_sentence():
    doc = parse_speech(NOTICE, "notice")
    assert not any(p.text.startswith("青政办发〔2026〕5号各乡镇") or "5号为切实" in p.text for p in doc.passages)


@pytest.mark.slow
@pytest.mark.parametrize("question, said, not_said", [
    ("谁请假了", "陈志强", "县委办公室"),
    ("这次常务会是谁主持的", "刘建国主持召开", "第3期"),
])
def test_answers_quote_the_line_alone(ask_of, question, said, not_said):
    answer = ask_of(MINUTES, "minutes")(question)
    assert answer.answerable and said in answer.answer and not_said not in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said", [
    (MINUTES, "谁请假了", "陈志强"), (MINUTES, "哪些人没来开会", "陈志强"), (OFFICE, "哪些人缺席", "吴强"),
])
def test_who_was_away_is_the_labelled_line(ask_of, text, question, said):
    answer = ask_of(text, "minutes")(question)
    assert answer.answerable and said in answer.answer and answer.citations, answer.answer


SIGNED = """区政府专题会议纪要
5月8日下午，副区长陈思远主持召开专题会议，研究老旧小区加装电梯工作。
会议明确，今年完成加装电梯120部，每部补贴不超过15万元。
列席人员：区财政局、区住建局相关负责同志
记录人：黄晓丽
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said", [
    (MINUTES + "记录：孙悦\n", "记录人是谁", "孙悦"), (SIGNED, "谁做的记录", "黄晓丽"),
    (SIGNED, "会议记录是谁", "黄晓丽"), (SIGNED, "哪些单位列席", "区财政局"),
    (MINUTES + "列席：县农业农村局\n", "列席的有哪些单位", "县农业农村局"),
])
def test_who_kept_the_record_or_sat_in_is_the_labelled_line(ask_of, text, question, said):
    answer = ask_of(text, "minutes")(question)
    assert answer.answerable and said in answer.answer and answer.citations, answer.answer


NUMBERED = """县政府常务会议纪要
总第126期
2026年3月9日，县长刘建国主持召开县政府第32次常务会议。
一、关于城区供暖工作
会议要求县住建局做好供暖设施检修，10月底前完成。
二、关于医院搬迁工作
会议决定由县卫健局牵头，5月20日前提出选址方案。
出席：刘建国 王海燕 张立新
列席：县政府办
请假：陈志强（外出学习）
记录：孙悦
"""

CONTACT_PART = """关于举办农民丰收节的通知
一、活动时间
9月23日上午9点。
二、联系方式
联系人：王丽
联系电话：0000-1234567
"""


@pytest.mark.parametrize("text, line", [(OFFICE, "第7期"), (NUMBERED, "总第126期")])
def test_an_issue_number_alone_is_a_line_of_its_own(text, line):
    assert line in [p.text for p in parse_speech(text, "doc").passages]


@pytest.mark.parametrize("text, part, lines", [
    (MINUTES, "一、关于春季农业生产工作", ["出席：刘建国 王海燕 张立新", "请假：陈志强（外出学习）"]),
    (NUMBERED, "二、关于医院搬迁工作", ["出席：刘建国 王海燕 张立新", "列席：县政府办", "记录：孙悦"]),
])
def test_closing_labelled_lines_stand_under_the_record_not_its_last_part(text, part, lines):
    doc = parse_speech(text, "doc")
    section = {p.text: p.section for p in doc.passages}
    for line in lines:
        assert not section[line].startswith(part), (line, section[line])
    assert any(s.startswith(part) for s in section.values())


def test_a_part_of_labelled_lines_only_keeps_them():
    doc = parse_speech(CONTACT_PART, "doc")
    section = {p.text: p.section for p in doc.passages}
    assert section["联系人：王丽"].startswith("二、联系方式")
    assert doc.node("二、联系方式").status == "complete"


@pytest.mark.slow
@pytest.mark.parametrize("text, question, said", [
    (MINUTES, "哪天开的会", "2026年2月26日"), (NUMBERED, "常务会议是哪天开的", "2026年3月9日"),
    (SIGNED, "专题会议哪天开的", "5月8日"),
])
def test_the_day_a_meeting_met_asked_in_speech(ask_of, text, question, said):
    answer = ask_of(text, "minutes")(question)
    assert answer.answerable and said in answer.answer, answer.answer


# The issuer and the date set apart on one line, as a 纪要 or 简报 heads its body: the line closes,
# as a date alone does; joined to the next it ran into the first sentence ("…办公室　　2026年3月20日3月18日上午，…").
ISSUER_HEADED = {
    "minutes": "县政府常务会议纪要\n〔2026〕6号\n某县人民政府办公室　　　　　　　　2026年3月20日\n\n"
               "3月18日上午，县长陈某某主持召开县政府常务会议，研究城区停车管理工作。\n会议同意新增公共停车泊位1500个。\n",
    "bulletin": "工作简报\n第12期\n县委办公室    2026年4月2日印发\n"
                "4月1日，县委书记王某某带队督查春季森林防火工作。\n",
    "notice": "镇党政办公室　　　2026年5月6日\n5月5日，镇党委召开安全生产专题会议，部署汛期隐患排查。\n",
}


@pytest.mark.parametrize("name, first", [
    ("minutes", "3月18日上午，县长陈某某主持召开县政府常务会议"),
    ("bulletin", "4月1日，县委书记王某某带队督查"),
    ("notice", "5月5日，镇党委召开安全生产专题会议"),
])
def test_an_issuer_and_date_line_does_not_open_the_next_sentence(name, first):
    texts = [p.text for p in parse_speech(ISSUER_HEADED[name], "doc").passages]
    assert any(t.startswith(first) for t in texts), texts


# Decisions numbered 1./2./3. under "会议议定：": the first one going on past its first sentence
# ("1.同意…工程。由副县长…牵头…") is a point like its siblings, not a heading with the rest under it;
# and a decision opening with a figure ("2.9座病险水库…") is item 2, not the decimal 2.9.
DECISIONS = """县政府常务会议纪要
〔2025〕第12期
一、关于城区道路改造的事项
会议听取了县住建局关于城区道路改造方案的汇报。
会议议定：
1.原则同意实施北环路改造工程。由副县长邵明远牵头，县住建局具体负责，年底前完工。
2.县财政局安排改造资金680万元。
3.县交警大队做好施工期间交通疏导。
二、关于汛期安全的事项
会议议定：
1.各乡镇落实24小时值班制度。
2.9座病险水库一律空库运行，由县水利局负责核查。
3.12个地质灾害隐患点全部落实监测责任人。
"""

PARENS = """镇党政联席会议纪要
一、关于学校扩建的事项
会议议定：
（一）同意将镇中心小学扩建列为今年重点项目，新增教室10间。由副镇长林秋实牵头，8月底前交付使用。
（二）镇财政所筹措配套资金120万元。
（三）镇派出所做好校园周边安全巡查。
"""


@pytest.mark.parametrize("text, items", [
    (DECISIONS, ["1.原则同意实施北环路改造工程", "2.县财政局安排", "3.县交警大队", "1.各乡镇落实", "2.9座病险水库",
                 "3.12个地质灾害"]),
    (PARENS, ["（一）同意将镇中心小学扩建", "（二）镇财政所", "（三）镇派出所"]),
])
def test_decisions_are_points_of_one_list(text, items):
    document = parse_speech(text, "minutes")
    points = [p for p in document.passages if p.item]
    assert [next(p.text[:len(i)] for p in points if p.text.startswith(i)) for i in items] == items
    assert all(p.section.count(">") == 1 for p in points), [p.section for p in points]  # all under their topic
    assert all(document.source[p.start:p.end] == p.text for p in document.passages)


@pytest.mark.parametrize("text", ["一、情况\n全年增长2.9个百分点。\n", "一、情况\n1.全县GDP增长5%。\n3.5亿元用于民生。\n"])
def test_a_decimal_is_no_item_without_its_predecessor(text):
    document = parse_speech(text, "decimal")
    assert not any(p.text.startswith(("2.9", "3.5")) and p.item for p in document.passages)
