"""When the speech does not answer a question: a calibrated model, not a hope.

The evidence for a question is a handful of numbers read off the retrieval
(:mod:`qa.refusal_features`): how close the best sentences are, how much of the
question's words the best passages and their speech hold, and whether the fact the
question asks for (a figure, a date, a person, a place; :mod:`qa.asked`) stands in a
clause about the question's focus. A logistic regression over them, fitted by
``python -m qa.calibrate`` on tuning questions asked over each speech alone and over
every speech in one index, says whether the question is answerable. Its weights ship
in ``qa/data/refusal.json`` (see README, "Refusal").

A question whose topic the speech holds but whose asked fact it does not (the subsidy
amount, the venue, another year's figure) is a *near miss*: it is declined with a
reply that says which fact the speech does not give.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from importlib import resources

import numpy as np

from index.document import Document
from index.store import PassageIndex

from .asked import Asked, asked
from .question_terms import search_words
from .decline import coverage_reply, near_miss_reply
from .refusal_features import FEATURES, Features, features

__all__ = ["Judgement", "LogisticRefusal", "RefusalRule", "coverage_reply"]

_MODEL_FILE = "refusal.json"


@dataclass
class LogisticRefusal:
    """``P(answerable) = sigmoid(bias + weights . features)``, answerable when it reaches ``cut``
    and no veto holds: the asked fact missing from the best clauses (``fact_missing >= fact_veto``),
    a year the question names absent from the speech (``year_veto``), a period a question
    asking a fact names (去年, 上半年) that the best passages never speak of (``period_veto``), or
    a name an English question uses (Tokyo) that the speech never holds (``name_veto``).

    ``kind`` says how it was fitted: ``logistic`` or ``hand rule`` (``dense + w * coverage``
    against a threshold per language, written as a steep logistic model).
    """

    names: tuple[str, ...] = FEATURES
    weights: list[float] = field(default_factory=lambda: [0.0] * len(FEATURES))
    bias: float = 0.0
    cut: float = 0.5
    fact_veto: float | None = None
    year_veto: bool = False
    period_veto: bool = False
    name_veto: bool = False  # an English question's name (Tokyo, France) the speech never holds
    kind: str = "logistic"
    notes: dict = field(default_factory=dict)  # what it was fitted on and how it measured

    def probability(self, ev: Features) -> float:
        """The linear model's probability that the question is answerable (vetoes aside)."""
        z = self.bias + float(np.dot(self.weights, ev.vector(self.names)))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def vetoed(self, ev: Features) -> bool:
        """Whether a veto declines the question whatever its score."""
        return bool((self.fact_veto is not None and ev.fact_missing >= self.fact_veto and not ev.fact_by_meaning)
                    or (self.year_veto and ev.year_missing > 0)
                    or (self.period_veto and ev.asks_fact > 0 and ev.period_missing > 0)
                    or (self.name_veto and ev.name_missing > 0))

    def predict(self, ev: Features) -> bool:
        """Whether the question is answerable."""
        return self.probability(ev) >= self.cut and not self.vetoed(ev)

    def to_dict(self) -> dict:
        """The JSON form written to ``qa/data/refusal.json``."""
        return {"kind": self.kind, "names": list(self.names), "weights": list(self.weights), "bias": self.bias,
                "cut": self.cut, "fact_veto": self.fact_veto, "year_veto": self.year_veto, "period_veto": self.period_veto,
                "name_veto": self.name_veto,
                "notes": self.notes}

    @classmethod
    def from_dict(cls, data: dict) -> LogisticRefusal:
        """Read the JSON form; unknown feature names are an error (a stale weights file)."""
        names = tuple(data["names"])
        unknown = set(names) - set(FEATURES)
        if unknown or len(names) != len(data["weights"]):
            raise ValueError(f"refusal model does not fit the features: {sorted(unknown) or 'length'}")
        veto = data.get("fact_veto")
        return cls(names=names, weights=[float(w) for w in data["weights"]], bias=float(data["bias"]),
                   cut=float(data.get("cut", 0.5)), fact_veto=None if veto is None else float(veto),
                   year_veto=bool(data.get("year_veto", False)),
                   period_veto=bool(data.get("period_veto", False)), name_veto=bool(data.get("name_veto", False)),
                   kind=str(data.get("kind", "logistic")),
                   notes=dict(data.get("notes") or {}))

    @classmethod
    def shipped(cls) -> LogisticRefusal:
        """The model fitted by ``python -m qa.calibrate`` and shipped with the package."""
        text = resources.files("qa").joinpath("data", _MODEL_FILE).read_text(encoding="utf-8")
        return cls.from_dict(json.loads(text))


# "明天天气怎么样", "周末会下雨吗", "What's the weather tomorrow": a forecast of days to come,
# which no speech or report gives, whatever weather words it holds (极端天气, 强降雨).
_FORECAST = re.compile(r"(?:明天|后天|今晚|今夜|明早|明晚|这周末|周末|下周|未来几天|这几天)[^，,。？?]{0,8}?"
                       r"(?:天气|气温|温度|下雨|下雪|刮风|降温|升温|几度|冷不冷|热不热)"
                       r"|\b(?:weather|rain|snow)\b[^.?]{0,30}\b(?:tomorrow|tonight|weekend|next week)\b"
                       r"|\b(?:tomorrow|tonight|this weekend|next week)\b[^.?]{0,30}\b(?:weather|rain|snow)\b",
                       re.IGNORECASE)


def asks_forecast(question: str) -> bool:
    """Whether the question asks a weather forecast for the coming days: never a speech's matter."""
    return _FORECAST.search(question) is not None


# a space between two Chinese characters is how a typed question often breaks its clauses
# ("柴油货车淘汰多少辆 谁负责"); an English question's spaces are not breaks
_CLAUSE_SPLIT = re.compile(r"[，,；;？?！!。]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_ASKING = re.compile(r"多少|多久|几|什么|哪|谁|怎么|怎样|如何|为什么|为何|是否|吗|啥|咋")


def asking_clauses(question: str) -> list[str]:
    """The clauses of ``question`` that each ask something ("…建多少个", "期限是什么时候")."""
    return [c.strip() for c in _CLAUSE_SPLIT.split(question) if c.strip() and _ASKING.search(c)]


def content_of(clause: str) -> str:
    """The subject a clause brings, for the clauses after it to lean on ("农户付费的试点放在几个乡镇"
    lends 农户付费 试点 乡镇 to "由哪个部门牵头负责")."""
    return " ".join(search_words(clause)) + " "


@dataclass
class Judgement:
    """The verdict on one question, with what the decline reply needs."""

    answerable: bool
    probability: float
    evidence: Features
    asked: Asked
    near_miss: bool = False  # the topic is in the speech, the asked fact is not
    documents: list[str] = field(default_factory=list)  # ids of the speeches the best passages are from


@dataclass
class RefusalRule:
    """Judges whether the indexed speeches answer a question (see the module docstring)."""

    model: LogisticRefusal = field(default_factory=LogisticRefusal.shipped)
    topic_share: float = 0.5  # a near miss shares at least this much of its words with the passages

    def judge(self, question: str, result, index: PassageIndex, lang: str) -> Judgement:
        """The verdict and its evidence for ``question`` over a search result. A question of
        two asks ("站点建多少个？期限是什么时候") is answerable when one of them is: each is judged
        on its own clause, the first clause bringing the subject the others lean on."""
        parts = asking_clauses(question)
        if len(parts) < 2:
            return self._judge_one(question, result, index)
        verdicts = [self._judge_one(parts[0], result, index)]
        verdicts += [self._judge_one(content_of(parts[0]) + part, result, index) for part in parts[1:]]
        return next((v for v in verdicts if v.answerable), verdicts[0])

    def _judge_one(self, question: str, result, index: PassageIndex) -> Judgement:
        ev = features(question, result, index)
        p = self.model.probability(ev)
        what = asked(question)
        forecast = asks_forecast(question)
        ok = self.model.predict(ev) and not forecast
        near = not ok and not forecast and not ev.names_elsewhere and (
            self.model.vetoed(ev) or (what.fact is not None and ev.coverage >= self.topic_share
                                      and (ev.fact_missing > 0 or ev.period_missing > 0)))
        docs = list(dict.fromkeys(h.passage.document for h in result.hits[:3]))
        return Judgement(ok, p, ev, what, near, docs)

    def fact_absent(self, question: str, result, index: PassageIndex, lang: str) -> Judgement | None:
        """For a question about a part of the speech by its words (a heading it names): the
        verdict when the fact it asks for (a figure, a date, a person) stands in no clause of
        the best passages, else ``None``. "防汛物资…花了多少钱?" names the heading on 防汛物资,
        and the section still gives no sum."""
        if asked(question).fact is None:
            return None
        judgement = self.judge(question, result, index, lang)
        if not self.model.vetoed(judgement.evidence):
            return None
        judgement.answerable, judgement.near_miss = False, not judgement.evidence.names_elsewhere
        return judgement

    def answerable(self, question: str, result, index: PassageIndex, lang: str) -> bool:
        """Whether the speech holds enough evidence to answer."""
        return self.judge(question, result, index, lang).answerable

    def decline_reply(self, judgement: Judgement, documents: list[Document], lang: str) -> str:
        """The reply to a declined question: for a near miss, which fact the speech does not
        give; then what the speech (or the nearest speeches of several) covers."""
        nearest = [d for i in judgement.documents for d in documents if d.id == i] or documents
        if judgement.near_miss:
            return near_miss_reply(judgement.asked, nearest, documents, lang)
        return coverage_reply(documents, lang, nearest=nearest)
