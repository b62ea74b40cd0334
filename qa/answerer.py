"""ExtractiveAnswerer: answers made only of the speech's own sentences, each one cited."""
from __future__ import annotations

import re
from dataclasses import replace

from index.document import Document
from index.store import PassageIndex

from .answer import Answer, RetrievedPassage
from .beyond_shown import PointInGap, in_gap_decline, omitted_subject
from .citations import CitationBuilder
from .cut_headings import cut_heading_meant
from .cut_sentences import break_answer, sentence_at_break
from .bare_asks import names_only_an_ordinal
from .judging import judge_question
from .numbered_items import item_by_number
from .direct_answers import direct_answer
from .item_beyond import asks_beyond_item
from .documents import call_by_genre, named_as_a_place, without_naming_words, without_title_runs
from .followup import ResolvedQuestion
from .guard import question_language
from .about import about_the_speech
from .list_asked import announced_inline
from .intent import POINTS_OF_NOUN, Intent, detect_intent
from .levels import level_of, speeches_meant
from .speaker_named import speaker_named
from .library_contents import library_asked
from .library_answers import asks_per_document, beyond_the_list, label_sources
from .near_misses import near_miss_decline
from .unmeasured import quotes_no_figure
from .notices import dedupe, flag_notices
from .refusal import RefusalRule, asking_clauses
from .retriever import HybridRetriever, SearchResult
from .shape_choice import ShapeChoice
from .speech_by_speech import SpeechBySpeech
from .speaker_refs import without_speaker


_YEARS = re.compile(r"(?:19|20)\d{2}年")


class ExtractiveAnswerer(ShapeChoice, SpeechBySpeech):
    """Builds an :class:`Answer` from ranked passages without writing a word of its own content.

    With ``structure`` off it answers every question with its best sentences,
    the way a generic RAG pipeline would (used by the eval baselines).
    """

    def __init__(self, index: PassageIndex, retriever: HybridRetriever, structure: bool = True,
                 refusal: RefusalRule | None = None, top_k: int = 10) -> None:
        """``top_k``: passages listed in ``retrieved`` (at least 10, as the contract asks)."""
        self.index, self.retriever, self.structure = index, retriever, structure
        self.refusal = refusal or RefusalRule()
        self.top_k = max(10, top_k)

    # -- entry points ------------------------------------------------------------
    def refuse_input(self, question: object, reply: str) -> Answer:
        """The answer to input that holds no question (empty, only emoji…)."""
        return Answer(question=question if isinstance(question, str) else "", answer=reply,
                      answerable=False)

    def answer(self, question: str, resolved: ResolvedQuestion, documents: set[str] | None = None,
               label: bool = True) -> Answer:
        """Answer ``resolved.text`` (the follow-up already made to stand alone).

        ``documents``: answer only from these speeches; without it, from the speeches the
        question names ("2021年政府工作报告…"), else from all.
        """
        answer = self._answer(question, resolved, documents, label)
        lang = question_language(resolved.text)
        if label and len(self.index.documents) > 1:  # every answer, a labelled field's or a reply's addressee's too
            label_sources(answer, {d.id: d.title for d in self.index.documents}, lang)
        if lang == "en":  # "the report", "the document": not "the speech"
            cited = {c.document for c in answer.citations}
            titles = [d.title for d in self.index.documents
                      if (d.id in cited if cited else documents is None or d.id in documents)]
            answer.answer = call_by_genre(answer.answer, titles)
        return answer

    def _answer(self, question: str, resolved: ResolvedQuestion, documents: set[str] | None,
                label: bool) -> Answer:
        search_text = resolved.text
        if self.structure and not documents:
            # "2021年政府工作报告…" names its speech; "这个县…" the county speeches
            documents, search_text = speeches_meant(resolved.text, self.index.documents)
            if documents and search_text != resolved.text:  # "全县经济工作会议讲话一共讲了几部分": asked as "讲话一共讲了几部分"
                # "…政策解读里补贴标准…" or "王某某说…" ask what the speech says; "这个实施意见的目的" asks of the text
                contained = named_as_a_place(search_text) or speaker_named(resolved.text, self.index.documents,
                                                                              level_of)[0]
                search_text = without_naming_words(search_text)
                # its genre word stays where it asks of the text as a whole ("…会议上的讲话分了几个部分")
                whole = without_naming_words(without_title_runs(resolved.text, self.index.documents, documents,
                                                                keep_genre=True))
                if (whole_intent := detect_intent(whole)).outline or whole_intent.completeness:
                    resolved = replace(resolved, text=whole)
                elif contained and set(_YEARS.findall(search_text)) >= set(_YEARS.findall(resolved.text)):
                    # "…政策解读里补贴标准是多少" asks "补贴标准是多少"; a year stays (its period is asked), and a
                    # name that is the question's subject ("出台这个实施意见的目的") stays too
                    resolved = replace(resolved, text=search_text)
        intent = detect_intent(resolved.text)
        if self.structure and resolved.form is None and intent.part is None and (resolved.position or 0) >= 0 \
                and names_only_an_ordinal(resolved.text):
            intent = replace(intent, part=(resolved.position or 0) + 1)  # "第三点是什么", asked first: the third part
        if self.structure and resolved.form == "beyond" and not any(
                item_by_number(resolved.original, d) for d in self.index.documents if not documents or d.id in documents):
            return beyond_the_list(self.index, question, resolved, intent.lang)  # not "第十三条" of a regulation
        if self.structure and asks_beyond_item(self.index, resolved):  # "它的收集容器是什么颜色": said elsewhere
            resolved = replace(resolved, focus=None)
        focus_rows = ([self.index.position(pid) for pid in resolved.focus.passage_ids
                       if self.index.passage(pid)] if resolved.focus else None)
        if self.structure:  # "张局长讲春耕抓了哪几方面": the bylines hold 局长, the answer does not
            search_text = without_speaker(search_text)
        several = len(self.index.documents) > 1 and (documents is None or len(documents) > 1)
        if self.structure and several and resolved.focus is None and asks_per_document(resolved.text) \
                and not library_asked(resolved.text):  # "这个库里都有哪些讲话": the list of them (direct_answer)
            return self._per_document(question, resolved, documents)
        result = self.retriever.search(search_text, intent, k=self.top_k, focus_rows=focus_rows,
                                       documents=documents)
        if self.structure and (intent.part is not None or intent.outline and POINTS_OF_NOUN.search(resolved.text)) \
                and result.hits and announced_inline(self.index, self._doc(result.hits[0].passage.document),
                                                     resolved.text, intent.asked):
            # "第三点体会", "有哪几点体会" of "我们有几点深刻体会：一是…": the announced points, not the parts
            intent = replace(intent, part=None, outline=False, points=True)
            result = self.retriever.search(search_text, intent, k=self.top_k, focus_rows=focus_rows,
                                           documents=documents)
        retrieved = [RetrievedPassage(h.passage.id, h.passage.section, h.passage.text, h.score)
                     for h in result.hits]
        lang = intent.lang
        in_scope = [d for d in self.index.documents if documents is None or d.id in documents]
        if self.structure and (direct := direct_answer(self.index, question, resolved.text, documents, in_scope,
                                                       lang)) is not None:
            return replace(direct, retrieved=retrieved)  # a byline, title, field, addressee, turn or term
        builder = CitationBuilder(self.index)
        if self.structure and (declined := near_miss_decline(resolved.text, in_scope, result, lang)):
            return Answer(question=question, answer=declined, answerable=False, retrieved=retrieved)
        about = self.structure and (intent.points or self.about_the_speech(resolved, intent, result))
        judgement = judge_question(self.index, self.refusal, self.structure, resolved, intent, result, search_text,
                                   about, lang)
        if judgement is not None and judgement.asked.fact == "quantity":  # a blank beside the figure asked is another's
            words = [w for w in judgement.asked.focus if len(w) >= 2]
            builder.figure_of = [w for w in words if len(w) >= 3] or words  # its most specific words
        cut = None
        if judgement is not None and not judgement.answerable:
            cut = cut_heading_meant(self.index, search_text, result) if self.structure else None
            at_break = None if cut or not self.structure or judgement.evidence.names_elsewhere \
                else sentence_at_break(self.index, search_text, result)
            if at_break is not None:  # "包村干部每月驻村几天" of "…驻村时间不少于……（全文未完）"
                text = break_answer(builder, at_break, lang)
                return Answer(question=question, answer=text, answerable=True, retrieved=retrieved,
                              citations=builder.citations(),
                              notices=dedupe(flag_notices(builder.flags_used(), self._doc, lang)))
            if cut is None:
                return Answer(question=question, answer=self.refusal.decline_reply(judgement, in_scope, lang),
                              answerable=False, retrieved=retrieved)
        try:
            text, items, extra_notices = (self._list(self._doc(cut[0]), cut[1], intent, result, builder) if cut
                                          else self._compose(question, resolved, intent, result, builder))
        except PointInGap as lost_point:  # "第三点" of 第一/第二/第四: the gap took it
            return Answer(question=question, answer=lost_point.reply, answerable=False,
                          notices=[lost_point.notice] if lost_point.notice else [], retrieved=retrieved)
        notices = extra_notices + flag_notices(builder.flags_used(), self._doc, lang)
        if self.structure and (lost := omitted_subject(self.index, items)) is not None:
            # "第14条讲什么" of items a gap took whole: the text does not answer it; where it would stand
            return Answer(question=question, answer=in_gap_decline(self.index, *lost, lang), answerable=False,
                          notices=dedupe(notices), retrieved=retrieved)
        citations = builder.citations()
        if self.structure and judgement is not None and not cut \
                and quotes_no_figure(judgement.asked, citations, len(asking_clauses(search_text)),
                                     [f.kind for _p, f in builder.flags_used()]):
            judgement.answerable, judgement.near_miss = False, True  # "园区总投资多少钱": no sum quoted
            return Answer(question=question, answer=self.refusal.decline_reply(judgement, in_scope, lang),
                          answerable=False, retrieved=retrieved)
        answer = Answer(question=question, answer=text, answerable=True, citations=citations,
                        notices=dedupe(notices), retrieved=retrieved, items=items)
        if self.structure and several and label and resolved.focus is None and not cut \
                and not (intent.completeness or intent.outline) \
                and (each := self.each_close_speech(question, resolved, answer, result, lang)) is not None:
            return replace(each, retrieved=retrieved)  # "去年GDP多少" of several reports: each close one
        return answer

    def about_the_speech(self, resolved: ResolvedQuestion, intent: Intent, result: SearchResult) -> bool:
        """Whether the question is about the speech by its form (see :func:`qa.about.about_the_speech`)."""
        return about_the_speech(self.index, resolved, intent, result)

    # -- composing ---------------------------------------------------------------
    def _doc(self, doc_id: str) -> Document:
        return self.index.document(doc_id)
