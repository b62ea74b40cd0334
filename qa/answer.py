"""The answer and its JSON contract (see shared/eval/README.md).

``Answer.to_dict()`` is read by other programs: keep its keys and types exactly.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

NoticeKind = Literal["gap", "cut_off", "blank", "outline_only", "redacted"]


@dataclass
class Citation:
    """One cited passage; ``[id]`` in the answer text points here."""

    id: int  # 1-based, equals its position in Answer.citations
    passage_id: str
    document: str
    section: str
    text: str  # the whole passage
    quote: str  # the exact span of ``text`` the answer relies on

    def to_dict(self) -> dict[str, Any]:
        """The contract form."""
        return {"id": self.id, "passage_id": self.passage_id, "document": self.document,
                "section": self.section, "text": self.text, "quote": self.quote}


@dataclass
class Notice:
    """Something the source does not show that touches this answer."""

    kind: NoticeKind
    message: str  # in the question's language
    passage_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The contract form."""
        return {"kind": self.kind, "message": self.message, "passage_id": self.passage_id}


@dataclass
class RetrievedPassage:
    """One entry of the ranked list the answer was built from."""

    passage_id: str
    section: str
    text: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        """The contract form."""
        return {"passage_id": self.passage_id, "section": self.section, "text": self.text,
                "score": round(float(self.score), 6)}


@dataclass
class AnswerItem:
    """One listed item of an answer (a problem, a task…), for follow-ups such as "第二个"."""

    text: str  # its lead sentence or heading
    section: str
    document: str
    passage_ids: list[str] = field(default_factory=list)
    marker: str | None = None  # "三是", "(三)": the speech's own number for it
    span: tuple[int, int] | None = None  # a clause of a passage (start, end in its text), not a whole item


@dataclass
class Answer:
    """A cited, extractive answer to one question."""

    question: str
    answer: str  # markdown with [n] markers
    answerable: bool
    citations: list[Citation] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    retrieved: list[RetrievedPassage] = field(default_factory=list)
    # Not part of the contract: the items listed, so a follow-up ("第二个") can find them.
    items: list[AnswerItem] = field(default_factory=list, repr=False)
    resolved: str = field(default="", repr=False)  # the question as it was searched for
    followup: Any = field(default=None, repr=False)  # the qa.followup.ResolvedQuestion, for the next turn
    # An answer given speech by speech to a question that named none: (document id, that speech's
    # own answer) each, so that "第二个呢" goes on in each speech's own list.
    by_speech: list[tuple[str, Answer]] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the answer contract, exactly."""
        return {
            "question": self.question,
            "answer": self.answer,
            "answerable": self.answerable,
            "citations": [c.to_dict() for c in self.citations],
            "notices": [n.to_dict() for n in self.notices],
            "retrieved": [r.to_dict() for r in self.retrieved],
        }
