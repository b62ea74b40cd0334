"""Second readings of a question against the last turn: narrowed to its subject ("宅基地制度改革" then
"那哪些事情是明令禁止的?"), checked against what an answer says, or asked of another period."""
from __future__ import annotations

import re

from .everyday_words import word_variants
from .glossary import chinese_terms
from .guard import question_language
from .question_form import _CONNECTIVE, content_words
from .question_terms import PERIOD, search_words


# "那哪些事情是明令禁止的?", "其中治理有效这一块具体怎么搞", "工业投资目标呢": a question that
# opens with a link to what came before, or ends asking "and what of…", may narrow the last turn.
_NARROWS = re.compile(r"^(?:那么?|那这|其中|还有|另外|此外|再就是)|呢[？?。！!]*$"
                      r"|^(?:and|what about|how about|and what about)\b", re.I)


def narrowed(question: str, turn_text: str) -> str | None:
    """``question`` read as narrowing the last turn's subject ("宅基地制度改革" + "那哪些事情是明令
    禁止的?"), or None when its form does not lean on the last turn. Tried only for a question
    declined on its own; the reading must then pass the refusal rule itself."""
    if not turn_text or not _NARROWS.search(question.strip()):
        return None
    own = set(content_words(question))
    carried = [w for w in content_words(turn_text) if w not in own and not PERIOD.fullmatch(w)]
    return " ".join(carried) + " " + _CONNECTIVE.sub("", question.strip()) if carried else None


def speaks_to(question: str, text: str) -> bool:
    """Whether ``text`` (an answer to a narrowed question) holds at least half of the question's
    own words, in the words texts use for them: "那明天天气怎么样?" read with 宅基地 still finds
    nothing on the weather."""
    english = question_language(question) == "en"  # its words are in the answer as their Chinese terms
    own = [w for w in (chinese_terms(question) if english else search_words(question)) if len(w) >= 2]
    found = sum(any(v in text for v in (w, *word_variants(w))) for w in own)
    return bool(own) and found * 2 >= len(own)


def with_period(question: str, period: str) -> str:
    """``question`` asked of ``period`` instead ("今年GDP增长目标是多少" + 去年 -> "去年GDP增长目标是多少")."""
    if PERIOD.search(question):
        return PERIOD.sub(period, question, count=1)
    return period + question
