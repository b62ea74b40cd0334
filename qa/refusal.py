"""When the speech does not answer a question: a calibrated rule, not a hope.

The evidence for a question is two numbers read off the retrieval:

* ``dense``: the best cosine between the query and any sentence of the top passages;
* ``coverage``: the share of the question's own words (jieba, minus stop words
  and question words) that occur in the best three passages.

A question is answerable when ``dense + COVERAGE_WEIGHT * coverage`` reaches the
threshold for its language. English questions share no words with a Chinese
speech: their coverage counts the glossary's Chinese terms for their words, and
cross-lingual cosines run lower, so English has its own threshold. The
numbers were chosen with ``qa eval --calibrate`` on tests/eval/refusal.jsonl and
tests/eval/own.jsonl (see README, "Refusal"), never on the dev set.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from index.document import Document
from index.store import PassageIndex
from index.tokenize import tokenize

from .glossary import GLOSSARY_PATTERN, chinese_terms
from .guard import question_language

# Words that only frame a question; they say nothing about whether the speech covers it.
QUESTION_WORDS = frozenset(
    "多少 几 哪 哪些 哪个 什么 怎么 怎样 如何 为什么 为何 是否 是不是 谁 何时 什么时候 哪里 具体 "
    "讲话 讲 提到 提出 内容 文中 原文 一下 介绍 说明 请 问 情况 方面 主要".split())


@dataclass
class Evidence:
    """What retrieval found for a question, reduced to the two numbers the rule reads."""

    dense: float
    coverage: float


_EN_STOP = frozenset(
    "a an the of to in on at for by with and or is are was were be been do does did what which who whom "
    "whose when where why how many much is there any this that these those it its their there speech "
    "say says said mention mentioned talk about tell me please give according".split())


def question_words(question: str) -> tuple[list[str], int]:
    """The question's content words (Chinese terms for English ones) and how many English words
    have no Chinese term in the glossary (they count as missing from the speech)."""
    if question_language(question) != "en":
        return [w for w in tokenize(question) if w not in QUESTION_WORDS], 0
    terms = chinese_terms(question)
    leftover = re.sub(GLOSSARY_PATTERN, " ", question.lower())
    unknown = [w for w in re.findall(r"[a-z][a-z'-]+", leftover) if w not in _EN_STOP and len(w) > 2]
    return terms, len(unknown)


def _idf(index: PassageIndex, word: str) -> float:
    """Inverse document frequency of a word over the passages (unseen words weigh most)."""
    n = len(index.passages)
    tid = index.bm25.vocab_dict.get(word)
    indptr = index.bm25.scores["indptr"]
    df = 0 if tid is None or tid + 1 >= len(indptr) else int(indptr[tid + 1] - indptr[tid])
    return math.log((n + 1) / (df + 0.5))


def evidence(question: str, result, index: PassageIndex, top: int = 3) -> Evidence:
    """Measure the evidence for ``question`` in a search result.

    ``coverage`` weighs each word by its rarity, so a question about 深圳 or 考核办法
    that shares only 产城融合 and 园区 with the speech covers little of itself.
    """
    rows = [h.row for h in result.hits[:top]]
    s_idx = [s for r in rows for s in index.sentences_of(r)]
    dense = float(max(result.dense[rows].max(initial=-1.0),
                      (index.sentence_vectors[s_idx] @ result.query_vector).max(initial=-1.0)
                      if s_idx else -1.0))
    words, unknown = question_words(question)
    text = "".join(index.passages[r].section + index.passages[r].text for r in rows)
    weights = [_idf(index, w) for w in words]
    unseen = math.log((len(index.passages) + 1) / 0.5)
    total = sum(weights) + unknown * unseen
    found = sum(wt for w, wt in zip(words, weights) if w in text)
    return Evidence(dense=dense, coverage=found / total if total else 0.0)


@dataclass
class RefusalRule:
    """``dense + coverage_weight * coverage >= threshold`` (per language) means answerable."""

    threshold_zh: float = 1.046
    threshold_en: float = 0.832
    coverage_weight: float = 0.4

    def score(self, ev: Evidence, lang: str) -> float:
        """The number compared with the threshold."""
        return ev.dense + self.coverage_weight * ev.coverage

    def answerable(self, question: str, result, index: PassageIndex, lang: str) -> bool:
        """Whether the speech holds enough evidence to answer."""
        ev = evidence(question, result, index)
        return self.score(ev, lang) >= (self.threshold_en if lang == "en" else self.threshold_zh)


def coverage_reply(documents: list[Document], lang: str) -> str:
    """The fixed polite reply for a question the speech does not answer: what it does cover."""
    parts = [n.title for d in documents for n in d.outline][:8]
    titles = "、".join(f"《{d.title}》" for d in documents[:3])
    if lang == "en":
        listing = "\n".join(f"- {t}" for t in parts)
        return ("Sorry, the speech does not answer this question, so I cannot answer it from the "
                f"source. The speech {titles} covers:\n{listing}")
    listing = "\n".join(f"- {t}" for t in parts)
    return f"抱歉,讲话中没有涉及这个问题,无法依据原文作答。{titles}主要讲了:\n{listing}"

