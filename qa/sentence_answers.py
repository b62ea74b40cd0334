"""Answers made of sentences: a fact's sentence, one item of a list asked by its place or its words.

A mixin of :class:`qa.answerer.ExtractiveAnswerer`; needs ``self.index``, ``self.retriever``,
``self.structure`` and ``self._doc``, and the list answers of :class:`qa.list_answers.ListAnswers`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from index.announce import find_announcements
from index.tokenize import normalize

from .announced_noun import noun_announced_beside
from .passing_problems import problems_in_passing
from .announced import announcers_of, expand, items_led_by
from .how_to import HOW_ASKED
from .list_asked import counts_another, counts_in_asked_unit, list_asked_of, parts_not_problems, topic_list_asked
from .topic_lists import granted_not_announced
from .asked import COMPARISON_ASKED, asked
from .question_terms import search_words
from .asked_parts import asked_parts, part_sentence
from .compose import best_sentences, sentence_items
from .echoes import (EXAMPLE_CUE, add_claims_of_examples, add_examples_of_claims, add_item_leads,
                     add_what_echoes_need, shows_asked)
from .companions import item_body, orders_of_subject, dating_leads, period_details, responsible_lines
from .range_rows import of_the_named_bracket
from .table_filter import rows_sharing_value
from .fact_match import FACT_SENTENCE_SHARE, fact_sentences
from .fact_periods import in_period_rows, in_period_sentences, outside_period
from .done_or_planned import done_over_planned
from .purpose import purpose_sentence
from .remedies import in_problems_part, remedy_sentence, states_problem
from .sentence_picks import SentencePicks
from .followup import ResolvedQuestion
from .intent import Intent, topic_words
from .counted import counted_nouns, counts_in_unit
from .item_counts import asks_count, counts_items, listed_items
from .list_answers import EN_LEADS
from .one_item import singled_item
from .procedures import PROCEDURE_SAID, procedure_asked
from .ordinal_picks import pick_by_ordinal
from .refusal import asking_clauses
from .refusal_features import rarity
from .retriever import SearchResult
from .substrings import longest_run
from .sentence_cues import ASKS_EXAMPLE, CAUSE_CUE, SOURCE_ASKED, SOURCE_CUE

# "关于养老的是哪一项", "停车泊位是第几件": one item of a list asked by its words ("哪几项" asks the list)
ONE_OF_THEM = re.compile(r"哪一?[项条件个点类]|第几[项条件个点类]")
PARTS_SENTENCES = 5  # sentences of an answer to a question asking several things at once
# A time asked besides the year named: now, or the running total ("现在有多少家", "累计多少个").
_NOW_ASKED = re.compile(r"现在|目前|当前|现有|眼下|如今|截至|累计|总数")


class SentenceAnswers(SentencePicks):
    """The sentence-shaped answers."""

    def _facts(self, question: str, intent: Intent, result: SearchResult, builder, position: int | None = None):
        # Headings standing in for missing text are not facts; they answer only when named.
        shown = [h for h in result.hits if "outline_only" not in h.passage.flag_kinds] or result.hits[:1]
        top = shown[:5]
        what = asked(question)
        periods = what.periods
        if self.structure and periods:  # "今年要改造多少个": not last year's figure in the review
            rows = set(in_period_rows(self.index, shown, periods))
            top = [h for h in shown if h.row in rows] or top
        if self.structure and intent.asked and result.base is not None:
            # Steering does not overrule the passage that ranked first before it and holds the
            # noun asked for ("…要落实什么方针": the principle's "落实…的方针", not the part it names).
            first = int(result.base.argmax())  # a RowScores above the exact size: no library scan
            held = next((h for h in result.hits if h.row == first), None)
            if held is not None and held not in top and any(a in held.passage.text for a in intent.asked) \
                    and not (periods and outside_period(self.index, held.row, periods)):  # not last year's
                top = [held] + top[:4]
        weights = {h.row: h.score for h in top}
        rows = [h.row for h in top]
        chosen = best_sentences(self.index, question, result.query_vector, rows, weights,
                                asked=intent.asked if self.structure else ())
        holding = fact_sentences(what, self.index, rows, lambda w: rarity(self.index, w)) if self.structure else {}
        best = max(holding, key=holding.get, default=None)
        if best is not None and holding[best] >= FACT_SENTENCE_SHARE and best not in chosen \
                and holding[best] > max((holding[s] for s in chosen if s in holding), default=0.0):
            # "2023年…出了多少起事故": the sentence naming the year holds no figure; the next one does.
            # "固定资产投资涨了多少": a figure of a share of it ("民间投资占固定资产投资比重…下降了2.3个
            # 百分点") holds fewer of the asked words than the clause on it ("固定资产投资增长X%")
            chosen = sorted(set(chosen[:2]) | {best})
        if self.structure and len(set(periods)) >= 2:
            # "比去年多还是少" asks the figure of each period, though it names no figure word
            figures = what if what.fact or not COMPARISON_ASKED.search(question) \
                else replace(what, kinds=["quantity", *what.kinds])
            chosen = sorted(set(chosen) | set(self._per_period(figures, shown)))
        if self.structure:
            picks, every_ask = self._per_clause(question, shown)
            # "去年出了多少起安全事故，死了几个人" answered whole by the sentences picked per ask, the first
            # the ranking chose among them: its others (a count left blank) add nothing asked, only defects
            chosen = sorted(set(picks) | set(chosen[:1])) if every_ask and set(chosen[:1]) <= set(picks) \
                else sorted(set(chosen) | set(picks))
        if self.structure and shown and (fix := remedy_sentence(self.index, shown[0].passage.document, question,
                                                                lambda w: rarity(self.index, w))) is not None:
            # "大班额问题怎么解决": what is done about it, not the sentence stating the problem
            chosen = [fix] + [s for s in chosen if s != fix and not states_problem(self.index.sentence_text(s))
                              and not in_problems_part(self.index, s)][:2]
        elif self.structure and intent.asks_reason and shown \
                and (why := purpose_sentence(self.index, shown[0].passage.document, question)) is not None:
            # "为啥要搞城市更新": the speech's sentence of its significance ("推进城市更新，既是…也是…")
            chosen = [why] + [s for s in chosen if s != why][:2]
        elif self.structure and intent.asks_reason:
            # "为啥会出现这些问题": the sentence that gives the cause ("究其原因，…在于…") among the rows
            chosen = self._with_cued(chosen, rows, CAUSE_CUE)
            chosen = sorted(set(chosen) | set(self._sorted_causes(chosen)))  # "既有客观原因，也有主观原因。" then them
        if self.structure and SOURCE_ASKED.search(question):
            # "搞项目的钱从哪来": the sentence that says where it comes from ("积极争取…专项债券和…资金支持")
            chosen = self._with_cued(chosen, rows, SOURCE_CUE)
        if self.structure and intent.counted_unit and what.fact is None:
            # "春耕生产抓了哪几方面": the sentence announcing a list counted in 方面, not only the opening
            # that shares more of the question's words
            chosen = self._with_cued(chosen, rows, lambda text: counts_in_unit(text, intent.counted_unit))
        if self.structure and procedure_asked(question):
            # "补贴去哪办理": the sentence that tells how or where to apply ("…到乡镇便民服务中心窗口提出申请")
            chosen = self._with_cued(chosen, rows, PROCEDURE_SAID)
        if self.structure and chosen and ASKS_EXAMPLE.search(question) \
                and not any(EXAMPLE_CUE.match(self.index.sentence_text(s)) for s in chosen):
            # "“多极”举了哪两个例子": the "例如，…" after the sentence found, in its passage
            row = self.index.sentence_spans[chosen[0]][0]
            example = next((s for s in self.index.sentences_of(row)
                            if s > chosen[0] and EXAMPLE_CUE.match(self.index.sentence_text(s))), None)
            if example is not None:
                chosen = sorted(set(chosen[:2]) | {example})
        if self.structure:  # "售价2000元以下的补贴多少": that bracket's row, not the next one's
            chosen = of_the_named_bracket(self.index, question, chosen)
        if self.structure:  # "县财政局负责哪几项整改": each row whose 责任单位 is the one named, not the first
            chosen = sorted(set(chosen) | set(rows_sharing_value(self.index, question, chosen)))
        if self.structure:  # "专项规划由谁牵头编": the "牵头单位：…" line after the task, in its section
            chosen = sorted(set(chosen) | set(responsible_lines(self.index, question, chosen)))
        if self.structure:  # "2035年相对贫困问题的目标": the goal after the year's lead, not the lead alone
            chosen = sorted(set(chosen) | set(period_details(self.index, search_words(question), chosen,
                                                             lambda w: rarity(self.index, w))))
        if self.structure and what.fact is None and not intent.wants_list:
            chosen = sorted(set(chosen) | set(orders_of_subject(self.index, chosen)))  # "碳达峰方面怎么说": its steps
        if self.structure and what.fact is None:  # "设施网络方面做了哪些工作": the item's body, not its lead alone
            chosen = sorted(set(chosen) | set(item_body(self.index, question, chosen)))
        if self.structure and what.fact == "date":  # "贫困县什么时候摘帽": the year opening its paragraph too
            chosen = sorted(set(chosen) | set(dating_leads(self.index, chosen)))
        if self.structure:
            # "基于哪三个方面的考虑?": the points, not the sentence announcing them; a question asking
            # a figure, a date, a person or a place ("会议是谁主持的?") is answered by the sentence holding it.
            if position is not None and intent.topic:  # "第二个问题是什么": the Nth of the list of problems
                announced = topic_list_asked(self.index, question, topic_words(intent.topic), rows)
                pick = pick_by_ordinal(announced.picks, position) if announced is not None else None
                if pick is not None:  # that item whole, as "第三项具体讲了什么" gets it
                    doc = self._doc(pick.document)
                    return self._one_pick(doc, pick, ResolvedQuestion(question, None, original=question),
                                          result, builder, intent.lang, of=len(announced.picks))
                if announced is not None:  # "第五个问题" of four: the list, and that it ends there
                    return self._announced(announced, intent, builder, position)
            if what.fact is None and position is None and not intent.wants_list \
                    and (beside := noun_announced_beside(self.index, chosen, intent.asked)) is not None \
                    and (listed := expand(self.index, beside)) is not None and listed.picks:
                # "今年的目标是什么": what the sentences found say, then the list of 目标 announced beside them
                lead = " ".join(self._quote(s, builder, intent.lang) for s in chosen if s < beside)
                text, items, notices = self._announced(listed, intent, builder)
                return (f"{lead}\n\n{text}" if lead else text), items, notices
            if position is not None:  # "第二条呢" asked first: the list its points are of, announced
                chosen = sorted(set(chosen) | set(announcers_of(self.index, chosen)))
            counted = counted_nouns(question)
            # "会议强调了什么": the sentence saying "会议强调，…" answers, not a "会议议定事项如下：" beside it
            runs = {s: len(longest_run(normalize(question), normalize(self.index.sentence_text(s)))) for s in chosen}
            # asked why problems arose, a sentence giving the cause answers: not a list announced beside it
            causes = intent.asks_reason and any(CAUSE_CUE.search(self.index.sentence_text(s))
                                                and expand(self.index, s) is None for s in chosen)
            asked_topic = topic_words(intent.topic) if intent.topic else ()
            # "列了几个部门的分工": the list of numbered items its sentence announces uncounted, counted
            counting = counts_items(what)
            for s in chosen if what.fact is None else [s for s in chosen if listed_items(self.index, s)] \
                    if counting else ():
                # "执法检查要怎么搞": the points a sentence leads in say how, as they say which
                announced = expand(self.index, s) or (items_led_by(self.index, s)
                                                      if intent.wants_list or HOW_ASKED.search(question) else None)
                if causes and not (announced and "原因" in self.index.sentence_text(s)):
                    continue  # a list beside the cause given is not the causes, unless it lists them ("究其原因，有以下几点")
                # a longer run of other words ("做好今年工作") does not outweigh the announcement of
                # the very noun asked ("要把握的原则有几条" and "把握好四项原则：")
                if runs[s] + 2 <= max(runs.values()) and not (announced and (any(
                        a.noun in question for a in find_announcements(self.index.sentence_text(s)))
                        or counts_in_asked_unit(self.index.sentence_text(s), question))):
                    continue
                if announced is not None and counts_another(self.index.sentence_text(s), counted):
                    continue  # "围绕哪几条产业链" is not answered by "以下几点考虑"
                if announced is not None and (parts_not_problems(self.index.sentence_text(s), question, intent.topic)
                                              or granted_not_announced(self.index.sentence_text(s), asked_topic)):
                    continue  # "我讲三个问题" is no list of problems, "在看到成绩的同时…短板：" none of results
                pick = pick_by_ordinal(announced.picks, position) if announced and position is not None else None
                if announced is not None and position is None and ONE_OF_THEM.search(question):
                    # "民生实事里关于养老的是哪一项": the one item its words name, not the list
                    pick = singled_item(self.index, announced.picks, question, (self.index.sentence_text(s),),
                                        self._doc(announced.picks[0].document))
                if pick is not None:  # "…的第二个考虑是什么", "第二点希望的主要内容": that point whole
                    return self._one_pick(self._doc(pick.document), pick,
                                          ResolvedQuestion(question, None, original=question), result, builder,
                                          intent.lang, of=len(announced.picks))
                if announced is not None:  # the list; of a point it does not show, that it ends there
                    return self._announced(announced, intent, builder, position,
                                           counted=asks_count(question))
            if intent.topic and not intent.wants_detail:  # "还存在哪些问题?" found two of the points: all
                announced = list_asked_of(self.index, question, topic_words(intent.topic), chosen) \
                    or topic_list_asked(self.index, question, topic_words(intent.topic), rows)
                if announced is not None:
                    return self._announced(announced, intent, builder)
            chosen = add_what_echoes_need(self.index, question, result.query_vector, chosen,
                                          reason=intent.asks_reason,
                                          beyond_lead=what.fact in (None, "place") and shows_asked(question))
            chosen = add_claims_of_examples(self.index, add_item_leads(self.index, chosen))
            chosen = add_examples_of_claims(self.index, chosen)
            # "中心组学习了几次": the review's 14次, not the plan's 每月不少于1次
            chosen = done_over_planned(self.index, question, periods, chosen, holding, FACT_SENTENCE_SHARE)
        # "什么是X？按照什么思路推进", "现在有多少家 今年要到多少": each asked part gets its best sentence too.
        parts = asked_parts(question) if self.structure else []
        clauses = parts or [c.strip() for c in re.split(r"[？?]", question) if len(c.strip()) >= 4]
        if len(clauses) > 1:
            extra: list[int] = []
            documents = {self.index.passages[r].document for r in rows}
            for clause in clauses:
                if parts:  # each fact asked is searched for on its own: "现在有多少" is not this year's target
                    extra += part_sentence(self.index, self.retriever, clause, documents, chosen + extra)
                else:
                    qvec = self.retriever.encoder.encode_query(clause)
                    extra += best_sentences(self.index, clause, qvec, rows, weights, limit=1)
            keep = set(extra)  # each part's sentence, then the question's own, up to a screen's worth
            for s in chosen:
                if len(keep) >= PARTS_SENTENCES:
                    break
                keep.add(s)
            chosen = sorted(keep)
        if self.structure and intent.topic == "problems" and position is None:
            chosen = problems_in_passing(self.index, chosen, rows)  # "一些地方…；有的部门…", not "想问题"
        if self.structure and len(set(periods)) == 1 and not _NOW_ASKED.search(question):
            # "去年…多少": not this year's target beside last year's; "现在有多少家 今年要到多少" asks two times
            chosen = in_period_sentences(self.index, chosen, periods)
        # a question asking two figures ("首贷户新增了多少户，标准地占比多少"): the clauses of each
        asks = asking_clauses(question)
        words = [asked(a).focus for a in asks] if len(asks) >= 2 else [what.focus] \
            if self.structure and what.fact in ("quantity", "date", "person") else None
        body = " ".join(self._quote(s, builder, intent.lang, words) for s in chosen)
        prefix = EN_LEADS[None] + " " if intent.lang == "en" else ""
        return prefix + body, sentence_items(self.index, chosen), []
