"""Homophone typos in a question, read as the speech's own word.

People type Chinese by pinyin, so a slip is a character of the same sound: "生产总直" for 生产总值,
"报井器" for 报警器, "冲电桩" for 充电桩. Such a word is in no speech, so the search misses it and
the refusal rule counts it as missing. A question word that the indexed texts lack, and that one
character of the same sound (tones aside) turns into a word they have (or into a pair of
characters they have, where the typed pair is not), is read so, unless it is a word of the
dictionary ("剩下" is meant, though a text has 省下) other than a rare variant spelling ("复盖" for
覆盖); the answer says so. Only one
reading may fit: two candidates leave the word as typed.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

import jieba
from pypinyin import lazy_pinyin

from .question_form import _words, framing

_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# The structural particles share a sound and are written either way: "定得比去年高" is no slip for 定的.
_PARTICLES = frozenset("的得地")
# jieba's dictionary holds rare variant spellings ("复盖" 2) beside the common word (覆盖 2078): one that
# rare, which the texts lack, may be a slip for a common word of the same sound they have. A word counted
# a little more often is a word of its own ("打到" 3: "补贴啥时候打到卡上" is no 达到).
RARE_WORD_FREQ = 2
COMMON_WORD_FREQ = 100
MAX_TEXT_CHARS = 10_000_000  # about a thousand speeches; its pairs take about a second to read


@lru_cache(maxsize=16384)
def _sound(char: str) -> str:
    return lazy_pinyin(char)[0]


# jieba glues a verb to its aspect particle and on ("发了", "好了没", "开着"): words typed right, each of
# them, not one slip the text's 罚了 or 了每 would mend.
_GLUED = re.compile(r"[了着]|过$")
# "多大", "多久", "多远": a question asking a size or a span, typed right ("平均年龄多大" is no 多达).
_ASKS_SIZE = re.compile(r"多[大少久长高远重宽深厚快早晚]")
# A negation is typed on purpose: "没人住" is no slip for the text's 每人住 (没 and 每 share a sound).
_NEGATIONS = frozenset("没不无未非别")


class HomophoneReader:
    """Reads a question's typed-by-sound slips as the words of the given texts."""

    def __init__(self, texts: Iterable[str], words: Iterable[str] = ()) -> None:
        """``words``: the texts' own words (the index's vocabulary), which a change may make besides
        the dictionary's ("蓝州" read as the text's 澜州)."""
        text = "\n".join(texts)
        self._text = text
        self._words = frozenset(words)
        self._by_sound: dict[str, set[str]] = defaultdict(set)
        # Words are looked up by their character pairs, read once (half a second for five million
        # characters); a library past MAX_TEXT_CHARS reads its questions as typed.
        self.enabled = len(text) <= MAX_TEXT_CHARS
        self._pairs: set[str] = set(map("".join, zip(text, text[1:]))) if self.enabled else set()
        for char in set(text) if self.enabled else ():
            if _HAN.match(char):
                self._by_sound[_sound(char)].add(char)

    def holds(self, word: str) -> bool:
        """Whether the texts hold ``word`` (each of its character pairs)."""
        return all(word[i:i + 2] in self._pairs for i in range(len(word) - 1))

    def fix(self, word: str, before: str = "", after: str = "") -> str | None:
        """``word`` with one character changed for another of the same sound, so that the texts hold
        it, or the pair of characters around the change ("报井器" → 报警器 where the texts say
        报警装置); None unless exactly one change fits. ``before``/``after``: the question's
        characters around the word. An edge character that the texts write next to its outside
        neighbour (费券 in "消费券发多少钱") was typed right, whatever pair the change would make."""
        found = set()
        for i, c in enumerate(word):
            if c in _NEGATIONS:
                continue
            outside = (before + c if i == 0 and before else "") or (c + after if i == len(word) - 1 and after else "")
            for h in self._by_sound.get(_sound(c), ()):
                if h == c or {c, h} <= _PARTICLES or (outside and outside in self._pairs
                              and outside.replace(c, h) not in self._pairs):
                    continue
                changed = word[:i] + h + word[i + 1:]
                if i and before and before + word[0] in self._pairs and before + changed not in self._text:
                    # "可回收物指什么" cut as 可回收/物指: 物 goes on from 回收物, which the texts write, and
                    # the change must go on from it too ("生产总直" → 生产总值), not make 物质 of another text
                    continue
                pairs = [(changed[j:j + 2], word[j:j + 2]) for j in (i - 1, i) if 0 <= j and j + 2 <= len(word)]
                if (self.holds(changed) or any(new in self._pairs and old not in self._pairs for new, old in pairs)) \
                        and self._a_word(changed, [new for new, _old in pairs]):
                    found.add(changed)
        return found.pop() if len(found) == 1 else None

    def _a_word(self, changed: str, pairs: list[str]) -> bool:
        """Whether a change makes a word, not only two characters the texts write side by side: "要建"
        is no slip for 要坚 (of 要坚持), nor "回村" for 挥村 (of 指挥村…); 总值, 报警, 水厂 are words."""
        jieba.dt.check_initialized()
        return any(w in self._words or jieba.dt.FREQ.get(w) for w in [changed, *pairs])

    def read(self, question: str) -> tuple[str, list[tuple[str, str]]]:
        """``question`` with its slips read as the texts' words, and the ``(typed, read)`` pairs."""
        question, fixes = asking_slip(question)
        for word in dict.fromkeys(_words(question)) if self.enabled else ():
            # a word of the dictionary ("剩下") was meant as typed; a slip makes a word no one writes
            at = question.find(word)
            around = question[at - 1:at] if at > 0 else "", question[at + len(word):at + len(word) + 1]
            known = jieba.dt.FREQ.get(word, 0)
            if _HAN_WORD.fullmatch(word) and not self.holds(word) and not framing(word) and known <= RARE_WORD_FREQ \
                    and not _GLUED.search(word) \
                    and not _ASKS_SIZE.fullmatch(word) \
                    and (read := self.fix(word, *(x if _HAN.fullmatch(x) else "" for x in around))) is not None \
                    and (not known or jieba.dt.FREQ.get(read, 0) >= COMMON_WORD_FREQ):
                fixes.append((word, read))
        for typed, read in fixes:
            question = question.replace(typed, read)
        return question, fixes


# "那些人能申请补贴": 那 typed for 哪 (na and na by pinyin) in a question that asks nothing else; not a
# follow-up's "那个呢", nor "那么", nor a place "在那里".
_THAT = re.compile(r"(?<![在到从去])那(些|个|里|儿|位|天|一个|种|类|家)(?!么)")
_ASKING = re.compile(r"什么|哪|谁|多少|几|怎|如何|吗|呢|吧|是否|有没有|有无|为什么|为何|为啥|啥|咋|能否|可否"
                     r"|说说|讲讲|谈谈|展开|具体|详细|介绍|解释"  # "那些措施具体说说": those, asked about further
                     r"|\b(?:what|which|who|how|when|where|why)\b", re.I)


def asking_slip(question: str) -> tuple[str, list[tuple[str, str]]]:
    """``question`` with 那些/那个/那里… read as 哪些/哪个/哪里 where it asks by no other word, and the
    ``(typed, read)`` pair."""
    m = _THAT.search(question)
    if m is None or _ASKING.search(question):
        return question, []
    typed = m.group(0)
    read = "哪" + typed[1:]
    return question[:m.start()] + read + question[m.end():], [(typed, read)]


def fixes_note(fixes: list[tuple[str, str]], lang: str) -> str:
    """The line said before an answer to a question read with its slips fixed."""
    pairs = "、".join(f"“{typed}”按“{read}”" for typed, read in fixes)
    if lang == "en":
        return "(Read " + ", ".join(f"“{typed}” as “{read}”" for typed, read in fixes) + ", the speech's word.)"
    return f"（{pairs}理解。）"
