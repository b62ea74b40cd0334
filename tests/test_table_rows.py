"""A table's rows, as the readers write them ("a | b | c" from .docx and .html, "| a | b |" in
Markdown), are paragraphs of their own: they never run on into each other, and a Markdown
table's |---| rule is layout. Asked who is responsible, the row answers. Texts written here."""
from __future__ import annotations

import pytest

from index.parser import parse_speech

MARKDOWN = """# 青禾县第三季度重点工作推进情况通报

## 一、存在的主要问题

| 序号 | 问题 | 责任单位 |
|:---|---|---:|
| 1 | 城北污水处理厂二期进度滞后 | 县住建局 |
| 2 | 农村客运班线停运6条 | 县交通运输局 |

## 二、下步要求

各责任单位要在10月20日前报送整改方案。
"""

FROM_WORD = """青禾县重点项目进度通报
一、存在的问题
序号 | 问题 | 责任单位
1 | 城北污水处理厂二期进度滞后 | 县住建局
2 | 农村客运班线停运6条 | 县交通运输局
二、下步要求
要压实责任。
"""


@pytest.mark.parametrize("text", [MARKDOWN, FROM_WORD])
def test_each_row_is_a_paragraph_of_its_own(text):
    document = parse_speech(text, "table")
    rows = [p.text for p in document.passages if "|" in p.text]
    assert rows[-2:] == ["1 | 城北污水处理厂二期进度滞后 | 县住建局", "2 | 农村客运班线停运6条 | 县交通运输局"]
    assert not any("---" in p.text for p in document.passages)
    assert all(document.source[p.start:p.end] == p.text for p in document.passages if "|" in p.text)


def test_a_line_with_one_bar_is_no_row():
    document = parse_speech("青禾县通报\n一、情况\n收入 | 支出\n合计120万元。\n", "bar")
    assert any(p.text == "收入 | 支出合计120万元。" for p in document.passages)


@pytest.mark.slow
@pytest.mark.parametrize("text", [MARKDOWN, FROM_WORD])
def test_the_row_tells_who_is_responsible(ask_of, text):
    answer = ask_of(text)("农村客运班线停运是哪个单位负责的？")
    assert answer.answerable and "县交通运输局" in answer.answer and "县住建局" not in answer.answer, answer.answer


# A table of targets by year, as a .docx or a Markdown page gives it: the figures are bare cells,
# their year and kind are in the header row. Two texts of our own, in two wordings.
AIR_TABLE = """在全市生态环境保护工作会议上的讲话
（2025年1月20日）
同志们：
一、2024年工作回顾
全年空气质量稳中向好，主要指标全部完成省定目标。主要指标完成情况见下表。
指标 | 2024年目标 | 2024年完成 | 2025年目标
PM2.5平均浓度（微克/立方米） | 33.0 | 31.6 | 31.0
优良天数比例（%） | 82.0 | 84.7 | 85.0
国控断面优良水体比例（%） | 85.7 | 90.5 | 91.0
二、2025年重点任务
要深入打好蓝天、碧水、净土保卫战。
"""
JOBS_TABLE = """# 2025年全县就业工作推进会讲话

## 一、去年就业工作情况

去年全县就业形势总体稳定。各项指标如下：

| 项目 | 2024年计划 | 2024年实际 | 2025年计划 |
|---|---|---|---|
| 城镇新增就业（人） | 5200 | 5630 | 5500 |
| 农村劳动力转移就业（万人次） | 12.0 | 12.6 | 12.8 |

## 二、今年重点工作

要稳住就业基本盘。
"""


@pytest.mark.parametrize("text, row, header", [
    (AIR_TABLE, "优良天数比例（%） | 82.0 | 84.7 | 85.0", "指标 | 2024年目标 | 2024年完成 | 2025年目标"),
    (JOBS_TABLE, "城镇新增就业（人） | 5200 | 5630 | 5500", "项目 | 2024年计划 | 2024年实际 | 2025年计划"),
])
def test_a_row_stands_under_its_header(text, row, header):
    document = parse_speech(text, "table")
    passage = next(p for p in document.passages if p.text == row)
    assert passage.section.endswith(" > " + header)
    head = next(p for p in document.passages if p.text == header)
    assert "|" not in head.section  # the header itself stands under the headings only


def test_a_table_whose_first_row_holds_figures_has_no_header():
    document = parse_speech("青禾县通报\n一、情况\n城区 | 120 | 130\n乡镇 | 80 | 95\n", "t")
    assert all("|" not in p.section for p in document.passages)


@pytest.mark.slow
@pytest.mark.parametrize("text, question, expected, header", [
    (AIR_TABLE, "去年优良天数比例实际完成了多少", "84.7", "2024年完成"),
    (AIR_TABLE, "国控断面水质优良的比例去年完成得怎么样", "90.5", "2024年完成"),
    (JOBS_TABLE, "去年城镇新增就业实际有多少人", "5630", "2024年实际"),
    (JOBS_TABLE, "今年农村劳动力转移就业计划多少", "12.8", "2025年计划"),
])
def test_a_figure_only_in_a_table_is_answered_with_its_header(ask_of, text, question, expected, header):
    answer = ask_of(text)(question)
    assert answer.answerable and expected in answer.answer and header in answer.answer, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question", [(AIR_TABLE, "2023年优良天数比例是多少"), (JOBS_TABLE, "2022年城镇新增就业多少人")])
def test_a_year_no_column_holds_is_still_a_near_miss(ask_of, text, question):
    assert not ask_of(text)(question).answerable


# Two-column tables, as a policy Q&A, a notice or a report lays out its amounts: one bar per row.
SUBSIDY_TWO_COLUMNS = """青禾市家电以旧换新补贴政策问答
一、补贴标准是多少？
按照产品能效等级分档补贴，具体如下：
能效等级 | 补贴比例
一级能效 | 售价的20%
二级能效 | 售价的15%
需要说明的是，每人每类产品限补1件。
二、到哪里申请？
登录“青禾惠民”小程序申请。
"""
TARGETS_TWO_COLUMNS = """关于下达2026年农业重点指标的通知
一、主要指标
指标 | 2026年目标
粮食播种面积 | 86万亩
高标准农田 | 4.6万亩
二、工作要求
各乡镇要在3月底前分解落实。
"""


@pytest.mark.parametrize("text, rows, header, after", [
    (SUBSIDY_TWO_COLUMNS, ["一级能效 | 售价的20%", "二级能效 | 售价的15%"], "能效等级 | 补贴比例",
     "需要说明的是，每人每类产品限补1件。"),
    (TARGETS_TWO_COLUMNS, ["粮食播种面积 | 86万亩", "高标准农田 | 4.6万亩"], "指标 | 2026年目标", None),
])
def test_a_two_column_table_keeps_its_rows_apart(text, rows, header, after):
    """A row of two cells ending with no full stop no longer runs on into the next row, nor the
    last row into the sentence after the table."""
    document = parse_speech(text, "two")
    texts = [p.text for p in document.passages]
    assert header in texts
    for row in rows:
        passage = next(p for p in document.passages if p.text == row)
        assert passage.section.endswith(" > " + header)
    if after:
        assert after in texts


def test_a_two_column_table_from_a_word_file_keeps_its_rows_apart():
    import io

    import docx

    from index.reader import read_speech_bytes

    word = docx.Document()
    word.add_paragraph("青禾县2026年惠企政策问答")
    word.add_paragraph("一、设备更新补贴怎么给？")
    word.add_paragraph("按投资额分档补贴，标准如下：")
    table = word.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("设备投资额", "补贴金额"), ("500万元以下", "投资额的5%"), ("500万元（含）以上", "最高100万元")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    word.add_paragraph("补贴资金由县财政安排。")
    out = io.BytesIO()
    word.save(out)
    document = read_speech_bytes(out.getvalue(), "word", path="word.docx")
    texts = [p.text for p in document.passages]
    assert "500万元以下 | 投资额的5%" in texts and "500万元（含）以上 | 最高100万元" in texts
    assert "补贴资金由县财政安排。" in texts


DUTY_TABLE = """在全镇安全生产工作会议上的讲话
一、明确重点任务分工
今年上半年确定四项重点整治任务，具体分工如下：
责任单位 | 完成时限
经营性自建房排查：镇规划建设办牵头 | 2026年3月31日前
燃气报警器安装：镇市场监管所牵头 | 2026年4月30日前
临水道路隐患整治：镇交管站牵头 | 2026年5月31日前
防火隔离带补建：镇林业站牵头 | 2026年3月10日前
二、严格值班值守
防火期内实行24小时值班制度。
"""


@pytest.mark.slow
def test_a_header_row_is_no_item_of_the_list(ask_of):
    """The header names the columns: the list has the four rows, and the fourth is the fourth row."""
    ask = ask_of(DUTY_TABLE)
    answer = ask("分工表里一共几项任务")
    assert "责任单位 | 完成时限[" not in answer.answer and "1. 经营性自建房排查" in answer.answer, answer.answer
    fourth = ask("第四项呢", ["分工表里一共几项任务", "第一项谁牵头"])
    assert "防火隔离带补建" in fourth.answer, fourth.answer


MACHINE_TABLE = """青禾县农机购置补贴政策问答
一、农机补贴怎么给？
按机具类别定额补贴，标准如下：
机具类别 | 每台金额
拖拉机 | 8000元
插秧机 | 5000元
二、哪里申请？
到乡镇农业服务中心申请。
"""


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [("拖拉机的农机补贴给多少钱", "8000元"), ("买插秧机农机补贴多少", "5000元")])
def test_a_row_is_of_what_the_heading_over_its_table_names(ask_of, question, expected):
    """"农机补贴" stands only in the heading over the table: the row's figure is still of it."""
    answer = ask_of(MACHINE_TABLE)(question)
    assert answer.answerable and expected in answer.answer, answer.answer


# A 问题清单 table asked for the rows of one value (a deadline, a unit), and its note ("注：…") below it,
# which is no row: two tables of our own, as Word and Markdown give them.
RECTIFY_WORD = """某县审计反馈问题整改方案
一、问题清单
序号 | 存在问题 | 整改措施 | 责任单位 | 完成时限
1 | 专项资金闲置1200万元 | 盘活闲置资金 | 县财政局 | 2024年6月底
2 | 项目未批先建3个 | 补办审批手续 | 县发展改革局、县自然资源局 | 2024年6月底
3 | 政府采购程序不规范 | 开展专项检查 | 县财政局 | 2024年12月底
4 | 公务用车超标准配备 | 收回超标车辆 | 县机关事务中心 | 2024年9月底
注：涉及个人的问题另行处理。
二、工作要求
各责任单位每月5日前报送整改进展。
"""

RECTIFY_MARKDOWN = """# 某区安全生产隐患整改清单

## 一、隐患清单

| 序号 | 隐患 | 责任单位 | 整改时限 |
|---|---|---|---|
| 1 | 老旧小区消防通道堵塞 | 区住建局 | 3月底 |
| 2 | 危化品仓库超量储存 | 区应急管理局 | 5月底 |
| 3 | 农贸市场电线私拉乱接 | 区市场监管局 | 3月底 |

备注：整改完成后由区安委办组织验收。

## 二、工作要求

各单位要落实整改责任。
"""


@pytest.mark.slow
@pytest.mark.parametrize("text, question, kept, dropped", [
    (RECTIFY_WORD, "哪些问题要在2024年6月底前整改完", ("专项资金闲置", "项目未批先建"), ("政府采购", "公务用车")),
    (RECTIFY_WORD, "县财政局负责哪几项整改", ("专项资金闲置", "政府采购程序"), ("项目未批先建", "公务用车")),
    (RECTIFY_MARKDOWN, "哪些隐患要求3月底前整改", ("消防通道堵塞", "电线私拉乱接"), ("危化品仓库",)),
])
def test_rows_of_the_value_asked(ask_of, text, question, kept, dropped):
    answer = ask_of(text)(question)
    assert all(k in answer.answer for k in kept) and not any(d in answer.answer for d in dropped), answer.answer


@pytest.mark.slow
@pytest.mark.parametrize("text, question, count", [(RECTIFY_WORD, "问题清单里都有哪些问题", 4),
                                                   (RECTIFY_MARKDOWN, "隐患清单列了哪些隐患", 3)])
def test_every_row_and_no_note(ask_of, text, question, count):
    answer = ask_of(text)(question)
    assert f"共列出{count}项" in answer.answer and "另行处理" not in answer.answer \
        and "组织验收" not in answer.answer, answer.answer
