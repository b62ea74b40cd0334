"""The sentences an answer picks and how it quotes them: each period's and each ask's sentence, a cue's
sentence, a long sentence cut to the clauses asked. A mixin under :class:`qa.sentence_answers.SentenceAnswers`;
needs ``self.index`` and ``self.retriever``.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import product

from index.document import section_under

from .asked import asked
from .citations import CitationBuilder
from .fact_check import FACT_PATTERNS
from .fact_match import FACT_SENTENCE_SHARE, fact_sentences
from .fact_periods import in_period_rows, table_columns
from .focus_answers import FocusAnswers
from .list_clauses import asked_span
from .refusal import asking_clauses, content_of
from .refusal_features import rarity
from .sentence_cues import CAUSES_SORTED

SORTED_CAUSES = 3  # sentences after "既有客观原因，也有主观原因" that give them

PER_CLAUSE_ROWS = 8  # the passages searched for each ask: the first ask's may rank below the whole's top five
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]*年)")  # a figure, not a year ("2025年")
MAX_ASKS = 4  # asks matched one by one: the choices multiply, five per ask, and a question may run to 500 characters


def _spans_of_asks(text: str, asks: list[list[str]]) -> tuple[int, int] | None:
    """The span from the first to the last clause of ``text`` holding each ask's words (see
    :func:`qa.list_clauses.asked_span`); None, the whole sentence, when an ask's clause stands out nowhere."""
    # a later ask whose own words stand out nowhere leans on the first ask's ("去年GDP多少 涨了几个点")
    spans = [asked_span(text, words) or (asked_span(text, words + asks[0]) if i else None)
             for i, words in enumerate(asks) if words]
    return None if None in spans or not spans else (min(a for a, _b in spans), max(b for _a, b in spans))


class SentencePicks(FocusAnswers):
    """Picking and quoting the sentences of an answer."""

    def _quote(self, s_idx: int, builder: CitationBuilder, lang: str, words: list[list[str]] | None = None) -> str:
        """A cited sentence; a bare fragment ("一是" before a cut) is named by its section. Of a long
        list sentence, a figure question's ``words`` pick the clauses quoted (:mod:`qa.list_clauses`)."""
        row, a, _b = self.index.sentence_spans[s_idx]
        text = builder.sentence(s_idx)
        if words and (span := _spans_of_asks(text, words)) is not None:
            start, end = a + span[0], a + span[1]
            before, after = ("……" if span[0] > 0 else ""), ("……" if span[1] < len(text.rstrip("。；;")) else "")
            return f"{before}{self.index.passages[row].text[start:end]}{after}[{builder.cite(row, start, end)}]"
        mark = builder.cite_sentence(s_idx)
        p = self.index.passages[row]
        if columns := table_columns(p):  # a row's bare figures say what they are only with the header
            return (f"{text}[{mark}] (table columns: {columns})" if lang == "en"
                    else f"{text}[{mark}]（表头：{columns}）")
        if len(text.strip(" …")) > 4:
            return f"{text}[{mark}]"
        doc = self._doc(p.document)
        node = next((n for n in doc.outline_nodes() if section_under(p.section, n.path)
                     and not any(section_under(p.section, c.path) for c in n.children)), None)
        head = f"“{node.title}”" if node else ""
        if node is not None and node.status == "omitted":  # only its number is known: the gap took the rest
            return (f"{head}[{mark}] (this point lies in the omitted part: only its number is shown)" if lang == "en"
                    else f"{head}[{mark}](这一点在省略的部分中,节选只留下了编号)")
        if not head:  # a point run on in a paragraph ("其二，【此处省略】"): its number, then nothing
            return (f"“{text}”[{mark}] (the text of this point breaks off after its number)" if lang == "en"
                    else f"“{text}”[{mark}](这一点只留下了编号,正文在此处中断,内容不在节选中)")
        return (f"{head}: “{text}”[{mark}] (the text breaks off here)" if lang == "en"
                else f"{head}下的“{text}”[{mark}](正文在此处中断,后文未显示)")

    def _per_period(self, what, shown) -> list[int]:
        """"老旧小区去年改了几个，今年呢": for each period asked, the sentence holding the fact among
        the passages of that period, so neither year's figure stands in for the other's."""
        out = []
        for period in dict.fromkeys(what.periods):
            rows = in_period_rows(self.index, shown, [period])
            holding = fact_sentences(replace(what, periods=[period]), self.index, rows,
                                     lambda w: rarity(self.index, w))
            best = max(holding, key=holding.get, default=None)
            if best is not None and holding[best] >= FACT_SENTENCE_SHARE:
                out.append(best)
        return out

    def _per_clause(self, question: str, shown) -> tuple[list[int], bool]:
        """"政务数据共享现在是多少 年底要提到多少": a question of two asks, each of a fact, gets the
        sentence holding each, a later ask leaning on the first one's subject; and whether every
        ask found one."""
        clauses = asking_clauses(question)[:MAX_ASKS]
        if len(clauses) < 2:
            return [], False
        rows = [h.row for h in shown[:PER_CLAUSE_ROWS]]
        options = []  # per ask: (its kind of fact, the sentences holding it, best first)
        for i, clause in enumerate(clauses):
            what = asked(clause if i == 0 else content_of(clauses[0]) + clause)
            holding = fact_sentences(what, self.index, rows, lambda w: rarity(self.index, w))
            held = sorted((k for k in holding if holding[k] >= FACT_SENTENCE_SHARE), key=holding.get, reverse=True)
            options.append((what.fact, [(k, holding[k]) for k in held[:4]] + [(None, 0.0)]))
        # One sentence may say who and when; two figures asked ("现在是多少 年底要提到多少") are two
        # sentences, though both hold the subject: the choice answering most asks, then best.
        up_to = {(k, kind): self._answers_up_to(k, kind) for kind, choices in options for k, _share in choices
                 if k is not None}  # read once per sentence, not once per combination
        best, best_score = (), (0, 0.0)
        for picks in product(*(choices for _kind, choices in options)):
            taken = [(k, kind) for (k, _share), (kind, _c) in zip(picks, options) if k is not None]
            if any(taken.count(t) > up_to[t] for t in set(taken)):
                continue
            score = (len(taken), sum(share for _k, share in picks))
            if score > best_score:
                best, best_score = picks, score
        return list(dict.fromkeys(k for k, _share in best if k is not None)), best_score[0] == len(clauses)

    def _answers_up_to(self, s_idx: int, kind: str | None) -> int:
        """How many asks of one kind a sentence answers: one, or for figures as many as it gives
        ("发生各类生产安全事故23起、死亡9人" answers "多少起" and "死了几个人"; a table row "水利投资 | 4.0 |
        4.36 | 109.0%" the target, the result and the rate), years aside; for dates, as many as it names."""
        text = self.index.sentence_text(s_idx)
        if kind == "date":  # "方案什么时候交？进展多久报一次" of "3月25日前制定…，每月5日前报送…"
            return max(1, len(FACT_PATTERNS["date"].findall(text)))
        if kind != "quantity":
            return 1
        return max(1, len(_FIGURE.findall(text)))

    def _sorted_causes(self, chosen: list[int]) -> list[int]:
        """The sentences after a chosen one that only sorts the causes ("既有客观原因，也有主观原因。"),
        up to the end of its paragraph (three at most): those give the causes."""
        out: list[int] = []
        for s in chosen:
            if CAUSES_SORTED.search(self.index.sentence_text(s)):
                out += [t for t in self.index.sentences_of(self.index.sentence_spans[s][0]) if t > s][:SORTED_CAUSES]
        return out

    def _with_cued(self, chosen: list[int], rows: list[int], cue: re.Pattern[str] | Callable[[str], object]) -> list[int]:
        """``chosen`` with the first sentence of ``rows`` that ``cue`` finds (after the first two
        chosen), unless a chosen sentence already holds the cue or no sentence of the rows does."""
        found = cue.search if isinstance(cue, re.Pattern) else cue
        if any(found(self.index.sentence_text(s)) for s in chosen):
            return chosen
        cued = next((s for r in rows for s in self.index.sentences_of(r) if found(self.index.sentence_text(s))),
                    None)
        return chosen if cued is None else sorted(set(chosen[:2]) | {cued})
