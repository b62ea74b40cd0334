"""Which announced list a question asks: the whole list of a topic ("还存在哪些问题?"), a list
that counts what the question counts ("哪几条产业链", not "几点考虑"), the points a sentence
announces inline ("第三点体会"), and never the speaker's own parts called 问题 ("我讲三个问题")
for the problems a text names. The lists themselves are read by :mod:`qa.announced`."""
from __future__ import annotations

import re

from index.announce import find_announcements
from index.document import SECTION_SEP, Document
from index.store import PassageIndex

from .announced import Announced, announcement_count, announcer_of, expand, group_items, item_run, lead_in, list_base
from .compose import enumerated_clauses
from .question_terms import PERIOD, words_beside
from .counted import counts_in_unit
from .intent import ASKED_UNIT

_GENERIC_COUNTS = ("方面", "点", "条", "项", "个", "部分")


def counts_in_asked_unit(text: str, question: str) -> bool:
    """Whether the announcement in ``text`` counts in the unit the question counts in: "我们重点抓好
    四个方面工作" for "春耕生产抓了哪几方面", though the question shares a longer run ("春耕生产")
    with a sentence beside it."""
    m = ASKED_UNIT.search(question)
    return bool(m and counts_in_unit(text, m.group(1)))


def counts_another(text: str, counted: list[str]) -> bool:
    """Whether the announcement in ``text`` counts something other than what a question counts
    (``counted``, as :func:`~qa.counted.counted_nouns` reads it): "几点考虑" against "几条产业链"."""
    found = find_announcements(text)
    if not counted or not found or not found[0].noun:
        return False
    noun = found[0].noun
    if noun in _GENERIC_COUNTS:  # "问题…主要表现在以下几个方面": aspects of what the sentence names
        return False
    return not any(noun in c or c in noun for c in counted)


def list_asked_of(index: PassageIndex, question: str, topic_words: tuple[str, ...],
                  chosen: list[int]) -> Announced | None:
    """The announced list that the chosen sentences are points of, when the question asks for the
    whole list: it names nothing beyond its topic and its period ("当前还存在哪些问题?",
    "去年存在什么问题?"). "干部队伍方面存在什么问题?" asks one point, not the list."""
    for s in chosen:
        doc = index.document(index.passages[index.sentence_spans[s][0]].document)
        if any(not PERIOD.fullmatch(w) for w in words_beside(question, topic_words + _subject(doc))):
            return None
        if (a := announcer_of(index, index.sentence_spans[s][0])) is not None:
            return a
    return None


def _subject(doc: Document | None) -> tuple[str, ...]:
    """What the whole speech is about, as its title names it: "林业上有哪些问题" of 《…林业工作会议上的
    讲话》 asks the speech's list of problems, as "有哪些问题" does, not one point about 林业."""
    return (doc.title,) if doc is not None and doc.title else ()


def topic_list_asked(index: PassageIndex, question: str, topic_words: tuple[str, ...],
                     rows: list[int]) -> Announced | None:
    """The list a bare ordinal of a topic means ("第二个问题是什么", "第三点措施讲的什么"): in the
    speech of the best passage, the item list whose announcing sentence or heading names the
    topic (“还存在一些短板和不足。一是…”, "（三）具体措施"), the best-ranked one when several do.
    None when the question names anything beyond its topic, or no list names the topic."""
    if not rows:
        return None
    doc_id = index.passages[rows[0]].document
    if any(not PERIOD.fullmatch(w) for w in words_beside(question, topic_words + _subject(index.document(doc_id)))):
        return None
    rank = {r: k for k, r in enumerate(rows)}
    found: list[tuple[int, int, Announced]] = []
    seen: set[str] = set()
    for r in index.doc_rows(doc_id):
        p = index.passages[r]
        if p.item is None or (base := list_base(p.section, p.item)) in seen:
            continue
        seen.add(base)
        run = item_run(index, r, base, +1)
        picks = group_items(index, [r] + run)
        if len(picks) < 2:
            continue
        lead = lead_in(index, r, base)  # r opens its list: the speech's rows are read in order
        announcer = expand(index, lead) if lead is not None else None
        said = without_handled_problems(index.sentence_text(lead)) if lead is not None else ""
        said += "".join(a.noun for a in find_announcements(said))  # "形势依然严峻。" announces 问题
        heading = base.rsplit(SECTION_SEP, 1)[-1]
        if any(w in said or w in heading for w in topic_words if not w.isascii()):
            best = min((rank.get(x, len(rows)) for x in [r] + run), default=len(rows))
            sentence = announcer.sentence if announcer else lead if lead is not None else picks[0].sentences[0]
            found.append((best, r, Announced(sentence, announcer.count if announcer else None, picks)))
    return min(found, key=lambda f: f[:2])[2] if found else None


# "第三点体会": the noun a numbered point is asked of.
_POINT_OF = re.compile(r"第[一二三四五六七八九十\d]+点(意见|看法|体会|建议|希望|要求)")
# "第二点是什么", "第四点讲的啥": a point by its number and nothing else.
_BARE_POINT = re.compile(r"^第[一二三四五六七八九十\d]+(?:点|条)(?:是什么|讲的?[是了]?(?:什么|啥)|说的?[是了]?(?:什么|啥)|呢)?[？?。]?$")


def announced_inline(index: PassageIndex, doc: Document, question: str, asked: list[str]) -> bool:
    """Whether the noun a numbered point is asked of ("第三点体会") names no heading of the speech
    but a sentence of it announces it with points in its paragraph ("我们有几点深刻体会：一是…"):
    the point is one of those, not the speech's third part."""
    named = _POINT_OF.search(question)
    nouns = [named.group(1)] if named else list(asked)
    nodes = doc.outline_nodes()
    if any(a in node.title for node in nodes for a in nouns):
        return False
    if not nouns and (nodes or not _BARE_POINT.search(question)):
        return False
    lists = 0
    for s in (s for r in index.doc_rows(doc.id) for s in index.sentences_of(r)):
        text = index.sentence_text(s)
        if (not nouns or any(a in text for a in nouns)) and (said := announcement_count(text))[0]:
            announced = expand(index, s)  # points in its paragraph, not the headings after it
            if announced is not None and announced.picks and all(p.node is None for p in announced.picks) \
                    or said[1] and len(enumerated_clauses(text)) == said[1]:  # "三点要求：A；B；C。"
                lists += 1
    # "第二点是什么" names no noun: of a text without headings, the one list it announces
    return lists == 1 if not nouns else lists > 0


# "下面，我讲三个问题。", "重点谈几个问题": the speaker's own parts, called 问题 as speeches call them.
_SPEAKS_OF_PARTS = re.compile(r"(?:讲|谈|说|强调|提)(?:以下|下面|这么)?[一二三四五六七八九十两几\d]+个?问题")
# "讲话讲了哪几个问题", "谈了几个问题": the question asks those parts.
_ASKS_PARTS_SPOKEN = re.compile(r"(?:讲|谈|说)了?(?:哪|几|什么)[^，,。？?]{0,4}问题")


# 问题 as what one thinks about or handles ("站在群众角度想问题", "研究解决问题"): no problem the text names.
_PROBLEM_HANDLED = re.compile(r"(?:想|看|考虑|分析|研究|解决|思考|处理|化解|谈|答)问题")


def without_handled_problems(text: str) -> str:
    """``text`` without 问题 named as what is thought about or handled ("想问题")."""
    return _PROBLEM_HANDLED.sub("", text)


def parts_not_problems(sentence: str, question: str, topic: str | None) -> bool:
    """Whether ``sentence`` announces the speaker's own parts as 问题 ("我讲三个问题"), or names 问题 only as
    what is thought about ("站在群众角度想问题，…一要…"), to a question asking the problems the text names
    ("存在哪些问题", "What problems…"): those points do not answer it."""
    if topic != "problems":
        return False
    if "问题" in sentence and "问题" not in without_handled_problems(sentence):
        return True
    return bool(_SPEAKS_OF_PARTS.search(sentence)) and not _ASKS_PARTS_SPOKEN.search(question)
