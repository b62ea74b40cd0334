"""Pick the sentences an answer quotes: items of a section, or the best few sentences."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from index.dates import FULL_DATE
from index.document import SECTION_SEP, Document, OutlineNode, Passage
from index.headings import heading_number
from index.store import PassageIndex
from index.tokenize import tokenize

from .answer import AnswerItem
from .asked import asked as asked_of
from .question_terms import words_beside
from .fact_check import holds_fact
from .glossary import chinese_terms
from .guard import question_language
from .intent import detect_intent, topic_words
from .meeting_fields import field_label
from .periods import PERIOD_LEAD
from .short_headings import holds_noun_asked


@dataclass
class ItemPick:
    """One listed item: its label, and the sentences (or a heading passage) that stand for it."""

    label: str  # "一是…" lead text or the child heading
    section: str
    document: str
    sentences: list[int] = field(default_factory=list)  # sentence indices, in speech order
    heading_row: int | None = None  # an outline-only node's heading passage
    node: OutlineNode | None = None
    rows: list[int] = field(default_factory=list)
    marker: str | None = None  # "三是" / "(三)": the speech's own number for the item


_ENUMERATION = re.compile(r"[：:]")
_CLAUSE_END = re.compile(r"[；;]")


def enumerated_clauses(sentence: str) -> list[tuple[int, int]]:
    """The spans of the points a sentence lists after a colon, one per "；" ("目标是：国内生产总值
    增长6%以上；城镇新增就业1100万人以上；…。"); empty when it lists fewer than three."""
    m = _ENUMERATION.search(sentence)
    if m is None:
        return []
    spans, start = [], m.end()
    for end in [e.start() for e in _CLAUSE_END.finditer(sentence, start)] + [len(sentence.rstrip("。.！!"))]:
        if sentence[start:end].strip():
            spans.append((start, end))
        start = end + 1
    return spans if len(spans) >= 3 else []


def sentence_items(index: PassageIndex, chosen: list[int]) -> list[AnswerItem]:
    """The items of an answer quoting sentences, for follow-ups: a sentence each (its span, so that
    "第二点呢" quotes that sentence, not its whole section); when one of them lists points after a
    colon (and no other does), its points, so "第三个呢" is the third."""
    points = {s: enumerated_clauses(index.sentence_text(s)) for s in chosen}
    listing = [s for s in chosen if points[s]]
    out = []
    for s in listing if len(listing) == 1 else chosen:
        row, a, b = index.sentence_spans[s]
        p = index.passages[row]
        spans = [(a + i, a + j) for i, j in points[s]] if len(listing) == 1 else [(a, b)]
        out += [AnswerItem(text=p.text[i:j], section=p.section, document=p.document, passage_ids=[p.id],
                           span=(i, j)) for i, j in spans]
    return out


def has_points(index: PassageIndex, doc_id: str, node: OutlineNode) -> bool:
    """Whether a section sets out points: sub-sections, or marked items (首先, 一是); plain
    paragraphs are not points, and the sentence asked about is better found in them."""
    marked = sum(1 for r in index.rows_under(doc_id, node.path) if index.passages[r].item)
    return len(node.children) >= 2 or marked >= 2


def heading_row(index: PassageIndex, doc_id: str, node: OutlineNode) -> int | None:
    """The passage that stands for an outline-only heading, if the parser made one."""
    for r in index.rows_under(doc_id, node.path):
        p = index.passages[r]
        if p.section == node.path and "outline_only" in p.flag_kinds:
            return r
    return None


def sentence_scores(index: PassageIndex, qvec: np.ndarray, idxs: list[int]) -> np.ndarray:
    """Cosine of the query with each sentence."""
    if not idxs:
        return np.zeros(0, dtype=np.float32)
    return index.sentence_vectors[idxs] @ np.asarray(qvec, dtype=np.float32)


def lexical_overlap(words: set[str], sentence: str) -> float:
    """Share of the question's words (tokenized once by the caller) that the sentence contains."""
    if not words:
        return 0.0
    return sum(w in sentence for w in words) / len(words)


def best_detail(index: PassageIndex, qvec: np.ndarray, rows: list[int], skip: set[int],
                n: int = 1) -> list[int]:
    """The ``n`` sentences of ``rows`` closest to the query, other than ``skip``."""
    idxs = [s for r in rows for s in index.sentences_of(r) if s not in skip]
    if not idxs:
        return []
    scores = sentence_scores(index, qvec, idxs)
    return [idxs[i] for i in np.argsort(-scores)[:n]]


# A document's sign-off, the body issuing it and the date ("县民政局调研组2025年11月5日"), read as the
# last paragraph of its last part: no point of that part's list.
_SIGN_OFF = re.compile(rf"^[\u4e00-\u9fff（）()、\s]{{2,30}}?[\s\u3000]*{FULL_DATE}$")


def _semicolon_points(index: PassageIndex, groups: list[list[int]]) -> list[list[int]]:
    """The paragraphs that are a list's points though nothing numbers them (a page's "- " or "•"
    bullets dropped): a run of two or more that end in a semicolon and one that ends in a full
    stop ("审批服务还不够便捷…；" … "部分干部服务意识不强…。"). The paragraphs framing them (the
    one announcing them, the one commenting after) are no points. Empty when there is no such run."""
    ends = [index.passages[g[-1]].text.rstrip()[-1:] for g in groups]
    start = 0
    while start < len(groups):
        end = start
        while end < len(groups) and ends[end] in "；;":
            end += 1
        if end - start >= 2 and end < len(groups) and ends[end] in "。！!":
            return groups[start:end + 1]
        start = end + 1
    return []


# A section whose text is one paragraph of this many sentences or fewer is quoted whole: a report's
# "存在的问题和不足" often lists its problems as the sentences of one paragraph, each one a point.
WHOLE_PARAGRAPH_SENTENCES = 4
# A note under a table or list ("注：其余4个问题另行整改", "备注：…"): about the items, none of them.
NOTE_LINE = re.compile(r"^\s*[（(]?(?:注|备注|说明)\s*[0-9一二三四五六七八九十]?\s*[）)]?\s*[：:]")


def table_header_row(index: PassageIndex, row: int) -> bool:
    """Whether passage ``row`` is a table's header ("责任单位 | 完成时限"), which the rows after it stand
    under: it names the columns, and is no item of its section's list."""
    nxt = index.passages[row + 1] if row + 1 < len(index.passages) else None
    text = index.passages[row].text
    return nxt is not None and "|" in text and nxt.section.endswith(SECTION_SEP + text)


# A heading that only names a field ("（一）在理论学习方面", "（二）工作作风上"): what it lists is its points.
AREA_LABEL = re.compile(r"^[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]?\s*(?:在|关于|从)?[\u4e00-\u9fff]{1,10}?(?:方面|领域|层面|上)[。：:]?$")
AREA_POINTS = 5  # at most this many points are shown of one field


def _area_points(index: PassageIndex, body: list[int], title: str) -> list[int]:
    """The lead sentence of each point (一是, 二是…) under a heading that only names a field, so the
    field's every point is listed ("在理论学习方面: 一是…二是…"), not its first; [] for other headings."""
    if not AREA_LABEL.match(title.strip()):
        return []
    leads = [index.sentences_of(r)[0] for r in body if index.passages[r].item
             and index.passages[r].text.startswith(index.passages[r].item) and index.sentences_of(r)]
    return leads[:AREA_POINTS] if len(leads) >= 2 else []


def section_items(index: PassageIndex, document: Document, node: OutlineNode,
                  qvec: np.ndarray, details: int = 1) -> list[ItemPick]:
    """The items a section lists, in the speech's order.

    A section with sub-headings lists its children (an outline-only child by its
    heading); one with 一是/二是 items lists each item's lead sentence plus its
    ``details`` sentences closest to the question; plain paragraphs give their
    lead sentences, and a section of one short paragraph gives all of it.
    """
    picks: list[ItemPick] = []
    if node.children:
        for child in node.children:
            rows = index.rows_under(document.id, child.path)
            head = heading_row(index, document.id, child)
            body = [r for r in rows if r != head and "outline_only" not in index.passages[r].flag_kinds]
            pick = ItemPick(label=child.title, section=child.path, document=document.id, node=child,
                            rows=rows, heading_row=head if not body else None,
                            marker=heading_number(child.title))
            if body:
                pick.sentences = _area_points(index, body, child.title) or index.sentences_of(body[0])[:1]
            picks.append(pick)
        return picks
    rows = [r for r in index.rows_under(document.id, node.path)
            if "outline_only" not in index.passages[r].flag_kinds and not table_header_row(index, r)]
    groups: list[list[int]] = []
    for r in rows:  # one group per item: a new one where a passage opens with its marker
        p: Passage = index.passages[r]
        prev = index.passages[groups[-1][-1]] if groups else None
        if prev is None or p.item is None or p.item != prev.item or p.text.startswith(p.item):
            groups.append([r])
        else:
            groups[-1].append(r)
    groups = [g for g in groups if not _SIGN_OFF.match(index.passages[g[0]].text)] or groups
    groups = [g for g in groups if not NOTE_LINE.match(index.passages[g[0]].text)] or groups  # "注：…" under a table
    listed = [g for g in groups if index.passages[g[0]].item]
    if len(listed) >= 2:  # a section with a list of points: the points, not its framing paragraphs
        groups = listed
    elif run := _semicolon_points(index, groups):  # the same, where a page dropped the bullets
        groups = run
    whole = len(groups) == 1 and len(all_sentences := [s for r in groups[0] for s in index.sentences_of(r)]) \
        <= WHOLE_PARAGRAPH_SENTENCES
    for grows in groups:
        lead = index.sentences_of(grows[0])[:1]
        if not lead:
            continue
        if whole:  # the section says all it says in one short paragraph: each sentence is one of its points
            extra = all_sentences
        else:
            extra = best_detail(index, qvec, grows, set(lead), details) if details else []
        sentences = sorted(set(lead + extra))
        p = index.passages[grows[0]]
        picks.append(ItemPick(label=index.sentence_text(lead[0]), section=p.section,
                              document=document.id, sentences=sentences, rows=grows, marker=p.item))
    if node.status == "outline_only" or not picks:
        head = heading_row(index, document.id, node)
        if head is not None:
            picks = [ItemPick(label=node.title, section=node.path, document=document.id,
                              heading_row=head, node=node, rows=[head])]
    return picks


ASKED_BONUS = 0.08  # a sentence holding the noun asked for ("原则" in "按照什么原则")
FACT_BONUS = 0.04  # of an English question, a sentence holding a fact of the kind asked (a figure, a date)


def best_sentences(index: PassageIndex, question: str, qvec: np.ndarray, rows: list[int],
                   row_weight: dict[int, float], limit: int = 3, margin: float = 0.03,
                   asked: list[str] | tuple[str, ...] = ()) -> list[int]:
    """Up to ``limit`` sentences that answer the question best, in speech order.

    A sentence's score is its cosine with the query, plus a little for the
    rank of its passage, for the question words it contains and for holding the
    noun the question asks for; sentences within ``margin`` of the best are kept.
    """
    idxs = [s for r in rows for s in index.sentences_of(r)]
    if not idxs:
        return []
    cos = sentence_scores(index, qvec, idxs)
    # An English question shares no word with a speech; its Chinese terms do.
    words = set(chinese_terms(question)) if question_language(question) == "en" else set(tokenize(question))
    figures = re.findall(r"\d+(?:\.\d+)?", question)  # "到2035年": the sentence that holds the year

    # The asked noun counts in a passage about the question's subject: "意见对新乡贤提了什么要求?"
    # is not answered by another passage's "按照…的要求". Every passage is about its title's subject.
    subject = words_beside(question, asked)

    def names_asked(s: int) -> bool:  # the sentence, or the headings it stands under ("（一）基本原则。坚持…")
        passage = index.passages[index.sentence_spans[s][0]]
        about = passage.section + passage.text + index.document(passage.document).title
        return (holds_noun_asked(index.sentence_text(s), asked) or holds_noun_asked(passage.section, asked)) \
            and (not subject or any(w in about for w in subject))

    # An English question's terms come from a glossary that may name its topic in another word
    # (降水 for the text's 降雨): the kind of fact it asks then weighs too. (In Chinese the
    # question's own words decide: a bonus there drew answers out of a section cut after its heading.)
    what = asked_of(question) if question_language(question) == "en" else None
    kind = what.fact if what is not None and what.fact in ("quantity", "date") else None

    def holds_asked_fact(s: int) -> bool:  # "How much rain…": the sentence with a figure, not one about rain
        return kind is not None and holds_fact(index.sentence_text(s), kind, what.precision, what.measure)

    # Likewise the topic of an English question ("What problems…"): the sentence naming a 困难 or
    # 不足, not the one closest to "industrial economy" across languages.
    topic = detect_intent(question).topic if what is not None else None
    cues = [w for w in topic_words(topic) if not w.isascii() and len(w) >= 2] if topic else []

    def names_topic(s: int) -> bool:
        return any(c in index.sentence_text(s) for c in cues)

    # Minutes and notices give the meeting's facts as labelled fields ("时间：…　地点：…　主持：…"):
    # the field labelled with the kind asked holds the answer, whatever else the sentence says.
    label = field_label(question)

    def labels_asked(s: int) -> bool:
        return label is not None and bool(label.search(index.sentence_text(s)))

    def holds_figures(s: int) -> bool:  # in the sentence, or heading its paragraph: "到2020年，…。农村对人才…"
        first = index.sentences_of(index.sentence_spans[s][0])[:1]
        lead = index.sentence_text(first[0]) if first and first[0] != s else ""
        heads = PERIOD_LEAD.match(lead)
        return all(f in index.sentence_text(s) or (heads and f in heads.group(0)) for f in figures)

    score = np.array([cos[i] + 0.05 * row_weight.get(index.sentence_spans[s][0], 0.0)
                      + 0.06 * lexical_overlap(words, index.sentence_text(s))
                      + ASKED_BONUS * (names_asked(s) + labels_asked(s))
                      + FACT_BONUS * (holds_asked_fact(s) + names_topic(s))
                      + ASKED_BONUS * (bool(figures) and holds_figures(s))
                      for i, s in enumerate(idxs)])
    order = np.argsort(-score)
    top = float(score[order[0]])
    keep = [idxs[i] for i in order[:limit] if score[i] >= top - margin]
    return sorted(with_the_figure(index, question, keep))


def with_the_figure(index: PassageIndex, question: str, chosen: list[int]) -> list[int]:
    """Of the sentences chosen for a question asking one figure ("海外仓建几个"), those holding a figure
    in its measure, when some do: a sentence with none beside them shares a word, not the answer. A
    sum read off a noun alone ("研发投入要到多少", a rate there) counts any figure."""
    what = asked_of(question)
    if what.kinds != ["quantity"] or question_language(question) != "zh":
        return chosen
    named = what.measure != "money" or re.search(r"钱|元|块", question)
    held = [s for s in chosen if holds_fact(index.sentence_text(s), "quantity", what.precision,
                                            what.measure if named else None)]
    return held or chosen
