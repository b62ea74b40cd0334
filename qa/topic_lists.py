"""A section with two lists: its own points (一是…四是) and, after them, sub-headings.

Parts that review a year often run so: "一、正视成绩、直面短板" lists the year's results as
一是…四是, sums them up ("这些成绩的取得，…"), then announces the problems ("还存在不少短板，
主要表现在四个方面：") under 第一，…/第二，… headings. A question on the results ("去年成绩讲了几个
方面") asks the points, not the sub-headings, though both sit under the one heading that names
both. The words around each list say which topic it is of.
"""
from __future__ import annotations

import re

from index.document import Document, OutlineNode
from index.store import PassageIndex

from .announced import group_items, list_base
from .compose import ItemPick
from .intent import TOPICS


def own_points_of_topic(index: PassageIndex, doc: Document, node: OutlineNode,
                        words: tuple[str, ...]) -> list[ItemPick] | None:
    """The points a section lists in its own text, ahead of its sub-headings, when the sentences
    framing them (their lead-in, the summing-up after them) name the asked topic (``words``) and
    neither the sub-headings nor the sentence announcing them do; else None. A section whose own
    title names the topic and no other ("二、2026年工作安排") lists it in its sub-headings: points in
    its opening paragraph (the reasons for a growth target) are not what it lists."""
    words = _chinese(words)
    if not node.children or not words or any(w in c.title for c in node.children for w in words):
        return None
    if any(w in node.title for w in words) and not _names_another_topic(node.title, words):
        return None
    rows = [r for r in index.rows_under(doc.id, node.path)
            if "outline_only" not in index.passages[r].flag_kinds]
    in_children = {r for c in node.children for r in index.rows_under(doc.id, c.path)}
    own = [r for r in rows if r not in in_children]
    points = [r for r in own if (p := index.passages[r]).item and list_base(p.section, p.item) == node.path]
    picks = group_items(index, points)
    if len(picks) < 2 or not in_children:
        return None
    first_child = min(in_children)
    if max(points) > first_child:  # points after the sub-headings are theirs, not the section's
        return None
    before_children = [s for r in own if r < first_child for s in index.sentences_of(r)]
    announcer = before_children[-1:] if before_children else []
    if any(w in _after_turn(index.sentence_text(s)) for s in announcer for w in words):
        return None
    leads = {s for p in picks for s in p.sentences}
    framing = [s for s in before_children if s not in leads and s not in announcer
               and not _inside_point(index, s, picks)]
    if not any(w in index.sentence_text(s) for s in framing for w in words):
        return None
    return picks


def _names_another_topic(title: str, words: tuple[str, ...]) -> bool:
    """Whether ``title`` names a topic besides the one of ``words`` ("正视成绩，看清不足": 不足)."""
    return any(w in title for ws in TOPICS.values() for w in _chinese(ws["heading"]) if w not in words)


def _inside_point(index: PassageIndex, sentence: int, picks: list[ItemPick]) -> bool:
    """Whether ``sentence`` is a point's own detail (in the passage the point opens), not a
    paragraph framing the list."""
    return any(sentence in index.sentences_of(p.rows[0]) for p in picks if p.rows)


# "在肯定成绩的同时，…还存在不少短板", "成绩来之不易，但…": what the sentence grants before it turns
_TURN = re.compile(r".*(?:同时|但是|但|然而|不过|要看到|认识到)[，,]?")


def _after_turn(sentence: str) -> str:
    """The sentence from its turn on: what it announces, not the results it grants first."""
    return _TURN.sub("", sentence, count=1)


def granted_not_announced(sentence: str, words: tuple[str, ...]) -> bool:
    """Whether ``sentence`` names the asked topic only in what it grants before turning to what it
    announces ("不过，成绩面前我们还要看到，…仍有不少短板："): it does not announce that topic."""
    words = _chinese(words)
    after = _after_turn(sentence)
    return after != sentence and any(w in sentence for w in words) and not any(w in after for w in words)


def _chinese(words: tuple[str, ...]) -> tuple[str, ...]:
    """The topic words a Chinese text can hold (the English ones are for questions)."""
    return tuple(w for w in words if not w.isascii())


def announced_sub_headings(index: PassageIndex, doc: Document, node: OutlineNode,
                           words: tuple[str, ...]) -> OutlineNode | None:
    """The section under ``node`` whose own text ends announcing the asked topic right before its
    sub-headings ("…还存在不少短板和弱项，主要表现在以下几个方面：" then 第一，…/第二，…, nested under the
    review's last sub-section "（四）改革和民生扎实推进"): its sub-headings are the topic's points.
    None when a child of ``node`` names the topic itself, or no such announcement stands."""
    words = _chinese(words)
    if not words or any(w in c.title for c in node.children for w in words):
        return None
    for sub in node.walk():
        if sub is node or len(sub.children) < 2:
            continue
        in_children = {r for c in sub.children for r in index.rows_under(doc.id, c.path)}
        if not in_children:
            continue
        first_child = min(in_children)
        before = [r for r in index.rows_under(doc.id, sub.path) if r not in in_children and r < first_child]
        last = index.sentences_of(before[-1])[-1:] if before else []
        said = index.sentence_text(last[0]).rstrip() if last else ""
        if said.endswith(("：", ":")) and any(w in said for w in words):
            return sub
    return None
