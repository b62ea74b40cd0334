"""A question that asks two facts at once, in two parts: "高新技术企业现在有多少家 今年要到多少",
"燃气管道改造谁牵头 啥时候完成", "消费券发多少钱？啥时候发完".

Each part is searched for its own sentence; a later part, which seldom names its subject again
("今年要到多少", "啥时候完成"), is searched with the first part's words.
"""
from __future__ import annotations

import re

from index.store import PassageIndex

from .asked import asked
from .question_terms import PERIOD, search_words
from .compose import best_sentences
from .fact_match import FACT_SENTENCE_SHARE, fact_sentences
from .intent import detect_intent
from .refusal_features import rarity

# What asks a single fact (a figure, a time, a person), and what asks any fact: which, where too.
_FACT_ASKS = (r"多少|几[个项家处条所座人次年月天号]|啥时候|什么时候|何时|哪天|哪一?年|几月|谁"
              # a time asked by its noun: "时间节点是什么", "期限是多久"
              r"|(?:时间节点|时限|期限|截止时间|完成时间|时间要求)(?:是|为)?(?:什么|啥|多久|哪天)")
_FACT_ASKING = re.compile(_FACT_ASKS)
_ASKING = re.compile(_FACT_ASKS + r"|哪个|哪家|哪些|哪里|哪儿")
# "由谁来编、规划期是哪几年、要包含哪些内容": 、 parts questions as a comma does; a piece with no
# asking word of its own ("国土空间规划、产业规划分别是多少") is no part.
_PAUSE = re.compile(r"[？?，,；;。!！、\s\u3000]+")
# What counts the points of a list ("几条", "哪几项", "几个方面"), as a list question does.
_COUNTS_POINTS = re.compile(r"几(?:[条项点部段]|个(?:方面|部分|要点))")
# Words of the asking itself ("谁牵头", "花多少钱", "啥时候完成", "年底要到多少"): no subject a later
# part inherits. Periods (今年, 去年) are not either; 现在/目前 are frame words search_words drops.
_ASKING_VERBS = frozenset("牵头 负责 主抓 完成 完工 弄完 花 钱 剩 没 要 有 发 年底 年内".split())
MIN_PART_CHARS = 3


def asked_parts(question: str) -> list[str]:
    """The search text of each part of a question asking two or more facts, or [] for a question
    asking one (the parts are those between pauses that hold an asking word)."""
    pieces = [p for p in _PAUSE.split(question) if len(p) >= MIN_PART_CHARS]
    asking = [p for p in pieces if _ASKING.search(p)]
    if len(asking) < 2:
        return []
    subject = [w for w in search_words(_ASKING.sub(" ", asking[0]))
               if len(w) >= 2 and not PERIOD.fullmatch(w) and w not in _ASKING_VERBS]
    # "今年要到多少", "啥时候完成": a later part is of what the first one named
    return [asking[0]] + [" ".join(subject) + " " + piece for piece in asking[1:]]


def asks_several_facts(question: str) -> bool:
    """Whether two or more parts of a question each ask a single fact ("由谁来编、规划期是哪几年"):
    such a question is answered sentence by sentence, not by the list of the section it names."""
    facts = [p for p in _PAUSE.split(question) if len(p) >= MIN_PART_CHARS and _FACT_ASKING.search(p)]
    # "一共分几条，分别是哪几条": how many points and which ones ask one list, not two facts
    return len(facts) >= 2 and not all(_COUNTS_POINTS.search(p) for p in facts)


def part_sentence(index: PassageIndex, retriever, part: str, documents: set[str], quoted: list[int]) -> list[int]:
    """The sentence answering one part of the question, searched for on its own in ``documents``: the
    best one holding the fact it asks for, else one holding it in a passage the answer already quotes
    ("…总投资7800万元。项目由…牵头实施，10月底前全部完工。"), else the part's closest sentence."""
    hits = retriever.search(part, detect_intent(part), k=5, documents=documents).hits[:3]
    rows = [h.row for h in hits]
    holding = fact_sentences(asked(part), index, rows, lambda w: rarity(index, w))
    if holding:
        # of two sentences holding it alike, the one not quoted yet ("现在有多少" and "今年要到多少")
        best = max(holding, key=lambda s: (holding[s], s not in quoted))
        if holding[best] >= FACT_SENTENCE_SHARE:
            return [best]
        passages = {index.sentence_spans[s][0] for s in quoted}
        near = [s for s in holding if index.sentence_spans[s][0] in passages and s not in quoted]
        if near:
            return near[:1]
    qvec = retriever.encoder.encode_query(part)
    return best_sentences(index, part, qvec, rows, {h.row: h.score for h in hits}, limit=1)
