"""Whether a text mentions something, asked yes or no ("有没有提到地铁建设", "讲话提到垃圾分类了吗",
"是否涉及长江保护"): when a word of the thing asked is nowhere in the texts the question is about, not
even in part ("地铁" in a speech on renovating old housing), the answer is that they do not mention it.
Ranked by its other, general words ("建设", "分类"), the question found a sentence sharing them and was
answered as if the text spoke of it. A word the texts hold a piece of ("河长制" of a text on its
"河长"), or write in other words (an everyday word the glossary maps), is left to the evidence."""
from __future__ import annotations

import re

import jieba

from index.document import Document
from index.tokenize import normalize

from .decline import form_decline
from .everyday_words import word_variants
from .question_terms import search_words
from .synonyms import synonyms

# "有没有提到X", "是否提及X", "提没提X", "讲没讲X", "有没有讲到X", "涉及X了吗", "提到X了吗"
_MENTION_ASKED = re.compile(r"(?:(?:有没有|是否|有无)(?:提到|提及|提|讲到|谈到|说到|涉及|讲|说)|提没提|讲没讲|说没说|谈没谈)(?:过|到)?"
                            r"(?P<thing>[^，,。？?！!]{2,16}?)(?:的(?:内容|事|问题|情况))?(?:吗|呢)?[？?。！!]*$"
                            r"|(?:提到|提及|讲到|谈到|说到|涉及)(?:了)?(?P<thing2>[^，,。？?！!]{2,16}?)(?:了)?(?:吗|没有|没)[？?。！!]*$")


def mention_asked(question: str) -> str | None:
    """The thing a yes-or-no question asks the text mentions, or None."""
    m = _MENTION_ASKED.search(normalize(question))
    return (m.group("thing") or m.group("thing2")) if m else None


def absent_word(thing: str, texts: list[str]) -> str | None:
    """The most specific word of ``thing`` (the rarest in jieba's dictionary), when no text holds even two
    characters of it, nor of a variant or synonym: "地铁" of 地铁建设, not "管理" of 物业管理 where the
    text names 物业 (a general word missing says nothing of the thing)."""
    words = [w for w in dict.fromkeys(search_words(thing)) if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w)]
    if not words:
        return None
    jieba.dt.check_initialized()
    word = min(words, key=lambda w: jieba.dt.FREQ.get(w, 0))
    forms = [word, *word_variants(word), *synonyms(word)]
    pieces = {f[i:i + 2] for f in forms for i in range(len(f) - 1)}
    return None if any(p in t for p in pieces for t in texts) else word


def unmentioned_reply(question: str, documents: list[Document], lang: str) -> str | None:
    """The decline of a mention question whose thing the texts in question do not name; None otherwise."""
    thing = mention_asked(question)
    if thing is None or not documents or lang != "zh":
        return None
    missing = absent_word(thing, [d.source for d in documents])
    if missing is None:
        return None
    return form_decline(documents, lang, "", f"{{name}}没有提到“{thing}”（原文中没有“{missing}”一词）。")
