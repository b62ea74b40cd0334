"""A counted set the text names but never lists: "十件民生实事具体是哪十件" of a report that only
says "今年继续办好十件民生实事".

Such a question is a near miss (issue 9, class 6): the text shares its topic, even its count, but
not the members asked for. It is declined in plain words that quote what the text does say.
A set the text does list is left to the ordinary answer, in each way texts list one: inline
before or after the count ("新能源材料、绿色食品加工、现代物流三大主导产业", "即…", "包括…"),
as numbered points after it (一是…, （一）…, 1.…), or under a heading that names it. Where the
passage with the count runs into a gap or the cut-off, the list may be in what is missing, and
the ordinary answer (with its notice) stands too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.document import Document
from index.numbering import cn_number, cn_numeral
from index.tokenize import normalize

_COUNT = r"(?<![第\d一二两三四五六七八九十百])(\d{1,3}|[一二两三四五六七八九十百]{1,4})"  # "第三条" is an ordinal, no count
_CLASSIFIER = r"[件项个条类大种批]"
_ASKS_MEMBERS = r"(?:具体|都|分别|究竟|到底|主要)?(?:是|有|包括|指|为)(?:哪|什么)"
# "十件民生实事具体是哪十件", "今年的12项民生实事分别是哪些"
_COUNT_FIRST = re.compile(_COUNT + _CLASSIFIER + r"([\u4e00-\u9fff]{1,10}?)" + _ASKS_MEMBERS)
# "民生实事是哪十件": the noun, then the count it is asked by
_NOUN_FIRST = re.compile(r"([\u4e00-\u9fff]{2,12}?)" + _ASKS_MEMBERS[:-len("(?:哪|什么)")] + r"哪" + _COUNT + _CLASSIFIER)
# After the count: the list follows ("：", "即", "包括", "分别是", "如下", "以下").
_LIST_FOLLOWS = re.compile(r"^[^。；;]{0,12}?(?:[：:]|即|包括|就是|分别是|分别为|如下|以下|有：)")
_NUMBERED = re.compile(r"(?:^|[。；;：:\s])(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+[，,、]|其[一二三四五六七八九十])")


@dataclass(frozen=True)
class CountedSet:
    """What such a question asks: the members of ``count`` ``noun`` (10, 民生实事)."""

    count: int
    noun: str


def counted_set_asked(question: str) -> CountedSet | None:
    """The counted set a question asks the members of, or ``None``."""
    text = normalize(question)
    if m := _COUNT_FIRST.search(text):
        count, noun = cn_number(m.group(1)), m.group(2)
    elif m := _NOUN_FIRST.search(text):
        noun, count = m.group(1), cn_number(m.group(2))
    else:
        return None
    noun = re.sub(r"^(?:的|说的|讲的|提的|定的)", "", noun)
    # a place noun names a set in one character ("27个县都是哪些")
    return CountedSet(count, noun) if count and count > 1 and (len(noun) >= 2 or noun in _PLACES) else None


_SHORTEST_NOUN = 4
_PLACES = "省市县区镇乡村"
_UNSHOWN = frozenset({"cut_off", "gap", "omitted"})  # flags of a passage next to text the excerpt lacks


def _count_forms(count: int) -> str:
    forms = {str(count), cn_numeral(count)} if count < 100 else {str(count)}
    if count == 2:
        forms.add("两")
    return "|".join(sorted(forms, key=len, reverse=True))


def _mention(asked: CountedSet, text: str) -> re.Match | None:
    """The text's "N件X" for the set, where X ends with (or is) a suffix of the asked noun."""
    # a suffix of four characters at least ("民生实事" of "今年的民生实事"): "工作" alone names anything
    for start in range(0, max(len(asked.noun) - _SHORTEST_NOUN, 0) + 1):
        noun = asked.noun[start:]
        m = re.search(rf"(?:{_count_forms(asked.count)}){_CLASSIFIER}[“\"]?{re.escape(noun)}", text)
        if m:
            return m
    return None


def _clause_around(text: str, m: re.Match) -> str:
    """The clause of ``text`` that holds the match, with the one before it when that is short."""
    starts = [i + 1 for i, c in enumerate(text[:m.start()]) if c in "，,。；;！!？?"]
    start = starts[-1] if starts else 0
    if m.start() - start < 2 and len(starts) >= 2 and text[starts[-1] - 1] in "，,":
        start = starts[-2]  # "…，十件民生实事…": the clause before says what of them
    end = re.search(r"[，,。；;！!？?]|$", text[m.end():]).start() + m.end()
    return text[start:end].strip()


def unlisted_mentions(doc: Document, asked: CountedSet) -> list[str] | None:
    """The clauses of ``doc`` that name the set without listing it (empty when no passage names
    it), or ``None`` when the text lists it somewhere or may list it in a part it does not show."""
    passages = doc.passages
    found: list[str] = []
    for i, passage in enumerate(passages):
        text = normalize(passage.text)
        m = _mention(asked, text)
        if m is None:
            continue
        before, after = text[:m.start()], text[m.end():]
        clause_before = re.split(r"[。；;！!？?，,：:]", before)[-1]
        # "A、B、C三大产业": as many members, less one, as the count, right before it ("市委、市政府
        # 确定了15项" names two bodies, no list of fifteen)
        inline = clause_before.count("、") + len(re.findall(r"(?<=[\u4e00-\u9fff])(?:和|及|与)(?=[\u4e00-\u9fff])", clause_before))
        if inline >= asked.count - 1 or _LIST_FOLLOWS.match(after) or _NUMBERED.search(after):
            return None  # listed inline before, or after it
        following = passages[i + 1] if i + 1 < len(passages) else None
        if following is not None and following.section == passage.section \
                and _NUMBERED.match(normalize(following.text)):
            return None  # listed as the points of the next paragraph
        if passage.flag_kinds & _UNSHOWN or (following is not None and following.flag_kinds & _UNSHOWN):
            return None  # the list may be in what the excerpt does not show
        # quoted as written where folding kept every character in place (full-width （）, ，)
        found.append(_clause_around(passage.text if len(passage.text) == len(text) else text, m))
    if found and any(_mention(asked, normalize(node.title)) and node.children for node in doc.outline_nodes()):
        return None  # a heading names it with its count ("附件：十件民生实事"): its points are the list
    return found


def unlisted_reply(docs: list[Document], asked: CountedSet, lang: str) -> str | None:
    """The plain statement that the texts name the set but do not list its members, or ``None``
    when none names it or one lists it (or may list it where it is not shown)."""
    named = []
    for doc in docs:
        mentions = unlisted_mentions(doc, asked)
        if mentions is None:
            return None
        if mentions:
            named.append((doc.title, mentions[0].rstrip("，,。；; ")))
    if not named:
        return None
    title, quote = named[0]
    if lang == "en":
        return (f"《{title}》 mentions them (“{quote}”) but does not list what the {asked.count} are, "
                f"so I cannot name them from the source.")
    return f"《{title}》只提到“{quote}”，没有列出具体是哪些，无法据原文回答。"
