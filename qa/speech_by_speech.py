"""Answers made speech by speech in a library: "各篇讲话都提到了哪些…", and a question that names
no speech but fits several about as well (see :mod:`qa.close_speeches`)."""
from __future__ import annotations

from .answer import Answer
from .close_speeches import close_speeches, holding_most_words
from .followup import ResolvedQuestion
from .guard import question_language
from .intent import detect_intent
from .library_answers import PER_DOCUMENT_RE, label_sources, merge_per_document
from .question_terms import focus_words
from .ranking import SearchResult
from .refusal import coverage_reply


class SpeechBySpeech:
    """Mixed into the answerer: needs ``index``, ``answer(question, resolved, documents, label)``
    and ``_doc(doc_id)``."""

    def _per_document(self, question: str, resolved: ResolvedQuestion, documents: set[str] | None) -> Answer:
        """"各篇讲话都提到了哪些…": each speech that answers it, under its title."""
        ids = speaking_of(resolved.text, [d for d in self.index.documents if documents is None or d.id in documents],
                          self._speech_text)
        parts = []
        for doc_id in ids:
            part = self.answer(question, ResolvedQuestion(text=resolved.text, original=resolved.original),
                               {doc_id}, label=False)
            if part.answerable:
                parts.append((self._doc(doc_id).title, part))
        lang = detect_intent(resolved.text).lang
        if not parts:
            return Answer(question=question, answer=coverage_reply(self.index.documents, lang),
                          answerable=False)
        return merge_per_document(question, parts, lang)

    def each_close_speech(self, question: str, resolved: ResolvedQuestion, answer: Answer,
                          result: SearchResult, lang: str) -> Answer | None:
        """``answer`` (made from the whole library) remade speech by speech when other speeches
        come close to answering the question as well; None when none does (keep ``answer``)."""
        quoted = list(dict.fromkeys(c.document for c in answer.citations))
        titles = {d.id: d.title for d in self.index.documents}
        if not quoted or (len(quoted) > 1 and all(f"《{titles.get(d, d)}》" in answer.answer for d in quoted)):
            return None  # quoting none, or already speech by speech ("这几篇讲话完整吗")
        close = holding_most_words(resolved.text, close_speeches(result, quoted), self._speech_text)
        if not close or close == quoted[:1]:
            return None  # the speech answered is the one that fits
        # an answer that quoted one speech alone is that speech's answer already
        given = {quoted[0]: answer} if len(quoted) == 1 else {}
        parts = [(d, part) for d in close
                 if (part := given.get(d) or self.answer(question, resolved, {d}, label=False)).answerable]
        if len(parts) == 1:
            label_sources(parts[0][1], titles, lang)
            return parts[0][1]
        if not parts:
            return None
        return self.merged_by_speech(question, parts, lang)

    def merged_by_speech(self, question: str, parts: list[tuple[str, Answer]], lang: str,
                         followed: bool = False) -> Answer:
        """Several speeches' answers (document id, answer) as one, each under its title; the next
        turn's "第二条呢" goes on in each speech's own list (``by_speech``). ``followed``: these answer a
        follow-up of an answer given speech by speech."""
        merged = merge_per_document(question, [(self._doc(d).title, part) for d, part in parts], lang,
                                    unnamed=True, followed=followed)
        merged.items = parts[0][1].items  # a turn that reads one list reads the closest speech's
        merged.by_speech = list(parts)
        merged.followup = parts[0][1].followup  # a follow-up's own resolution, its first speech's
        return merged

    def _speech_text(self, doc_id: str) -> str:
        """A speech's title and passages as one text, to look its words up."""
        return self._doc(doc_id).said_text()


def speaking_of(question: str, documents: list, text_of) -> list[str]:
    """The speeches a "哪些讲话提到了森林防火" question lists: those holding every word of its subject,
    the ones that speak of it most first (a speech wholly on 森林防火 before one naming it in
    passing); all of ``documents``, in order, when the question has no subject or none holds it."""
    subject = [w for w in focus_words(PER_DOCUMENT_RE.sub(" ", question), None) if len(w) >= 2]
    ids = [d.id for d in documents]
    if not subject or question_language(question) == "en":
        return ids
    counts = {i: [text_of(i).count(w) for w in subject] for i in ids}
    holding = [i for i in ids if all(counts[i])]
    return sorted(holding, key=lambda i: -sum(counts[i])) if holding else ids
