"""A list of the very noun asked, announced beside the sentences found: "今年的目标是什么" of "县委经济工作会议已经
明确了今年的主要目标，全县地区生产总值预期增长6.5%左右。具体到项目建设，重点要实现以下三个目标：" and its
1./2./3. The sentences found say part of it; the list the next sentence announces of the same noun says
the rest, so both answer, the list expanded."""
from __future__ import annotations

from index.announce import find_announcements
from index.store import PassageIndex


def noun_announced_beside(index: PassageIndex, chosen: list[int], nouns: list[str]) -> int | None:
    """A sentence of the passages of ``chosen`` that announces a list of one of ``nouns`` ("以下三个目标："),
    when no chosen sentence does; None otherwise."""
    def announces(s: int) -> bool:
        return any(a.noun in nouns for a in find_announcements(index.sentence_text(s)))
    if not nouns or any(announces(s) for s in chosen):
        return None
    rows = dict.fromkeys(index.sentence_spans[s][0] for s in chosen)
    return next((s for r in rows for s in index.sentences_of(r) if s not in chosen and announces(s)), None)
