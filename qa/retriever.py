"""HybridRetriever: dense (FAISS) + BM25 (jieba), fused, steered by the speech's structure."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from index.document import OutlineNode, section_under
from index.headings import strip_heading_number
from index.store import PassageIndex
from index.tokenize import normalize

from .candidates import DenseSample, search_candidates
from .config import exact_max_passages
from .everyday_words import official_words, written
from .glossary import chinese_terms
from .areas import area_asked, area_nodes
from .how_to import how_to_headings, to_do_part
from .intent import TOPICS, Intent, answers_why, counts_in_unit, gives_reasons
from .asked_questions import question_by_number, question_number_asked
from .numbered_items import item_number_asked, numbered_through
from .periods import RELATIVE_PATTERN
from .ranking import (Hit, RankWeights, RowScores, SearchResult, SearchSignals, fitted_weights, length_prior,
                      minmax, rrf)
from .steering import (LAST_ARTICLE_ASKED, SITUATION_TOPICS, YEAR_RE, gapped_headings_named, last_articles, heads_problems_seen, narrowed_to_block,
                       noun_headings_named,
                       narrowest_naming, part_nodes_of, short_headings_named, short_titles, speaks_of_year,
                       topic_nodes_of, undecided)
from .substrings import RunCounter, SharedRuns, longest_run, normalize_all

_PERIOD_WORDS = re.compile(RELATIVE_PATTERN)

__all__ = ["MODES", "Hit", "HybridRetriever", "RowScores", "SearchResult"]

MODES = ("hybrid", "dense", "bm25")
# A word in this share of a speech's passages is what the whole speech is about ("分类" of a
# 垃圾分类管理办法), in a speech long enough for the share to mean it (SUBJECT_MIN_PASSAGES).
SUBJECT_SHARE = 0.3
SUBJECT_MIN_PASSAGES = 20


class HybridRetriever:
    """Ranks passages for a question.

    ``mode`` picks the signal (``hybrid`` fuses both); ``structure`` adds the
    speech's own structure: a topic (问题/任务/措施) leans to the section whose
    heading names it, a heading or part named in the question is reached directly.
    Above ``exact_max`` passages (None: QA_EXACT_MAX_PASSAGES) a question scores only
    its candidates (see :mod:`qa.candidates`).
    """

    def __init__(self, index: PassageIndex, encoder, mode: str = "hybrid", fusion: str = "convex",
                 alpha: float | None = None, structure: bool = True, boost: float = 0.35,
                 exact_max: int | None = None, weights: RankWeights | None = None) -> None:
        if mode not in MODES:
            raise ValueError(f"retriever mode must be one of {MODES}, not {mode!r}")
        self.index, self.encoder, self.mode, self.fusion = index, encoder, mode, fusion
        # the fitted weights rank with the structure; without it, a baseline keeps the generic ones
        self.weights = weights or (fitted_weights() if structure else RankWeights())
        if alpha is not None:
            self.weights = replace(self.weights, alpha=alpha)
        self.structure, self.boost = structure, boost
        self.observer: Callable[[SearchSignals], None] | None = None  # sees each exact search (qa.rank_fit)
        self.exact_max = exact_max_passages() if exact_max is None else exact_max
        self._titles = [(d.id, n, normalize(strip_heading_number(n.title)))
                        for d in index.documents for n in d.outline_nodes()]
        self._title_counts = Counter(t for _d, _n, t in self._titles)
        self._doc_titles = {d.id: d.title for d in index.documents}
        self._short_titles = short_titles(self._titles)
        self._title_runs = RunCounter([t for _d, _n, t in self._titles])
        kinds = [p.flag_kinds for p in index.passages]
        # rows that are a heading standing in for a body the text does not show
        self.heading_rows = np.array(["outline_only" in k for k in kinds], dtype=bool)
        self._body_runs = RunCounter(normalize_all([p.text for p, stub in zip(index.passages, self.heading_rows)
                                                    if not stub]))
        self._specific_cache: dict[str, tuple[bool, bool]] = {}
        self._subject_cache: dict[tuple[str, str], bool] = {}  # (run, speech) -> said throughout it
        self._title_grams: dict[int, SharedRuns] = {}  # run length -> the headings' runs of that length
        self._topic_cache: dict[str, list[tuple[str, OutlineNode]]] = {}
        self._part_cache: dict[tuple[int, int | None], list[tuple[str, OutlineNode]]] = {}
        # Heading stand-ins and fragments (a lone "一是") match everything a little, so they
        # count for less unless the question names their section (then the boost lifts them).
        self._stub_factor = np.array([0.8 if stub or len(p.text) < 12 else 1.0
                                      for p, stub in zip(index.passages, self.heading_rows)], dtype=np.float32)
        self._length_prior = self.weights.length * length_prior([len(p.text) for p in index.passages])
        self._broken_rows = [r for r, k in enumerate(kinds) if k & {"gap", "cut_off"}]
        self._item_rows: dict[str, list[int]] = {}  # "三是" -> the rows that are that item
        for r, p in enumerate(index.passages):
            if p.item:
                self._item_rows.setdefault(p.item, []).append(r)
        self._item_number = {item: i for i, item in enumerate(self._item_rows)}
        self._row_item = np.full(len(index.passages), -1, dtype=np.int32)  # row -> its item's number
        for item, rows_of in self._item_rows.items():
            self._row_item[rows_of] = self._item_number[item]
        self._announcing: dict[str, list[int]] = {}  # unit -> the rows announcing a list counted in it
        self._dense_sample: DenseSample | None = None
        # The passages with sentences, and where each one's run starts (sentences are stored in passage order).
        has, self._sentence_starts, _ = index.sentence_runs(np.arange(len(index.passages)))
        self._sentence_rows = np.flatnonzero(has)

    @property
    def alpha(self) -> float:
        """The dense share of the fused score."""
        return self.weights.alpha

    # -- structure -------------------------------------------------------------
    def named_nodes(self, question: str, shortest: int = 4, asked: tuple[str, ...] | list[str] = (),
                    body_check: bool = True) -> list[tuple[str, OutlineNode]]:
        """Headings the question names: the longest run of characters it shares with a heading.

        The run must be at least ``shortest`` characters, belong to at most two
        headings and at most one body passage, so the words every heading or
        paragraph shares (产城融合发展, 高质量发展) never make a match.
        """
        q = written(normalize(question))
        found: list[tuple[int, str, OutlineNode]] = []
        runs: dict[str, str] = {}  # title -> its longest run with q (titles repeat in a large library)
        for doc, node, title in self._titles_sharing(q, shortest):
            if self._title_counts[title] > 2:  # every run of it is in three headings: never specific
                continue
            if title not in runs:
                runs[title] = longest_run(q, title)
            run = runs[title]
            # a period word says when, not what: "去年经济" names no "一、客观看待去年经济运行"
            if len(_PERIOD_WORDS.sub("", run)) >= shortest and self._specific(run, body_check):
                found.append((len(run), doc, node, run))
        if not found:
            return []
        # A run that names two headings of one speech ("城市更新的" of "二、…城市更新的目标任务" and
        # "四、强化城市更新的要素保障") cannot choose between them; a run only one heading holds
        # ("年度重点" of "（二）突出年度重点") can.
        found = [(size, d, n, run) for size, d, n, run in found if not undecided(found, d, n, run)]
        # The heading that names the noun asked for ("基本原则") beats a longer run of
        # generic words it shares with its parent ("实施乡村振兴战略的").
        naming = [f for f in found if any(a in normalize(f[2].title) for a in asked)]
        found = naming or found
        best = max(size for size, _d, _n, _run in found)
        found = [(d, n, run) for size, d, n, run in found if size == best]
        # A run that is the whole of one heading names it over a heading it is only a part of:
        # "重点任务有哪些" is "二、重点任务", not "附件：重点任务分工表".
        whole = [(d, n) for d, n, run in found if normalize(strip_heading_number(n.title)) == run]
        return whole or [(d, n) for d, n, _run in found]

    def _titles_sharing(self, q: str, shortest: int) -> list[tuple[str, OutlineNode, str]]:
        """The headings sharing at least one run of ``shortest`` characters with ``q``, in outline order.

        Only these can match, and looking them up keeps a corpus of thousands of
        headings from costing a string alignment each per question.
        """
        return [self._titles[i] for i in self._sharing_indices(q, shortest)]

    def _sharing_indices(self, q: str, shortest: int) -> list[int]:
        """Indices into the headings of those sharing a run of ``shortest`` characters with ``q``."""
        if shortest not in self._title_grams:
            self._title_grams[shortest] = SharedRuns((title for _d, _n, title in self._titles), shortest)
        return self._title_grams[shortest].sharing(q)

    def _said_throughout(self, run: str, doc_id: str) -> bool:
        """Whether most passages of speech ``doc_id`` hold ``run``: its subject, not a part's name."""
        key = (run, doc_id)
        if key not in self._subject_cache:
            rows = self.index.doc_rows(doc_id)
            self._subject_cache[key] = len(rows) >= SUBJECT_MIN_PASSAGES and \
                sum(run in self.index.passages[r].text for r in rows) >= SUBJECT_SHARE * len(rows)
        return self._subject_cache[key]

    def _in_few_titles(self, run: str) -> bool:
        """Whether two headings at most hold ``run``: more, and it is a phrase of the genre, not a name."""
        return self._title_runs.holders(run, 3) <= 2

    def _specific(self, run: str, body_check: bool = True) -> bool:
        """A run names a heading when few headings (and, with ``body_check``, few passages) hold it."""
        if run not in self._specific_cache:
            few_titles = self._in_few_titles(run)
            few_bodies = few_titles and self._body_runs.holders(run, 2) <= 1  # only read when it matters
            self._specific_cache[run] = (few_titles, few_bodies)
        few_titles, few_bodies = self._specific_cache[run]
        return few_titles and (few_bodies or not body_check)

    def reason_nodes(self, question: str, intent: Intent) -> list[tuple[str, OutlineNode]]:
        """The headings that say why the question's subject matters (:func:`~qa.intent.answers_why`);
        its own points, which repeat the subject, never compete with it."""
        found = [(doc, node) for doc, node, title in self._titles_sharing(normalize(question), 3)
                 if answers_why(question, intent, title)]
        return [(d, n) for d, n in found
                if not any(d2 == d and n2.path != n.path and section_under(n.path, n2.path) for d2, n2 in found)]

    def topic_nodes(self, topic: str) -> list[tuple[str, OutlineNode]]:
        """Outline nodes whose heading names the topic (e.g. a heading with 突出问题)."""
        if topic not in self._topic_cache:
            self._topic_cache[topic] = topic_nodes_of(self._titles, topic)
        return list(self._topic_cache[topic])

    def part_nodes(self, part: int, section: int | None = None) -> list[tuple[str, OutlineNode]]:
        """The part-th top-level node of each document (-1: the last), or its section-th child
        (by position: a speech's own numbering can be wrong)."""
        if (part, section) not in self._part_cache:
            self._part_cache[(part, section)] = part_nodes_of(self.index.documents, part, section)
        return list(self._part_cache[(part, section)])

    def targets(self, question: str, intent: Intent,
                documents: set[str] | None = None) -> tuple[list[tuple[str, OutlineNode]], float]:
        """The sections the question points at, most specific signal first, and how hard to steer.

        A heading or part the question names is reached directly (a boost that
        outweighs any other passage); a topic word only leans towards its section.
        """
        if not self.structure:
            return [], 0.0
        if intent.lang == "en":  # an English question names a heading by its Chinese terms ("basic principles")
            question = "，".join(chinese_terms(question))

        years = YEAR_RE.findall(question)

        def scoped(found):  # a section that never speaks of a year asked does not answer it
            return [(d, n) for d, n in found if (documents is None or d in documents)
                    and all(speaks_of_year(self.index, d, n, y) for y in years)]

        named = scoped(self.named_nodes(question, asked=intent.asked))
        # "集体经济怎么壮大": the one heading of what is to be done holding its words in any order, over
        # a run shared with the review's "2.集体经济持续壮大"
        if how := scoped(how_to_headings(question, self._titles)):
            named = [(d, n) for d, n in named if to_do_part(n)] or (how if len(how) == 1 else named)
        if (intent.asks_reason or gives_reasons(question)) and not any(gives_reasons(n.title) for _d, n in named):
            # "为什么要推进数字乡村建设?" names "一、充分认识推进数字乡村建设的重大意义" by a run
            # the body repeats throughout: a heading that says why its subject matters still counts,
            # and wins over one that only shares the subject ("三、…形成推进数字乡村建设的强大合力").
            named = scoped(self.reason_nodes(question, intent)) or named
        # "专项整治要抓好哪几项": a list asked of the heading that says it, even with no body shown;
        # not reasons asked as a list ("讲了哪些理由"), which no heading sharing the subject gives.
        if not named and intent.wants_list and not intent.asks_reason:
            named = scoped(self.named_nodes(question, asked=intent.asked, body_check=False))
        if not named:  # "附件是哪几个", "通知带了几个附件": a heading too short for a run, held whole
            named = scoped(short_headings_named(question, self._short_titles))
        if not named:  # "管住火源有几条措施": a run the heading holds with words between ("牢牢管住野外火源")
            named = scoped(gapped_headings_named(question, self._titles,
                                                 self._sharing_indices(written(normalize(question)), 2),
                                                 self._in_few_titles, self._said_throughout))
        if not named and not intent.topic:  # "有什么建议": the one heading ending in the noun asked ("四、对策建议")
            named = scoped(noun_headings_named(question, intent.asked, self._titles, self._doc_titles))
        if not named and (area := area_asked(question)):  # "人才方面有哪些举措": the heading of that field
            fields = scoped(area_nodes(area, self._titles))
            # A short word names a field of one speech; in a library every report has a 人才 part.
            named = fields if len({d for d, _n in fields}) == 1 else []
        if named and intent.topic in SITUATION_TOPICS:  # "文旅发展还有什么短板": the named part's one section on 短板
            named = [(d, narrowest_naming(n, TOPICS[intent.topic]["heading"])) for d, n in named]
        if not named and LAST_ARTICLE_ASKED.search(question):  # a regulation's last article
            named = scoped(last_articles(self.index.documents))
        if not named and (number := item_number_asked(question)) is not None:  # "第17条讲的啥" of a plan
            named = scoped([(d.id, node) for d in self.index.documents if (node := numbered_through(d).get(number))])
        if not named and question_number_asked(question) is not None:  # "第五个问题说的啥" of a Q&A
            named = scoped([(d.id, node) for d in self.index.documents if (node := question_by_number(question, d))])
        if named:
            return narrowed_to_block(question, named), 1.0
        if intent.part and (parts := scoped(self.part_nodes(intent.part, intent.section))):
            return parts, 1.0
        if intent.topic:
            return [(d, n) for d, n in scoped(self.topic_nodes(intent.topic))
                    if intent.topic != "problems" or heads_problems_seen(question, n.title)], self.boost
        return [], 0.0

    # -- ranking ---------------------------------------------------------------
    def search(self, question: str, intent: Intent, k: int = 10,
               focus_rows: list[int] | None = None, documents: set[str] | None = None) -> SearchResult:
        """Rank all passages for ``question``; the top ``k`` (at least 10 when there are) come back.

        ``documents``: only passages of these speeches are ranked (a chosen or named speech).
        """
        qvec = self.encoder.encode_query(question)
        query = question + " " + " ".join(chinese_terms(question) if intent.lang == "en" else official_words(question))
        if len(self.index.passages) > self.exact_max:
            return search_candidates(self, question, qvec, query, intent, k, focus_rows, documents)
        dense = self._dense(qvec)
        lexical = self.index.bm25_scores(query)
        if self.mode == "dense":
            score = minmax(dense)
        elif self.mode == "bm25":
            score = minmax(lexical)
        elif self.fusion == "rrf":
            score = rrf(dense, lexical)
        else:
            score = self.alpha * minmax(dense) + (1 - self.alpha) * minmax(lexical)
        if documents:
            outside = ~self.index.in_documents(np.arange(len(score)), sorted(documents))
            score = np.where(outside, -np.inf, score)
        base = score.copy()
        targets, strength = self.targets(question, intent, documents)
        if self.structure:
            lift = self._lift(targets, intent, strength, focus_rows)
            score = score * self._stub_factor + self.weights.steer * lift + self._length_prior
        order = np.argsort(-score, kind="stable")[:max(k, 10)]
        if documents:
            order = [r for r in order if np.isfinite(score[r])]
        hits = [Hit(int(r), self.index.passages[r], float(score[r]), float(dense[r]), float(lexical[r]))
                for r in order]
        result = SearchResult(hits=hits, query_vector=qvec, dense=dense, targets=targets, base=base,
                              strength=strength)
        if self.observer is not None and self.structure:
            self.observer(SearchSignals(dense=dense, lexical=lexical, lift=lift, stub=self._stub_factor,
                                        documents=documents, result=result))
        return result

    def _rows_of_items(self, items: list[str]) -> list[int]:
        return sorted({r for item in items for r in self._item_rows.get(item, ())})

    def rows_announcing(self, unit: str | None) -> list[int]:
        """The rows announcing a list counted in ``unit`` ("本市生活垃圾分为以下四类：" in 类)."""
        if unit is None:
            return []
        if unit not in self._announcing:
            self._announcing[unit] = [r for r, p in enumerate(self.index.passages) if counts_in_unit(p.text, unit)]
        return self._announcing[unit]

    def are_items(self, rows: np.ndarray, items: list[str]) -> np.ndarray:
        """Which of ``rows`` are one of ``items`` ("三是"), as a mask."""
        wanted = [self._item_number[i] for i in items if i in self._item_number]
        return np.isin(self._row_item[np.asarray(rows, dtype=np.int64)], wanted)

    def dense_sample(self) -> DenseSample:
        """The rows whose cosines bound a candidate search's normalisation (made on first use)."""
        if self._dense_sample is None:
            self._dense_sample = DenseSample(self)
        return self._dense_sample

    def dense_of(self, qvec: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """:meth:`_dense` for ``rows`` only."""
        rows = np.asarray(rows, dtype=np.int64)
        own = self.index.dense_scores_of(qvec, rows)
        if not self.structure or not len(self.index.sentence_spans):
            return own
        return 0.5 * own + 0.5 * self.index.best_sentence_scores(qvec, rows, own=own)

    def _dense(self, qvec: np.ndarray) -> np.ndarray:
        """Half the passage's cosine, half its best sentence's: a sharp sentence match counts."""
        dense = self.index.dense_scores(qvec)
        if not self.structure or not len(self.index.sentence_vectors):
            return dense
        per_sentence = self.index.sentence_vectors @ np.asarray(qvec, dtype=np.float32)
        best = dense.copy()
        best[self._sentence_rows] = np.maximum.reduceat(per_sentence, self._sentence_starts)
        return 0.5 * dense + 0.5 * best

    def target_rows(self, targets) -> list[int]:
        """Rows of the passages that lie in the targeted sections."""
        return sorted({r for d, n in targets for r in self.index.rows_under(d, n.path)})

    def _lift(self, targets, intent: Intent, strength: float, focus_rows: list[int] | None) -> np.ndarray:
        """What the speech's structure adds to each row before :attr:`weights` scales it: the
        targeted sections, the passages a follow-up points at, the cut-off ones for a
        completeness question, the items ("三是") asked."""
        lift = np.zeros(len(self.index.passages), dtype=np.float32)
        for row in self.target_rows(targets):
            lift[row] = strength
            if intent.items and self.index.passages[row].item in intent.items:  # "…的三是" reaches that item
                lift[row] += self.boost
        if focus_rows:
            lift[focus_rows] += 2 * self.boost
        if intent.completeness and not targets:
            lift[self._broken_rows] += self.boost
        if intent.items and not targets:  # "…的三是": lean to passages that are that item
            lift[self._rows_of_items(intent.items)] += self.boost
        if not targets:  # "垃圾分成哪几类": lean to the sentences announcing a list counted in 类
            lift[self.rows_announcing(intent.counted_unit)] += self.boost
        return lift

