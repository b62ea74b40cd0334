"""A question about one item of the list its topic word points at, named by words only that item holds.

"园区职工上下班通勤难这个问题，讲话是怎么描述的?" says 问题 and so leans on the section of
problems, but 通勤 stands in one of its three items only: the sentences of that item answer, not
the list. "园区规划建设里哪几个部门的职责有交叉" asks for the bodies one item names (职责, 交叉).
A question naming no item apart ("还存在哪些问题") still gets the list.
"""
from __future__ import annotations

import re
from functools import cache

from index.document import Document, OutlineNode
from index.numbering import leading_marker
from index.store import PassageIndex

from .question_form import last_ordinal
from .ordinal_picks import pick_by_ordinal
from .question_terms import search_words
from .compose import ItemPick, section_items

OWN_WORDS_MIN = 2  # words of the question that only the one item holds
OWN_LEAD = 2.0  # how many times the next item's own words the one item's must be


def _item_text(index: PassageIndex, pick: ItemPick) -> str:
    return pick.label + "".join(index.passages[r].text for r in pick.rows)


# How rare a word must be in general Chinese (jieba's inverse document frequency) to name an item
# alone: 通勤 12.1, 宿舍 7.8 do; 工作 4.2, 重要 4.0, 进展 6.3 are words of any text.
SPECIFIC_IDF = 7.0


@cache
def _general_idf() -> tuple[dict[str, float], float]:
    import jieba.analyse  # its IDF table loads on first use: only questions of this kind pay for it

    return jieba.analyse.default_tfidf.idf_freq, jieba.analyse.default_tfidf.median_idf


def specific(word: str) -> bool:
    """Whether ``word`` is rare enough in general Chinese to name one item of a list alone."""
    idf, median = _general_idf()
    return idf.get(word, median) >= SPECIFIC_IDF


def _only_there(index: PassageIndex, doc: Document, pick: ItemPick, word: str) -> bool:
    """Whether ``word`` stands in no passage of ``doc`` outside the item ``pick``, nor in a heading
    or the title (文旅 of "文旅发展还有什么短板" names the subject, not one of its shortcomings)."""
    if not specific(word) or word in doc.title or any(word in n.title for n in doc.outline_nodes()):
        return False
    return not any(word in index.passages[r].text for r in index.doc_rows(doc.id) if r not in pick.rows)


def singled_item(index: PassageIndex, picks: list[ItemPick], question: str,
                 not_naming: tuple[str, ...] = (), doc: Document | None = None) -> ItemPick | None:
    """The one item of ``picks`` that the question names by words no other item holds, or None.

    ``not_naming``: words that ask for the list rather than name an item (its topic words, the
    section's own heading words). With ``doc``, a question that asks for no list ("这个问题"
    rather than "哪些问题") names an item by one word too, when nothing else in the speech holds it."""
    if len(picks) < 2:
        return None
    words = {w for w in search_words(question) if len(w) >= 2 and not any(w in n for n in not_naming)}
    held = [{w for w in words if w in _item_text(index, p)} for p in picks]
    own = [h - set().union(*(held[j] for j in range(len(picks)) if j != i)) for i, h in enumerate(held)]
    # search mode also yields the pieces of a word ("上下班", "下班"): a piece counts with its word
    counts = [len({w for w in o if not any(w != v and w in v for v in o)}) for o in own]
    ranked = sorted(range(len(picks)), key=lambda i: -counts[i])
    best, second = counts[ranked[0]], counts[ranked[1]]
    if best >= OWN_WORDS_MIN and best >= OWN_LEAD * second:
        return picks[ranked[0]]
    one = picks[ranked[0]]
    # one word names a numbered point (一是…, （二）…), not a plain paragraph of a part
    if doc is not None and best == 1 and second == 0 and all(p.marker for p in picks) \
            and any(_only_there(index, doc, one, w) for w in own[ranked[0]]):
        return one
    return None


def item_asked_of_list(index: PassageIndex, doc: Document, node: OutlineNode, question: str, qvec,
                       not_naming: tuple[str, ...], asks_list: bool = True) -> OutlineNode | bool:
    """What the question asks of the section ``node``: True for one item inside it (a point named
    apart, at any depth), a sub-section when it names one apart but none of its points, False
    when it names nothing apart (the section's list answers). A question that ``asks_list`` names
    an item by two words of its own at least; one that does not, by one the speech holds nowhere else."""
    picks, found = section_items(index, doc, node, qvec), False
    only_doc = None if asks_list else doc
    while (one := singled_item(index, picks, question, not_naming + (node.title,), only_doc)) is not None:
        if one.node is None:  # a point (一是…) of the list
            return True
        node, picks, found = one.node, section_items(index, doc, one.node, qvec), True
        if len(picks) < 2:
            return True
    return node if found else False


LIST_OF_ASKED_MIN = 2  # items whose leads name the asked noun, for a list to be the one asked


def list_of_asked(index: PassageIndex, doc: Document, node: OutlineNode, asked: list[str], qvec) -> OutlineNode:
    """The section under ``node`` whose own items are what the question asks for: "压实责任说了
    哪几种责任" names "四、压实责任…", whose sub-section "（一）压紧压实各方责任" lists 党政领导责任,
    部门监管责任, …; ``node`` itself when its own items name the asked noun as often, or none does."""
    if not asked or not node.children:
        return node

    def naming(n: OutlineNode) -> int:
        return sum(any(a in pick.label for a in asked) for pick in section_items(index, doc, n, qvec))

    best, most = node, naming(node)
    for child in node.walk():
        if child is not node and (count := naming(child)) > most:
            best, most = child, count
    return best if most >= LIST_OF_ASKED_MIN else node


def part_within(node, part: int | None, question: str) -> bool:
    """Whether an ordinal part ("第六个方面") names a child of the section found by the question's
    words rather than that section: it is no part of that number, and has that many children
    ("今年重点工作的第六个方面" of "三、2026年重点工作" and its eight headings)."""
    return part is not None and len(node.children) >= part and not numbered_as(node, part) \
        and any(w in node.title for w in search_words(question) if len(w) >= 2)  # named by its words


def numbered_as(node, part: int | None) -> bool:
    """Whether a heading carries the number ``part`` ("（五）持续改善生态环境" for 5)."""
    marker = leading_marker(node.title.strip()) if part is not None else None
    return marker is not None and marker.value == part


def item_within(index: PassageIndex, doc: Document, node: OutlineNode, part: int, position: int | None, qvec):
    """(the section, the place in it) an ordinal part of :func:`part_within` names: its ``part``-th
    heading, or with a second ordinal ("重点工作里第一部分第6条") the item at ``position`` under that one."""
    inner = node.children[part - 1]
    if position not in (None, part - 1) and len(section_items(index, doc, inner, qvec)) > position:
        return inner, position
    return node, part - 1


def list_holding_part(index: PassageIndex, doc: Document, part: int, question: str) -> OutlineNode | None:
    """The one list of headings long enough to hold the ``part``-th item a question asks when the
    speech has fewer parts ("第七个方面工作讲的是什么" of three parts, the second listing （一）…（十）):
    the only section with that many sub-headings; of several, the only one whose opening counts its
    items in the unit asked ("重点抓好以下十个方面工作"), else whose headings share a word with the
    question; None when none or no one is meant."""
    long = [n for n in doc.outline_nodes() if len(n.children) >= part and n.level >= 1]
    unit = _PART_UNIT.search(question)
    if len(long) > 1 and unit:
        counted = [n for n in long if unit.group(1) in _opening(index, doc.id, n)]
        long = counted or long
    if len(long) > 1:
        words = [w for w in search_words(question) if len(w) >= 2]
        long = [n for n in long if any(w in n.title + "".join(c.title for c in n.children) for w in words)]
    return long[0] if len(long) == 1 else None


# "第七个方面", "第三块", "第五个领域": the unit an ordinal counts parts in
_PART_UNIT = re.compile(r"第\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*个?(方面|板块|领域|块)")


def _opening(index: PassageIndex, doc_id: str, node: OutlineNode) -> str:
    """The text of a section before its first sub-heading (where its list is announced)."""
    inner = {r for c in node.children for r in index.rows_under(doc_id, c.path)}
    return "".join(index.passages[r].text for r in index.rows_under(doc_id, node.path) if r not in inner)


def part_of_a_list(index: PassageIndex, doc: Document, part: int, question: str, qvec) -> ItemPick | None:
    """The item an ordinal part names in the one list of headings that can hold it
    (:func:`list_holding_part`), or with a second ordinal the item under that one; None when none."""
    node = list_holding_part(index, doc, part, question)
    if node is None:
        return None
    node, at = item_within(index, doc, node, part, last_ordinal(question), qvec)
    return pick_by_ordinal(section_items(index, doc, node, qvec), at)


def within_named_section(index: PassageIndex, doc: Document, node: OutlineNode, part: int | None,
                         position: int | None, question: str, qvec) -> tuple[OutlineNode, int | None]:
    """(the section, the place in it) an ordinal names in a section the question names by its words
    (:func:`part_within`); ``node`` and ``position`` unchanged otherwise."""
    ordinal = part or (position + 1 if position is not None and position >= 0 else None)
    if part_within(node, ordinal, question) and (position is None or position == ordinal - 1):
        return item_within(index, doc, node, ordinal, last_ordinal(question), qvec)
    return node, position
