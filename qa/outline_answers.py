"""Answers about the parts of a text: its outline (each part with the sentence that opens it, a
regulation's chapters and articles, the points its opening announces), the parts of each speech of a
library, and the part that speaks of what is asked ("哪一部分讲人才"). A mixin of
:class:`~qa.list_answers.ListAnswers`; needs ``self.index``, ``self._doc`` and ``self._render_pick``.
"""
from __future__ import annotations

import re

from index.document import Document, OutlineNode, section_under

from .announced import announcement_count
from .answer import AnswerItem, Notice
from .citations import CitationBuilder
from .compose import NOTE_LINE, ItemPick, heading_row
from .documents import genre_noun
from .list_numbers import numbered
from .notices import node_notice, speech_prefix
from .retriever import SearchResult
from .steering import article_nodes

_CHAPTER = re.compile(r"第[一二三四五六七八九十百零〇两0-9]{1,4}章")


# A labelled field ("牵头单位：…", "完成时限：…") or a table row ("序号 | 任务 | …"): no sentence opening a part.
_NOT_AN_OPENING = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,6}\s*[：:]|[^。]*\s\|\s)")


class OutlineAnswers:
    """The answers made of a text's parts."""

    def _outline(self, result: SearchResult, builder: CitationBuilder, lang: str):
        """The parts of the speech, each with the sentence that opens it (or its heading alone)."""
        doc = self._doc(result.hits[0].passage.document)
        picks = []
        for node in doc.outline:
            rows = [r for r in self.index.rows_under(doc.id, node.path)
                    if "outline_only" not in self.index.passages[r].flag_kinds]
            head = heading_row(self.index, doc.id, node)
            pick = ItemPick(label=node.title, section=node.path, document=doc.id, node=node, rows=rows,
                            heading_row=head if not rows else None)
            # its opening sentence: not a task's field line ("牵头单位：县水利局。"), a table's row nor a note
            # under it ("注：…"), which say nothing of the part; a part of only those is shown by its heading
            pick.sentences = next(([s] for r in rows for s in self.index.sentences_of(r)
                                   if not _NOT_AN_OPENING.match(self.index.sentence_text(s))
                                   and not NOTE_LINE.match(self.index.sentence_text(s))), [])
            picks.append(pick)
        lead = (f"The speech has {len(picks)} parts:" if lang == "en"
                else f"《{doc.title}》共分{len(picks)}个部分:")
        if (articles := self._articles(doc, builder, lang)) is not None:  # a regulation: 第一章…, 第一条…
            lead = articles
        if (found := self._points_announced(doc, len(picks))) is not None:  # "下面，我讲三点意见。"
            said, count = found
            quote = f"“{builder.sentence(said)}”[{builder.cite_sentence(said)}]"
            if count == len(picks):
                lead = lead[:-1] + (f", as it announces: {quote}:" if lang == "en" else f",讲话中说:{quote}:")
            else:  # an excerpt: it announces more points than it shows
                lead = (f"The speech announces {count} points ({quote}); the text shows {len(picks)}:"
                        if lang == "en" else
                        f"讲话中说:{quote},预告了{count}点;《{doc.title}》文中只出现了{len(picks)}个部分:")
        lines = [numbered(n, self._render_pick(p, builder, lang)) for n, p in enumerate(picks, 1)]
        builder.quiet_blanks()  # "一共讲了几点": a part's opening "××个" is not what was asked
        items = [AnswerItem(text=p.label, section=p.section, document=doc.id,
                            passage_ids=[self.index.passages[r].id for r in p.rows]) for p in picks]
        notices = [x for x in (node_notice(p.node, doc, lang) for p in picks) if x]
        return lead + "\n\n" + "\n".join(lines), items, notices

    def _articles(self, doc: Document, builder: CitationBuilder, lang: str) -> str | None:
        """How many chapters and articles a regulation has, citing the last article's opening
        sentence (its number shows the count); None when the text is not set in articles."""
        articles = article_nodes(doc)
        if not articles:
            return None
        chapters = [n for n in doc.outline if _CHAPTER.match(n.title)]
        # its heading, where the index has one: the number is the count, and the article's own words
        # (a blanked date) would bring notices the question did not ask for
        head = heading_row(self.index, doc.id, articles[-1])
        rows = [r for r in self.index.rows_under(doc.id, articles[-1].path)
                if "outline_only" not in self.index.passages[r].flag_kinds]
        last = self.index.sentences_of(rows[0])[:1] if rows and head is None else []
        quote = (f"“{builder.sentence(last[0])}”[{builder.cite_sentence(last[0])}]" if last
                 else f"“{articles[-1].title}”[{builder.cite(head)}]" if head is not None else "")
        if lang == "en":
            return (f"The text has {len(chapters)} chapters and {len(articles)} articles" if chapters else
                    f"The text has {len(articles)} articles") + (f"; the last, {articles[-1].title}: {quote}" if quote else "") + \
                ". Its chapters:"
        return (f"《{doc.title}》共{len(chapters)}章{len(articles)}条" if chapters else f"《{doc.title}》共{len(articles)}条") \
            + f"(第一条至{articles[-1].title.split()[0]})" + (f",最后一条是:{quote}" if quote else "") + "。各章是:"

    def _which_part(self, doc: Document, node: OutlineNode, builder: CitationBuilder, lang: str):
        """Where the text speaks of what is asked ("哪一部分讲人才"): the heading that names it, with
        the sentence that opens its text (or the heading alone); None when nothing stands under it."""
        rows = [r for r in self.index.rows_under(doc.id, node.path)
                if "outline_only" not in self.index.passages[r].flag_kinds]
        head = heading_row(self.index, doc.id, node)
        if not rows and head is None:
            return None
        pick = ItemPick(label=node.title, section=node.path, document=doc.id, node=node, rows=rows,
                        heading_row=head if not rows else None)
        pick.sentences = self.index.sentences_of(rows[0])[:1] if rows else []
        top = next((t for t in doc.outline if section_under(node.path, t.path)), node)
        if lang == "en":
            lead = f"The text speaks of it under “{top.title}”" + (f", in “{node.title}”:" if top is not node else ":")
        else:
            lead = f"{genre_noun(doc.title)}在“{top.title}”部分" + (f"的“{node.title}”" if top is not node else "") \
                + "讲到这一内容:"
        item = AnswerItem(text=node.title, section=node.path, document=doc.id,
                          passage_ids=[self.index.passages[r].id for r in rows or [head]])
        notices = [x for x in [node_notice(node, doc, lang)] if x]
        return lead + "\n\n" + self._render_pick(pick, builder, lang), [item], notices

    def _library_outline(self, documents: set[str] | None, builder: CitationBuilder, lang: str):
        """The parts of each speech in scope (``None``: all), when the question names none of several:
        a line each, cited at the speech's first passage, with the notices of parts not shown whole."""
        lines, notices = [], []
        for doc in self.index.documents:
            if documents is not None and doc.id not in documents:
                continue
            parts = "；".join(n.title for n in doc.outline) or (
                "no headed parts" if lang == "en" else "未分标题部分")
            rows = self.index.rows_under(doc.id, doc.outline[0].path) if doc.outline else []
            mark = f"[{builder.cite(rows[0])}]" if rows else ""
            lines.append(f"- 《{doc.title}》{mark}: {parts}")
            notices += [Notice(x.kind, speech_prefix(doc, lang) + x.message, x.passage_id)
                        for x in (node_notice(n, doc, lang) for n in doc.outline) if x]
        head = ("Which speech? The index holds several; the parts of each:" if lang == "en"
                else "索引中有多篇讲话,请指明是哪一篇。各篇的结构如下:")
        return head + "\n" + "\n".join(lines), [], notices

    def _points_announced(self, doc: Document, shown: int) -> tuple[int, int] | None:
        """The sentence of the opening, before the first part, that announces the speech's
        points ("下面，我讲三点意见。") and their number: the ``shown`` parts, or more where the
        text is an excerpt that stops before the last; None when no sentence says so."""
        cut = bool(doc.truncation.cut_off or doc.truncation.gaps)
        for row in self.index.doc_rows(doc.id):
            if self.index.passages[row].section != doc.title:
                break
            for s in self.index.sentences_of(row):
                announces, count = announcement_count(self.index.sentence_text(s))
                if announces and count is not None and (count == shown or (cut and count > shown)):
                    return s, count
        return None
