"""The rows of a table that hold the value a question names, answered by sentences: "县住建局牵头哪些任务"
of a 任务分工 table gets every row whose 牵头单位 is 县住建局, not only the one ranked first. Which rows
the ranking put first varied with the machine's arithmetic; the value named does not. Texts written here."""
from __future__ import annotations

import pytest

DIVISION = """某县城乡环境整治行动任务分工
一、任务分工
序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时间
1 | 拆除违章搭建的临时棚房 | 县住建局 | 各乡镇 | 2025年5月底
2 | 整治农贸市场周边占道经营 | 县市场监管局 | 县城管局 | 2025年6月底
3 | 清理河道沿岸的生活垃圾 | 县水利局 | 沿河乡镇 | 2025年6月底
4 | 改造老旧小区的雨污管网 | 县住建局 | 县水利局 | 2025年10月底
5 | 规范城区停车秩序 | 县公安局 | 县城管局 | 2025年8月底
二、保障措施
各牵头单位要细化方案，每月底前向县整治办报送进展。
"""

SCHOOL_MD = """# 某区教育系统安全隐患整改台账

## 一、整改台账

| 编号 | 隐患内容 | 整改要求 | 责任科室 | 整改时限 |
|---|---|---|---|---|
| 1 | 食堂后厨燃气管道老化 | 更换管道并加装报警器 | 后勤保障科 | 2024年4月30日 |
| 2 | 部分教室灭火器过期 | 全部更换并登记造册 | 安全管理科 | 2024年3月31日 |
| 3 | 校车司机资质未复核 | 逐人复核，不合格的调离 | 安全管理科 | 2024年4月30日 |
| 4 | 围墙局部开裂 | 加固修缮 | 后勤保障科 | 2024年6月30日 |

## 二、工作要求

各科室要按时限销号，逾期未改的予以通报。
"""


@pytest.mark.parametrize("text, question, kept, dropped", [
    (DIVISION, "县住建局牵头哪些任务", ("临时棚房", "雨污管网"), ("占道经营", "停车秩序")),
    (DIVISION, "县住建局负责啥", ("临时棚房", "雨污管网"), ("占道经营", "生活垃圾")),
    (DIVISION, "2025年6月底前要完成哪几项", ("占道经营", "生活垃圾"), ("临时棚房", "雨污管网")),
    (SCHOOL_MD, "安全管理科要整改哪些隐患", ("灭火器过期", "校车司机"), ("燃气管道", "围墙")),
    (SCHOOL_MD, "后勤保障科负责整改什么", ("燃气管道", "围墙"), ("灭火器", "校车司机")),
])
def test_every_row_holding_the_value_named(ask_of, text, question, kept, dropped):
    answer = ask_of(text)(question)
    assert all(k in answer.answer for k in kept), answer.answer
    assert not any(d in answer.answer for d in dropped), answer.answer


@pytest.mark.parametrize("question, only", [
    ("拆除违章搭建的临时棚房由谁牵头", "县住建局"),  # a row's own problem names no other row
    ("规范城区停车秩序什么时候完成", "2025年8月底"),
])
def test_a_value_of_one_row_keeps_to_it(ask_of, question, only):
    answer = ask_of(DIVISION)(question)
    assert only in answer.answer and "雨污管网" not in answer.answer, answer.answer


@pytest.fixture(scope="module")
def division_index(encoder):
    from index.parser import parse_speech
    from index.store import index_in_memory

    return index_in_memory([parse_speech(DIVISION, "doc")], encoder)


def _row_sentence(index, words: str) -> int:
    row = next(r for r, p in enumerate(index.passages) if words in p.text)
    return index.sentences_of(row)[0]


@pytest.mark.parametrize("question, ranked_first, added", [
    ("县住建局牵头哪些任务", "临时棚房", ("雨污管网",)),
    ("县住建局负责啥", "雨污管网", ("临时棚房",)),
    ("2025年6月底前要完成哪几项", "生活垃圾", ("占道经营",)),
    ("县城管局配合哪几项工作", "停车秩序", ("占道经营",)),
])
def test_the_rows_ranked_below_are_added(division_index, question, ranked_first, added):
    """Whatever the ranking put first, the other rows holding the value in the same column join it."""
    from qa.table_filter import rows_sharing_value

    found = {division_index.sentence_text(s).split("|")[1].strip()
             for s in rows_sharing_value(division_index, question, [_row_sentence(division_index, ranked_first)])}
    assert all(any(a in f for f in found) for a in added) and len(found) == len(added), found


@pytest.mark.parametrize("question, row", [
    ("拆除违章搭建的临时棚房由谁牵头", "临时棚房"),  # its own problem: no other row holds it
    ("完成时间是哪天", "停车秩序"),  # a column named, no value
    ("县水利局牵头干什么", "雨污管网"),  # 县水利局 leads 河道 but only assists 管网: another column
])
def test_no_row_is_added_for_a_value_of_one_row(division_index, question, row):
    from qa.table_filter import rows_sharing_value

    assert rows_sharing_value(division_index, question, [_row_sentence(division_index, row)]) == []
