"""Two or three questions to ask next, from the structure of the speech an answer cites.

- the next item: after an answer that quotes an item (一是…), the item that follows it;
  after an answer that lists a section's items, the second of them ("第二项具体讲了什么?");
- the section's other items: the section the quoted item belongs to, as a list question;
- the notice's section: what a notice points at (the part a gap cut into, whether the
  speech is whole, a section only in the outline);
- the next section, when there is room left.
A refused question gets the speech's overview question instead. None repeats the
question asked or another suggestion.
"""
from __future__ import annotations

import re
from typing import Any

from index.document import SECTION_SEP

from .library import heading_core, heading_question, overview_question

MAX_SUGGESTIONS = 3
_LEAD = re.compile(r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,，、]?|首先|其次|再次|最后|其[一二三四五六七八九十])[,，、]?")


def _squash(text: str) -> str:
    return re.sub(r"[\s?？!！。,，]", "", text)


def _passage_index(docs: list[Any]) -> dict[str, tuple[Any, Any]]:
    return {p.id: (d, p) for d in docs for p in d.passages}


def _item_lead(text: str) -> str:
    """An item's own words: its first clause without its ordinal ("二是基础设施建设滞后,…" → "基础设施建设滞后")."""
    clause = re.split(r"[,，。;；:：!?！？]", _LEAD.sub("", text.strip()), maxsplit=1)[0]
    return clause[:24]


def _parent(section: str) -> str:
    return section.rsplit(SECTION_SEP, 1)[0] if SECTION_SEP in section else ""


def _next_item(doc: Any, p: Any) -> str | None:
    if not p.item:
        return None
    parent = _parent(p.section)
    later = [q for q in doc.passages if q.order > p.order and q.item and q.item != p.item
             and _parent(q.section) == parent and "outline_only" not in q.flag_kinds]
    if not later:
        return None
    lead = _item_lead(later[0].text)
    return f"“{lead}”具体讲了什么?" if len(lead) >= 4 else None


def _section_items(doc: Any, p: Any) -> str | None:
    parent = _parent(p.section) if p.item else p.section
    node = doc.node(parent) if parent else None
    return heading_question(node.title) if node is not None else None


def _next_section(doc: Any, p: Any) -> str | None:
    nodes = doc.outline_nodes()
    path = _parent(p.section) if p.item else p.section
    at = next((i for i, n in enumerate(nodes) if n.path == path), None)
    if at is None:
        return None
    level = nodes[at].level
    following = next((n for n in nodes[at + 1:] if n.level <= level), None)
    return heading_question(following.title) if following is not None else None


def _notice_section(kind: str, doc: Any, p: Any) -> str | None:
    if kind == "cut_off":
        return "这篇讲话是全文吗?"
    node = doc.node(_parent(p.section) if p.item else p.section)
    if node is None or kind not in ("gap", "outline_only"):
        return None
    if kind == "outline_only":
        return heading_question(node.title)
    return f"{heading_core(node.title)}哪些内容被省略了?"


def _lists_items(cited: list[tuple[Any, Any]]) -> bool:
    """Whether an answer quotes two or more items of one section (a list answer)."""
    items = {(_parent(p.section), p.item) for _d, p in cited if p.item}
    return len(items) >= 2 and len({parent for parent, _i in items}) == 1


def suggest(answer: Any, docs: list[Any], limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Up to ``limit`` follow-up questions for ``answer`` (see the module docstring)."""
    by_id = _passage_index(docs)
    asked = _squash(answer.question)
    out: list[str] = []

    def add(q: str | None) -> None:
        if q and _squash(q) != asked and _squash(q) not in {_squash(o) for o in out}:
            out.append(q)

    cited = [by_id[c.passage_id] for c in answer.citations if c.passage_id in by_id]
    if not answer.answerable or not cited:
        for d in docs[:limit]:
            add(overview_question(d))
        return out[:limit]
    doc, last = cited[-1]
    if _lists_items(cited):
        add("第二项具体讲了什么?")
    else:
        add(_next_item(doc, last))
        add(_section_items(doc, cited[0][1]))
    for n in answer.notices:
        if n.passage_id in by_id:
            add(_notice_section(str(n.kind), *by_id[n.passage_id]))
        elif n.kind == "cut_off":
            add(_notice_section("cut_off", doc, last))
    add(_next_section(doc, last))
    return out[:limit]
