"""A sentence that only echoes the question, followed by what answers it.

"为什么说基础设施建设滞后制约了产城融合的步伐?" best matches the item's lead, which restates
the claim; the reasons are the sentences after it. "破解融资难采取了什么措施" best matches
"其次，要着力破解融资难题。"; the measures follow it in its item.
"""
from __future__ import annotations

import re

import numpy as np

from index.store import PassageIndex

from .compose import sentence_scores
from .glossary import chinese_terms
from .guard import question_language

_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
ECHO_NOVELTY = 0.4  # below this share of new characters a sentence only restates the question
ECHO_MAX_CHARS = 40
CLAIM_SHARE = 0.6  # a reason question's characters a sentence must hold to be the claim asked about


def _item_rows(index: PassageIndex, row: int) -> list[int]:
    """The passages of the item (or paragraph) ``row`` belongs to, from ``row`` on."""
    p = index.passages[row]
    rows = [row]
    for r in range(row + 1, len(index.passages)):
        q = index.passages[r]
        if q.document != p.document or q.section != p.section or p.item is None or q.text.startswith(q.item or "\0"):
            break
        rows.append(r)
    return rows


# "…具体体现在哪些方面?", "有哪些表现?": how a named thing shows itself, told after its lead sentence.
_SHOWS_ASKED = re.compile(r"体现在|表现在|表现为|表现(?:是|有)|(?:哪些|什么)(?:具体)?表现|具体(?:表现|体现|情况|内容|有哪些|"
                          r"存在|是|讲|说|指)|从哪(?:里|儿)?来|怎么(?:办|解决|破解)|如何(?:解决|破解)"
                          r"|(?:拿出|采取|出台|有)了?(?:哪些|什么)(?:办法|措施|举措|对策|招数?|手段)")
# The points a lead's sentences are told in: "一方面…另一方面", "在交通基础设施方面,…".
_POINT_RE = re.compile(r"^(?:一方面|另一方面|同时|此外|其一|其二|其三|首先|其次|再次|最后|在[^，,。]{1,14}方面)")

_FRAME_RE = re.compile(r"哪些|哪几个?|哪里|哪儿|方面|什么|如何|怎样|怎么|具体|主要|要|的|了|呢|是|有")


def shows_asked(question: str) -> bool:
    """Whether a question asks how a named thing shows itself or is to be done, beyond its lead."""
    return bool(_SHOWS_ASKED.search(question))


REASONS_WHOLE_CHARS = 420  # the reasons after a claim asked "为什么说…", quoted whole up to a screen


def add_what_echoes_need(index: PassageIndex, question: str, qvec: np.ndarray, chosen: list[int],
                         extra: int = 2, reason: bool = False, beyond_lead: bool = False) -> list[int]:
    """Follow a sentence that only restates the question with the sentences of its item that answer it.

    "为什么说基础设施建设滞后制约了产城融合的步伐?" best matches the item's lead
    "二是基础设施建设滞后,制约了产城融合的步伐。"; the reasons are the sentences after it.
    With ``beyond_lead`` (the question asks how the thing shows itself or is done: "具体体现在
    哪些方面", "钱从哪里来"), a lead that names the question's subject ("实施乡村振兴战略，必须
    解决钱从哪里来的问题。") is followed by its item's points, or its best sentences.
    """
    if question_language(question) == "en":  # its Chinese terms are what a lead would echo
        asked = set(_HAN_RE.findall("".join(chinese_terms(question))))
    else:
        asked = set(_HAN_RE.findall(re.sub(r"为什么说|为什么|为何|原因|理由|是什么|呢", "", question)))
    # What a "how does it show" question is about, without its frame: "基础设施建设滞后" of "…具体体现在哪些方面"
    subject = set(_HAN_RE.findall(_FRAME_RE.sub("", _SHOWS_ASKED.sub("", question)))) or asked
    out = list(chosen)
    for s in chosen:
        text = index.sentence_text(s)
        marker = index.passages[index.sentence_spans[s][0]].item
        if marker and text.startswith(marker):  # "二要抓好道路交通安全": the marker says nothing new
            text = text[len(marker):]
        han = _HAN_RE.findall(text)
        if not han or (len(han) > ECHO_MAX_CHARS and not reason):
            continue
        novelty = sum(c not in asked for c in han) / len(han)
        # "为什么说…势在必行?" best matches the sentence that makes the claim; the reasons follow it.
        names = sum(c in set(han) for c in asked) >= CLAIM_SHARE * len(asked)
        row = index.sentence_spans[s][0]
        lead = beyond_lead and index.sentences_of(row)[:1] == [s] \
            and sum(c in set(han) for c in subject) >= CLAIM_SHARE * len(subject)
        if novelty >= ECHO_NOVELTY and not (reason and names) and not lead:
            continue
        after = [t for r in _item_rows(index, row) for t in index.sentences_of(r) if t > s and t not in out]
        points = [t for t in after if _POINT_RE.match(index.sentence_text(t))] if lead else []
        if len(points) >= 2:
            out += points[:4]
        elif reason and names and after and sum(len(index.sentence_text(t)) for t in after) <= REASONS_WHOLE_CHARS:
            out += after  # "为什么说…滞后?" of an item that argues its claim: every reason it gives
        elif after:
            scores = sentence_scores(index, qvec, after)
            out += [after[i] for i in sorted(np.argsort(-scores)[:extra])]
    return sorted(set(out))


LEAD_MAX_CHARS = 60  # an item's lead sentence names its point; a longer first sentence is already a detail
LEADS_ADDED = 2  # beyond this many items, an answer's sentences are spread too thin for each to get its lead


def item_lead(index: PassageIndex, row: int) -> int | None:
    """The lead sentence of the numbered item passage ``row`` belongs to ("三是加强园区与城镇的空间整合，
    推动“园镇一体化”发展。"), or None: no item, a lead a gap swallowed, or a first sentence too long to be one."""
    p = index.passages[row]
    if p.item is None:
        return None
    r = row
    while not index.passages[r].text.startswith(p.item):
        r -= 1
        q = index.passages[r] if r >= 0 else None
        if q is None or q.document != p.document or q.section != p.section or q.item != p.item:
            return None
    first = index.sentences_of(r)[:1]
    if not first or len(index.sentence_text(first[0])) > LEAD_MAX_CHARS:
        return None
    return first[0]


def add_item_leads(index: PassageIndex, chosen: list[int]) -> list[int]:
    """Give sentences quoted from inside a numbered item the item's lead, which names what they are about.

    Asked "产业园区和城区脱节怎么解决", the item's details ("要将产业园区的规划建设纳入城镇总体规划…")
    are the closest sentences, but the measure's name is its lead ("三是…推动“园镇一体化”发展。").
    """
    leads = {lead for s in chosen if (lead := item_lead(index, index.sentence_spans[s][0])) is not None}
    leads -= set(chosen)
    if not leads or len(leads) > LEADS_ADDED:
        return chosen
    return sorted(set(chosen) | leads)


# A sentence giving an example ("例如，…", "比如…", "以南湖区为例，…") of the sentence before it.
EXAMPLE_CUE = re.compile(r"^[\s\u3000]*(?:例如|比如|譬如|举例来说|举个例子|以\S{1,8}为例)")


def add_claims_of_examples(index: PassageIndex, chosen: list[int]) -> list[int]:
    """Give an example sentence quoted alone the sentence it illustrates, just before it in its passage.

    Asked "员工上下班不方便讲了吗", "例如，园区距离市中心…仅有一条公交线路" matches best, but what it
    is an example of ("…交通连接不够顺畅，存在“最后一公里”问题。") is the answer's point.
    """
    claims = set()
    for s in chosen:
        row = index.sentence_spans[s][0]
        if EXAMPLE_CUE.match(index.sentence_text(s)) and s - 1 in index.sentences_of(row):
            claims.add(s - 1)
    return sorted(set(chosen) | claims)


EXAMPLES_FOR_AT_MOST = 3  # an answer of more sentences than this already spans several points


def add_examples_of_claims(index: PassageIndex, chosen: list[int]) -> list[int]:
    """Give a short answer's claim the example told right after it in its passage ("…推诿扯皮，效率低下。"
    then "例如，…往往出现规划不衔接、建设不同步的问题。"): the example holds the claim's particulars."""
    if not chosen or len(chosen) > EXAMPLES_FOR_AT_MOST:
        return chosen
    examples = set()
    for s in chosen:
        row = index.sentence_spans[s][0]
        if s + 1 in index.sentences_of(row) and not EXAMPLE_CUE.match(index.sentence_text(s)) \
                and EXAMPLE_CUE.match(index.sentence_text(s + 1)):
            examples.add(s + 1)
    return sorted(set(chosen) | examples)


POINTS_ADDED = 4  # of the points a claim is argued in, quoted after it


def add_points_of_claims(index: PassageIndex, sentences: list[int], rows: list[int]) -> list[int]:
    """Give a quoted claim the points that argue it, told after it in the same passages
    ("我县推进数字乡村建设更是势在必行。一方面，…；另一方面，…"): asked why, they are the reasons."""
    if not sentences:
        return sentences
    last = max(sentences)
    after = [t for r in rows for t in index.sentences_of(r) if t > last]
    points = []
    for t in after:  # the points run on from the claim; the first other sentence ends them
        if not _POINT_RE.match(index.sentence_text(t)):
            break
        points.append(t)
    return sorted(set(sentences) | set(points[:POINTS_ADDED]))
