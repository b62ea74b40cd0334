"""A row of a numbered table asked by its number ("附件里第10项任务是什么", "清单里第6个任务谁牵头"): the row whose
序号 cell is that number. Asked so, the body's (一)…(四) are not the list meant, and "只列出了4点" was said of
them; nor does a ranking by words find the row, as its number is all the question shares with it."""
from __future__ import annotations

import re

from index.store import PassageIndex

from .fact_periods import table_columns
from .intent import numeral_value

# The table named ("附件", "清单", "表里", "一览表", "分工表", "台账") and the ordinal asked of it.
_TABLE_NAMED = re.compile(r"附件|清单|表格|表里|表中|表上|一览表|分工表|台账|明细")
_ORDINAL = re.compile(r"第\s*([一二三四五六七八九十]{1,3}|\d{1,3})\s*(?:项|个|条|行|号|位)")
_NUMBER_HEADER = re.compile(r"^\s*(?:序号|编号|序|No\.?)\s*$", re.I)


def numbered_row(index: PassageIndex, question: str, documents: set[str] | None) -> tuple[int, int, int] | None:
    """The table row numbered as the question asks, in a table whose first column is 序号, with the number
    asked and the row's own; when that table has fewer rows, its last row. None when the question names
    no table and ordinal, or no such table (in one speech only) exists."""
    named, ordinal = _TABLE_NAMED.search(question), _ORDINAL.search(question)
    if not named or not ordinal or (number := numeral_value(ordinal.group(1))) is None:
        return None
    numbered: dict[int, int] = {}
    for row, passage in enumerate(index.passages):
        if documents is not None and passage.document not in documents:
            continue
        columns = table_columns(passage)
        cell = passage.text.split("|")[0].strip()
        if columns and _NUMBER_HEADER.match(columns.split("|")[0]) and cell.isdigit():
            numbered.setdefault(int(cell), row)
    if not numbered or len({index.passages[r].document for r in numbered.values()}) != 1:
        return None
    if number in numbered:
        return numbered[number], number, number
    return (numbered[max(numbered)], number, max(numbered)) if number > max(numbered) else None
