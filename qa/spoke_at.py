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


# "谁主持的", "主持人是谁", "哪位领导主持"; "副县长周某某主持会议", "会议由王某某主持"
_WHO_CHAIRED = re.compile(r"(?:谁|哪位(?:领导)?)主持|主持(?:人|的|会议的)?(?:是|为)?谁|由谁主持")
_CHAIRED = re.compile(r"[^，,。；;！!？?]{2,30}?主持(?:会议|大会|会上)?|(?:会议|大会)由[^，,。；;！!？?]{2,20}?主持")


def who_spoke_asked(question: str) -> bool:
    """Whether ``question`` asks who spoke at the meeting."""
    return bool(_WHO_SPOKE.search(question))


def spoke_answer(index: PassageIndex, documents: set[str] | None, builder: CitationBuilder, lang: str,
                 question: str = "") -> str | None:
    """The clause reporting who spoke, per speech in scope, quoted and cited; None when none says it.
    Where ``question`` also asks who chaired ("谁讲的话，谁主持的"), the quote runs on to the clause
    reporting that ("…出席会议并讲话，副县长周某某主持会议")."""
    chair = bool(_WHO_CHAIRED.search(question))

    def span(text: str) -> tuple[int, int] | None:
        m = _SPOKE.search(text)
        if not m:
            return None
        c = _CHAIRED.search(text) if chair else None
        if c is None or re.search(r"[。！!？?]", text[min(m.start(), c.start()):max(m.end(), c.end())]):
            return m.span()  # only a chair said in the same sentence is quoted with the speaker
        return min(m.start(), c.start()), max(m.end(), c.end())

    found = first_span_per_speech(index, documents, builder, span)
    return quoted_per_speech(found, lambda line, mark: f"The report says: {line} [{mark}]." if lang == "en"
                             else f"报道写道:{line}[{mark}]。")
