"""Answers about one item: the point a follow-up or an ordinal points at ("第二个呢", "这钱优先投哪"),
a section asked by its place, the reasons given after a target ("为啥定这个数").

A mixin of :class:`qa.sentence_answers.SentenceAnswers`; needs ``self.index``, ``self.retriever``,
``self._doc``, ``self._quote`` and the list answers of :class:`qa.list_answers.ListAnswers`.
"""
from __future__ import annotations

import re

from index.document import Document

from .item_counts import count_before_ordinal, count_line
from .announced import expand
from .answer import AnswerItem
from .companions import responsible_lines
from .compose import ItemPick, best_sentences, section_items
from .followup import ResolvedQuestion
from .narrowing import speaks_to
from .intent import detect_intent
from .list_answers import EN_LEADS, ListAnswers
from .list_numbers import numbered
from .notices import node_notice
from .retriever import SearchResult

# A sentence that announces the reasons for what was just said.
_GIVES_REASONS = re.compile(r"考虑|原因|理由|因为|依据|基于")
REASON_REACH = 3  # passages after the answer where its reasons may stand
_FIGURE = re.compile(r"\d+(?:\.\d+)?%?")
WHOLE_ITEM_CHARS = 420  # an item asked for in full is quoted whole up to this length (a screen of text)


class FocusAnswers(ListAnswers):
    """The answers about one item of the text."""

    def _one_pick(self, doc: Document, pick: ItemPick, resolved, result, builder, lang, of: int | None = None):
        """One item of a list; ``of``, the list's length, is said first where the question asked it
        ("基本原则有几条？第三条是什么")."""
        item = AnswerItem(text=pick.label, section=pick.section, document=doc.id,
                          passage_ids=[self.index.passages[r].id for r in pick.rows], marker=pick.marker)
        text, items, notices = self._focus(ResolvedQuestion(text=resolved.text, focus=item, original=resolved.original),
                                           result, builder, lang)
        if of and count_before_ordinal(resolved.original or resolved.text):
            text = count_line(of, lang) + "\n\n" + text
        return text, items, notices

    def _focus(self, resolved: ResolvedQuestion, result: SearchResult, builder, lang: str):
        item = resolved.focus
        rows = [self.index.position(pid) for pid in item.passage_ids if self.index.passage(pid)]
        rows = rows or [h.row for h in result.hits[:1]]
        doc = self._doc(self.index.passages[rows[0]].document)
        if resolved.form in ("deictic", "elaboration") and (why := detect_intent(resolved.original)).asks_reason \
                and (reasons := self._reasons_after(rows)) is not None:
            # "为啥定这个数", "为什么?" after a target: the reasons the text gives next ("主要考虑：一是…")
            return self._announced(reasons, why, builder)
        if resolved.form in ("deictic", "elaboration") and detect_intent(resolved.original).asks_reason \
                and (reason := self._reason_of_figure(rows, item.text)) is not None:
            # "为啥定这个数" of "…增长7%以上": "…设定为7%以上，考虑了…", a reason said in a sentence, not listed
            return self._quote(reason, builder, lang), [item], []
        node = doc.node(item.section)  # None for an item (…> 一是): it is answered from its passages
        notices = [x for x in [node_notice(node, doc, lang) if node else None] if x]
        if node is not None and item.text != node.title and item.passage_ids:
            node = None  # a paragraph listed as one point of its section ("第二条" of its 5 points): that point
        if item.span is not None and not resolved.continues:  # "第三个呢?" of the points quoted: that point
            at = [x for x in self.index.sentences_of(rows[0]) if self.index.sentence_spans[x][1] <= item.span[0]][-1:]
            # "这个由谁牵头" of a task quoted: its line "牵头单位：…" after it
            lines = responsible_lines(self.index, resolved.original or resolved.text, at)
            return " ".join([f"{item.text}[{builder.cite(rows[0], *item.span)}]"]
                            + [self._quote(x, builder, lang) for x in lines]), [item], notices
        if item.span is not None and speaks_to(resolved.original, item.text):
            # "这钱优先投哪" after "…专项债券3.65万亿元，…优先支持在建工程": the sentence quoted says it
            return f"{item.text}[{builder.cite(rows[0], *item.span)}]", [item], notices
        body_rows = [r for r in (self.index.rows_under(doc.id, node.path) if node is not None else rows)
                     if "outline_only" not in self.index.passages[r].flag_kinds]
        if node is not None and not resolved.continues and not node.children \
                and (whole := self._whole_item(body_rows)):
            # "第三小点呢" of a section with no sub-points, short enough to read: all of it, as an item asked
            # in full is; its lead sentences alone drop the figures of its later ones
            body = " ".join(self._quote(s_idx, builder, lang) for s_idx in whole)
            return f"{item.text}\n\n{body}", [item], notices
        if node is not None and not resolved.continues:  # a whole section: list what it holds
            picks = section_items(self.index, doc, node, result.query_vector)
            if len(picks) == 1 and picks[0].node is node:  # a heading alone: say it once
                return self._render_pick(picks[0], builder, lang), [item], notices
            text = "\n".join(numbered(n, self._render_pick(p, builder, lang)) for n, p in enumerate(picks, 1))
            return f"{item.text}\n\n{text}", [item], notices
        weights = {h.row: h.score for h in result.hits}
        if resolved.continues:  # "有没有例子": the sentences of the last answer's passages that fit
            qvec = self.retriever.encoder.encode_query(resolved.original)
            chosen = best_sentences(self.index, resolved.original, qvec, rows, weights, limit=2)
        elif (resolved.wants_whole_item or resolved.bare_ordinal) and (whole := self._whole_item(rows)):
            # "第二个具体说说", or a bare "第四个方面呢" that has no words to choose its details by: all of it
            chosen = whole
        else:  # "第二个呢": the item's lead sentence and the details closest to the question
            lead = self.index.sentences_of(rows[0])[:1]
            detail = best_sentences(self.index, resolved.original, result.query_vector, rows, weights,
                                    limit=3, margin=1.0)
            chosen = sorted(set(lead + detail))
        # "这个由谁牵头", "完成时间呢": the task's own line after it ("牵头单位：…；完成时限：…")
        chosen = sorted(set(chosen) | set(responsible_lines(self.index, resolved.original or resolved.text, chosen)))
        body = " ".join(self._quote(s, builder, lang) for s in chosen)
        prefix = EN_LEADS[None] + " " if lang == "en" else ""
        return prefix + body, [item], notices

    def _whole_item(self, rows: list[int]) -> list[int]:
        """The sentences of an item's passages in order, when they fit :data:`WHOLE_ITEM_CHARS`
        (an item longer than that is answered by its lead and the details nearest the question)."""
        sentences = [s for r in sorted(set(rows)) for s in self.index.sentences_of(r)]
        size = sum(len(self.index.sentence_text(s)) for s in sentences)
        return sentences if size <= WHOLE_ITEM_CHARS else []

    def _reason_of_figure(self, rows: list[int], said: str) -> int | None:
        """The sentence in or right after ``rows`` giving a reason (考虑, 原因…) for a figure of ``said``,
        the item answered, which it names again; None when none does."""
        figures = set(_FIGURE.findall(said))
        for s in self._reason_sentences(rows):
            text = self.index.sentence_text(s)
            if text.strip() not in said and figures & set(_FIGURE.findall(text)):
                return s
        return None

    def _reasons_after(self, rows: list[int]):
        """The reasons the text gives in or right after the passages ``rows`` (a sentence announcing
        its 考虑, 原因 or 理由 and the points it announces, within the next few passages), or None."""
        for s in self._reason_sentences(rows):
            announced = expand(self.index, s)
            if announced is not None and announced.picks:
                return announced
        return None

    def _reason_sentences(self, rows: list[int]):
        """The sentences in or within :data:`REASON_REACH` passages after ``rows``, in their speech, that
        give a reason (考虑, 原因, 理由…), in order."""
        document = self.index.passages[max(rows)].document
        for row in range(min(rows), min(max(rows) + 1 + REASON_REACH, len(self.index.passages))):
            if self.index.passages[row].document != document:
                return
            for s in self.index.sentences_of(row):
                if _GIVES_REASONS.search(self.index.sentence_text(s)):
                    yield s
