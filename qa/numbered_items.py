"""A work plan's items numbered straight through its parts ("一、" holds 1.–5., "二、" 6.–10., …):
asked "第17条讲的啥" or "第十七项说了什么", the item numbered 17, wherever its part; one lost in a gap
("13." known only from the numbering) is that item too, so the answer says it is lost.

Items that number afresh in each part have no such number: "第6条" of them names nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace

from index.document import SECTION_SEP, Document, OutlineNode
from index.numbering import cn_number
from index.store import PassageIndex

from .question_form import referenced_position
from .question_terms import search_words

# "第17条", "第十七项": an item by its number. "第三部分第二条" is an item of a part (see intent),
# "第一条措施" one of a list.
ITEM_NUMBER_ASKED = re.compile(r"第\s*(\d{1,3}|[一二三四五六七八九十百两]{1,5})\s*(?:条|项)"
                               r"(?!措施|意见|要求|建议|任务|经验|问题|举措|原则|理由|原因)")
_IN_A_PART = re.compile(r"第\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:部分|章|个?方面|大项|节)")
_NUMBERED = re.compile(r"^(\d{1,3})\s*[.．、]")
# A regulation's article ("第十三条", "第13条　单位和个人应当…"): asked "第十三条讲了什么", that article.
_ARTICLE = re.compile(r"^第\s*(\d{1,3}|[一二三四五六七八九十百零〇两]{1,6})\s*条(?![^\s\u3000【\[])")


def item_number_asked(question: str) -> int | None:
    """The number of the item ``question`` asks by number alone ("第17条讲的啥": 17), else None."""
    m = ITEM_NUMBER_ASKED.search(question)
    if not m or _IN_A_PART.search(question[:m.start()]):
        return None
    return cn_number(m.group(1).replace("两", "二"))


def numbered_through(doc: Document) -> dict[int, OutlineNode]:
    """The items of ``doc`` numbered "1." "2." … straight through two or more parts, by number
    (empty when the numbering starts again in a part, or stays in one)."""
    items = [(int(m.group(1)), n) for n in doc.outline_nodes() if n.level >= 2 and (m := _NUMBERED.match(n.title))]
    values = [v for v, _n in items]
    parents = {n.path.rsplit(SECTION_SEP, 1)[0] for _v, n in items}
    if len(parents) < 2 or values != sorted(set(values)):
        return {}
    return {v: n for v, n in items}


def item_by_number(question: str, doc: Document) -> OutlineNode | None:
    """The item of ``doc`` that ``question`` asks by its number through the parts, if any."""
    number = item_number_asked(question)
    if number is None:
        return None
    # an article is "第N条"; "第一项" is a point of a list, never an article
    article = articles(doc).get(number) if ITEM_NUMBER_ASKED.search(question).group(0).rstrip().endswith("条") else None
    return article or numbered_through(doc).get(number)


def articles(doc: Document) -> dict[int, OutlineNode]:
    """The articles of a regulation or a set of rules (headings "第N条"), by number."""
    out: dict[int, OutlineNode] = {}
    for node in doc.outline_nodes():
        if (m := _ARTICLE.match(node.title)) is not None:
            out.setdefault(cn_number(m.group(1).replace("两", "二").replace("〇", "零")), node)
    return out


def holds_the_rest(index: PassageIndex, question: str, doc_id: str, node: OutlineNode) -> bool:
    """Whether the item ``node`` asked by its number holds at least half of the question's other
    words ("第35条罚多少": 罚 in 第三十五条), so the question is of it: "第一项今年要改多少厕所" is
    of a list the last answer showed, not of a plan's item 1 on consumption."""
    words = search_words(ITEM_NUMBER_ASKED.sub("", question, 1))
    text = node.title + "".join(index.passages[r].text for r in index.rows_under(doc_id, node.path))
    return 2 * sum(w in text for w in words) >= len(words)


def asked_by_number(index: PassageIndex, question: str, doc_id: str, node: OutlineNode) -> bool:
    """Whether ``question`` asks the item ``node`` by its number and is of it (:func:`holds_the_rest`)."""
    doc = index.document(doc_id)
    return doc is not None and item_by_number(question, doc) is node and holds_the_rest(index, question, doc_id, node)


def read_by_number(index: PassageIndex, resolved, result, target: tuple[str, OutlineNode]):
    """The question and its search read as asking the item ``target`` by its number: the number is
    no point of a list ("第十三条有几点要求"), a second ordinal is ("第九条的第二项": the second), and
    the answer comes from that item's passages, not one sharing its number ("第35次常务会议")."""
    resolved = replace(resolved, position=referenced_position(ITEM_NUMBER_ASKED.sub("", resolved.text, 1)))
    rows = set(index.rows_under(target[0], target[1].path))
    return resolved, replace(result, hits=[h for h in result.hits if h.row in rows] or result.hits)
