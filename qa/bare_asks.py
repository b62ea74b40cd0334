"""A question that asks a detail and names no subject: "投了多少钱", "钱从哪来", "配合的部门有哪些",
"比去年多了多少", "谁牵头". Typed after an earlier question, it asks that detail of what the
last turn was about (issue 9, class 5: a follow-up refers back, and a detail with nothing to be
a detail of does). A question with a topic word of its own ("明天天气怎么样", "这个城市去年的GDP
是多少") is not one: it stands alone.
"""
from __future__ import annotations

import re

from .question_terms import PERIOD
from .question_form import ITEM_NOUNS, KIND_NOUNS, _words, content_words, framing, read_question

# What is asked of a subject, never a subject itself: who/when/how much, money and where it
# comes from, the departments that lead or help, progress and effect, a comparison, a measure word.
_DETAIL = re.compile(
    r"(?:要|需要|能|会|得|准备|打算|计划|一共|总共|共)?"
    r"(?:谁|由谁|啥|什么|哪|哪儿|哪里|哪来|哪些|几|多少|多久|多大|多长|多高|多远|多快|何时|时候|啥时候|什么时候"
    r"|钱|资金|经费|费用|投资?|花|出|给|拿|用|来|从|放|建|在|放在|落在|建在|管|归"
    r"|部门|单位|人|地方|地点|时间|期限|截止|节点"
    r"|时限"
    r"|由|牵头|负责|主抓|配合|参与|协助|协同|分管|管理|落实|推进|实施|分担|承担|出资|办理|完成|建成|完工|启动|开工|验收"
    # when a thing is ready: "什么时候全部到位", "啥时候投用"
    r"|全部|到位|投用|上线|落地|开通|交付|办结|[干做搞弄办修建改]完"
    # a meeting held: "哪天开的", "在哪召开的"
    r"|开|召开|举行|举办"
    r"|进度|进展|效果|结果|渠道|来源|规模|体量"
    r"|比|多|少|高|低|增加|减少|增长|下降|提高|变化|差距|相比|同比"
    # a change asked in one everyday verb: "比前年降了多少", "涨了多少", "去年增了多少"
    r"|降|涨|增|减|升|跌|翻|降低|上涨|上升|提升|回落|上年|上一年|同期|往年"
    r"|个|项|条|次|家|处|人次|户|亩|公里|万元|亿元|元|天|年|月)"
    r"(?:了|过|着|的|得)?")


# When asked, taken out before the words are cut ("哪天开的" is cut 哪/天开).
_WHEN_WHERE = re.compile(r"哪一?天|什么时候|啥时候|何时|什么时间")
# A plan's field of an item, asked whole ("责任单位是谁", "牵头部门呢"): who does it, no subject of its own.
_PLAN_FIELD = re.compile(r"(?:牵头|责任|负责|主责|主办|配合|协办)(?:单位|部门|领导|人)")


# A sum of money asked as a total ("总共花多少钱", "一共投了多少钱", "总投资多少"): the total word is of the
# detail too; not in "这个讲话一共讲了几点", which asks of the whole text.
_TOTAL = re.compile(r"一共|总共|共计|合计|总计|累计|总|加起来")
_MONEY_ASKED = re.compile(r"钱|投|花|资金|经费|费用|预算")
# A count asked with its unit ("几天", "几个", "多少户"): the detail, not a topic.
_COUNTED = re.compile(r"(?:几|多少)[个天年月周次人户家处项条所座台辆亩元场批]")


def names_no_subject(question: str, last_question: str = "") -> bool:
    """Whether ``question`` asks a detail and every word it has is of the detail, none of a topic
    ("投了多少钱": 投 and 钱; "比去年多了多少啊": a comparison with a period). A question of no
    content words at all ("有啥成效" is one, as a framing word is not content) is not taken as one:
    it may ask of the whole speech. A word of ``last_question`` (the one typed before) brings no
    new topic either: "去年改了多少" after "老旧小区今年要改多少个" asks 改 of the same 老旧小区."""
    words = content_words(_WHEN_WHERE.sub(" ", _PLAN_FIELD.sub("单位", question)))
    known = {_stem(w) for w in content_words(last_question)} if last_question else set()
    # a question of the last one's words alone asks it again ("还有哪些保障措施" after "…哪些保障措施"): no detail
    total = bool(_MONEY_ASKED.search(question))
    return bool(words) and all(_DETAIL.fullmatch(w) or _COUNTED.fullmatch(w) or (total and _TOTAL.fullmatch(w)) or PERIOD.fullmatch(w) or _stem(w) in known
                               for w in words) \
        and not all(_stem(w) in known for w in words)


def _stem(word: str) -> str:
    """A verb without its aspect particle ("改了" → 改), as the two questions may differ by it."""
    return word[:-1] if len(word) > 1 and word[-1] in "了过着" else word


def names_heading_of(retriever, question: str, documents: set[str] | None, last_items: list) -> bool:
    """Whether ``question`` names a heading word for word ("钱从哪里来" of "（一）…解决好“钱从哪里来”的问题")
    in a speech in scope (``documents``; None: all) that the last turn's answer (``last_items``) was
    from: a heading of another speech of a library does not take a follow-up away from its subject."""
    last = {getattr(i, "document", None) for i in last_items} - {None}
    return any((documents is None or d in documents) and (not last or d in last)
               for d, _n in retriever.named_nodes(question))


def names_only_an_ordinal(question: str) -> bool:
    """Whether a question names an item by its place and nothing else ("第三点是什么", "第二条呢")."""
    reading = read_question(question)
    return reading.position is not None and all(framing(w) and w not in ITEM_NOUNS and w not in KIND_NOUNS
                                                for w in _words(reading.rest))
