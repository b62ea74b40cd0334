"""A count of the items a text lists without writing their number: "第五条列了几个部门的分工" of
"第五条 各有关部门按照下列分工做好工作：" and its （一）…（六）, "王某某强调了几个“要”" of "王某某强调，"
and its 一要…三要. The figure is the list itself: counted, it answers, and the question is no near
miss for want of a written number. A sentence that writes a figure ("建成3个产业园：") answers as any
figure does; one followed by plain sentences, not numbered items, lists nothing to count.
"""
from __future__ import annotations

import re

from index.store import PassageIndex

from .asked import Asked

# "几个部门", "多少项任务", "几条", "几类": a count in a measure word a list's items are counted in;
# not a sum ("多少钱"), a rate or people ("多少人").
_COUNTS_ITEMS = re.compile(r"(?<!第)(?:几|多少)(?:个|项|条|类|种|点|件|大项|大类|方面|家)")
MIN_ITEMS = 2
_ORDINAL_REF = re.compile(r"第[一二三四五六七八九十百零〇两\d]+[条章款项节部分]")


# What leads a count of a list's items: a verb of saying or having ("列了几个部门", "强调了几个“要”",
# "有几条"), a kind of item ("措施几条"), or nothing ("几个方面？"). After a verb of doing ("今年要改多少个",
# "签了多少个项目") the count is of things done, a figure the text writes, not of a list.
_LEADS_LIST_COUNT = re.compile(r"(?:^|[，,。？?！!：:；;\s]|(?:有|列|提|讲|说|谈|强调|包括|包含|分|分为|涉及|明确|部署|指出|概括|研究|议定|审议|讨论|听取"
                               r"|归纳|总结|是|问题|措施|举措|任务|方面|原则|要求|意见|建议|目标|内容|要点|重点|环节|部门|单位)"
                               r"(?:了|出|到)?)(?:一共|总共|共|都|主要)?$")


def counts_items(what: Asked) -> bool:
    """Whether a quantity question counts things a text may list rather than number."""
    return what.fact == "quantity" and what.measure in (None, "count", "个", "项", "条", "类", "种", "点", "件", "家") \
        and any(_LEADS_LIST_COUNT.search(what.text[:m.start()]) for m in _COUNTS_ITEMS.finditer(what.text))


def asks_count(question: str) -> bool:
    """Whether the question asks how many ("几个部门", "有几条"), so a list's count is worth a line;
    "哪几件" asks which they are."""
    return any(not question[:m.start()].endswith("哪") for m in _COUNTS_ITEMS.finditer(question))


_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+|最后一")


def count_before_ordinal(question: str) -> bool:
    """Whether a question asks how many, then one of them ("基本原则有几条？第三条是什么"): the count is
    asked of the list, the ordinal picks in it ("第三条有几项要求" counts inside the third)."""
    count, ordinal = _COUNTS_ITEMS.search(question), _ORDINAL.search(question)
    return count is not None and ordinal is not None and count.end() <= ordinal.start()


def listed_items(index: PassageIndex, s_idx: int):
    """What sentence ``s_idx`` announces when it is a list of numbered items it does not count
    (an :class:`~qa.announced.Announced` with its picks), else None."""
    from .announced import expand, items_led_by  # announced reads compose, which reads the fact check

    announced = expand(index, s_idx) or items_led_by(index, s_idx)
    return announced if announced is not None and uncounted_items(announced, index.sentence_text(s_idx)) else None


def uncounted_items(announced, sentence: str = "") -> bool:
    """Whether an announcement (its ``sentence``) leads numbered items (一要…, （一）…) it does not count
    itself: "今年将继续办好十件民生实事：" counts them; "第五条 各有关部门按照下列分工…" does not (第五条
    numbers the article)."""
    from .fact_check import holds_fact  # see listed_items

    return announced.count is None and len(announced.picks) >= MIN_ITEMS and all(p.marker for p in announced.picks) \
        and not holds_fact(_ORDINAL_REF.sub("", sentence), "quantity")


def count_line(count: int, lang: str) -> str:
    """The line that gives the count the text leaves unwritten."""
    return f"The text lists {count} items:" if lang == "en" else f"文中列出{count}项:"


# A count the answer already gives ("…部分共列出3项"), or a lead that counts its items in words ("重点抓好三个方面的工作").
_COUNT_SAID = re.compile(r"共列出|列出\d+项|[一二三四五六七八九十两\d]+(?:个|项|条|点)?(?:方面|项|条|点|类|种|件|大类)")


def part_count_line(index: PassageIndex, doc_id: str, question: str, node, listed: int, answer: str,
                    lang: str) -> str:
    """The count line for a part asked by its number ("第六条列了几个部门的职责") whose answer lists
    ``listed`` items (``answer``), when the question asks how many and neither the answer nor the part's
    lead (title and first sentence) counts them; else ""."""
    from .fact_check import holds_fact  # see listed_items

    if not asks_count(question) or listed < MIN_ITEMS or _COUNT_SAID.search(_ORDINAL_REF.sub("", answer)):
        return ""
    rows = index.rows_under(doc_id, node.path)
    lead = node.title + (index.sentence_text(index.sentences_of(rows[0])[0]) if rows else "")
    lead = _ORDINAL_REF.sub("", lead)
    return "" if holds_fact(lead, "quantity") or _COUNT_SAID.search(lead) else count_line(listed, lang) + "\n\n"
