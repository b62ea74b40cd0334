"""A question about the other side of a divide the text keeps to (issue 9, class 6, a near miss):
"城市生活垃圾怎么处理" of a plan on 农村生活垃圾, "民办幼儿园补助多少" of a speech that only
speaks of 公办幼儿园. The question shares the subject and every other word, so the passages rank
high and the refusal rule sees the topic covered; but the text says nothing of the side asked.

A side is the qualifier right before the subject ("城市" + "生活垃圾"); the text keeps to the
other side when it writes the subject after an opposite qualifier, never after the side asked (a
rural plan may say its goal is "与城市基本持平" and still give no city's tap-water rate), and never
after a word covering both (城乡). A rural text that once mentions
"城镇污水管网" (its villages join the town's network) still speaks of 农村污水.
"""
from __future__ import annotations

import re

from index.document import Document
from index.tokenize import normalize

from .decline import form_decline

# Each side, with the words that name it; a word in BOTH covers the two sides at once.
_SIDES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("城市", "城镇", "城区", "市区", "县城"), ("农村", "乡村", "村庄")),
    (("国有", "国营"), ("民营", "私营", "非公")),
    (("公办",), ("民办",)),
)
_BOTH = ("城乡", "全域")
SUBJECT_CHARS = 2  # of the subject after the qualifier, shared with the text, at least
NAMED_SUBJECT_CHARS = 4  # the same, where the text names the side asked elsewhere
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def other_side(question: str, documents: list[Document]) -> tuple[str, str, str] | None:
    """(the side asked, the side the text keeps to, the subject) when the question asks of a side
    these texts never write its subject with, and they write it with the opposite side; else None."""
    q = normalize(question)
    asked = [(side, other, word) for first, second in _SIDES for side, other in ((first, second), (second, first))
             for word in side if word in q]
    if not asked:  # most questions name no side: the texts are not read
        return None
    text = "".join(normalize(d.source) for d in documents)
    for side, other, word in asked:
        after = (_HAN.match(q, q.find(word) + len(word)) or [""])[0]
        if any(w + after[:SUBJECT_CHARS] in text for w in side):
            continue  # the text speaks of the subject on the side asked somewhere: it keeps to neither
        # a text naming the side asked elsewhere keeps to the other only of a subject it writes at length
        # there ("农村自来水普及率"), not of a word or two ("和城镇一起建" is no subject)
        least = SUBJECT_CHARS if not any(w in text for w in side) else NAMED_SUBJECT_CHARS
        if len(after) < SUBJECT_CHARS:
            continue
        best = ""
        for opp in other:
            for m in re.finditer(re.escape(opp), text):
                n = _shared_prefix(after, text[m.end():m.end() + len(after)])
                if n > len(best):
                    best = after[:n]
        if len(best) < least or any(both + best[:SUBJECT_CHARS] in text for both in _BOTH):
            continue
        kept = next(o for o in other if o + best in text)
        return word, kept, best
    return None


def other_side_reply(question: str, documents: list[Document], lang: str) -> str | None:
    """The decline for a question of :func:`other_side`, or ``None``."""
    found = other_side(question, documents) if documents else None
    if found is None:
        return None
    asked_side, kept, subject = found
    return form_decline(documents, lang,
                        f"The text speaks of {kept}{subject} only and says nothing of {asked_side}{subject}, "
                        "so I cannot answer it from the source.",
                        f"{{name}}讲的是{kept}{subject},没有讲到{asked_side}{subject},无法依据原文作答。")
