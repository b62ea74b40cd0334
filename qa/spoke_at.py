"""Who spoke at the meeting a news report covers: "谁在会上讲话了", "会上谁讲的话" of "县委书记李某某出席会议
并讲话". A report carries no byline of the speaker; its body says who spoke, in the sentence that reports it.
"""
from __future__ import annotations

import re

from index.store import PassageIndex

from .citations import CitationBuilder, first_span_per_speech, quoted_per_speech

# "谁在会上讲话了", "会上谁讲的话", "谁作的讲话", "哪位领导讲了话"
_WHO_SPOKE = re.compile(r"(?:谁|哪位(?:领导)?)(?:在会上|在会议上|在大会上)?(?:作|做|发表)?(?:了|的)?(?:重要)?讲(?:了)?(?:的)?话"
                        r"|会上(?:是)?谁(?:作|做)?(?:的|了)?讲(?:的)?话")
# "县委书记李某某出席会议并讲话", "王某某作重要讲话", "市长张某在会上讲话"
_SPOKE = re.compile(r"[^，,。；;！!？?]{2,30}?(?:出席(?:会议|大会|会上)?并(?:作|发表)?(?:重要)?讲话|作(?:了)?(?:重要)?讲话"
                    r"|发表(?:了)?(?:重要)?讲话|在(?:会上|会议上|大会上)讲话)")


def who_spoke_asked(question: str) -> bool:
    """Whether ``question`` asks who spoke at the meeting."""
    return bool(_WHO_SPOKE.search(question))


def spoke_answer(index: PassageIndex, documents: set[str] | None, builder: CitationBuilder, lang: str) -> str | None:
    """The clause reporting who spoke, per speech in scope, quoted and cited; None when none says it."""
    def span(text: str) -> tuple[int, int] | None:
        m = _SPOKE.search(text)
        return m.span() if m else None

    found = first_span_per_speech(index, documents, builder, span)
    return quoted_per_speech(found, lambda line, mark: f"The report says: {line} [{mark}]." if lang == "en"
                             else f"报道写道:{line}[{mark}]。")
