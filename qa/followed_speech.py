"""The speech a library follow-up goes on in.

In a library, "这个由谁牵头", "那CPI呢" or "具体说说" after an answer from one speech asks about
that speech: searched across the whole library, it is answered from whichever other speech has
a sentence on 牵头 or CPI, or declined as covered by none. A question that leans on the turn
before it, or asks only a detail with no topic of its own ("投了多少钱"), and names no speech
of its own, is answered from the speeches the last answer quoted. So is a question with a subject of its own
("森林覆盖率是多少", "外贸方面有什么目标") after an answer from one speech that speaks of that
subject too: the user is reading that speech.
"""
from __future__ import annotations

import re

from .bare_asks import names_no_subject
from .levels import speeches_meant
from .library_answers import asks_per_document
from .question_form import MATTER, leans_on_previous
from .question_terms import PERIOD, focus_words

_LABELLED_MATTER = re.compile(r"[\u4e00-\u9fff]{2}" + MATTER.pattern)


def speeches_followed(question: str, resolved, last_documents: list[str], documents: list) -> set[str] | None:
    """The speeches ``question`` goes on in (those the last answer quoted, ``last_documents``), or
    None: it stands alone, names speeches of its own, asks speech by speech, or there is one speech."""
    if len(documents) < 2 or not last_documents or asks_per_document(question):
        return None
    known = {d.id: d for d in documents}
    kept = {d for d in last_documents if d in known}
    if resolved.form or leans_on_previous(question) or names_no_subject(question):
        if resolved.form is None and _LABELLED_MATTER.search(question):
            return None  # "停产那事?": the matter its own label names, in whichever speech holds it
    elif not (len(kept) == 1 and _speaks_of(question, known[next(iter(kept))])):
        return None
    named, _search = speeches_meant(question, documents)
    if named is not None:
        return None  # "那2021年政府工作报告呢" names its own
    return kept or None


def _speaks_of(question: str, doc) -> bool:
    """Whether the speech ``doc`` holds every word of the question's subject: after an answer from one
    speech, "森林覆盖率是多少" or "去年实际增长了多少" asks on in it, though another speech holds them too."""
    words = [w for w in focus_words(question, None) if len(w) >= 2 and not PERIOD.fullmatch(w)]
    if not words:
        return False
    text = doc.said_text()
    return all(w in text for w in words)
