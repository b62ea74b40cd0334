"""ExtractiveAnswerer: answers made only of the speech's own sentences, each one cited."""
from __future__ import annotations

from dataclasses import replace

from index.document import Document
from index.store import PassageIndex

from .areas import names_field
from .answer import Answer, RetrievedPassage
from .beyond_shown import (PointInGap, before_shown_line, document_lacking_part, in_gap_decline,
                           omitted_subject, part_not_shown_answer, point_not_shown_line, raise_if_point_in_gap)
from .citations import CitationBuilder
from .compose import has_points, section_items, sentence_items
from .cut_headings import cut_heading_meant
from .cut_sentences import break_answer, sentence_at_break
from .announced import section_announces
from .aside_answers import answer_aside
from .bare_asks import names_only_an_ordinal
from .judging import judge_question
from .question_headings import asks_as_its_heading
from .asked_questions import question_by_number
from .no_parts import TEXT_PARTS_ASKED, no_parts_answer
from .numbered_items import asked_by_number, item_by_number, read_by_number
from .direct_answers import direct_answer
from .item_counts import part_count_line
from .item_beyond import asks_beyond_item
from .documents import call_by_genre, genre_noun
from .followup import ResolvedQuestion
from .guard import question_language
from .how_to import how_to_names
from .about import about_the_speech
from .list_asked import announced_inline
from .asked_parts import asks_several_facts
from .intent import POINTS_OF_NOUN, Intent, detect_intent, position_after_section, topic_words
from .why_asked import answers_why
from .levels import speeches_meant
from .library_answers import asks_per_document, beyond_the_list, label_sources
from .near_misses import near_miss_decline
from .penalties import penalty_sentences
from .refusal_features import rarity
from .target_choice import answers_from, best_target, parent_meant
from .unmeasured import quotes_no_figure
from .notices import dedupe, flag_notices
from .one_item import item_asked_of_list, list_of_asked, part_of_a_list, within_named_section
from .question_form import marker_number, ordinals_in, pick_by_ordinal
from .refusal import RefusalRule, asking_clauses
from .retriever import HybridRetriever, SearchResult
from .sentence_answers import ONE_OF_THEM, SentenceAnswers
from .speech_by_speech import SpeechBySpeech
from .speaker_refs import without_speaker
from .steering import LAST_ARTICLE_ASKED, named_elsewhere
from .truncation_answers import completeness_answer, library_completeness, speeches_to_answer_for
from .which_part import part_naming, subject_words, which_part_asked


class ExtractiveAnswerer(SentenceAnswers, SpeechBySpeech):
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
        search_text = resolved.text
        if self.structure and not documents:
            # "2021年政府工作报告…" names its speech; "这个县…" the county speeches
            documents, search_text = speeches_meant(resolved.text, self.index.documents)
        if self.structure:  # "张局长讲春耕抓了哪几方面": the bylines hold 局长, the answer does not
            search_text = without_speaker(search_text)
        several = len(self.index.documents) > 1 and (documents is None or len(documents) > 1)
        if self.structure and several and resolved.focus is None and asks_per_document(resolved.text):
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
        if self.structure and several and documents is None and label and resolved.focus is None and not cut \
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

    def _compose(self, question, resolved, intent: Intent, result: SearchResult, builder):
        lang = intent.lang
        if self.structure and resolved.focus is not None:
            return self._focus(resolved, result, builder, lang)
        if self.structure and (aside := answer_aside(self.index, builder, resolved.text, result, lang)):
            return aside  # "18万的车补多少": its bracket's row; an item named ahead of a cut, the cut
        if self.structure and result.hits and (fines := penalty_sentences(
                self.index, result.hits[0].passage.document, resolved.text, lambda w: rarity(self.index, w))):
            # "管理责任人不履行职责怎么处罚": the sanction citing that duty's article, not the duty
            return " ".join(self._quote(s, builder, lang) for s in fines), sentence_items(self.index, fines), []
        target = best_target(result)
        by_number = self.structure and target is not None and asked_by_number(self.index, resolved.text, *target)
        if by_number:  # "第十三条有几点要求", "第35条罚多少": that article (see qa.numbered_items.read_by_number)
            resolved, result = read_by_number(self.index, resolved, result, target)
        if self.structure and intent.part and not result.targets and result.hits:
            doc = document_lacking_part(self.index, intent.part, {h.passage.document for h in result.hits},
                                        result.hits[0].passage.document)
            # "第七个方面工作" of three parts: the seventh of the one list of that many headings
            if doc is not None and (pick := part_of_a_list(self.index, doc, intent.part, resolved.text,
                                                           result.query_vector)) is not None:
                return self._one_pick(doc, pick, resolved, result, builder, lang)
            if doc is not None:
                return part_not_shown_answer(self.index, doc, intent.part, builder, lang), [], []
        # Which speeches a question about "the speech" is answered for: asked only of those questions.
        each = speeches_to_answer_for(self.index, resolved.text, result) \
            if self.structure and not target and (intent.completeness or intent.outline) else False
        if self.structure and intent.completeness:
            if each is not False:
                text, notices = library_completeness(self.index, builder, lang, each)
                return text, [], notices
            doc = self._doc(target[0]) if target else self._doc(result.hits[0].passage.document)
            text, notices = completeness_answer(self.index, doc, target[1] if target else None,
                                                builder, lang)
            return text, [], notices
        if self.structure and which_part_asked(resolved.text):  # "哪一部分专门讲人才": the heading naming it
            doc = self._doc(target[0]) if target else self._doc(result.hits[0].passage.document)
            node = part_naming(doc, subject_words(resolved.text))
            shown = self._which_part(doc, node, builder, lang) if node is not None else None
            if shown is not None:
                return shown
        if self.structure and intent.outline and not target:
            if each is not False:  # "讲话分为哪几部分?" of a library: which speech? each one's parts
                return self._library_outline(each, builder, lang)
            # a text with no parts (a news report): asked its parts, it says so; asked "王书记提了几点
            # 要求", the points are in its sentences
            doc = self._doc(result.hits[0].passage.document)
            if doc.outline:
                return self._outline(result, builder, lang)
            if TEXT_PARTS_ASKED.search(resolved.text):
                return no_parts_answer(doc, lang), [], []
        # A part asked by its number or as the last one: nothing else in the question competes with it.
        by_position = intent.part is not None and result.strength >= 1.0
        # "最后一条说了什么" of a regulation names its last article by where it stands, as a part number does
        # and "第17条讲的啥" of a plan numbered through its parts names its item by number
        numbered = target is not None and any(
            node is target[1] for node in (item_by_number(resolved.text, self._doc(target[0])),
                                           question_by_number(resolved.text, self._doc(target[0]))))
        # "哪些人能申请补贴" of a Q&A's "三、哪些人可以申请购车补贴": its answer is that section, a detail or not
        itself = target is not None and result.strength >= 1.0 and asks_as_its_heading(resolved.text,
                                                                                       self._doc(target[0]), target[1])
        by_position = by_position or numbered or itself or (target is not None and result.strength >= 1.0
                                                            and bool(LAST_ARTICLE_ASKED.search(resolved.text)))
        # "为什么要实施城市更新行动?" of "一、充分认识实施城市更新行动的重大意义": its points are the reasons.
        why = bool(target) and result.strength >= 1.0 and answers_why(resolved.text, intent, target[1].title) \
            and has_points(self.index, *target)
        if target is not None and not by_position and named_elsewhere(self.index, resolved.text, intent, target,
                                                                      result.hits):
            target = None  # the question names an item of another part word for word
        if self.structure and target is not None and not by_position and intent.wants_list \
                and not self._answers_from(target, result):
            target = parent_meant(self.index, self.retriever.heading_rows, target, result) or target
        if self.structure and target is not None and not by_position and asks_several_facts(resolved.text):
            target = None  # "由谁来编、规划期是哪几年": each fact's sentence, not the section's list
        # "集体经济怎么壮大" of "（三）着力壮大集体经济": what to do, though the review's figure ranks higher
        how = bool(target) and not by_position and how_to_names(resolved.text, target[1])
        if self.structure and target and (by_position or why or how or self._answers_from(target, result)
                                          or (intent.wants_list and (target[1].children or intent.topic
                                                                     or names_field(resolved.text, target[1])))):
            doc, node = self._doc(target[0]), target[1]
            if node.status == "omitted" and numbered:
                return self._list(doc, node, intent, result, builder)  # "第14条…" lost in a gap: that it is
            # "讲话的第二点意见": the ordinal named the part; it picks nothing inside it
            position = resolved.position if by_number else None if (by_position and ordinals_in(resolved.text) <= 1) \
                or numbered else resolved.position
            if intent.section is not None and by_position:  # "第二部分第二项的第4点": the point in that section
                position = position_after_section(resolved.text)
            if position is None and intent.items:  # "科学编制规划那一节的三是"
                position = (marker_number(intent.items[0]) or 1) - 1
            # "重点工作的第六个方面" of 三、's （一）…（八）; "…第五个方面第2条", an item under that one
            node, position = within_named_section(self.index, doc, node, intent.part, position, resolved.text,
                                                  result.query_vector)
            beyond = None
            if position is not None:  # "第一个突出问题是什么": one item of the list
                picks = section_items(self.index, doc, node, result.query_vector)
                lost = before_shown_line(picks, position + 1, lang, doc, node)  # "第一项" of a list a gap began
                pick = pick_by_ordinal(picks, position, start_omitted=lost is not None)
                if pick is not None:
                    return self._one_pick(doc, pick, resolved, result, builder, lang, of=len(picks))
                if picks and position >= 0:  # "第五个问题" of three: the list, and that it ends
                    raise_if_point_in_gap(doc, picks, position + 1, None, lang)
                    beyond = lost or point_not_shown_line(picks, position + 1,
                                                         section_announces(self.index, doc, node), lang)
            # "当前工业经济存在哪些问题?" of "（一）关于当前工业经济运行情况": a section of plain paragraphs
            # named by its subject, not by the topic: the sentences that speak to the topic answer it.
            narrative = intent.topic is not None and not by_position and not why and node.status == "complete" \
                and not any(w in node.title for w in topic_words(intent.topic)) and not has_points(self.index, *target)
            if narrative:
                return self._facts(resolved.text, intent, result, builder, resolved.position)
            names_it = result.strength >= 1.0 and (not intent.asked or any(a in node.title for a in intent.asked))
            wants_items = intent.wants_list or node.children or node.status == "outline_only" \
                or (intent.topic and not intent.wants_figure) or names_it or by_position
            if wants_items and not (intent.wants_detail or why or beyond or by_position) \
                    and self._list_of_another_thing(doc, node, intent, resolved.text, result):
                return self._facts(resolved.text, intent, result, builder, resolved.position)
            if wants_items and not (intent.wants_detail or why or beyond or by_position or position is not None):
                # "通勤难这个问题怎么描述的": one item of the list, named by words only it holds
                one = item_asked_of_list(self.index, doc, node, resolved.text, result.query_vector,
                                         topic_words(intent.topic) if intent.topic else (),
                                         intent.wants_list and not ONE_OF_THEM.search(resolved.text))
                if one is True:
                    return self._facts(resolved.text, intent, result, builder, resolved.position)
                node = one or (list_of_asked(self.index, doc, node, intent.asked, result.query_vector)
                               if intent.wants_list else node)
            if intent.wants_detail and (cut := cut_heading_meant(self.index, resolved.text, result)) \
                    and cut[1].path == target[1].path:
                # A detail of a section the excerpt shows only as its heading or a bare "一是…(未完)": that
                # heading, cited, and the notice, not a figure of another section ranked near (class 4).
                return self._list(doc, cut[1], intent, result, builder)
            if (wants_items and not intent.wants_detail) or why or beyond or itself:  # a figure: its sentence
                text, items, notices = self._list(doc, node, intent, result, builder)
                if by_position and not itself and node.title not in text:  # "第二部分讲的什么": which part that is, first
                    text = (f"Part “{node.title}”:" if lang == "en"
                            else f"{genre_noun(doc.title)}的这一部分是“{node.title}”:") + "\n\n" + text
                if by_position:  # "第六条列了几个部门的职责": its items, counted
                    text = part_count_line(self.index, doc.id, resolved.original or resolved.text, node, len(items),
                                           text, lang) + text
                return (beyond + "\n\n" + text if beyond else text), items, notices
        return self._facts(resolved.text, intent, result, builder, resolved.position)

    def _answers_from(self, target, result: SearchResult) -> bool:
        """Whether the targeted section holds the answer (:func:`qa.target_choice.answers_from`)."""
        return answers_from(self.index, self.retriever.heading_rows, self._fragment, target, result)
