"""Evaluation on question sets: the metrics of shared/eval/README.md, as a typed evaluator."""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.document import SECTION_SEP

from .answer import Answer

# Layout, not text: whitespace, and the bars a table row's cells are shown between ("指标 | 2025年"),
# which a reader of the file sees as cell borders. A character's width is layout too: "１２００个"
# set full-width in a report is the "1200个" the reader gives back.
_WS = re.compile(r"[\s|]+")
_HEAD_MARKS = ("。", "；", "：", "！", "？", ".", ";", ":")


def _squash(text: str) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", text))


@dataclass
class EvalItem:
    """One question of a set (see shared/eval/README.md for the fields)."""

    id: str
    kind: str
    question: str
    evidence: list[str] = field(default_factory=list)
    facts: list[list[str]] = field(default_factory=list)
    notice: bool | None = None
    answerable: bool = True
    history: list[str] = field(default_factory=list)
    doc: str | None = None  # the speech file the question is about ("gwr2021.txt")
    multi: bool = False  # names its speech among several (a year, a title, a level)

    @property
    def doc_id(self) -> str | None:
        """The document id the question is about (the file stem), if the set names one."""
        return Path(self.doc).stem if self.doc else None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EvalItem:
        """Parse one JSONL row."""
        return cls(id=str(d["id"]), kind=d.get("kind", "answerable"), question=d["question"],
                   evidence=list(d.get("evidence") or []), facts=[list(g) for g in d.get("facts") or []],
                   notice=d.get("notice"), answerable=bool(d.get("answerable", True)),
                   history=list(d.get("history") or []), doc=d.get("doc"), multi=bool(d.get("multi")))

    def is_relevant(self, section: str, text: str) -> bool:
        """A passage is relevant when its section path plus text contains an evidence phrase."""
        wanted = [e for e in map(_squash, self.evidence) if e]
        hay = _squash(section + text)
        if any(e in hay for e in wanted):
            return True
        # A heading that opens its paragraph ("4. 坚持实干实效。少讲空话…") is kept without its closing
        # mark, its body as the passage: the evidence spans the two across that one lost mark.
        last = _squash(section.split(SECTION_SEP)[-1]) if section else ""
        if last and any(e in last + mark + _squash(text) for e in wanted for mark in _HEAD_MARKS):
            return True
        # A heading is kept without its closing mark ("五、旧车置换还有额外补贴吗？" is the section
        # "五、旧车置换还有额外补贴吗"): an evidence line that is a heading matches its section so.
        heads = {_squash(h) for h in section.split(SECTION_SEP)}
        lines = (_squash(e.rstrip("。？！?!．.")) for e in self.evidence)
        return any(line and line in heads for line in lines)


def load_questions(path: str | Path) -> list[EvalItem]:
    """Read a JSONL question set; a bad line is an error naming the line."""
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(EvalItem.from_dict(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: not a question row ({exc})") from None
    return items


@dataclass
class ItemOutcome:
    """How one question fared."""

    id: str
    kind: str
    rank: int | None  # 1-based rank of the first relevant retrieved passage, None if none in top 10
    cited_relevant: bool | None
    facts_covered: int
    facts_total: int
    had_notice: bool
    answerable: bool
    gold: EvalItem

    @property
    def right(self) -> bool:
        """Right as a user would judge it: the answerable call, every fact, the notice
        expectation, and (when it answers) a relevant passage among the citations."""
        if self.answerable != self.gold.answerable:
            return False
        if self.gold.notice is not None and self.gold.notice != self.had_notice:
            return False
        if not self.gold.answerable:
            return True
        return self.facts_covered == self.facts_total and self.cited_relevant is not False

    def failures(self) -> list[str]:
        """What went wrong for this question, in words."""
        out = []
        if self.gold.evidence and self.rank != 1:
            out.append(f"first relevant passage at rank {self.rank}")
        if self.cited_relevant is False:
            out.append("no relevant citation")
        if self.facts_covered < self.facts_total:
            out.append(f"facts {self.facts_covered}/{self.facts_total}")
        if self.gold.notice is not None and self.gold.notice != self.had_notice:
            out.append("notice missing" if self.gold.notice else "false notice")
        if self.answerable != self.gold.answerable:
            out.append("refused" if self.gold.answerable else "not refused")
        return out


@dataclass
class EvalResult:
    """Metrics over a set, plus the per-question outcomes."""

    name: str
    metrics: dict[str, float | None]
    outcomes: list[ItemOutcome]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (metrics and per-item failures)."""
        return {"name": self.name, "metrics": self.metrics,
                "failures": {o.id: o.failures() for o in self.outcomes if o.failures()}}


def _share(values: list[bool]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


class QAEvaluator:
    """Runs every question of a set through ``ask`` and computes the contract's metrics."""

    def __init__(self, items: list[EvalItem], name: str = "", scoped: bool = False) -> None:
        """``scoped``: ask each question that names no speech (``multi`` false) with
        ``document=`` its own speech, as a user who picked it in the library would."""
        self.items, self.name, self.scoped = items, name, scoped

    def outcome(self, item: EvalItem, answer: Answer) -> ItemOutcome:
        """Score one answer against its gold row."""
        d = answer.to_dict()
        rank = next((i for i, r in enumerate(d["retrieved"][:10], start=1)
                     if item.is_relevant(r["section"], r["text"])), None)
        cited = (any(item.is_relevant(c["section"], c["text"]) for c in d["citations"])
                 if item.answerable and item.evidence else None)
        text = _squash(d["answer"])
        covered = sum(any(_squash(alt) in text for alt in group) for group in item.facts)
        return ItemOutcome(id=item.id, kind=item.kind, rank=rank, cited_relevant=cited,
                           facts_covered=covered, facts_total=len(item.facts),
                           had_notice=self.notices_on_its_speech(item, d["notices"]),
                           answerable=bool(d["answerable"]), gold=item)

    @staticmethod
    def notices_on_its_speech(item: EvalItem, notices: list[dict[str, Any]]) -> bool:
        """Whether the answer carries a notice about the question's own speech: in an answer
        that speaks for several speeches ("这篇讲话完整吗?" answered for each), another
        speech's cut-off says nothing about this one. A notice tied to no passage counts."""
        def speech_of(notice: dict[str, Any]) -> str | None:
            pid = notice.get("passage_id")
            return pid.split("#", 1)[0] if pid else None
        return any(item.doc_id is None or speech_of(n) in (None, item.doc_id) for n in notices)

    def __call__(self, ask: Callable[[str, list[str]], Answer],
                 progress: Callable[[int, int], None] | None = None) -> EvalResult:
        outcomes = []
        for n, item in enumerate(self.items, start=1):
            if self.scoped and item.doc_id and not item.multi:
                answer = ask(item.question, item.history, document=item.doc_id)
            else:
                answer = ask(item.question, item.history)
            outcomes.append(self.outcome(item, answer))
            if progress:
                progress(n, len(self.items))
        return EvalResult(self.name, self.metrics(outcomes), outcomes)

    @staticmethod
    def metrics(outcomes: list[ItemOutcome]) -> dict[str, float | None]:
        """hit@1/3/10, MRR@10, citation hit, fact coverage, notice recall/false alarms, refusal accuracy."""
        with_ev = [o for o in outcomes if o.gold.evidence]
        facts_total = sum(o.facts_total for o in outcomes)
        return {
            "questions": len(outcomes),
            "hit@1": _share([o.rank == 1 for o in with_ev]),
            "hit@3": _share([o.rank is not None and o.rank <= 3 for o in with_ev]),
            "hit@10": _share([o.rank is not None for o in with_ev]),
            "mrr@10": round(sum(1 / o.rank for o in with_ev if o.rank) / len(with_ev), 4) if with_ev else None,
            "citation_hit": _share([o.cited_relevant for o in outcomes if o.cited_relevant is not None]),
            "fact_coverage": round(sum(o.facts_covered for o in outcomes) / facts_total, 4)
            if facts_total else None,
            "notice_recall": _share([o.had_notice for o in outcomes if o.gold.notice is True]),
            "notice_false_alarms": _share([o.had_notice for o in outcomes if o.gold.notice is False]),
            "refusal_accuracy": _share([o.answerable == o.gold.answerable for o in outcomes]),
            "right": _share([o.right for o in outcomes]),
        }

    @staticmethod
    def per_document(outcomes: list[ItemOutcome]) -> dict[str, dict[str, float | None]]:
        """The metrics for the questions about each speech."""
        groups: dict[str, list[ItemOutcome]] = {}
        for o in outcomes:
            groups.setdefault(o.gold.doc or "-", []).append(o)
        return {doc: QAEvaluator.metrics(group) for doc, group in sorted(groups.items())}


def load_split(path: str | Path) -> set[str]:
    """The ids of the held-out part of a question set (``{"heldout": [ids…]}``)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {str(i) for i in data.get("heldout", [])}


def select_part(items: list[EvalItem], heldout: set[str], part: str) -> list[EvalItem]:
    """``tuning``, ``heldout`` or ``all`` of a set, given the held-out ids."""
    if part == "all":
        return items
    want_heldout = part == "heldout"
    return [i for i in items if (i.id in heldout) == want_heldout]
