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
from functools import lru_cache

import jieba
import numpy as np

from index.document import SECTION_SEP, section_under
from index.store import PassageIndex
from index.tokenize import normalize

from .asked import Asked, asked, search_words
from .english_names import english_names, holds_name
from .everyday_words import EVERYDAY, word_variants
from .fact_check import holds_fact, match_fact
from .fact_periods import in_period_rows
from .glossary import GLOSSARY, GLOSSARY_PATTERN, chinese_terms
from .guard import question_language
from .intent import TOPICS, topic_words
from .measure import words_for
from .periods import HEADER_CHARS, document_years, part_year, speaks_of, years_named, years_spoken_of
from .speaker_refs import POST_AT_END
from .synonyms import synonyms

_BASELINE_SENTENCES = 4096
EVERYDAY_PHRASES = tuple(k for k in EVERYDAY if len(k) >= 3)
# A numbered line, phase or building ("地铁3号线", "二期工程", "5号楼"): like a year, it names one of a
# series, and a speech that gives only another of the series (2号线) does not answer for it.
_DESIGNATION = re.compile(r"(?<![\d.])\d{1,3}号(?:线|楼|地块)|[一二三四五六七八九十]{1,2}期(?:工程|项目)")
_EN_STOP = frozenset(
    "a an the of to in on at for by with and or is are was were be been do does did what which who whom "
    "whose when where why how many much is there any this that these those it its their there speech "
    "say says said mention mentioned talk about tell me please give according will would has have had "
    "from into over than per year years should must can could may might shall more most each every all "
    "some such also not no did into out up down so as if then because since while during before after "
    "between under above through including main mainly key kind kinds type types way ways one two three "
    "four five first second third what's still yet only just very several other others last next past "
    "within being made make makes get gets got take taken put set our your they them we us you there's "
    "does doesn't don't specific specifically exactly document text".split())
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


def in_chinese(word: str) -> str:
    """A Latin abbreviation in a Chinese question as the speech would write it (GDP -> 生产总值)."""
    return GLOSSARY.get(word.lower(), word).replace(" ", "") if word.isascii() else word


def question_words(question: str) -> tuple[list[str], int]:
    """The question's content words (Chinese terms for English ones) and how many English
    words have no Chinese term in the glossary (they count as missing from the speech)."""
    if question_language(question) != "en":
        words = [in_chinese(w) for w in search_words(question)]
        # An everyday phrase ("钱从哪来", "谁出钱") is one word of the question: its pieces (钱, 哪) say
        # nothing alone, and the phrase counts as found where the text has one of its terms (资金).
        phrases = [k for k in EVERYDAY_PHRASES if k in question]
        return [w for w in words if not any(w in k for k in phrases)] + phrases, 0
    leftover = re.sub(GLOSSARY_PATTERN, " ", question.lower())
    unknown = [w for w in re.findall(r"[a-z][a-z'-]+", leftover) if w not in _EN_STOP and len(w) > 2]
    return chinese_terms(question), len(unknown)


def _topic_words() -> dict[str, tuple[str, ...]]:
    """Each Chinese topic word with the words that name the same topic (a question's 问题 is
    the text's 困难 or 短板: "发展中还面临不少困难：一是…")."""
    out: dict[str, tuple[str, ...]] = {}
    for topic in TOPICS:
        words = tuple(dict.fromkeys(w for w in topic_words(topic) if not w.isascii()))
        for w in words:
            out[w] = words
    return out


_SAME_TOPIC = _topic_words()
# A topic word under a modifier that only weighs it ("突出问题", "主要任务", "重点措施") names the
# same topic: the text may list its 突出问题 as 短板.
_TOPIC_MODIFIERS = ("突出", "主要", "重点", "重大", "关键", "核心", "具体", "深层次", "明显")


def same_topic(word: str) -> tuple[str, ...]:
    """The words naming the topic ``word`` names, itself under a weighing modifier included
    ("突出问题": 问题, 困难, 短板, …); empty when it names none."""
    if word in _SAME_TOPIC:
        return _SAME_TOPIC[word]
    for m in _TOPIC_MODIFIERS:
        if word.startswith(m) and word[len(m):] in _SAME_TOPIC:
            return (word, *_SAME_TOPIC[word[len(m):]])
    return ()


def places_named(question: str, words: list[str], doc_text: str) -> set[str]:
    """The question's words that name the speech's own place: a name no dictionary has that the
    speech writes as a place ("青屿" where it says 青屿市, or "临江县" itself). A dictionary word
    is no such name, even where jieba tags it a place (新建) or the text says 新建区."""
    return {w for w in words if len(w) >= 2 and not jieba.dt.FREQ.get(w) and (
        any(w + end in doc_text for end in _PLACE_ENDS) or (w[-1] in _PLACE_ENDS and len(w) >= 3 and w in doc_text))}


_PLACE_ENDS = "省市县区镇乡"


# An aspect particle after a verb ("管着", "着过", "办了"): jieba may glue it to the next character
# instead, making a word the question never meant ("归哪个部门管着装" gives 着装, clothing; "连着几年
# 没着过火" gives 过火, overdone).
_PARTICLES = "着了过"
# A modal verb ("能领几次", "要交多少钱"): jieba's guess at unknown words glues it to its neighbour,
# making a word its dictionary lacks.
_MODALS = "能可要会得该想肯敢"


def misjoined(word: str, question: str, doc_text: str) -> bool:
    """Whether jieba cut ``word`` across a word of the speech: its first character ends the
    speech's word with the two before it ("消费券发多少钱" cut 消费 + 券发, the text saying
    消费券). What is left of it, one character, asks nothing the text must hold. So is a word
    the speech never holds that opens with an aspect particle after a verb (管着 + 装), or one jieba's
    dictionary lacks that a modal verb makes with its neighbour (能领, 要交, 钱能)."""
    if len(word) != 2 or word in doc_text:
        return False
    at = question.find(word)
    if word[0] in _PARTICLES and _after_verb(question, word):
        return True
    if (word[0] in _MODALS or word[1] in _MODALS) and not jieba.dt.FREQ.get(word):
        return True  # "最多能领几次" gives 能领, "这个钱能拿多少" 钱能: a modal glued on, no word at all
    return at >= 2 and question[at - 2:at + 1] in doc_text


@lru_cache(maxsize=256)
def _cut(question: str) -> tuple[str, ...]:
    return tuple(jieba.lcut(question))  # once per question, not once per word checked


def _after_verb(question: str, word: str) -> bool:
    """Whether jieba's cut of ``question`` puts ``word`` right after a one-character word (a bare
    verb: 管 + 着装) or after a word ending in a particle (没着 + 过火)."""
    cut = _cut(question)
    return any(t == word and i > 0 and ((len(cut[i - 1]) == 1 and "\u4e00" <= cut[i - 1] <= "\u9fff")
                                        or cut[i - 1][-1] in _PARTICLES) for i, t in enumerate(cut))


def _share(words: list[str], unknown: int, text: str, index: PassageIndex, places: set[str] = frozenset()) -> float:
    # A place named beside what is asked says where, not what ("明天青屿天气怎么样"): it counts
    # neither found nor missing, unless the place is all the question names.
    context = places if any(w not in places for w in words) else set()
    weights = [0.0 if w in context else rarity(index, w) for w in words]
    total = sum(weights) + unknown * UNKNOWN_EN_WEIGHT
    found = sum(wt if any(s in text for s in same_topic(w) or (*words_for(w), *word_variants(w)))
                else wt * SYNONYM_CREDIT if any(s in text for s in synonyms(w)) else 0.0
                for w, wt in zip(words, weights))
    return found / total if total else 0.0


def periods_spoken(what: Asked, index: PassageIndex, rows: list[int]) -> list[str]:
    """The periods the question names that the passages, their headings or their speeches'
    titles speak of, in any form the speech's year allows ("2025年" is 去年 in a report of
    2026; a speech's own year is named by its title or dateline)."""
    if not what.periods:
        return []
    docs = {index.passages[r].document: index.document(index.passages[r].document) for r in rows}
    years = {d: document_years(doc) for d, doc in docs.items()}
    texts = [(index.passages[r].section + index.passages[r].text + docs[index.passages[r].document].title,
              years[index.passages[r].document]) for r in rows]
    # a passage that names no year of its own is dated by its part's opening
    texts += [(part_opening(index, r) + part_year(docs[index.passages[r].document], index.passages[r].section),
               years[index.passages[r].document]) for r in rows
              if not any(years_named(index.passages[r].section + index.passages[r].text, None))]
    texts += [(f"{year}年", frames) for frames in years.values() for year in frames]
    return [p for p in what.periods if any(speaks_of(text, p, year) for text, year in texts)]


def part_opening(index: PassageIndex, row: int) -> str:
    """The nearest passage before ``row`` that stands in its top-level part itself (the part's
    opening): "过去的一年，…" opening a part of results dates its items, whose own sentences
    ("全年实现地区生产总值…") name no year."""
    passage = index.passages[row]
    top = passage.section.split(SECTION_SEP)[0]
    if SECTION_SEP not in passage.section:  # in the part's own text: its first paragraph opens it
        first = row
        while first > 0 and index.passages[first - 1].document == passage.document \
                and index.passages[first - 1].section == top:
            first -= 1
        return index.passages[first].text if first != row else ""
    for r in range(row - 1, -1, -1):
        other = index.passages[r]
        if other.document != passage.document or not section_under(other.section, top):
            break
        if other.section == top:
            return other.text
    return ""


def period_missing(what: Asked, index: PassageIndex, rows: list[int]) -> bool:
    """Whether a period the question names is absent from the passages (see :func:`periods_spoken`)."""
    return len(periods_spoken(what, index, rows)) < len(what.periods)


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
