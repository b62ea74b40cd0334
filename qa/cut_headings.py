"""A question about a section the excerpt cut off after its heading (or lost in a gap).

Of such a section only the heading is shown ("（二）加强人才队伍建设…" and then nothing), so a
question in the user's own words ("人才怎么引进培养") shares few words with the text and the
refusal model declines it. But the text does speak of it: the answer is the heading, cited,
with the notice that its body is not in the excerpt (issue 9, class 4), as for a question that
names the heading word for word.
"""
from __future__ import annotations

import re

from index.document import SECTION_SEP, OutlineNode
from index.store import PassageIndex

from .question_terms import search_words
from .everyday_words import word_variants
from .refusal_features import holds_words, rarity
from .synonyms import synonyms

# A word shared with the heading must be this rare over the passages: the heading's own subject
# (人才, 区域合作), not a word every heading has (加强, 推进, 发展).
MIN_RARITY = 0.4
TOP = 3  # the heading among the best few passages: a cut section has no body to rank it first


def cut_heading_meant(index: PassageIndex, question: str, result) -> tuple[str, OutlineNode] | None:
    """The outline-only section the question is about, when its heading is among the best
    passages and shares a rare word with the question; else ``None``."""
    words = subject_words(index, question)
    for hit in result.hits[:TOP]:
        node = _shown_empty(index, hit.passage)
        if node is not None and any(held(word, node.title) for word in words):
            return hit.passage.document, node
    return None


def subject_words(index: PassageIndex, question: str) -> list[str]:
    """The question's words of its subject: two characters or more and rare over the passages.
    The noun a question asks for ("哪位领导", "什么政策") is the kind of answer, not the subject."""
    return [w for w in search_words(question) if len(w) >= 2 and rarity(index, w) >= MIN_RARITY
            and not re.search(r"(?:哪位|哪个|哪些|什么|啥)" + re.escape(w), question)]


def held(word: str, text: str) -> bool:
    """Whether ``text`` holds ``word``, in its own form, an everyday variant or a synonym."""
    return any(v in text for v in (word, *word_variants(word), *synonyms(word)))


def _shown_empty(index: PassageIndex, passage) -> OutlineNode | None:
    """The section whose body the excerpt does not show, where ``passage`` is its heading alone
    (outline-only) or only a marker before the cut ("一是……(未完)"); else ``None``."""
    doc = index.document(passage.document)
    if "outline_only" in passage.flag_kinds:
        node = doc.node(passage.section)
        return node if node is not None and node.status == "outline_only" else None
    if "cut_off" not in passage.flag_kinds or holds_words(passage.text):
        return None
    parts = passage.section.split(SECTION_SEP)
    for depth in range(len(parts), 0, -1):  # the heading above the bare marker ("（二）… > 一是")
        node = doc.node(SECTION_SEP.join(parts[:depth]))
        if node is not None and len(re.findall(r"[\u4e00-\u9fff]", node.title)) >= 4:
            return node
    return None
