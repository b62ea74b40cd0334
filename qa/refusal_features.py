"""The evidence the refusal model reads for a question, in numbers that transfer.

Every feature is meant to mean the same on a one-page excerpt, a long report and an
index of many speeches, in Chinese and in English:

* ``dense``: the best cosine between the query and a sentence of the top passages;
  ``dense_gap``: how far it stands above the query's mean cosine over every sentence
  (the query's own baseline, so an index of many speeches does not shift it);
* ``coverage``: the rarity-weighted share of the question's words in the top three
  passages, the rarity measured with ``log`` over the corpus size so that an unseen
  word weighs the same share in 10 passages as in 1,000;
* ``in_doc``: the same share over the whole speech the best passage comes from;
* ``asks_fact`` / ``fact_found``: whether the question asks for a figure, a date, a
  person or a place (:mod:`qa.asked`), and how much of its focus shares a clause of
  the top sentences with a fact of that kind (a blanked figure counts as there);
* ``period_missing``: a year or period the question names (2022年, 去年, 上半年) that
  neither the top passages nor their speech's title hold.
"""
from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, replace

import numpy as np

from index.store import PassageIndex
from index.tokenize import normalize

from .asked import Asked, asked, without_measure_words
from .english_names import english_names, holds_name
from .everyday_words import word_variants
from .evidence_words import in_chinese, misjoined, places_named, question_words, same_topic
from .fact_check import holds_fact
from .fact_match import match_fact
from .fact_periods import in_period_rows
from .guard import question_language
from .measure import words_for
from .word_credit import ranked_head
from .period_evidence import periods_spoken
from .periods import HEADER_CHARS, years_spoken_of
from .speaker_refs import POST_AT_END
from .synonyms import synonyms

_BASELINE_SENTENCES = 4096
# A numbered line, phase or building ("地铁3号线", "二期工程", "5号楼"): like a year, it names one of a
# series, and a speech that gives only another of the series (2号线) does not answer for it.
_DESIGNATION = re.compile(r"(?<![\d.])\d{1,3}号(?:线|楼|地块)|[一二三四五六七八九十]{1,2}期(?:工程|项目)")
# An English word the glossary does not know weighs this much against the Chinese terms it does
# know (an unseen Chinese word weighs 1). Unknown words are as often paraphrase as another topic:
# leaving one speech out on the tuning sets, 0 measured best of 1, 0.5, 0.25 and 0.
UNKNOWN_EN_WEIGHT = 0.0
# A question's word found only as a Cilin synonym (上报 as 报告) counts for this share of its weight:
# a synonym group holds loose senses too (告诉 as 报告), so it is weaker evidence than the word itself.
SYNONYM_CREDIT = 0.5

FEATURES = ("dense", "dense_gap", "coverage", "in_doc", "asks_fact", "fact_found", "fact_missing",
            "head_missing", "around_missing", "period_missing", "year_missing", "entity_missing", "english", "coverage_en",
            "name_missing")


@dataclass
class Features:
    """The numbers for one question (see the module docstring); ``asked`` is kept for messages."""

    dense: float
    dense_gap: float
    coverage: float
    in_doc: float
    asks_fact: float
    fact_found: float
    fact_missing: float  # asks_fact * (1 - fact_found): 0 for a question that asks no checkable fact
    head_missing: float  # asks a fact, and no clause holding one names both words nearest the asking word
    around_missing: float  # asks a fact, 1 - the focus share around the best clause holding one (its passage,
    # headings, title): "火灾…损失" against a loss figure in a passage on floods
    period_missing: float
    year_missing: float  # a year the question names (2022年), or a numbered line or phase (3号线, 二期工程),
    # stands nowhere in the best passage's speech
    entity_missing: float  # a name the question uses (深圳, PPP) stands nowhere in that speech
    english: float
    coverage_en: float  # coverage again for English questions: cross-lingual cosines say little
    name_missing: float = 0.0  # an English question names a place or body (Tokyo) its speech never holds
    # an English question's asked fact stands in a sentence closest to it in meaning: its words are
    # glossary guesses ("water" for 用水), so their absence is weak evidence that the fact is missing
    fact_by_meaning: float = 0.0

    @property
    def names_elsewhere(self) -> bool:
        """A question about a place or body the speech never names ("北京到上海坐高铁要多久", Tokyo)
        is off its topic, not a near miss: the speech speaks of no related matter."""
        return self.entity_missing > 0 or self.name_missing > 0

    def vector(self, names: tuple[str, ...] = FEATURES) -> np.ndarray:
        """The named features as a vector, in that order."""
        values = asdict(self)
        return np.array([float(values[n]) for n in names], dtype=np.float64)


def _df(index: PassageIndex, word: str) -> int:
    tid = index.bm25.vocab_dict.get(word)
    indptr = index.bm25.scores["indptr"]
    return 0 if tid is None or tid + 1 >= len(indptr) else int(indptr[tid + 1] - indptr[tid])


def rarity(index: PassageIndex, word: str) -> float:
    """How rare a word is over the passages, on a 0..1 scale whatever the corpus size (1: unseen)."""
    n = len(index.passages)
    return math.log((n + 1) / (_df(index, word) + 0.5)) / math.log((n + 1) / 0.5)


def _share(words: list[str], unknown: int, text: str, index: PassageIndex, places: set[str] = frozenset()) -> float:
    # A place named beside what is asked says where, not what ("明天青屿天气怎么样"): it counts
    # neither found nor missing, unless the place is all the question names.
    context = places if any(w not in places for w in words) else set()
    weights = [0.0 if w in context else rarity(index, w) for w in words]
    total = sum(weights) + unknown * UNKNOWN_EN_WEIGHT
    found = sum(wt if any(s in text for s in same_topic(w) or (*words_for(w), *word_variants(w), *ranked_head(w)))
                else wt * SYNONYM_CREDIT if any(s in text for s in synonyms(w)) else 0.0
                for w, wt in zip(words, weights))
    return found / total if total else 0.0


def _speakers_post(word: str, doc) -> bool:
    """Whether ``word`` is the post of the speech's own speaker ("局长今年下乡跑了多少天" of a report
    signed "县水利局党组书记、局长　李某某", who writes "本人全年下乡调研56天"): the post the byline
    names him by, where the text says 我 or 本人 of him."""
    return doc is not None and bool(POST_AT_END.search(word)) and word in doc.source[:HEADER_CHARS]


_NOT_WORDS = re.compile(r"\W|[一二三四五六七八九十]是")


def holds_words(text: str) -> bool:
    """Whether a passage says something: more than a bare marker before a cut ("一是……", "…………")."""
    return len(_NOT_WORDS.sub("", text)) > 2


def features(question: str, result, index: PassageIndex, top: int = 3, fact_rows: int = 5) -> Features:
    """Measure ``question`` against a search result (see the module docstring)."""
    # A bare marker before a cut ("一是……") says nothing, yet e5 puts near-empty text close to any
    # question ("a recipe for dumplings" at 0.82): the evidence is the passages that hold words.
    worded = [h.row for h in result.hits if holds_words(h.passage.text)]
    rows = worded[:top] if worded else [h.row for h in result.hits[:top]]
    s_idx = [s for r in rows for s in index.sentences_of(r)]
    qvec = np.asarray(result.query_vector, dtype=np.float32)
    best_sentence = float((index.sentence_vectors[s_idx] @ qvec).max()) if s_idx else -1.0
    dense = max(float(result.dense[rows].max(initial=-1.0)), best_sentence)
    vectors = index.sentence_vectors
    step = max(1, len(vectors) // _BASELINE_SENTENCES)  # a fixed-size sample keeps a big corpus cheap
    baseline = float((vectors[::step] @ qvec).mean()) if len(vectors) else 0.0
    what = asked(question)
    words, unknown = question_words(question)
    # the passages of the asked period first: a plan's nine lines on this year's GDP do not hide
    # last year's figure in the review
    in_period = in_period_rows(index, result.hits, what.periods, fact_rows)
    spoken = periods_spoken(what, index, rows + [r for r in in_period[:top] if r not in rows])
    # A year asked counts as found where the passages speak of it in another form ("2025年" for 去年).
    text = "".join(index.passages[r].section + index.passages[r].text for r in rows) + "".join(spoken)
    doc_id = index.passages[rows[0]].document if rows else None
    doc = index.document(doc_id) if doc_id else None
    doc_text = "".join(p.section + p.text for p in doc.passages) if doc else ""
    english = question_language(question) == "en"
    words = [w for w in words if not misjoined(w, question, doc_text) and not _speakers_post(w, doc)]
    # "一共拿出多少钱", "基金规模多少": the measure the fact check weighs, not topic words
    words = without_measure_words(words, what.measure, what.fact == "quantity", question)
    places = places_named(question, list(dict.fromkeys(words + what.focus)), doc_text)
    cover = _share(words, unknown, text, index, places)
    # the speech's place need not stand beside its figure: "澜州今年要改多少个小区" is answered by
    # "今年计划改造老旧小区260个" in the 澜州 speech
    focus = [w for w in what.focus if not misjoined(w, question, doc_text) and not _speakers_post(w, doc)]
    here = replace(what, focus=[w for w in focus if w not in places]) if any(w not in places for w in focus) \
        else replace(what, focus=focus)
    match = match_fact(here, index, (in_period or [h.row for h in result.hits])[:fact_rows],
                       lambda w: rarity(index, w))
    asks = what.fact is not None
    raw = (doc.title if doc else "") + doc_text
    whole = normalize(raw)
    years = [p for p in what.periods if re.fullmatch(r"\d{4}年", p)]
    spoken_of = years_spoken_of(doc) if years and doc else set()
    return Features(
        dense=dense, dense_gap=dense - baseline,
        coverage=cover, in_doc=_share(words, unknown, doc_text, index, places),
        asks_fact=float(asks), fact_found=match.share, fact_missing=(1.0 - match.share) if asks else 0.0,
        head_missing=float(asks and not match.head),
        around_missing=(1.0 - match.around) if asks else 0.0,
        period_missing=float(len(spoken) < len(what.periods)),
        year_missing=float(any(y[:4] not in whole and y not in spoken_of for y in years)
                           or any(d not in whole for d in _DESIGNATION.findall(normalize(question)))),
        entity_missing=float(any(e not in whole and in_chinese(e) not in whole
                                 and not any(o in whole for o in word_variants(e)) for e in what.entities)),
        english=float(english), coverage_en=cover if english else 0.0,
        name_missing=float(english and any(not holds_name(n, raw) for n in english_names(question))),
        fact_by_meaning=float(english and asks and _fact_by_meaning(what, index, s_idx, qvec)))


MEANING_SENTENCES = 2  # the sentences nearest an English question in meaning that may hold its fact


def _fact_by_meaning(what: Asked, index: PassageIndex, s_idx: list[int], qvec: np.ndarray) -> bool:
    """Whether one of the sentences nearest the question in meaning, among the best passages',
    holds a fact of the asked kind ("不低于35升" for "how much water per person per day")."""
    if not s_idx:
        return False
    scores = index.sentence_vectors[s_idx] @ qvec
    nearest = [s_idx[i] for i in np.argsort(-scores)[:MEANING_SENTENCES]]
    return any(holds_fact(index.sentence_text(s), what.fact, what.precision, what.measure) for s in nearest)
