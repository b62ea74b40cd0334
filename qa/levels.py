"""The administrative level a speech speaks for (a county, a city, the nation…), and the
level a question asks about.

"这个县有多少常住人口?" asked of a library that holds county speeches, a city speech and
a national report is about a county: a city's 常住人口 or the nation's does not answer it.
A speech's level is read from its title (在全县…, 石桥县人民政府…) and else from the
words it speaks of itself with (全县/我县/县委…, 全国/我国/国务院…), the one that
dominates. A question's level is read from the same words ("全县", "这个县", "县里").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from index.document import Document
from index.tokenize import normalize

from .speaker_named import speaker_named
from .documents import (genre_noun, named_documents, place_names, without_text_years, without_title_runs,
                        years_named)

LEVELS = ("国", "省", "市", "县", "区", "镇")
# The place a speech or question speaks of as its own: 全县, 我市, 县里, 这个镇. 乡 is a 镇's level;
# a district (区) is of a county's rank but its own level: a library may hold both. Not: 健全县级 /
# 完全市场 (全 of another word), 全乡村, 全区域, 社区里 / 园区里, and not the bodies as actors
# (县委书记 is a role a national text speaks of).
_NOT_BEFORE_全 = r"(?<![健完安齐周保顾成])"
_NOT_AFTER = r"(?![场级域])"
_NOT_A_DISTRICT = r"(?<![社园景城校厂矿营辖片街小开新自])"  # 社区里, 园区委 are no district's self
_OWN = {
    "国": r"全国|我国",
    "省": r"全省|我省|本省|省里",
    "市": r"全市|我市|本市|(?<!城)市里",
    "县": r"全县|我县|本县|县里",
    "区": r"[全我本]区|" + _NOT_A_DISTRICT + r"区里",
    "镇": r"全镇|我镇|本镇|镇里(?!面)|全乡(?![村镇])|我乡(?!村)|本乡(?![村镇土])|乡里",
}
# A speech also names itself by its own bodies (县委、县政府…), which a question names as actors.
_BODIES = {
    "国": r"|国务院|党中央|中央政府",
    "省": r"|省委|省政府",
    "市": r"|市委|市政府",
    "县": r"|县委|县政府",
    "区": r"|" + _NOT_A_DISTRICT + r"区(?:委|政府)",
    "镇": r"|[镇乡]党委|[镇乡]政府",
}


def _level_re(alternatives: str) -> re.Pattern:
    return re.compile(_NOT_BEFORE_全 + "(?:" + alternatives + ")" + _NOT_AFTER)


_SELF_RE = {level: _level_re(_OWN[level] + _BODIES[level]) for level in LEVELS}
# All levels in one pass (a named group each): a library of thousands of speeches is read once.
# The lookahead lets the engine pass over every other character at once (ten times as fast).
_ANY_SELF = re.compile("(?=[全我本国省市县区镇乡党中])(?:"
                       + "|".join(f"(?P<L{i}>{rx.pattern})" for i, rx in enumerate(_SELF_RE.values())) + ")")
LEVEL_CHARS = 4000  # of a speech's text read for its level: its opening speaks of its place
# A question refers to a level also as 这个县/该市/咱们镇 (not 这个城市: a city or a town).
_ASKED = {level: _level_re(_OWN[level] + "|(?:这个|该|咱们?|我们|那个)"
                           + {"镇": "[镇乡]", "国": "国家"}.get(level, level))
          for level in LEVELS}
_ASKED_EN = {  # "the county's three leading industries": English questions name levels too
    "国": re.compile(r"\b(?:the country|nationwide|national|China(?:'s)?|State Council)\b", re.I),
    "省": re.compile(r"\b(?:the|this) province\b|\bprovincial\b", re.I),
    "市": re.compile(r"\b(?:the|this) city\b|\bmunicipal\b", re.I),
    "县": re.compile(r"\b(?:the|this) county\b|\bcounty-wide\b", re.I),
    "区": re.compile(r"\b(?:the|this) district\b|\bdistrict-wide\b", re.I),
    "镇": re.compile(r"\b(?:the|this) (?:town|township)\b", re.I),
}
TITLE_WEIGHT = 5  # a title's own word outweighs a handful in the text ("全县" in a city's speech)
DOMINANCE = 2.0  # the top level must be named this many times as often as the next


def speech_level(document: Document) -> str | None:
    """The level a speech speaks for, or None when its words do not say."""
    counts = {level: TITLE_WEIGHT * len(rx.findall(normalize(document.title))) for level, rx in _SELF_RE.items()}
    for end in {place[-1] for place in place_names(normalize(document.title))}:  # 石桥县人民政府…
        counts[{"乡": "镇"}.get(end, end)] += TITLE_WEIGHT
    for m in _ANY_SELF.finditer(document.source, 0, LEVEL_CHARS):
        counts[LEVELS[int(m.lastgroup[1:])]] += 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (top, n), (_second, m) = ranked[0], ranked[1]
    return top if n >= 3 and n >= DOMINANCE * max(m, 1) else None


# A level named as the field a place is ranked or assessed in ("在全省排第几", "全市考核", "全国百强"):
# a level above the speech's own, not the one the question is about ("全省考核咱们拿了个什么等次" is a
# bureau's report of its own grade). Not "全省平均入住率是多少": that asks the province's own figure.
_COMPARED_IN = re.compile(r"(?:全国|全省|全市|全县|全区|省里|市里|县里|省内|市内)(?=[^，。；？?！!全里]{0,4}?"
                          r"(?:排名|排第|排在|排位|排行|排多少|排前|考核|考评|评比|评价|百强|前列|领先|位次|名次"
                          r"|第[一二三四五六七八九十\d]))")


def without_compared_fields(question: str) -> str:
    """``question`` normalized, without a level named as the field a place is ranked in ("在全省排第几")."""
    return _COMPARED_IN.sub("", normalize(question))


def asked_level(question: str) -> str | None:
    """The level a question speaks of ("这个县…" → 县), None when it names none or several; a
    level a place is ranked or assessed in is not one it speaks of."""
    text = without_compared_fields(question)
    found = {level for level, rx in _ASKED.items() if rx.search(text)}
    found |= {level for level, rx in _ASKED_EN.items() if rx.search(question)}
    return found.pop() if len(found) == 1 else None


_levels: dict[tuple[str, int], str | None] = {}  # (speech id, length) -> its level: read once per speech


def level_of(document: Document) -> str | None:
    """:func:`speech_level`, read once per speech."""
    key = (document.id, len(document.source))
    if key not in _levels:
        _levels[key] = speech_level(document)
    return _levels[key]


def documents_at_level(question: str, documents: Iterable[Document]) -> set[str]:
    """The speeches of the level the question speaks of, when some but not all of the library
    are of it; else empty (no level named, one level for all, or none of that level)."""
    level = asked_level(question)
    documents = list(documents)
    if level is None or len(documents) < 2:
        return set()
    levels = {d.id: level_of(d) for d in documents}
    chosen = {i for i, lv in levels.items() if lv == level}
    return chosen if chosen and len(chosen) < len(documents) else set()


def speeches_meant(question: str, documents: list[Document]) -> tuple[set[str] | None, str]:
    """The speeches a question is about when the user chose none, and the text to search them
    with: those it names (its title's words left out of the search), else those of the level it
    speaks of, else all (``None``)."""
    by_speaker, words = speaker_named(question, documents, level_of)  # "何志远副市长…", "省长在…上提出的"
    if by_speaker:  # the speaker chooses; the title's words, if any, among that speaker's speeches
        among = [d for d in documents if d.id in by_speaker]
        named = named_documents(question, among) if len(among) > 1 else set()
        rest = question.replace(words, " ")
        return (named, without_title_runs(rest, documents, named)) if named else (by_speaker, rest)
    named = named_documents(question, documents)  # of one speech: a run that calls it by its genre
    at_level = documents_at_level(question, documents)
    if named and at_level and not named & at_level:
        named = set()  # "县里2026年政府工作报告": a city's report shares the words, not the level
    if named:
        return named, without_title_runs(question, documents, named)
    # "县里2026年政府工作报告": of the speeches of that level, those whose title carries the year
    years = years_named(question) if at_level else []
    dated = {d.id for d in documents if d.id in at_level and any(y in d.title for y in years)
             and genre_noun(d.title) in question}
    if dated:
        return dated, without_text_years(question)
    return at_level or None, question
