"""Answers shaped as lists: a section's items or sub-sections, the parts of a speech, the
points an announcement introduces. Mixed into :class:`~qa.answerer.ExtractiveAnswerer`."""
from __future__ import annotations

import re
from dataclasses import replace

from index.document import Document, OutlineNode, section_under

from .announced import Announced, announcement_count, shortfall
from .answer import AnswerItem, Notice
from .beyond_shown import part_in_gap_answer, point_not_shown_line, raise_if_point_in_gap, start_in_gap
from .citations import CitationBuilder
from .compose import ItemPick, heading_row, section_items
from .documents import genre_noun
from .echoes import add_points_of_claims
from .list_runs import list_of_another_thing, run_asked
from .added_point import added_lines
from .list_numbers import numbered, own_numbers
from .ordinal_picks import pick_by_ordinal, shown_numbers, skipped_numbers
from .intent import Intent, topic_words
from .counted import counted_nouns
from .section_paragraph import paragraph_sentences
from .item_counts import count_line, uncounted_items
from .notices import node_notice, speech_prefix
from .retriever import SearchResult
from .steering import article_nodes
from .topic_lists import announced_sub_headings, own_points_of_topic

EN_LEADS = {
    "problems": "The speech names these problems (quoted in Chinese):",
    "tasks": "The speech sets out these tasks (quoted in Chinese):",
    "measures": "The speech lists these measures (quoted in Chinese):",
    "results": "The speech reports these results (quoted in Chinese):",
    None: "The speech says (quoted in Chinese):",
}


_CHAPTER = re.compile(r"第[一二三四五六七八九十百零〇两0-9]{1,4}章")


class ListAnswers:
    """The list-shaped answers; needs ``self.index`` and ``self._doc``."""

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
            pick.sentences = self.index.sentences_of(rows[0])[:1] if rows else []
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

    def _list(self, doc: Document, node: OutlineNode, intent: Intent, result: SearchResult,
              builder: CitationBuilder):
        notices = [x for x in [node_notice(node, doc, intent.lang)] if x]
        if node.status == "omitted":  # known only from the numbering around a gap
            item = AnswerItem(text=node.title, section=node.path, document=doc.id)
            return part_in_gap_answer(self.index, doc, node, builder, intent.lang), [item], notices
        picks = section_items(self.index, doc, node, result.query_vector)
        if intent.topic and (points := own_points_of_topic(self.index, doc, node, topic_words(intent.topic))):
            picks = points  # "去年成绩讲了几个方面": the results it lists, not the problems' sub-headings
        elif intent.topic and (sub := announced_sub_headings(self.index, doc, node, topic_words(intent.topic))):
            node = sub  # "存在哪些短板": the headings announced as the 短板, nested under the review's last section
            picks = section_items(self.index, doc, node, result.query_vector)
        if not node.children:  # "项目建设存在哪些问题" of "先说营商环境。…一是…" then "再说项目建设。一是…"
            picks = run_asked(self.index, picks, result.question, topic_words(intent.topic) if intent.topic else ())
        if len(picks) == 1 and picks[0].node is node:  # the section is a heading alone
            item = AnswerItem(text=node.title, section=node.path, document=doc.id,
                              passage_ids=[self.index.passages[r].id for r in picks[0].rows])
            return self._render_pick(picks[0], builder, intent.lang), [item], notices
        if picks and all(p.sentences and all(self._fragment(s) for s in p.sentences) for p in picks):
            # cut off right after its heading: say so, like a section shown only as a heading
            item = AnswerItem(text=node.title, section=node.path, document=doc.id,
                              passage_ids=[self.index.passages[r].id for p in picks for r in p.rows])
            body = self._render_pick(picks[0], builder, intent.lang)
            text = (f"“{node.title}” is cut off right after its heading {body}." if intent.lang == "en"
                    else f"“{node.title}”部分在标题之后就被截断了{body}。")
            return text, [item], notices
        announcing = self._announcing_sentence(picks)
        lead_in = self._lead_paragraph(picks)
        if lead_in is not None:  # "…目标任务是：" then 到2020年…/到2035年…: the lead, not the first item
            announcing, picks = lead_in, picks[1:]
        if announcing is not None:  # "必须坚持以下原则：" introduces the list: quote it
            lead = f"{builder.sentence(announcing)}[{builder.cite_sentence(announcing)}]"
            if (skipped := skipped_numbers(picks)) and intent.lang != "en":
                lead += f"(节选中显示了{len(picks)}项,第{'、'.join(map(str, skipped))}项在省略处)"
            if intent.lang == "en":
                lead = EN_LEADS.get(intent.topic, EN_LEADS[None]) + " " + lead
        elif intent.lang == "en":
            lead = EN_LEADS.get(intent.topic, EN_LEADS[None])
        else:
            genre = genre_noun(doc.title)
            first = min((n for n in shown_numbers(picks) if n), default=1)
            lead = f"{genre}“{node.title}”部分共列出{len(picks)}项:" if len(picks) > 1 \
                else f"{genre}“{node.title}”部分讲到:"
            if first > 1 and start_in_gap(doc, node):  # the list's start lies in a gap: its count is not the list's
                lead = (f"{genre}“{node.title}”部分在节选中从第{first}项起显示(前{first - 1}项在省略处),"
                        f"显示了{len(picks)}项:")
            elif skipped := skipped_numbers(picks):  # 一是/二是/四是: the third lies in a gap
                lead = (f"{genre}“{node.title}”部分在节选中显示了{len(picks)}项(第{'、'.join(map(str, skipped))}项"
                        "在省略处):")
        if len(picks) == 1 and (sentences := paragraph_sentences(self.index, picks[0], result.question, node.title)):
            picks = [replace(picks[0], sentences=sentences)]
        numbers = own_numbers(picks)
        if intent.asks_reason:  # "为什么…" of a claim argued in points: the points are the reasons
            picks = [replace(p, sentences=add_points_of_claims(self.index, p.sentences, p.rows)) for p in picks]
        lines, items = [], []
        for n, pick in zip(numbers, picks):  # the speech's own numbers where a gap skips one
            lines.append(numbered(n, self._render_pick(pick, builder, intent.lang)))
            items.append(AnswerItem(text=pick.label, section=pick.section, document=doc.id,
                                    passage_ids=[self.index.passages[r].id for r in pick.rows],
                                    marker=pick.marker))
        lines += added_lines(self.index, picks, numbers, builder)
        return lead + "\n\n" + "\n".join(lines), items, notices

    def _list_of_another_thing(self, doc: Document, node: OutlineNode, intent: Intent, question: str,
                               result: SearchResult) -> bool:
        """Whether the section's one list is announced as something the question does not ask
        (:func:`qa.list_runs.list_of_another_thing`)."""
        picks = section_items(self.index, doc, node, result.query_vector)
        return list_of_another_thing(self.index, doc, node, picks, self._announcing_sentence(picks),
                                     list(intent.asked) + counted_nouns(question))

    def _lead_paragraph(self, picks: list[ItemPick]) -> int | None:
        """The last sentence of a section's first paragraph when it ends in a colon and unnumbered
        paragraphs follow it: it leads into them and is none of them."""
        if len(picks) < 3 or any(p.marker is not None for p in picks) or not picks[0].rows:
            return None
        sentences = self.index.sentences_of(picks[0].rows[-1])
        return sentences[-1] if sentences and self.index.sentence_text(sentences[-1]).rstrip().endswith(("：", ":")) \
            else None

    def _announcing_sentence(self, picks: list[ItemPick]) -> int | None:
        """The sentence right before a list of items that announces it, if there is one."""
        if len(picks) < 2 or not picks[0].rows or picks[0].marker is None:
            return None
        row = picks[0].rows[0] - 1
        if row < 0 or self.index.passages[row].document != picks[0].document:
            return None
        sentences = self.index.sentences_of(row)
        if not sentences or self.index.passages[row].item is not None:
            return None
        announces, _count = announcement_count(self.index.sentence_text(sentences[-1]))
        return sentences[-1] if announces else None

    def _render_pick(self, pick: ItemPick, builder: CitationBuilder, lang: str) -> str:
        if pick.heading_row is not None:
            mark = builder.cite(pick.heading_row)
            missing = "(body missing from the excerpt; heading only)" if lang == "en" \
                else "(该部分正文在节选中缺失,仅有提纲标题)"
            return f"{self.index.passages[pick.heading_row].text}[{mark}]{missing}"
        if pick.sentences and all(self._fragment(s) for s in pick.sentences):
            mark = builder.cite_sentence(pick.sentences[0])
            shown = builder.sentence(pick.sentences[0])
            cut = (f"(the text breaks off after “{shown}”[{mark}]; the rest is not in the excerpt)" if lang == "en"
                   else f"(正文在“{shown}”[{mark}]处中断,具体内容不在节选中)")
            return f"{pick.label if pick.node is not None else ''}{cut}"
        body = " ".join(f"{builder.sentence(s)}[{builder.cite_sentence(s)}]" for s in pick.sentences)
        if pick.node is not None:  # a child section: name its heading, then quote its lead
            status = ""
            if pick.node.status == "partial":
                status = "(partly shown in the excerpt)" if lang == "en" else "(节选中不完整)"
            # a heading that is itself a sentence (an interview's "…是多少？") needs no colon
            joint = " " if pick.label.endswith(("？", "?", "。", "！")) and not status else ":"
            return f"{pick.label}{status}{joint}{body}"
        return body

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

    def _fragment(self, s_idx: int) -> bool:
        """A bare marker or a few characters before a cut ("一是 ……"): no content of its own."""
        return len(self.index.sentence_text(s_idx).strip(" …。.，,、：:\u3000")) <= 4

    def _announced(self, announced: Announced, intent: Intent, builder: CitationBuilder,
                   position: int | None = None, counted: bool = False):
        """The announcing sentence, then each point it announces; a notice when fewer are shown.
        With ``position`` (0-based, "第二个考虑"), that point alone; of a point the text does not
        show, what it shows and that the asked one is not there."""
        lang = intent.lang
        s = announced.sentence
        doc = self._doc(self.index.passages[self.index.sentence_spans[s][0]].document)
        prefix = EN_LEADS[None] + " " if lang == "en" else ""
        def item(p: ItemPick) -> AnswerItem:
            return AnswerItem(text=p.label, section=p.section, document=p.document,
                              passage_ids=[self.index.passages[r].id for r in p.rows], marker=p.marker)
        if position is not None and (pick := pick_by_ordinal(announced.picks, position)) is not None:
            return prefix + self._render_pick(pick, builder, lang), [item(pick)], []
        if position is not None:
            raise_if_point_in_gap(doc, announced.picks, position + 1, self.index.sentence_text(s), lang)
        head = f"{builder.sentence(s)}[{builder.cite_sentence(s)}]"
        if counted and uncounted_items(announced, self.index.sentence_text(s)):  # "列了几个部门的分工": the count the text leaves unwritten
            head = count_line(len(announced.picks), lang) + "\n\n" + head
        if (skipped := skipped_numbers(announced.picks)) and lang != "en":
            head += f"(节选中显示了{len(announced.picks)}项,第{'、'.join(map(str, skipped))}项在省略处)"
        numbers = own_numbers(announced.picks)
        lines = [numbered(n, self._render_pick(p, builder, lang)) for n, p in zip(numbers, announced.picks)]
        lines += added_lines(self.index, announced.picks, numbers, builder)
        items = [item(p) for p in announced.picks]
        notices = []
        if position is not None and position >= 0:
            head += "\n\n" + point_not_shown_line(announced.picks, position + 1, announced.count, lang)
        missing = shortfall(announced)
        if missing:
            kind = "cut_off" if doc.truncation.cut_off else "gap"
            notices.append(Notice(kind, (f"The speech announces {announced.count} points but the text shows "
                                         f"{len(announced.picks)}; the rest is not in the text." if lang == "en"
                                         else f"讲话预告了{announced.count}点,文中只出现了{len(announced.picks)}点,"
                                              "其余内容不在文中。"), None))
        return prefix + head + "\n\n" + "\n".join(lines), items, notices
