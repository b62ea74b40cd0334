"""Follow-ups of an answer given speech by speech.

A question that names no speech but fits several of a library about as well is answered for
each of them, under its title (:mod:`qa.close_speeches`). The follow-up "第六个呢" or "第二个具体说
的啥" then has as many lists to count in as there were speeches: counted in the first speech's
list alone, it says "只列出了3点" where the speech the user meant, shown second, has a sixth
target. It is answered in each of those speeches, from that speech's own list; a speech whose
list has no such item is left out when another has it.
"""
from __future__ import annotations

from .answer import Answer
from .followed_speech import speeches_followed
from .followup import ResolvedQuestion, resolve_followup
from .history import Turn
from .library_answers import label_sources
from .guard import question_language


def follow_each_speech(answerer, question: str, text: str, history: list[str], resolved: ResolvedQuestion,
                       last: Turn) -> Answer | None:
    """The answer to follow-up ``text`` in each speech the last answer (``last``) spoke for apart,
    or None: that answer was not speech by speech, or the question stands alone."""
    documents = answerer.index.documents
    if len(last.by_speech) < 2 or speeches_followed(text, resolved, last.documents, documents) is None:
        return None
    found = []
    for doc_id, turn in last.by_speech:
        each = resolve_followup(text, history, lambda t=turn: t)
        part = answerer.answer(question, each, {doc_id}, label=False)
        if part.answerable:
            part.resolved, part.followup = each.text, each
            found.append((doc_id, part, each.form == "beyond"))
    held = [(d, p) for d, p, beyond in found if not beyond]  # "第六个": only the lists that have one
    parts = held or [(d, p) for d, p, _beyond in found[:1]]
    if not parts:
        return None
    lang = question_language(text)
    if len(parts) == 1:
        label_sources(parts[0][1], {d.id: d.title for d in documents}, lang)
        return parts[0][1]
    return answerer.merged_by_speech(question, parts, lang, followed=True)
