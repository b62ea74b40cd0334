"""Which list of a section a question asks. A section that lists its points in more than one run
("先说营商环境。…一是…五是…" then "再说项目建设。一是…四是…"): a question naming the subject of one run
is answered by that run, not by both; a section whose one list is announced as something the
question does not ask is answered by the sentence that names what it asks."""
from __future__ import annotations

from index.document import Document, OutlineNode
from index.store import PassageIndex

from .compose import ItemPick
from .ordinal_picks import marker_number
from .question_terms import search_words


def runs_of_points(picks: list[ItemPick]) -> list[list[ItemPick]]:
    """``picks`` split where their numbering starts again at one (一是…五是, then 一是…)."""
    runs: list[list[ItemPick]] = []
    for pick in picks:
        if not runs or (marker_number(pick.marker) == 1 and marker_number(runs[-1][-1].marker)):
            runs.append([])
        runs[-1].append(pick)
    return runs


def run_asked(index: PassageIndex, picks: list[ItemPick], question: str, beside: tuple[str, ...] = ()) -> list[ItemPick]:
    """The one run of ``picks`` whose lead-in (the passage before its first point) names the most of the
    question's words (``beside`` aside: the topic's own words, 问题 or 措施); all ``picks`` when the
    section lists one run, or no run's lead-in names more than the others'."""
    runs = runs_of_points(picks)
    if len(runs) < 2 or not all(run[0].rows for run in runs):
        return picks
    words = [w for w in search_words(question) if len(w) >= 2 and w not in beside]
    scores = []
    for run in runs:
        first = min(run[0].rows)
        lead = index.passages[first - 1].text if first > 0 else ""
        scores.append(sum(w in lead for w in words))
    best = max(scores)
    return runs[scores.index(best)] if best and scores.count(best) == 1 else picks


def list_of_another_thing(index: PassageIndex, doc: Document, node: OutlineNode, picks: list[ItemPick],
                          announcing: int | None, nouns: list[str]) -> bool:
    """Whether the section's one list (``picks``, announced by sentence ``announcing``) is announced as
    something the question does not ask, while another sentence of the section names what it asks
    (``nouns``): "总体思路是什么" or "围绕哪几条产业链" of a section whose list is "主要有以下几点考虑：
    其一…" and whose opening sentence gives the 总体思路 and the 三条产业链. That sentence answers,
    not the considerations."""
    if announcing is None:
        return False
    said = index.sentence_text(announcing)
    if not nouns or any(n in said for n in nouns):
        return False
    listed = {r for p in picks for r in p.rows}
    rows = [r for r in index.rows_under(doc.id, node.path) if r not in listed]
    return any(n in index.sentence_text(s) for r in rows for s in index.sentences_of(r)
               if s != announcing for n in nouns)
