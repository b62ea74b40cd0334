"""The answerer's compose step: which shape answers a question once it is judged answerable.

The item a follow-up points at, a bracket's row, a sanction, an article by its number, a part
asked by its place, the text's completeness or outline, the targeted section's list or one item
of it; else the sentences that state the fact. A mixin of
:class:`qa.answerer.ExtractiveAnswerer`; needs ``self.index``, ``self.retriever``,
``self.structure`` and ``self._doc``.
"""
from __future__ import annotations

from .areas import names_field
from .beyond_shown import (announced_past_shown, before_shown_line, document_lacking_part, part_not_shown_answer,
                           point_not_shown_line, raise_if_point_in_gap)
from .causes_asked import CAUSE_HEADING, causes_of_problems_asked
from .compose import has_points, section_items, sentence_items
from .cut_headings import cut_heading_meant
from .announced import section_announces
from .aside_answers import answer_aside
from .question_headings import asks_as_its_heading
from .asked_questions import question_by_number
from .no_parts import TEXT_PARTS_ASKED, no_parts_answer
from .numbered_rows import numbered_row
from .numbered_items import asked_by_number, item_by_number, read_by_number
from .item_counts import part_count_line
from .documents import genre_noun
from .how_to import how_to_names
from .asked_parts import asks_several_facts
from .intent import Intent, position_after_section, topic_words
from .why_asked import answers_why, reason_lead
from .item_beyond import problem_to_solve
from .penalties import penalty_sentences
from .refusal_features import rarity
from .target_choice import answers_from, best_target, names_part_by_title, parent_meant
from .one_item import item_asked_of_list, list_of_asked, part_of_a_list, within_named_section
from .question_form import ordinals_in
from .ordinal_picks import marker_number, pick_by_ordinal
from .retriever import SearchResult
from .sentence_answers import ONE_OF_THEM, SentenceAnswers
from .short_headings import holds_noun_asked
from .steering import LAST_ARTICLE_ASKED, named_elsewhere
from .truncation_answers import completeness_answer, library_completeness, speeches_to_answer_for
from .text_asked import END_ASKED
from .which_part import part_naming, subject_words, which_part_asked


class ShapeChoice(SentenceAnswers):
    """Chooses the answer's shape and composes it from the sentence, list and focus answers."""

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
        if self.structure and (found := numbered_row(self.index, resolved.text, self._scope(result))) is not None:
            # "附件里第6项任务是什么": the table's row numbered 6, not the body's list of (一)…(三); past its
            # last row, that it ends there
            s_idx = self.index.sentences_of(found[0])[0]
            quote = self._quote(s_idx, builder, lang)
            if found[1] != found[2]:
                ends = f"The table lists {found[2]} rows; there is no row {found[1]}:" if lang == "en" \
                    else f"表格只列到第{found[2]}项,没有第{found[1]}项:"
                quote = f"{ends}\n\n{quote}"
            return quote, sentence_items(self.index, [s_idx]), []
        target = best_target(result)
        by_number = self.structure and target is not None and asked_by_number(self.index, resolved.text, *target)
        if by_number:  # "第十三条有几点要求", "第35条罚多少": that article (see qa.numbered_items.read_by_number)
            resolved, result = read_by_number(self.index, resolved, result, target)
        if self.structure and intent.part and not result.targets and result.hits:
            doc = document_lacking_part(self.index, intent.part, {h.passage.document for h in result.hits},
                                        result.hits[0].passage.document)
            # "第七个方面工作" of three parts: the seventh of the one list of that many headings
            if doc is not None and not announced_past_shown(doc, intent.part) and (pick := part_of_a_list(
                    self.index, doc, intent.part, resolved.text, result.query_vector)) is not None:
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
            # "讲话最后提了哪些保障措施" of a text cut off: its end is not shown, whatever item shares a word
            node = None if not target or (doc.truncation.cut_off and END_ASKED.search(resolved.text)) else target[1]
            text, notices = completeness_answer(self.index, doc, node, builder, lang)
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
        # "问题产生的原因是什么" of "二、原因剖析": the causes are that part's points, as reasons are
        why = why or bool(target) and result.strength >= 1.0 and causes_of_problems_asked(resolved.text) \
            and CAUSE_HEADING.search(target[1].title) is not None
        if self.structure and target is not None and intent.asks_reason and not why and not by_position \
                and result.strength >= 1.0 and (lead := reason_lead(self.index, *target)):
            # "为啥要补齐排涝设施短板": the section's opening says why ("…暴露出排涝设施的短板"), not its points
            return " ".join(self._quote(s, builder, lang) for s in lead), sentence_items(self.index, lead), []
        if self.structure and target is not None and not by_position and problem_to_solve(resolved.text, target[1]):
            target = None  # "长效管理没有跟上的问题怎么解决": its remedy in the tasks, not the problem's section
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
        # "规范涉企执法那块都说了些啥": the part named by its heading's words and a part word, whatever ranks first
        pointed = self.structure and target is not None and names_part_by_title(resolved.text, target[1])
        if self.structure and target and (by_position or why or how or pointed or self._answers_from(target, result)
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
            names_it = result.strength >= 1.0 and (not intent.asked or holds_noun_asked(node.title, intent.asked))
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

    def _scope(self, result: SearchResult) -> set[str] | None:
        """The speeches of the best passages: where a row asked by its number is looked for."""
        return {h.passage.document for h in result.hits[:3]} or None

    def _answers_from(self, target, result: SearchResult) -> bool:
        """Whether the targeted section holds the answer (:func:`qa.target_choice.answers_from`)."""
        return answers_from(self.index, self.retriever.heading_rows, self._fragment, target, result)
