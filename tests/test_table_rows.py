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
