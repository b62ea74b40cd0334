"""The sentences of a section of one paragraph that answer a question about it: all of them when it
names the section alone and the paragraph fits a screen ("生态补偿机制这块有哪些安排"), those holding its
own words when it names a clause of it ("用工保障方面有什么措施" of "…在用工保障上，县人社局牵头，…")."""
from __future__ import annotations

from index.store import PassageIndex

from .compose import ItemPick
from .followup_asks import ITEM_CONTENT
from .question_terms import search_words

WHOLE_PARAGRAPH_CHARS = 420  # a section's one paragraph this short is quoted whole (a screen of text)
# What a question asks of a section as a whole ("…这块有哪些安排"), beside the words naming it.
_ASKED_OF_SECTION = frozenset(ITEM_CONTENT) | frozenset("方面 这块 部分 这部分 那部分 讲了 什么 哪些 具体 主要 有 讲 说".split())


def words_beyond_section(question: str, title: str) -> list[str]:
    """The question's words that name more than the section: none for "生态补偿机制这块有哪些安排" of
    "（三）建立…生态补偿机制"; 用工 for "用工保障方面有什么措施" of "一、强化要素保障" (one clause of its paragraph)."""
    return [w for w in search_words(question) if len(w) >= 2 and w not in _ASKED_OF_SECTION and w not in title]


def paragraph_sentences(index: PassageIndex, pick: ItemPick, question: str, title: str) -> list[int] | None:
    """The sentences of ``pick`` (a section's one unnumbered paragraph) that answer ``question``, or
    None to keep the ones the ranking chose."""
    if pick.marker is not None or not pick.rows or pick.node is not None:
        return None
    every = [s for r in pick.rows for s in index.sentences_of(r)]
    own = words_beyond_section(question, title)
    holding = [s for s in every if any(w in index.sentence_text(s) for w in own)]
    if own and holding and len(holding) < len(every):
        return holding
    if not own and sum(len(index.passages[r].text) for r in pick.rows) <= WHOLE_PARAGRAPH_CHARS:
        return every
    return None
