"""A question about the sentence an excerpt breaks off in (issue 9, classes 4 and 6).

A template site stops its preview mid-sentence ("每名包村干部每月驻村时间不少于……（全文未完）"),
and an excerpt leaves a gap after a point's first words ("二是创新招商方式，推行……"). Asked
"包村干部每月至少驻村几天", the text does speak of it, but the figure is past the break, so the
refusal rule finds no fact and would decline it as a near miss. The answer is the sentence as far
as it runs, cited, with the notice that the text stops there: what is shown, and that the rest is
not, rather than "the speech does not say".
"""
from __future__ import annotations

import re

from index.store import PassageIndex

from .citations import CitationBuilder
from .cut_headings import held, subject_words

TOP = 3  # the broken passage among the best few
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def _breaks_off(index: PassageIndex, row: int) -> bool:
    """Whether passage ``row`` stops where the excerpt does: the cut-off, or a gap after it."""
    return any(f.kind == "cut_off" or (f.kind == "gap" and f.at is not None and f.at >= len(index.passages[row].text))
               for f in index.passages[row].flags)


def _last_sentence(index: PassageIndex, row: int) -> int | None:
    worded = [s for s in index.sentences_of(row) if len(_WORDS.findall(index.sentence_text(s))) >= 4]
    return worded[-1] if worded else None


def _unfinished(sentence: str) -> bool:
    """Whether a sentence stops short: no full stop at its end, or an ellipsis where the words stop.
    A whole sentence before the cut said all it says; the break is after it."""
    return not re.search(r"[。！？!?；;][”’」』)）]*$", sentence.strip())


def sentence_at_break(index: PassageIndex, question: str, result) -> int | None:
    """The sentence (its index) that runs into a cut-off or gap and holds the question's subject:
    the unfinished last sentence of one of the best passages that stops at the break, holding at
    least two of the question's rare words and half of them; else ``None``."""
    words = list(dict.fromkeys(subject_words(index, question)))
    if not words:
        return None
    for hit in result.hits[:TOP]:
        if not _breaks_off(index, hit.row):
            continue
        s = _last_sentence(index, hit.row)
        if s is None or not _unfinished(index.sentence_text(s)):
            continue
        text = index.sentence_text(s)
        shared = sum(held(w, text) for w in words)
        if shared >= min(2, len(words)) and shared * 2 >= len(words):
            return s
    return None


def break_answer(builder: CitationBuilder, s_idx: int, lang: str) -> str:
    """The sentence as far as it runs, cited, and that what it goes on to say is not shown."""
    quote = f"“{builder.sentence(s_idx)}”[{builder.cite_sentence(s_idx)}]"
    if lang == "en":
        return f"The text breaks off in the sentence on this: {quote} What follows is not in the text shown."
    return f"原文在这句话处中断：{quote} 所问的具体内容在中断处之后，原文未显示。"
