"""How well the clauses holding an asked fact match the question: the share of its focus words, weighed
by rarity, that the sentence of each clause holds (a role asked counting only beside its subject)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.document import SECTION_SEP
from index.headings import strip_heading_number
from index.store import PassageIndex
from index.tokenize import normalize

from .asked import ROLE_ASKED, Asked
from .fact_check import fact_clauses, stated_text
from .question_overlap import without_lone_member
from .word_credit import credit


@dataclass
class FactMatch:
    """How well the best clause holding the asked fact matches the question's focus."""

    share: float  # rarity-weighted share of the focus words in the sentence of that clause
    head: bool  # the two words nearest the asking word both stand in that clause or the one before
    around: float = 1.0  # the same share in the clause's passage, headings and speech title, at best



ROLE_SUBJECT_SHARE = 0.5  # of the subject's weighted words, for a sentence's party to fill the role asked


def held_share(focus: list[str], weights: list[float], text: str, around: str = "") -> float:
    """The weighted share of the focus words ``text`` holds. A role asked ("以工代赈由谁负责": 负责)
    counts only where ``text`` with ``around`` (its passage and heading, where an item's lead names its
    subject) holds half the subject's weighted words: any party's "…牵头…" holds a role, not this one."""
    credits = [credit(w, text) for w in focus]
    roles = [bool(ROLE_ASKED.fullmatch(w)) for w in focus]
    subject = sum(wt for wt, role in zip(weights, roles) if not role)
    held = sum(wt * credit(w, text + "\n" + around) for w, wt, role in zip(focus, weights, roles) if not role)
    if subject and held < ROLE_SUBJECT_SHARE * subject:
        credits = [0.0 if role else c for c, role in zip(credits, roles)]
    return sum(wt * c for wt, c in zip(weights, credits)) / (sum(weights) or 1.0)


def _weights(what: Asked, rarity) -> tuple[list[str], list[float]]:
    focus = what.focus[:6]
    return focus, [rarity(w) * (2.0 if i < 2 else 1.0) for i, w in enumerate(focus)]


def match_fact(what: Asked, index: PassageIndex, rows: list[int], rarity) -> FactMatch:
    """The best clause of the passages ``rows`` that holds the fact ``what`` asks for.

    ``rarity(word)`` weighs each focus word; the two nearest the asking word count double.
    A question that asks for no checkable fact matches fully.
    """
    if what.fact is None:
        return FactMatch(1.0, True)
    focus, weights = _weights(what, rarity)
    total = sum(weights)
    head = focus[:2]
    best = FactMatch(0.0, False, 0.0)
    for s_idx, window, context in fact_clauses(what, index, rows):
        if not total:
            return FactMatch(1.0, True)
        sentence = without_lone_member(stated_text(index, s_idx, what.fact == "quantity"), what)
        context = without_lone_member(context, what)
        share = held_share(focus, weights, sentence + lent_words(index, s_idx, sentence), context)
        around = max(share, held_share(focus, weights, sentence + "\n" + context))
        if what.measure == "phone":  # "反映问题打什么电话" of "…请向我们反映。联系电话：…": said around the number
            share = around
        best = FactMatch(max(best.share, share), best.head or all(w in window for w in head),
                         max(best.around, around))
    return best


# A heading's last word when it names a kind of undertaking, which a clause under it says for the whole
# ("工程总投资", "项目由…实施", "行动所需资金"); a predicate ("投资增长后劲不足": 不足) names nothing to stand for.
_HEAD_NOUN = re.compile(r"(工程|项目|行动|活动|计划|专项|试点)[。；;，,\s]*$")


def named_by_head(index: PassageIndex, s_idx: int, sentence: str) -> str:
    """The heading a clause names by its last word alone: "（一）工程总投资1.2亿元" under "一、关于城区供水
    管网改造工程" says 工程 for 城区供水管网改造工程, so the heading's words are the clause's subject.
    Empty when the sentence names none of its headings that way (the nearest such heading counts)."""
    row = index.sentence_spans[s_idx][0]
    for heading in reversed(index.passages[row].section.split(SECTION_SEP)):
        title = normalize(strip_heading_number(heading)).removeprefix("关于")
        m = _HEAD_NOUN.search(title)
        # the heading must say more than its last word, and the sentence must not be that heading
        if m and len(title) > 4 and m.group(1) in sentence and title not in sentence:
            return "\n" + title
    return ""


# A sentence that opens on a frame of its subject's aspect ("进度上，…", "时间安排上，…", "在资金方面，…")
# goes on about the subject of the sentence before it ("城区老旧管网更新共涉及管线38公里。进度上，4月全面开工").
_FRAME_LEAD = re.compile(r"^(?:在|从)?[\u4e00-\u9fff]{1,6}(?:上|方面)[，,：:]")


def subject_of_frame(index: PassageIndex, s_idx: int, sentence: str) -> str:
    """The sentence a frame-led sentence goes on from, in its passage (the nearest one before it
    that opens on no frame), else empty: its words are the subject the frame speaks of."""
    row = index.sentence_spans[s_idx][0]
    if not _FRAME_LEAD.match(sentence.lstrip()):
        return ""
    before = [s for s in index.sentences_of(row) if s < s_idx]
    for s in reversed(before):
        text = index.sentence_text(s)
        if not _FRAME_LEAD.match(text.lstrip()):
            return "\n" + text
    return ""


def lent_words(index: PassageIndex, s_idx: int, sentence: str) -> str:
    """The text that names a clause's subject for it: a heading it names by its last word, or the
    sentence a frame-led one goes on from."""
    return named_by_head(index, s_idx, sentence) + subject_of_frame(index, s_idx, sentence)


FACT_SENTENCE_SHARE = 0.5  # of the weighted focus words asked, for a sentence to count as holding the fact


def fact_sentences(what: Asked, index: PassageIndex, rows: list[int], rarity) -> dict[int, float]:
    """The sentences of the passages ``rows`` holding the asked fact, each with the share of the
    question's focus words it holds, in the passages' order; empty when none holds it."""
    if what.fact is None:
        return {}
    focus, weights = _weights(what, rarity)
    shares: dict[int, float] = {}
    for s_idx, _window, context in fact_clauses(what, index, rows):
        if s_idx not in shares:
            sentence = without_lone_member(stated_text(index, s_idx, what.fact == "quantity"), what)
            shares[s_idx] = held_share(focus, weights, sentence + lent_words(index, s_idx, sentence), context)
    return shares
