"""A column asked of the table row just shown: after "第二个问题是什么" answered by a 问题清单 row
("2 | 招投标不规范… | 开展专项整治… | 县住建局 | 2023年12月底"), "怎么整改" asks its 整改措施 cell,
"谁负责" its 责任单位, "什么时候完成" its 完成时限. Searched afresh, they found the header row and
another section's sentence; the row is what the user is reading.
"""
from __future__ import annotations

import re

from index.store import PassageIndex

from .answer import Answer, Citation
from .bare_asks import names_no_subject
from .fact_periods import table_columns
from .library_answers import label_sources
from .question_form import content_words
from .table_filter import row_cells

# (what the question asks, the header of the column that answers it)
_COLUMNS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(asked), re.compile(column)) for asked, column in (
        (r"谁|哪个(?:部门|单位)|哪些(?:部门|单位)|责任单位|牵头单位|责任人", r"责任|牵头|负责|单位|部门|主体"),
        (r"什么时候|啥时候|何时|多久|期限|时限|截止|哪天|几月|几号", r"时限|时间|期限|日期|节点"),
        (r"怎么(?:整改|改|办|解决|做|落实|抓)|如何(?:整改|解决|落实)|什么措施|啥措施|措施|举措|咋(?:改|办)", r"措施|举措|做法|整改|办法"),
        (r"什么问题|啥问题|问题是", r"问题|事项"),
    ))


def bare_column_ask(question: str) -> bool:
    """Whether ``question`` asks a column and names nothing beyond the ask ("怎么整改", "什么措施",
    "哪个部门牵头"): of a table row just shown it asks that row's cell, so it leans on the turn before."""
    rest = question
    for asked, _column in _COLUMNS:
        rest = asked.sub(" ", rest)
    return rest != question and (not content_words(rest) or names_no_subject(rest))


def row_column_answer(index: PassageIndex, question: str, last_items: list, lang: str) -> Answer | None:
    """The cell of the one table row the last answer showed that ``question`` asks for, cited; None
    when the last answer showed no single row, or the question asks something else."""
    if len(last_items) != 1 or not (pids := [p for p in last_items[0].passage_ids if index.passage(p)]):
        return None
    passage = index.passage(pids[0])
    header = table_columns(passage)
    heads, cells = row_cells(header), row_cells(passage.text)
    if not header or len(heads) != len(cells):
        return None
    words = content_words(question)
    if not (names_no_subject(question) or all(w in header or w in passage.text for w in words)):
        return None  # a question of its own topic
    for asked, column in _COLUMNS:
        if asked.search(question):
            at = next((i for i, h in enumerate(heads) if column.search(h) and cells[i]), None)
            if at is not None:
                text = f"{heads[at]}: {cells[at]}[1]" if lang == "en" else f"{heads[at]}：{cells[at]}[1]"
                answer = Answer(question=question, answer=text, answerable=True, items=list(last_items),
                                citations=[Citation(id=1, passage_id=passage.id, document=passage.document,
                                                    section=passage.section, text=passage.text,
                                                    quote=passage.text[:120])])
                if len(index.documents) > 1:
                    label_sources(answer, {d.id: d.title for d in index.documents}, lang)
                return answer  # the next "什么时候完成" asks on of the same row
            return None
    return None
