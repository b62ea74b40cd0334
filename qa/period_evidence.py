"""Whether the passages speak of the periods a question names, for :mod:`qa.refusal_features`.

A year or period the question names (2022年, 去年, 上半年) counts as spoken of where the passages,
their headings, their part's opening or their speech's title speak of it in any form the
speech's year allows.
"""
from __future__ import annotations

from index.document import SECTION_SEP, section_under
from index.store import PassageIndex

from .asked import Asked
from .periods import document_years, part_year, speaks_of, years_named


def periods_spoken(what: Asked, index: PassageIndex, rows: list[int]) -> list[str]:
    """The periods the question names that the passages, their headings or their speeches'
    titles speak of, in any form the speech's year allows ("2025年" is 去年 in a report of
    2026; a speech's own year is named by its title or dateline)."""
    if not what.periods:
        return []
    docs = {index.passages[r].document: index.document(index.passages[r].document) for r in rows}
    years = {d: document_years(doc) for d, doc in docs.items()}
    texts = [(index.passages[r].section + index.passages[r].text + docs[index.passages[r].document].title,
              years[index.passages[r].document]) for r in rows]
    # a passage that names no year of its own is dated by its part's opening
    texts += [(part_opening(index, r) + part_year(docs[index.passages[r].document], index.passages[r].section),
               years[index.passages[r].document]) for r in rows
              if not any(years_named(index.passages[r].section + index.passages[r].text, None))]
    texts += [(f"{year}年", frames) for frames in years.values() for year in frames]
    return [p for p in what.periods if any(speaks_of(text, p, year) for text, year in texts)]


def part_opening(index: PassageIndex, row: int) -> str:
    """The nearest passage before ``row`` that stands in its top-level part itself (the part's
    opening): "过去的一年，…" opening a part of results dates its items, whose own sentences
    ("全年实现地区生产总值…") name no year."""
    passage = index.passages[row]
    top = passage.section.split(SECTION_SEP)[0]
    if SECTION_SEP not in passage.section:  # in the part's own text: its first paragraph opens it
        first = row
        while first > 0 and index.passages[first - 1].document == passage.document \
                and index.passages[first - 1].section == top:
            first -= 1
        return index.passages[first].text if first != row else ""
    for r in range(row - 1, -1, -1):
        other = index.passages[r]
        if other.document != passage.document or not section_under(other.section, top):
            break
        if other.section == top:
            return other.text
    return ""


def period_missing(what: Asked, index: PassageIndex, rows: list[int]) -> bool:
    """Whether a period the question names is absent from the passages (see :func:`periods_spoken`)."""
    return len(periods_spoken(what, index, rows)) < len(what.periods)
