"""What a follow-up asks beyond its reference: a detail of the item it points at ("第三项谁牵头",
"第一项投资多少"), the item's own content ("第二个方面具体有哪些措施"), a fact ("多少", "何时"), a
period ("明年目标呢", "去年改了多少"); and an item's topic, for a question asked of the item
(:func:`qa.followup.resolve_followup`).
"""
from __future__ import annotations

import re

from index.numbering import leading_marker

from .history import Turn
from .question_terms import PERIOD
from .question_form import _CONNECTIVE, content_words

# The words of a detail asked of an item ("第三项谁牵头 啥时候完成", "第一项投资多少", "第二条多少公里"):
# what is asked of the item, not a topic of the question's own.
_DETAIL_WORD = re.compile(r"(?:由谁|啥时候|什么时候|多少钱|谁|由|啥|时候|何时|多少|几|哪|牵头|负责|主抓|完成|建成"
                          r"|截止|期限|时间|目标|标准|要求|资金|投资|钱|公里|亩|万元|亿元|人次|户|个|家|处|项"
                          # how the item is carried out ("最后一项具体咋推进", "第二条怎么落实"): its content
                          r"|推进|落实|开展|实施|执行|操作|解决|抓|搞|干|做|办)")


# What a list's items are, asked of one of them ("第二个方面具体有哪些措施"): the item's own content, not a
# topic of the question's own (see also qa.item_beyond).
ITEM_CONTENT = ("措施", "举措", "任务", "要求", "做法", "办法", "内容", "工作", "安排", "重点", "打算")
# "第二个方面具体有哪些措施", "第三方面有哪些任务": what a list's kind of thing is asked of the item counted,
# not an ordinal within a topic of its own ("第三条措施是什么" after a list of problems).
_ASKED_OF_ITEM = re.compile(r"^(?:个|大)?(?:方面|点|条|项|部分|块|类)?(?:工作)?(?:具体|主要|都|又|还|一共)?"
                            r"(?:有|是|包括|要|讲|说|提|采取|抓|部署)了?(?:哪些|什么|啥|哪几[条项点个]?)(?:具体)?"
                            r"(" + "|".join(ITEM_CONTENT) + ")")


def detail_word(word: str) -> bool:
    """Whether a word asks a detail of an item (谁, 多少, 牵头, 推进…), not a topic of its own."""
    return bool(_DETAIL_WORD.fullmatch(word))


_ASKED_FACT = ("多少", "几", "何时", "什么时候", "哪里", "哪儿", "谁", "哪个部门", "哪一年")


def _asks(rest: str, turn: Turn) -> str:
    """What a question asks beyond its reference; "" when it only frames it ("第三条措施是什么",
    "具体说说"): no word the last turn did not name, and no fact asked for (多少, 何时, 谁)."""
    rest = _CONNECTIVE.sub("", rest.strip()).strip(" ?？。!！")
    new = [w for w in content_words(rest) if w not in turn.topic]
    return rest if new or any(w in rest for w in _ASKED_FACT) else ""


def item_topic(text: str) -> str:
    """An item's topic: its lead without the marker, up to the first pause
    ("三是产城空间布局逐步优化,融合发展态势…" → "产城空间布局逐步优化")."""
    text = text.strip()
    if (m := leading_marker(text)) is not None:
        text = text[m.end:].lstrip("，,、：: ")
    return re.split(r"[，,。；;：:！!？?]", text, maxsplit=1)[0].strip() or text


# What a period may be asked with in place of a figure: "明年目标呢", "今年计划呢".
_PLAN_WORDS = frozenset("目标 计划 打算 安排 任务 要求".split())
# A period named as the base of a comparison ("比前年降了多少", "同去年相比") is not the one asked.
_BASE_OF = re.compile(r"(?:比|较|同|与|和|跟|相对于?)$")


def _period_asked(text: str) -> str | None:
    """The period a question asks of ("去年改了多少" → 去年), not one it compares with."""
    return next((m.group(0) for m in PERIOD.finditer(text) if not _BASE_OF.search(text[:m.start()])), None)
