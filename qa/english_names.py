"""Names in an English question (Tokyo, France, Microsoft) and whether a Chinese speech holds them.

An English question shares its common words with any speech once the glossary turns them into
Chinese ("population" → 人口), so "What is the population of Tokyo?" reads as answerable by a
speech about a city's 常住人口. The name is what it is about: a speech that never mentions it
cannot answer it. A name counts as held when the glossary's term for it is in the speech, when
the speech holds it in Latin letters (PPP, 5G), or when it is the pinyin of characters the
speech holds ("Hefei" for 合肥, "Shanghai" for 上海).
"""
from __future__ import annotations

import re
from functools import lru_cache

import jieba.posseg
from pypinyin import lazy_pinyin

from .glossary import GLOSSARY
from .glossary_genre import NAMED_PLACES

# Capitalised words, alone or in a run ("New York", "Bank of China"), and acronyms (WTO, NASA).
_NAME_RE = re.compile(r"\b[A-Z][a-z]+(?:(?:[ -]|\s(?:of|for)\s)[A-Z][a-z]+)*\b|\b[A-Z]{2,6}\b")
# "the Belt and Road Initiative", "the Rural Revitalization Strategy": a policy or programme named by
# common words in title case, which a Chinese speech writes in its own words.
_AFTER_THE = re.compile(r"\bthe\s+$", re.I)
# Words a question capitalises that name nothing: its first word, titles of the text, the country
# every speech is in.
_NOT_NAMES = frozenset(
    "what which how why who whom whose when where is are was were does do did can could will would "
    "should tell list name give please according in on at by for to from the a an this that these those "
    "i it its mr mrs ms dr china chinese prc speech report document opinion text excerpt article "
    "party communist state council people congress government premier president secretary "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday spring festival "
    # words that open a question before what it asks ("During a drought, how much…", "Under the plan, …")
    "during after before under over since within across among amid regarding concerning about besides "
    "apart compared between against as if while and but so also then now today currently overall "
    "roughly approximately exactly besides beyond following given with without into through".split())
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def english_names(question: str) -> list[str]:
    """The names an English question uses that the glossary does not know as common words."""
    out = []
    for m in _NAME_RE.finditer(question):
        if _AFTER_THE.search(question[:m.start()]):
            continue
        words = [w for w in m.group(0).replace("-", " ").split() if w not in ("of", "for")]
        while words and words[0].lower() in _NOT_NAMES:  # "What" opening the question, "The"
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        if name.lower() not in NAMED_PLACES and (name.lower() in GLOSSARY or any(w.lower() in GLOSSARY for w in words)
                                                 or all(w.lower() in _NOT_NAMES for w in words)):
            continue  # common words of the genre in title case
        out.append(name)
    return list(dict.fromkeys(out))


@lru_cache(maxsize=64)
def _pinyin_of(text: str) -> tuple[str, dict[int, int]]:
    """The text's Chinese characters in pinyin, run together, and the character each syllable
    starts at (keyed by its offset in the pinyin; the end of the text too)."""
    joined, starts, at = [], {}, 0
    for i, ch in enumerate(text):
        if not _HAN_RE.match(ch):
            joined.append("|")
            at += 1
            continue
        syllable = lazy_pinyin(ch)[0]
        starts[at] = i
        joined.append(syllable)
        at += len(syllable)
    starts[at] = len(text)
    return "".join(joined), starts


# Pinyin without tones matches many a pair of characters ("机制上还" holds "shanghai"): the
# characters must be a name, by jieba's dictionary or by the place word after them (合肥市).
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz"})
_PLACE_AFTER = "省市县区州镇乡村岛湖山江河"


def _names_there(text: str, start: int, end: int) -> bool:
    tags = jieba.posseg.dt.word_tag_tab
    return tags.get(text[start:end]) in _NAME_TAGS or (end < len(text) and text[end] in _PLACE_AFTER)


def holds_name(name: str, text: str) -> bool:
    """Whether a Chinese ``text`` holds the English ``name`` (glossary term, Latin letters, pinyin)."""
    term = GLOSSARY.get(name.lower())
    if (term and term in text) or name in text or name.upper() in text:
        return True
    words = name.lower().split()
    pinyin, starts = _pinyin_of(text)
    # the name whole, or its leading words ("Xi Jinping" of "Xi Jinping Thought")
    for n in range(len(words), 0, -1):
        wanted = re.sub(r"[^a-z]", "", "".join(words[:n]))
        if len(wanted) < 4:
            break
        found = pinyin.find(wanted)
        while found >= 0:
            end = found + len(wanted)
            if found in starts and end in starts and _names_there(text, starts[found], starts[end]):
                return True  # whole syllables (not a piece of one) of characters that name something
            found = pinyin.find(wanted, found + 1)
    return False
