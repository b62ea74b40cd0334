"""The speech a library follow-up goes on in.

In a library, "这个由谁牵头", "那CPI呢" or "具体说说" after an answer from one speech asks about
that speech: searched across the whole library, it is answered from whichever other speech has
a sentence on 牵头 or CPI, or declined as covered by none. A question that leans on the turn
before it, or asks only a detail with no topic of its own ("投了多少钱"), and names no speech
of its own, is answered from the speeches the last answer quoted.
"""
from __future__ import annotations

import re

from .bare_asks import names_no_subject
from .levels import speeches_meant
from .library_answers import asks_per_document
from .question_form import MATTER, leans_on_previous

_LABELLED_MATTER = re.compile(r"[\u4e00-\u9fff]{2}" + MATTER.pattern)


def speeches_followed(question: str, resolved, last_documents: list[str], documents: list) -> set[str] | None:
    """The speeches ``question`` goes on in (those the last answer quoted, ``last_documents``), or
    None: it stands alone, names speeches of its own, asks speech by speech, or there is one speech."""
    if len(documents) < 2 or not last_documents or asks_per_document(question):
        return None
    if not (resolved.form or leans_on_previous(question) or names_no_subject(question)):
        return None
    if resolved.form is None and _LABELLED_MATTER.search(question):
        return None  # "停产那事?": the matter its own label names, in whichever speech holds it
    named, _search = speeches_meant(question, documents)
    if named is not None:
        return None  # "那2021年政府工作报告呢" names its own
    known = {d.id for d in documents}
    kept = {d for d in last_documents if d in known}
    return kept or None
