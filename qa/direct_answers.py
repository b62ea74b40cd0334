"""Answers read straight off a speech before any sentence is ranked: its byline ("这篇讲话是谁讲的"),
its title, a labelled field ("会议在哪里开的": 地点：…), a reply's addressee, the turn of a transcript
that answered a question, a term's definition ("“雪亮工程”是什么意思")."""
from __future__ import annotations

from index.document import Document
from index.store import PassageIndex

from .addressee import addressee_answer, addressee_asked
from .answer import Answer
from .asked_questions import answered_by, who_answered_reply
from .speaker_named import docs_signed_by_post_asked
from .byline_answers import byline_answers, byline_asked, names_a_document_within, unnamed_speaker
from .citations import CitationBuilder
from .definitions import definition_answer, english_term_asked, read_term, term_asked
from .library_contents import library_answer, library_asked
from .enacting import adopted_asked, adoption_answer, enacting_answer, enacting_asked
from .meeting_fields import field_answer, field_asked
from .notices import dedupe, flag_notices
from .reporter import reporter_answer, reporter_asked
from .said_by import said_by_answer
from .spoke_at import spoke_answer, who_spoke_asked
from .title_answers import title_answers, title_asked


def direct_answer(index: PassageIndex, question: str, text: str, documents: set[str] | None,
                  in_scope: list[Document], lang: str) -> Answer | None:
    """The answer to ``text`` (the question made to stand alone) read off the speeches in scope,
    or None when it asks none of these; ``retrieved`` is the caller's to fill."""
    if library_asked(text):  # "这个库里都有哪些讲话"
        return library_answer(question, in_scope, lang)
    if reporter_asked(text):  # "这篇稿子的记者是谁": a news report's "（记者　孙某某）"
        builder = CitationBuilder(index)
        if (reply := reporter_answer(index, documents, builder, lang)) is not None:
            return Answer(question=question, answer=reply, answerable=True, citations=builder.citations())
    if (signed := docs_signed_by_post_asked(text, in_scope)) and (
            by_post := byline_answers(question, "speaker", signed, lang)) is not None:
        return by_post  # "市长叫什么名字" of a report signed "云岗市市长　陆文清"
    # "这篇讲话是谁讲的", not "补贴办法什么时候出台" of a 办法 the text names
    if (who_when := byline_asked(text)) and not names_a_document_within(text, in_scope):
        by_byline = byline_answers(question, who_when, in_scope, lang)
        if by_byline is None:  # "讲话的领导叫啥名" of a speech naming no one: it does not say
            by_byline = unnamed_speaker(question, who_when, in_scope, lang)
        if by_byline is not None:
            return by_byline
    builder = CitationBuilder(index)
    if who_spoke_asked(text) and (reply := spoke_answer(index, documents, builder, lang, text)) is not None:
        # "谁在会上讲话了" of a news report: "县委书记李某某出席会议并讲话", in its body
        return Answer(question=question, answer=reply, answerable=True, citations=builder.citations())
    if named := title_asked(text):  # "讲话的标题是什么", "会议叫什么"
        by_title = title_answers(question, named, in_scope, lang)
        if by_title is not None:
            return by_title
    builder = CitationBuilder(index)
    if (field := field_asked(text, [d.title for d in in_scope])) \
            and (reply := field_answer(index, field, documents, builder, lang, text)) is not None:  # 地点：…
        return Answer(question=question, answer=reply, answerable=True, citations=builder.citations())
    if addressee_asked(text) \
            and (reply := addressee_answer(index, documents, builder, lang)) is not None:  # "提案是谁提的"
        return Answer(question=question, answer=reply, answerable=True, citations=builder.citations())
    if enacting_asked(text) \
            and (reply := enacting_answer(index, documents, builder, lang)) is not None:  # "为了…制定本办法"
        return Answer(question=question, answer=reply, answerable=True, citations=builder.citations())
    if (reply := said_by_answer(index, text, documents, builder, lang)) is not None:  # "县长提了什么要求"
        return Answer(question=question, answer=reply, answerable=True, citations=builder.citations())
    if adopted_asked(text) \
            and (reply := adoption_answer(index, documents, builder, lang)) is not None:  # "（…审议通过）"
        return Answer(question=question, answer=reply, answerable=True, citations=builder.citations())
    if turn := answered_by(index, in_scope, text):  # "补贴的问题是谁回答的"
        return Answer(question=question, answer=who_answered_reply(turn, builder, lang), answerable=True,
                      citations=builder.citations())
    terms = [t] if (t := term_asked(text)) else english_term_asked(text)
    for term in terms:  # "“雪亮工程”是什么意思", "what does the 'one core' refer to"
        reading = read_term(index, term, documents)
        if reading.defining or reading.leading or reading.naming:
            reply, answers = definition_answer(index, reading, builder, lang)
            if not answers:
                return Answer(question=question, answer=reply, answerable=False)
            return Answer(question=question, answer=reply, answerable=True, citations=builder.citations(),
                          notices=dedupe(flag_notices(builder.flags_used(), index.document, lang)))
    return None
