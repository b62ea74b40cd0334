"""Answers shaped as lists: a section's items or sub-sections, the points an announcement
introduces; the parts of a speech are :mod:`qa.outline_answers`. Mixed into
:class:`~qa.answerer.ExtractiveAnswerer`."""
from __future__ import annotations

from dataclasses import replace

from index.document import Document, OutlineNode

from .announced import Announced, announcement_count, shortfall
from .answer import AnswerItem, Notice
from .beyond_shown import part_in_gap_answer, point_not_shown_line, raise_if_point_in_gap, start_in_gap
from .citations import CitationBuilder
from .table_filter import rows_of_value
from .compose import ItemPick, section_items
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
from .notices import node_notice
from .outline_answers import OutlineAnswers
from .retriever import SearchResult
from .topic_lists import announced_sub_headings, own_points_of_topic

EN_LEADS = {
    "problems": "The speech names these problems (quoted in Chinese):",
    "tasks": "The speech sets out these tasks (quoted in Chinese):",
    "measures": "The speech lists these measures (quoted in Chinese):",
    "results": "The speech reports these results (quoted in Chinese):",
    None: "The speech says (quoted in Chinese):",
}


class ListAnswers(OutlineAnswers):
    """The list-shaped answers; needs ``self.index`` and ``self._doc``."""

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
        listed = len(picks)
        picks = rows_of_value(self.index, picks, result.question)  # "哪些问题要在10月底前完成": those rows
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
            if len(picks) < listed:  # rows picked by a value the question names
                lead = f"{genre}“{node.title}”部分列出的{listed}项中,与问题相符的有{len(picks)}项:"
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
            return f"{pick.label}{status}{joint}{body}" if body else f"{pick.label}{status}"  # a heading alone
        return body

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
