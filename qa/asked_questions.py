"""A Q&A asked by the number of its question: "第五个问题说的啥", "第3问讲了什么".

A 政策解读, a press conference or an interview is a list of questions, each a heading over its
answer ("五、旧车置换还有额外补贴吗"). There "第五个问题" is the fifth of those headings, not the
fifth problem (问题) of a report's list of shortcomings: only a text whose headings at one level are
mostly questions is read this way.
"""
from __future__ import annotations

import re

from index.document import Document, OutlineNode
from index.numbering import cn_number, leading_marker
from index.store import PassageIndex

from .question_terms import search_words

QUESTION_NUMBER_ASKED = re.compile(r"第\s*(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:个|道)?\s*(?:问题|提问|问(?![题候]))")
# A heading that asks: its title holds an asking word, or ended with a question mark.
_ASKS = re.compile(r"什么|哪些|哪个|哪里|哪儿|多少|几[个项条类次年天]|怎样|怎么|如何|为什么|为何|是否|吗|呢|谁|何时|多久|多长|能否|可否|有没有|[？?]$")
QUESTION_SHARE = 2 / 3  # of the headings at a level, for that level to be the text's list of questions
MIN_QUESTIONS = 3


def question_number_asked(question: str) -> int | None:
    """The number in "第五个问题…" / "第3问…", else None."""
    m = QUESTION_NUMBER_ASKED.search(question)
    return cn_number(m.group(1).replace("两", "二")) if m else None


def question_headings(doc: Document) -> list[OutlineNode]:
    """The headings of ``doc`` that are its questions, in order: the shallowest level whose headings
    mostly ask (empty when no level does)."""
    nodes = [n for n in doc.outline_nodes() if n.status != "omitted"]
    for level in sorted({n.level for n in nodes}):
        at = [n for n in nodes if n.level == level]
        asking = [n for n in at if _ASKS.search(n.title)]
        if len(asking) >= MIN_QUESTIONS and len(asking) >= QUESTION_SHARE * len(at):
            return asking
    return []


# "市日报的记者第一个问题": who asked, said before the number; the 的 and the post are not in the label
_ASKER_TAIL = re.compile(r"(?:的|那个|这个)?(?:记者|媒体|代表|委员|网友|提问人?)?(?:的|问的|提的)?$")


def question_by_number(question: str, doc: Document) -> OutlineNode | None:
    """The question heading of ``doc`` that ``question`` asks by its number, if any: counted among
    the questions of the asker it names ("市日报的记者第一个问题" is the first of 市日报's), else
    among all."""
    number = question_number_asked(question)
    if number is None:
        return None
    asked = question_headings(doc)
    m = QUESTION_NUMBER_ASKED.search(question)
    asker = _ASKER_TAIL.sub("", question[:m.start()].strip()) if m else ""
    if len(asker) >= 2 and (theirs := [n for n in asked if asker in n.title[:20]]):
        asked = theirs
    elif (by_own := by_own_number(doc, asked, number)) is not None:
        return by_own  # "第五个问题" of 一…四, a gap, 七…十: the one numbered 五, or that it was lost
    return asked[number - 1] if 0 < number <= len(asked) else None


def by_own_number(doc: Document, asked: list[OutlineNode], number: int) -> OutlineNode | None:
    """Of questions numbered by the text (一、二、…), the heading numbered ``number``, an omitted one
    (known only from the numbering around a gap) included; None when they are not so numbered, or
    the numbering goes past no gap (then their place and their number agree)."""
    if not asked:
        return None
    level = [n for n in doc.outline_nodes() if n.level == asked[0].level]
    values = [m.value if (m := leading_marker(n.title)) is not None else None for n in level]
    if None in values or values != sorted(values) or not any(n.status == "omitted" for n in level):
        return None
    return next((n for n, v in zip(level, values) if v == number), None)


# Who answered a question of a press conference: "补贴的问题是谁回答的", "农资那个问题哪位领导答的".
WHO_ANSWERED = re.compile(r"(?:谁|哪位(?:领导|嘉宾|负责人|同志)?|哪个(?:领导|部门|单位))(?:来|给)?(?:回答|答复|解答|作答|回复|答)(?:的|了)?"
                          r"|(?:回答|答复|解答)(?:这个|该|那个)?(?:问题|提问)的(?:是|人是)")
# The speaker's label opening an answer turn ("县财政局局长 陈某某：感谢您的提问").
_TURN_LABEL = re.compile(r"^\s*([^：:，,。；;！？!?\s][^：:，,。；;！？!?]{1,29}?)\s*[：:]")
_NOT_TOPIC = frozenset("问题 提问 回答 答复 解答 作答 回复 领导 哪位 记者 发布会 会上".split())


def answered_by(index: PassageIndex, documents: list[Document], question: str) -> tuple[OutlineNode, str, list[int]] | None:
    """For "…的问题是谁回答的": the question heading the question names, the label of whoever
    answered it (the speaker opening the first turn under it) and that turn's first two sentences;
    None when the texts hold no list of questions, or none names the words asked."""
    if not WHO_ANSWERED.search(question):
        return None
    words = [w for w in search_words(question) if len(w) >= 2 and w not in _NOT_TOPIC]
    best: tuple[int, OutlineNode, Document] | None = None
    for doc in documents:
        for node in question_headings(doc):
            score = sum(w in node.title for w in words)
            if score and (best is None or score > best[0]):
                best = (score, node, doc)
    if best is None:
        return None
    _score, node, doc = best
    for row in index.rows_under(doc.id, node.path):
        if (m := _TURN_LABEL.match(index.passages[row].text)) and (said := index.sentences_of(row)[:2]):
            return node, m.group(1).strip(), said
    return None


def who_answered_reply(turn: tuple[OutlineNode, str, list[int]], builder, lang: str) -> str:
    """The reply naming who answered a question, quoting the opening of the answer."""
    node, label, said = turn
    quote = "".join(f"“{builder.sentence(s)}”[{builder.cite_sentence(s)}]" for s in said)
    if lang == "en":
        return f"The question “{node.title}” was answered by {label}: {quote}"
    return f"“{node.title}”这一提问由{label}回答:{quote}"
