"""Earlier turns of a chat: what a follow-up leans on, resolved without recursion.

A follow-up ("第三条", "那…呢") points into the answer to the question before it,
which may itself be a follow-up. Only the chain of turns that lean back is answered
again, oldest first, in a loop, within the last ``turns`` questions; results are kept
per history in a small bounded cache, since a chat sends the same history with every
question.

Each turn keeps the list its ordinals count in (its *chain*): the list a chain of
follow-ups started from, so that "第一项呢" after "第三项呢" is the first item of that
list, not of the one item last shown. An answer that quoted sentences of a numbered list
in the speech (the reasons after "为什么…") counts in that list.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from index.document import SECTION_SEP
from index.headings import heading_number, strip_heading_number
from index.numbering import leading_marker
from index.tokenize import normalize

from .answer import AnswerItem
from .fact_periods import table_columns


class Turn(NamedTuple):
    """One earlier turn, as a follow-up sees it; it starts as the pair (text, items) it extends."""

    text: str = ""  # the turn's question, as resolved
    items: list = []  # what its answer listed (AnswerItem)
    chain: list = []  # the list an ordinal after it counts in
    at: int | None = None  # the place in ``chain`` of the one item it showed
    shown: str = ""  # the answer's text
    inner: list = []  # the sub-headings listed under the one heading it showed
    documents: list = []  # the speeches its answer quoted, in order
    by_speech: tuple = ()  # (document id, Turn) of each speech an answer given speech by speech spoke for

    @classmethod
    def of(cls, value: Any) -> Turn:
        """A Turn from a Turn or from a pair (resolved text, items)."""
        if isinstance(value, Turn):
            return value
        text, items = value
        return cls(text=text, items=list(items), chain=list(items))

    @property
    def topic(self) -> str:
        """What the turn was about: its question, the items it listed and their sections (normalized)."""
        named = [f"{getattr(i, 'text', i)} {getattr(i, 'section', '')}" for i in self.items]
        return normalize(" ".join([self.text, *named]))

    @property
    def known(self) -> str:
        """Everything the turn named: its topic and the answer's text (normalized)."""
        return self.topic + " " + normalize(self.shown)


def turn_of(answer: Any, expand: Callable[[list], list] | None = None,
            inner: Callable[[list], list] | None = None) -> Turn:
    """The Turn an answer makes: a follow-up keeps its chain, any other answer starts one
    from its items (widened by ``expand`` to the speech's own list when it quoted part of one);
    ``inner`` gives the sub-list an answer showed under its one heading."""
    items = list(answer.items) if getattr(answer, "answerable", False) else []
    resolved = getattr(answer, "followup", None)
    text = getattr(answer, "resolved", None) or getattr(answer, "question", "")
    shown = getattr(answer, "answer", "") if items else ""
    quoted = list(dict.fromkeys(c.document for c in getattr(answer, "citations", [])))
    by_speech = tuple((doc, turn_of(part, expand, inner)) for doc, part in getattr(answer, "by_speech", [])) \
        if items else ()
    if resolved is not None and getattr(resolved, "form", None) and resolved.chain \
            and not _a_list_of_its_own(items, resolved.chain):
        # its ordinals go on counting in that chain ("第二点是什么?" then "那第三点呢?" of a cut text)
        return Turn(text, items, list(resolved.chain), resolved.at, shown, inner(items) if inner and items else [],
                    quoted, by_speech)
    chain = expand(items) if expand and items else items
    return Turn(text, items, chain, None, shown, inner(items) if inner and items else [], quoted, by_speech)


def _a_list_of_its_own(items: list, chain: list) -> bool:
    """Whether a follow-up's answer listed several items outside the chain it followed: "为什么定这个
    目标" after the targets lists the reasons, and "第二点呢" then counts in those."""
    known = {tuple(getattr(i, "passage_ids", ())) for i in chain}
    return len(items) >= 2 and sum(tuple(getattr(i, "passage_ids", ())) not in known for i in items) >= 2


def sub_list(index, items: list[AnswerItem]) -> list[AnswerItem]:
    """The sub-headings of the one heading ``items`` show ("（一）聚力产业升级" and its six points,
    numbered in the answer), as items; [] for any other answer."""
    found = _heading_of(index, items[0]) if len(items) == 1 else None
    return _heading_items(index, found[0], found[1].children) if found else []


def _heading_of(index, item: AnswerItem):
    """The (document, outline node) whose heading ``item`` is, or None for an item of text."""
    doc = index.document(item.document)
    node = doc.node(item.section) if doc is not None else None
    if node is None or strip_heading_number(item.text) != strip_heading_number(node.title):
        return None
    return doc, node


def _heading_items(index, doc, nodes) -> list[AnswerItem]:
    """Outline ``nodes`` of ``doc`` as answer items: each heading with the passages under it."""
    return [AnswerItem(text=n.title, section=n.path, document=doc.id, marker=heading_number(n.title),
                       passage_ids=[index.passages[r].id for r in index.rows_under(doc.id, n.path)])
            for n in nodes]


def enclosing_list(index, items: list[AnswerItem]) -> list[AnswerItem]:
    """The numbered list of the speech that ``items`` come from, or ``items`` themselves.

    A list answer (several items with markers) is its own list. An answer that showed
    one item, or quoted a sentence of an item (``其二，…``) or the sentence announcing a
    list ("主要基于三个方面的考虑。"), counts in that list: the run of items of the same
    section around it, or the sibling headings of a heading.
    """
    if not items or (len(items) > 1 and any(getattr(i, "marker", None) for i in items)):
        return items
    lists = [x for x in (_list_around(index, item) for item in items) if len(x) > 1]
    # The list most of the quoted sentences sit in (the first such, on a tie).
    return max(lists, key=lambda listed: _held(listed, items)) if lists else items


def _held(listed: list[AnswerItem], items: list[AnswerItem]) -> int:
    """How many of ``items`` quote a passage of ``listed``."""
    ids = {pid for it in listed for pid in it.passage_ids}
    return sum(bool(ids & set(it.passage_ids)) for it in items)


def _list_around(index, item: AnswerItem) -> list[AnswerItem]:
    if (found := _heading_of(index, item)) is not None:
        doc = found[0]
        parent = doc.node(item.section.rpartition(SECTION_SEP)[0])
        return _heading_items(index, doc, parent.children if parent is not None else doc.outline)
    rows = [index.position(pid) for pid in item.passage_ids if index.passage(pid)]
    if not rows:
        return []
    p = index.passages[rows[0]]
    if table_columns(p):  # a table's row: its list is the table ("下一档呢" is the next row)
        return _table_rows(index, rows[0])
    return _item_run(index, rows[0] if p.item else rows[0] + 1, _base(p))  # else a list it announces


def _run_around(index, row: int, inside) -> range:
    """The passages next to ``row`` on both sides, ``row`` with them, for which ``inside(r)`` holds."""
    def held(r: int) -> bool:
        return 0 <= r < len(index.passages) and inside(r)

    lo, hi = row, row
    while held(lo - 1):
        lo -= 1
    while held(hi + 1):
        hi += 1
    return range(lo, hi + 1)


def _table_rows(index, row: int) -> list[AnswerItem]:
    """The rows of the table that passage ``row`` is a row of, in order."""
    p = index.passages[row]
    rows = _run_around(index, row, lambda r: index.passages[r].section == p.section
                       and index.passages[r].document == p.document)
    return [AnswerItem(text=index.passages[r].text, section=p.section, document=p.document,
                       passage_ids=[index.passages[r].id]) for r in rows]


def _base(p) -> str:
    """A passage's section without its item ("三、任务 > 一是" → "三、任务")."""
    suffix = SECTION_SEP + p.item if p.item else ""
    return p.section[:-len(suffix)] if suffix and p.section.endswith(suffix) else p.section


def _item_run(index, row: int, base: str) -> list[AnswerItem]:
    """The items (grouped by label) of the run of item passages around ``row`` in section ``base``."""
    def inside(r: int) -> bool:
        p = index.passages[r]
        return bool(p.item) and _base(p) == base and p.document == index.passages[row].document

    if not 0 <= row < len(index.passages) or not inside(row):
        return []
    groups: list[list[int]] = []
    for r in _run_around(index, row, inside):  # an item starts where its label changes or its marker opens a passage
        p = index.passages[r]
        if not groups or p.item != index.passages[groups[-1][0]].item or leading_marker(p.text):
            groups.append([])
        groups[-1].append(r)
    out = []
    for rows in groups:
        p = index.passages[rows[0]]
        lead = index.sentences_of(rows[0])[:1]
        out.append(AnswerItem(text=index.sentence_text(lead[0]) if lead else p.text, section=p.section,
                              document=p.document, passage_ids=[index.passages[r].id for r in rows],
                              marker=p.item))
    return out


def check_history(history: Any) -> list[str]:
    """The earlier questions as a list, oldest first; a str, bytes or mapping is a TypeError."""
    if history is None:
        return []
    if isinstance(history, (str, bytes, dict)) or not hasattr(history, "__iter__"):
        raise TypeError(f"history must be a list of the earlier questions, oldest first, "
                        f"not a {type(history).__name__}")
    return [h for h in history if isinstance(h, str) and h.strip()]


class TurnMemory:
    """Resolves the last turn of a history, answering only the turns a follow-up leans on."""

    def __init__(self, answer_turn: Callable[[str, list[str], Callable[[], Turn]], Any],
                 leans: Callable[[str], bool], size: int = 512,
                 expand: Callable[[list], list] | None = None,
                 inner: Callable[[list], list] | None = None) -> None:
        """``answer_turn(question, earlier, previous)`` answers one turn (an Answer);
        ``leans(question)`` tells whether a question may use the turn before it;
        ``expand(items)`` gives the list of the speech an answer's items belong to, ``inner(items)``
        the sub-list an answer showed under its one heading."""
        self.answer_turn = answer_turn
        self.leans = leans
        self.size = size
        self.expand = expand
        self.inner = inner
        self._cache: dict[tuple[str, ...], Turn] = {}
        self._lock = threading.Lock()

    def clear(self) -> None:
        """Forget every turn (the index was swapped)."""
        with self._lock:
            self._cache.clear()

    def _get(self, key: tuple[str, ...]) -> Turn | None:
        with self._lock:
            return self._cache.get(key)

    def _put(self, key: tuple[str, ...], turn: Turn) -> None:
        with self._lock:
            if key not in self._cache and len(self._cache) >= self.size:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = turn

    def previous(self, history: Sequence[str]) -> Callable[[], Turn]:
        """A callable giving the last turn of ``history``, resolved on first use only."""
        history = list(history)
        return lambda: self.last(history)

    def last_turn(self, history: Sequence[str]) -> tuple[str, list]:
        """The resolved text and listed items of ``history[-1]``."""
        turn = self.last(history)
        return turn.text, turn.items

    def last(self, history: Sequence[str]) -> Turn:
        """The last turn of ``history``, answering only the turns it leans on."""
        history = list(history)
        if not history:
            return Turn()
        if (known := self._get(tuple(history))) is not None:
            return known
        start = len(history) - 1  # back to the first turn that stands alone (or is known)
        while start > 0 and self._get(tuple(history[:start])) is None and self.leans(history[start]):
            start -= 1
        turn = Turn()
        for i in range(start, len(history)):
            key = tuple(history[:i + 1])
            if (known := self._get(key)) is not None:
                turn = known
                continue
            before = tuple(history[:i])
            prior = turn if i > start else (self._get(before) or Turn(text=history[i - 1] if i else ""))
            answer = self.answer_turn(history[i], list(before), lambda p=prior: p)
            turn = turn_of(answer, self.expand, self.inner)
            if not turn.text:
                turn = turn._replace(text=history[i])
            self._put(key, turn)
        return turn
