"""ExtractiveAnswerer: answers made only of the speech's own sentences, each one cited."""
from __future__ import annotations

import numpy as np

from index.document import Document, OutlineNode
from index.store import PassageIndex

from .answer import Answer, AnswerItem, RetrievedPassage
from .citations import CitationBuilder
from .compose import ItemPick, best_sentences, rows_under, section_items
from .followup import ResolvedQuestion
from .intent import Intent, detect_intent
from .notices import dedupe, flag_notice, node_notice
from .refusal import RefusalRule, coverage_reply
from .retriever import HybridRetriever, SearchResult
from .truncation_answers import completeness_answer

_EN_LEADS = {
    "problems": "The speech names these problems (quoted in Chinese):",
    "tasks": "The speech sets out these tasks (quoted in Chinese):",
    "measures": "The speech lists these measures (quoted in Chinese):",
    "results": "The speech reports these results (quoted in Chinese):",
    None: "The speech says (quoted in Chinese):",
}


class ExtractiveAnswerer:
    """Builds an :class:`Answer` from ranked passages without writing a word of its own content.

    With ``structure`` off it answers every question with its best sentences,
    the way a generic RAG pipeline would (used by the eval baselines).
    """

    def __init__(self, index: PassageIndex, retriever: HybridRetriever, structure: bool = True,
                 refusal: RefusalRule | None = None) -> None:
        self.index, self.retriever, self.structure = index, retriever, structure
        self.refusal = refusal or RefusalRule()

    # -- entry points ------------------------------------------------------------
    def refuse_input(self, question: object, reply: str) -> Answer:
        """The answer to input that holds no question (empty, only emoji…)."""
        return Answer(question=question if isinstance(question, str) else "", answer=reply,
                      answerable=False)

    def answer(self, question: str, resolved: ResolvedQuestion) -> Answer:
        """Answer ``resolved.text`` (the follow-up already made to stand alone)."""
        intent = detect_intent(resolved.text)
        result = self.retriever.search(resolved.text, intent, k=max(10, self.retriever_k))
        retrieved = [RetrievedPassage(h.passage.id, h.passage.section, h.passage.text, h.score)
                     for h in result.hits]
        lang = intent.lang
        builder = CitationBuilder(self.index)
        structural = bool(resolved.focus or result.targets or intent.completeness)
        if not (self.structure and structural) and not self.refusal.answerable(
                resolved.text, result, self.index, lang):
            return Answer(question=question, answer=coverage_reply(self.index.documents, lang),
                          answerable=False, retrieved=retrieved)
        text, items, extra_notices = self._compose(question, resolved, intent, result, builder)
        notices = extra_notices + [flag_notice(f, p, self._doc(p.document), lang)
                                   for p, f in builder.flags_used()]
        return Answer(question=question, answer=text, answerable=True,
                      citations=builder.citations(), notices=dedupe(notices),
                      retrieved=retrieved, items=items)

    retriever_k = 10

    # -- composing ---------------------------------------------------------------
    def _doc(self, doc_id: str) -> Document:
        return self.index.document(doc_id)

    def _compose(self, question, resolved, intent: Intent, result: SearchResult, builder):
        lang = intent.lang
        if self.structure and resolved.focus is not None:
            return self._focus(resolved, result, builder, lang)
        target = self._target(result)
        if self.structure and intent.completeness:
            doc = self._doc(target[0]) if target else self._doc(result.hits[0].passage.document)
            text, notices = completeness_answer(self.index, doc, target[1] if target else None,
                                                builder, lang)
            return text, [], notices
        if self.structure and target:
            doc, node = self._doc(target[0]), target[1]
            wants_items = intent.wants_list or node.children or node.status == "outline_only" \
                or (intent.topic and not intent.wants_figure)
            if wants_items:
                return self._list(doc, node, intent, result, builder)
        return self._facts(resolved.text, intent, result, builder)

    def _target(self, result: SearchResult) -> tuple[str, OutlineNode] | None:
        """The one targeted section to answer from (the best-ranked one when several)."""
        if not result.targets:
            return None
        rank = {h.passage.section: i for i, h in reversed(list(enumerate(result.hits)))}

        def best_rank(t):
            return min((i for s, i in rank.items() if s == t[1].path or s.startswith(t[1].path + " > ")),
                       default=len(rank))
        return min(result.targets, key=best_rank)

    def _list(self, doc: Document, node: OutlineNode, intent: Intent, result: SearchResult,
              builder: CitationBuilder):
        picks = section_items(self.index, doc, node, result.query_vector)
        lines, items = [], []
        for n, pick in enumerate(picks, start=1):
            lines.append(f"{n}. {self._render_pick(pick, builder, intent.lang)}")
            items.append(AnswerItem(text=pick.label, section=pick.section, document=doc.id,
                                    passage_ids=[self.index.passages[r].id for r in pick.rows]))
        notices = [x for x in [node_notice(node, doc, intent.lang)] if x]
        if intent.lang == "en":
            lead = _EN_LEADS.get(intent.topic, _EN_LEADS[None])
        else:
            lead = f"讲话“{node.title}”部分共列出{len(picks)}项:" if len(picks) > 1 \
                else f"讲话“{node.title}”部分讲到:"
        return lead + "\n\n" + "\n".join(lines), items, notices

    def _render_pick(self, pick: ItemPick, builder: CitationBuilder, lang: str) -> str:
        if pick.heading_row is not None:
            mark = builder.cite(pick.heading_row)
            missing = "(body missing from the excerpt; heading only)" if lang == "en" \
                else "(该部分正文在节选中缺失,仅有提纲标题)"
            return f"{self.index.passages[pick.heading_row].text}[{mark}]{missing}"
        body = " ".join(f"{builder.sentence(s)}[{builder.cite_sentence(s)}]" for s in pick.sentences)
        if pick.node is not None:  # a child section: name its heading, then quote its lead
            status = ""
            if pick.node.status == "partial":
                status = "(partly shown in the excerpt)" if lang == "en" else "(节选中不完整)"
            return f"{pick.label}{status}:{body}"
        return body

    def _focus(self, resolved: ResolvedQuestion, result: SearchResult, builder, lang: str):
        item = resolved.focus
        rows = [self.index.position(pid) for pid in item.passage_ids if self.index.passage(pid)]
        rows = rows or [h.row for h in result.hits[:1]]
        doc = self._doc(self.index.passages[rows[0]].document)
        node = doc.node(item.section)  # None for an item (…> 一是): it is answered from its passages
        notices = [x for x in [node_notice(node, doc, lang) if node else None] if x]
        if node is not None and (node.children or node.status == "outline_only"):
            picks = section_items(self.index, doc, node, result.query_vector)
            text = "\n".join(f"{n}. {self._render_pick(p, builder, lang)}" for n, p in enumerate(picks, 1))
            return f"{item.text}\n\n{text}", [], notices
        weights = {h.row: h.score for h in result.hits}
        lead = self.index.sentences_of(rows[0])[:1]
        detail = best_sentences(self.index, resolved.original, result.query_vector, rows, weights,
                                limit=2, margin=1.0)
        chosen = sorted(set(lead + detail))
        body = " ".join(f"{builder.sentence(s)}[{builder.cite_sentence(s)}]" for s in chosen)
        prefix = _EN_LEADS[None] + " " if lang == "en" else ""
        return prefix + body, [], notices

    def _facts(self, question: str, intent: Intent, result: SearchResult, builder):
        top = result.hits[:5]
        weights = {h.row: h.score for h in top}
        chosen = best_sentences(self.index, question, result.query_vector,
                                [h.row for h in top], weights)
        body = " ".join(f"{builder.sentence(s)}[{builder.cite_sentence(s)}]" for s in chosen)
        prefix = _EN_LEADS[None] + " " if intent.lang == "en" else ""
        items = [AnswerItem(text=builder.sentence(s), section=self.index.passages[self.index.sentence_spans[s][0]].section,
                            document=self.index.passages[self.index.sentence_spans[s][0]].document,
                            passage_ids=[self.index.passages[self.index.sentence_spans[s][0]].id])
                 for s in chosen]
        return prefix + body, items, []


def top_rows(result: SearchResult, n: int) -> list[int]:
    """Rows of the ``n`` best hits."""
    return [h.row for h in result.hits[:n]]


__all__ = ["ExtractiveAnswerer", "rows_under", "top_rows", "np"]
