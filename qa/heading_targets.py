"""Which headings a question names, and the sections it points at (:meth:`HeadingTargets.targets`):
the half of the retriever's structure that reads the outline, not the scores."""
from __future__ import annotations

import re
from collections import Counter

import numpy as np

from index.document import SECTION_SEP, OutlineNode, section_under
from index.headings import strip_heading_number
from index.store import PassageIndex
from index.tokenize import normalize

from .everyday_words import written
from .glossary import chinese_terms
from .areas import area_asked, area_nodes
from .how_to import how_to_headings, to_do_part
from .intent import TOPICS, Intent, topic_words
from .question_terms import words_beside
from .why_asked import answers_why, gives_reasons
from .asked_questions import question_by_number, question_number_asked
from .question_headings import ASKING_WORDS, all_question_headings, question_heading_named
from .numbered_items import item_by_number, item_number_asked
from .periods import RELATIVE_PATTERN
from .steering import (LAST_ARTICLE_ASKED, SITUATION_TOPICS, YEAR_RE, gapped_headings_named, last_articles,
                       heads_problems_seen, names_topic, narrowed_to_block, narrowest_naming, part_nodes_of,
                       speaks_of_year, topic_nodes_of, undecided)
from .causes_asked import cause_nodes, causes_of_problems_asked
from .short_headings import noun_headings_named, short_headings_named, short_titles
from .substrings import RunCounter, SharedRuns, longest_run, normalize_all

_PERIOD_WORDS = re.compile(RELATIVE_PATTERN)
# A word in this share of a speech's passages is what the whole speech is about ("分类" of a
# 垃圾分类管理办法), in a speech long enough for the share to mean it (SUBJECT_MIN_PASSAGES).
SUBJECT_SHARE = 0.3
SUBJECT_MIN_PASSAGES = 20


class HeadingTargets:
    """The headings of an index, read for what a question names (see :meth:`named_nodes` and
    :meth:`targets`). ``heading_rows`` marks the passages that are a heading standing in for a
    body; ``boost`` is how hard a topic word leans to its section."""

    def __init__(self, index: PassageIndex, heading_rows: np.ndarray, boost: float) -> None:
        self.index, self.boost = index, boost
        self._titles = [(d.id, n, normalize(strip_heading_number(n.title)))
                        for d in index.documents for n in d.outline_nodes()]
        self._title_counts = Counter(t for _d, _n, t in self._titles)
        self._doc_titles = {d.id: d.title for d in index.documents}
        self._short_titles = short_titles(self._titles)
        self._title_runs = RunCounter([t for _d, _n, t in self._titles])
        self._body_runs = RunCounter(normalize_all([p.text for p, stub in zip(index.passages, heading_rows)
                                                    if not stub]))
        self._specific_cache: dict[str, tuple[bool, bool]] = {}
        self._subject_cache: dict[tuple[str, str], bool] = {}  # (run, speech) -> said throughout it
        self._title_grams: dict[int, SharedRuns] = {}  # run length -> the headings' runs of that length
        self._topic_cache: dict[str, list[tuple[str, OutlineNode]]] = {}
        self._part_cache: dict[tuple[int, int | None], list[tuple[str, OutlineNode]]] = {}
        self._question_headings = all_question_headings(index.documents)  # of the Q&As among the texts
        self._question_paths = {(d, n.path) for d, n in self._question_headings}

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
        for doc, node, title in self.titles_sharing(q, shortest):
            if self._title_counts[title] > 2:  # every run of it is in three headings: never specific
                continue
            if title not in runs:
                runs[title] = longest_run(q, title)
            run = runs[title]
            # a period word says when, not what: "去年经济" names no "一、客观看待去年经济运行"; nor does
            # an asking phrase a Q&A's question heading shares ("什么时候" of "十、补贴资金什么时候能到账")
            said = _PERIOD_WORDS.sub("", run)
            if (doc, node.path) in self._question_paths:
                said = ASKING_WORDS.sub("", said)
            if len(said) >= shortest and self.specific(run, body_check):
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

    def titles_sharing(self, q: str, shortest: int) -> list[tuple[str, OutlineNode, str]]:
        """The headings sharing at least one run of ``shortest`` characters with ``q``, in outline order.

        Only these can match, and looking them up keeps a corpus of thousands of
        headings from costing a string alignment each per question.
        """
        return [self._titles[i] for i in self.sharing_indices(q, shortest)]

    def sharing_indices(self, q: str, shortest: int) -> list[int]:
        """Indices into the headings of those sharing a run of ``shortest`` characters with ``q``."""
        if shortest not in self._title_grams:
            self._title_grams[shortest] = SharedRuns((title for _d, _n, title in self._titles), shortest)
        return self._title_grams[shortest].sharing(q)

    def said_throughout(self, run: str, doc_id: str) -> bool:
        """Whether most passages of speech ``doc_id`` hold ``run``: its subject, not a part's name."""
        key = (run, doc_id)
        if key not in self._subject_cache:
            rows = self.index.doc_rows(doc_id)
            self._subject_cache[key] = len(rows) >= SUBJECT_MIN_PASSAGES and \
                sum(run in self.index.passages[r].text for r in rows) >= SUBJECT_SHARE * len(rows)
        return self._subject_cache[key]

    def in_few_titles(self, run: str) -> bool:
        """Whether two headings at most hold ``run``: more, and it is a phrase of the genre, not a name."""
        return self._title_runs.holders(run, 3) <= 2

    def specific(self, run: str, body_check: bool = True) -> bool:
        """A run names a heading when few headings (and, with ``body_check``, few passages) hold it."""
        if run not in self._specific_cache:
            few_titles = self.in_few_titles(run)
            few_bodies = few_titles and self._body_runs.holders(run, 2) <= 1  # only read when it matters
            self._specific_cache[run] = (few_titles, few_bodies)
        few_titles, few_bodies = self._specific_cache[run]
        return few_titles and (few_bodies or not body_check)

    def reason_nodes(self, question: str, intent: Intent) -> list[tuple[str, OutlineNode]]:
        """The headings that say why the question's subject matters (:func:`~qa.why_asked.answers_why`);
        its own points, which repeat the subject, never compete with it."""
        found = [(doc, node) for doc, node, title in self.titles_sharing(normalize(question), 3)
                 if answers_why(question, intent, title)]
        return [(d, n) for d, n in found
                if not any(d2 == d and n2.path != n.path and section_under(n.path, n2.path) for d2, n2 in found)]

    def problems_of_named(self, question: str, named: list[tuple[str, OutlineNode]],
                          scoped) -> list[tuple[str, OutlineNode]]:
        """For a question about problems that names a heading of no problems part by its subject
        ("营商环境存在哪些问题" and "四、…全力打造一流营商环境", a part of what to do): the part on
        problems whose passages speak of that subject ("二、正视差距不足…": "先说营商环境。…"), else
        ``named``."""
        cues = TOPICS["problems"]["heading"]
        if any(names_topic(normalize(part), cues) for _d, n in named for part in n.path.split(SECTION_SEP)):
            return named
        q = written(normalize(question))
        runs = {run for _d, n in named if len(run := longest_run(q, normalize(strip_heading_number(n.title)))) >= 2}
        found = [(d, n) for d, n in scoped(self.topic_nodes("problems")) if heads_problems_seen(question, n.title)
                 and any(r in self.index.passages[row].text for row in self.index.rows_under(d, n.path) for r in runs)]
        return found or named

    def _faq_headings(self, documents: set[str] | None, lead: str | None) -> list[tuple[str, OutlineNode]]:
        """The question headings a question may name: of the speeches chosen, else of the one its best
        passage is in (``lead``). In a library, a Q&A's "…怎样申请" must not answer every question of 申请."""
        if documents:
            return [(d, n) for d, n in self._question_headings if d in documents]
        if len(self.index.documents) == 1:
            return self._question_headings
        return [(d, n) for d, n in self._question_headings if d == lead] if lead else []

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

    def targets(self, question: str, intent: Intent, documents: set[str] | None = None,
                lead: str | None = None) -> tuple[list[tuple[str, OutlineNode]], float]:
        """The sections the question points at, most specific signal first, and how hard to steer.

        A heading or part the question names is reached directly (a boost that
        outweighs any other passage); a topic word only leans towards its section.
        """
        if intent.lang == "en":  # an English question names a heading by its Chinese terms ("basic principles")
            question = "，".join(chinese_terms(question))

        years = YEAR_RE.findall(question)

        def scoped(found):  # a section that never speaks of a year asked does not answer it
            return [(d, n) for d, n in found if (documents is None or d in documents)
                    and all(speaks_of_year(self.index, d, n, y) for y in years)]

        named = scoped(self.named_nodes(question, asked=intent.asked))
        # "哪些人能申请补贴" of a Q&A: the question heading asking the same (三、哪些人可以申请购车补贴), over
        # another sharing the run "申请补贴" (七、怎样申请补贴); a narrower heading named stays.
        if (asked := scoped(question_heading_named(question, self._faq_headings(documents, lead)))) and \
                all((d, n.path) in self._question_paths for d, n in named):
            named = asked
        # "集体经济怎么壮大": the one heading of what is to be done holding its words in any order, over
        # a run shared with the review's "2.集体经济持续壮大"
        if how := scoped(how_to_headings(question, self._titles)):
            named = [(d, n) for d, n in named if to_do_part(n)] or (how if len(how) == 1 else named)
        if causes_of_problems_asked(question) and (causes := scoped(cause_nodes(self._titles))):
            return causes, 1.0  # "问题产生的原因是什么": the part analysing them ("二、原因剖析")
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
                                                 self.sharing_indices(written(normalize(question)), 2),
                                                 self.in_few_titles, self.said_throughout))
        if not named and not intent.topic:  # "有什么建议": the one heading ending in the noun asked ("四、对策建议")
            named = scoped(noun_headings_named(question, intent.asked, self._titles, self._doc_titles))
        if not named and (area := area_asked(question)):  # "人才方面有哪些举措": the heading of that field
            fields = scoped(area_nodes(area, self._titles))
            if not fields and intent.topic:  # "资金方面有什么问题": the field's heading in the part on problems
                parts = {(d, n.path) for d, n in self.topic_nodes(intent.topic)}
                fields = scoped(area_nodes(area, [(d, n, t) for d, n, t in self._titles if any(
                    d == pd and n.path.startswith(path + SECTION_SEP) for pd, path in parts)]))
            # A short word names a field of one speech; in a library every report has a 人才 part.
            named = fields if len({d for d, _n in fields}) == 1 else []
        if named and intent.topic == "problems":  # "营商环境存在哪些问题": the problems part that speaks of it
            named = self.problems_of_named(question, named, scoped)
        if named and intent.topic in SITUATION_TOPICS:  # "文旅发展还有什么短板": the named part's one section on 短板
            named = [(d, narrowest_naming(n, TOPICS[intent.topic]["heading"])) for d, n in named]
        if not named and LAST_ARTICLE_ASKED.search(question):  # a regulation's last article
            named = scoped(last_articles(self.index.documents))
        if not named and item_number_asked(question) is not None:  # "第17条讲的啥" of a plan, "第35条" of rules
            named = scoped([(d.id, node) for d in self.index.documents if (node := item_by_number(question, d))])
        if not named and question_number_asked(question) is not None:  # "第五个问题说的啥" of a Q&A
            named = scoped([(d.id, node) for d in self.index.documents if (node := question_by_number(question, d))])
        if named:
            return narrowed_to_block(question, named), 1.0
        if intent.part and (parts := scoped(self.part_nodes(intent.part, intent.section))):
            return parts, 1.0
        if intent.topic:
            found = [(d, n) for d, n in scoped(self.topic_nodes(intent.topic))
                     if intent.topic != "problems" or heads_problems_seen(question, n.title)]
            if intent.topic in SITUATION_TOPICS:  # "营商环境有啥短板": the section of the list naming it
                beside = words_beside(question, topic_words(intent.topic))
                found = [(d, section_naming(n, beside)) for d, n in found]
            return found, self.boost
        return [], 0.0


def section_naming(node: OutlineNode, words: list[str]) -> OutlineNode:
    """The one section of ``node`` whose heading holds a word of ``words``, else ``node``."""
    naming = [c for c in node.children if any(w in normalize(c.title) for w in words)]
    return naming[0] if len(naming) == 1 else node

