"""The rows of a table a list question picks by a value ("哪些问题要在2023年10月底前完成", "县委组织部负责哪
几项整改"): of a 问题清单's rows, those whose cells hold the value the question names, when some rows do
and others do not. Every row is the answer only when the question names no such value."""
from __future__ import annotations

from index.store import PassageIndex
from index.tokenize import normalize

from .compose import ItemPick
from .fact_periods import table_columns
from .substrings import longest_run

VALUE_RUN = 4  # characters a question must share with a cell to name its value ("县委组织部", "2023年10月底")


def row_cells(text: str) -> list[str]:
    """A table row's cells as written ("1 | 学习流于形式 | … | 2023年10月底"), stripped; one for any other text."""
    return [c.strip() for c in text.split("|")]


def _cells(index: PassageIndex, pick: ItemPick) -> list[str] | None:
    """The cells of a pick that is one table row (its passage "1 | 学习流于形式 | … | 2023年10月底"), else None."""
    if len(pick.rows) != 1:
        return None
    cells = row_cells(index.passages[pick.rows[0]].text)
    return cells[1:] if len(cells) >= 3 else None  # the first cell is the row's number or label


def rows_of_value(index: PassageIndex, picks: list[ItemPick], question: str) -> list[ItemPick]:
    """``picks`` narrowed to the table rows holding the value ``question`` names in a cell; unchanged when
    they are no table's rows, or every row (or none) holds it."""
    rows = [(p, cells) for p in picks if (cells := _cells(index, p)) is not None]
    if len(rows) < 2:
        return picks
    q = normalize(question)
    runs = [max((len(longest_run(q, normalize(c))) for c in cells), default=0) for _p, cells in rows]
    best = max(runs)
    if best < VALUE_RUN:
        return picks
    kept = [p for (p, _c), run in zip(rows, runs) if run == best]
    return kept if len(kept) < len(rows) else picks


MOST_ROWS = 12  # a screen's worth of rows; a longer table is listed by the list answer, not here


def rows_sharing_value(index: PassageIndex, question: str, chosen: list[int]) -> list[int]:
    """The first sentences of the other rows of a table whose cell holds the value ``question`` names,
    where a sentence ``chosen`` is a row holding it in that column ("县财政局负责哪几项整改": every row
    whose 责任单位 is 县财政局, not only the one ranked first). Empty when none is such a row."""
    q = normalize(question)
    out: list[int] = []
    for s in chosen:
        row = index.sentence_spans[s][0]
        passage = index.passages[row]
        header = table_columns(passage)
        cells = [normalize(c) for c in row_cells(passage.text)]
        if not header or len(cells) < 3:
            continue
        runs = [(len(run), i, run) for i, c in enumerate(cells[1:], 1) if (run := longest_run(q, c))]
        size, column, value = max(runs, default=(0, 0, ""))
        if size < VALUE_RUN or value in normalize(header):  # "完成时限是什么" names a column, not a value
            continue
        siblings = [r for r in index.doc_rows(passage.document)
                    if r != row and index.passages[r].section == passage.section]
        holding = [r for r in siblings if len(cs := row_cells(index.passages[r].text)) == len(cells)
                   and value in normalize(cs[column])]
        out += [index.sentences_of(r)[0] for r in holding[:MOST_ROWS] if index.sentences_of(r)]
    return sorted(set(out) - set(chosen))
