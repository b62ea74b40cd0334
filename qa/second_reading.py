"""A follow-up read two ways: when the reading that leans on the last turn fails, the other one.

A question typed after another is first made to stand alone from the last turn
(:mod:`qa.followup`). Two of its forms can mislead that way:
- a question of a subset ("那哪些…是禁止的?" after 宅基地) the whole text declines: read again as
  narrowing the last turn's question (:func:`qa.narrowing.narrowed`);
- a bare detail ("去年投资完成了多少" after "谁主持的会"): read as a detail of the last turn's
  subject, its quotes may hold no figure or date at all, where the question read alone finds one.
"""
from __future__ import annotations

from collections.abc import Callable

from .answer import Answer
from .asked import Asked, asked
from .bare_asks import names_no_subject
from .fact_check import holds_fact
from .followup import ResolvedQuestion
from .narrowing import narrowed, speaks_to
from .history import Turn

# The facts a quote can be checked for by their form: a figure, a date.
_CHECKED = ("quantity", "date")


def lacks_asked_fact(answer: Answer, what: Asked) -> bool:
    """Whether ``what`` is a figure or a date asked and no quote of ``answer`` holds one."""
    if what.fact not in _CHECKED:
        return False
    return not any(holds_fact(c.quote or c.text, what.fact, what.precision, what.measure) for c in answer.citations)


def second_reading(answer_with: Callable[[ResolvedQuestion], Answer], question: str, text: str,
                   resolved: ResolvedQuestion, answer: Answer, history: list[str],
                   previous: Callable) -> tuple[Answer, ResolvedQuestion]:
    """``answer`` (to ``resolved``, made from ``text`` after ``history``), or the answer to another
    reading of the question when this one fails and that one holds."""
    if not history:
        return answer, resolved
    if not answer.answerable and resolved.form is None and (narrow := narrowed(text, Turn.of(previous()).text)):
        again = ResolvedQuestion(text=narrow, original=question, form="narrowing")
        retry = answer_with(again)
        if retry.answerable and speaks_to(text, retry.answer):  # "那哪些…禁止的?" after 宅基地
            return retry, again
    if resolved.text != text and names_no_subject(text, history[-1]) and answer.answerable \
            and lacks_asked_fact(answer, what := asked(text)):
        alone = ResolvedQuestion(text=text, original=question, position=resolved.position)
        plain = answer_with(alone)
        if plain.answerable and not lacks_asked_fact(plain, what):  # "去年投资完成了多少" after "谁主持的会"
            return plain, alone
    return answer, resolved
