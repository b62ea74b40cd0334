"""The words of a question the evidence must hold, for :mod:`qa.refusal_features`.

A question's content words as the speech would write them (Chinese terms for English ones,
an everyday phrase as one word), the words naming the same topic, the words that name the
speech's own place, and the words jieba cut across a word of the speech.
"""
from __future__ import annotations

import re
from functools import lru_cache

import jieba

from .question_terms import search_words
from .everyday_words import EVERYDAY
from .glossary import GLOSSARY, GLOSSARY_PATTERN, chinese_terms
from .guard import question_language
from .intent import TOPICS, topic_words

EVERYDAY_PHRASES = tuple(k for k in EVERYDAY if len(k) >= 3)
_EN_STOP = frozenset(
    "a an the of to in on at for by with and or is are was were be been do does did what which who whom "
    "whose when where why how many much is there any this that these those it its their there speech "
    "say says said mention mentioned talk about tell me please give according will would has have had "
    "from into over than per year years should must can could may might shall more most each every all "
    "some such also not no did into out up down so as if then because since while during before after "
    "between under above through including main mainly key kind kinds type types way ways one two three "
    "four five first second third what's still yet only just very several other others last next past "
    "within being made make makes get gets got take taken put set our your they them we us you there's "
    "does doesn't don't specific specifically exactly document text".split())


def in_chinese(word: str) -> str:
    """A Latin abbreviation in a Chinese question as the speech would write it (GDP -> 生产总值)."""
    return GLOSSARY.get(word.lower(), word).replace(" ", "") if word.isascii() else word


def question_words(question: str) -> tuple[list[str], int]:
    """The question's content words (Chinese terms for English ones) and how many English
    words have no Chinese term in the glossary (they count as missing from the speech)."""
    if question_language(question) != "en":
        words = [in_chinese(w) for w in search_words(question)]
        # An everyday phrase ("钱从哪来", "谁出钱") is one word of the question: its pieces (钱, 哪) say
        # nothing alone, and the phrase counts as found where the text has one of its terms (资金).
        phrases = [k for k in EVERYDAY_PHRASES if k in question]
        return [w for w in words if not any(w in k for k in phrases)] + phrases, 0
    leftover = re.sub(GLOSSARY_PATTERN, " ", question.lower())
    unknown = [w for w in re.findall(r"[a-z][a-z'-]+", leftover) if w not in _EN_STOP and len(w) > 2]
    return chinese_terms(question), len(unknown)


def _topic_words() -> dict[str, tuple[str, ...]]:
    """Each Chinese topic word with the words that name the same topic (a question's 问题 is
    the text's 困难 or 短板: "发展中还面临不少困难：一是…")."""
    out: dict[str, tuple[str, ...]] = {}
    for topic in TOPICS:
        words = tuple(dict.fromkeys(w for w in topic_words(topic) if not w.isascii()))
        for w in words:
            out[w] = words
    return out


_SAME_TOPIC = _topic_words()
# A topic word under a modifier that only weighs it ("突出问题", "主要任务", "重点措施") names the
# same topic: the text may list its 突出问题 as 短板.
_TOPIC_MODIFIERS = ("突出", "主要", "重点", "重大", "关键", "核心", "具体", "深层次", "明显")


def same_topic(word: str) -> tuple[str, ...]:
    """The words naming the topic ``word`` names, itself under a weighing modifier included
    ("突出问题": 问题, 困难, 短板, …); empty when it names none."""
    if word in _SAME_TOPIC:
        return _SAME_TOPIC[word]
    for m in _TOPIC_MODIFIERS:
        if word.startswith(m) and word[len(m):] in _SAME_TOPIC:
            return (word, *_SAME_TOPIC[word[len(m):]])
    return ()


def places_named(question: str, words: list[str], doc_text: str) -> set[str]:
    """The question's words that name the speech's own place: a name no dictionary has that the
    speech writes as a place ("青屿" where it says 青屿市, or "临江县" itself). A dictionary word
    is no such name, even where jieba tags it a place (新建) or the text says 新建区."""
    return {w for w in words if len(w) >= 2 and not jieba.dt.FREQ.get(w) and (
        any(w + end in doc_text for end in _PLACE_ENDS) or (w[-1] in _PLACE_ENDS and len(w) >= 3 and w in doc_text))}


_PLACE_ENDS = "省市县区镇乡"


# An aspect particle after a verb ("管着", "着过", "办了"): jieba may glue it to the next character
# instead, making a word the question never meant ("归哪个部门管着装" gives 着装, clothing; "连着几年
# 没着过火" gives 过火, overdone).
_PARTICLES = "着了过"
# A modal verb ("能领几次", "要交多少钱"): jieba's guess at unknown words glues it to its neighbour,
# making a word its dictionary lacks.
_MODALS = "能可要会得该想肯敢"


def misjoined(word: str, question: str, doc_text: str) -> bool:
    """Whether jieba cut ``word`` across a word of the speech: its first character ends the
    speech's word with the two before it ("消费券发多少钱" cut 消费 + 券发, the text saying
    消费券). What is left of it, one character, asks nothing the text must hold. So is a word
    the speech never holds that opens with an aspect particle after a verb (管着 + 装), or one jieba's
    dictionary lacks that a modal verb makes with its neighbour (能领, 要交, 钱能)."""
    if len(word) != 2 or word in doc_text:
        return False
    at = question.find(word)
    if word[0] in _PARTICLES and _after_verb(question, word):
        return True
    if (word[0] in _MODALS or word[1] in _MODALS) and not jieba.dt.FREQ.get(word):
        return True  # "最多能领几次" gives 能领, "这个钱能拿多少" 钱能: a modal glued on, no word at all
    return at >= 2 and question[at - 2:at + 1] in doc_text


@lru_cache(maxsize=256)
def _cut(question: str) -> tuple[str, ...]:
    return tuple(jieba.lcut(question))  # once per question, not once per word checked


def _after_verb(question: str, word: str) -> bool:
    """Whether jieba's cut of ``question`` puts ``word`` right after a one-character word (a bare
    verb: 管 + 着装) or after a word ending in a particle (没着 + 过火)."""
    cut = _cut(question)
    return any(t == word and i > 0 and ((len(cut[i - 1]) == 1 and "\u4e00" <= cut[i - 1] <= "\u9fff")
                                        or cut[i - 1][-1] in _PARTICLES) for i, t in enumerate(cut))
