"""A point added after a list's last one: "…专业人才引不进、留不住。此外，农村养老服务发展缺乏系统
规划，…" or a paragraph "此外，一些干部的精神状态还不适应…" right after the last numbered problem.

A speaker who has counted off 首先/其次/最后 or 1./2./3. often adds one more with 此外 or 另外, in the
last point's paragraph or in the next. It is a point of the list, not of the last item's detail,
so a list answer that quotes each item's lead shows it too.
"""
from __future__ import annotations

import re

from index.store import PassageIndex

from .compose import ItemPick
from .list_numbers import numbered

ADDED = re.compile(r"^\s*(?:此外|另外|除此之外|除此以外|再者)[，,、]")


def added_point(index: PassageIndex, picks: list[ItemPick]) -> int | None:
    """The sentence that adds a point after the last of ``picks``: one opening with 此外/另外 in
    the last item's own passages after the sentences quoted, or opening the passage right after
    them in the same speech that is no item of its own; None when there is none."""
    if len(picks) < 2 or not picks[-1].rows:
        return None
    last = picks[-1]
    quoted = set(last.sentences)
    for row in last.rows:
        for s in index.sentences_of(row):
            if s not in quoted and (not quoted or s > max(quoted)) and ADDED.match(index.sentence_text(s)):
                return s
    after = last.rows[-1] + 1
    if after < len(index.passages):
        p, q = index.passages[last.rows[-1]], index.passages[after]
        if q.document == p.document and q.item is None and (first := index.sentences_of(after)[:1]) \
                and ADDED.match(index.sentence_text(first[0])):
            return first[0]
    return None


def added_lines(index: PassageIndex, picks: list[ItemPick], numbers: list[int], builder) -> list[str]:
    """The numbered line of a point added after the last of a list (:func:`added_point`), if any."""
    extra = added_point(index, picks)
    return [] if extra is None else [numbered(numbers[-1] + 1, f"{builder.sentence(extra)}[{builder.cite_sentence(extra)}]")]
