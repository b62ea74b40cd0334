"""Places a speech is of: those a text names (青禾县, 澜州市), the stem people say without 市/县 (澜州),
and a speech's own places, in its letterhead, byline or all through its text, though its title names none."""
from __future__ import annotations

import re

from index.document import Document
from index.tokenize import normalize

from .fact_check import GENERIC_PLACE

_PLACE_END = "省市县区镇乡"
# Words that end like a place and are none ("城镇", "全市", "市区"), and characters a name never holds.
# What follows 市/乡/镇 when they are no place: 市场, 市民, 乡村, 乡镇, 城镇化, 市政, 县城.
_NOT_AFTER_A_PLACE = re.compile(r"[长委级域内外场民村镇土下化容值属直辖里城]|政(?!府)")  # 市政, not 市政府
_NOT_A_PLACE = re.compile(GENERIC_PLACE.pattern + r"|[年在的和与及于对上下第之]")


def place_names(text: str) -> set[str]:
    """The names of places in ``text``: two to five characters before 省/市/县/区/镇/乡, each
    length taken ("年青禾县" gives 青禾县 too), never a generic one (全市, 城镇, 市区)."""
    out = set()
    for i, ch in enumerate(text):
        if ch in _PLACE_END and not _NOT_AFTER_A_PLACE.match(text, i + 1):
            for k in range(2, 6):
                name = text[max(0, i - k):i + 1]
                if len(name) == k + 1 and re.fullmatch(r"[\u4e00-\u9fff]+", name) and not _NOT_A_PLACE.search(name):
                    out.add(name)
    return out


# Stems of a place name that are common words as well ("新城区" is 新城, an 产业新城 too), never read as a place.
COMMON_STEM = re.compile(r"^(?:新城|新区|老城|城[东南西北中]|[东南西北中]城|开发|高新|经开|中心|主城|市中|县城|港口|工业|经济|产业)$"
                          r"|[某×*_]")


def place_index(named: dict[str, set[str]]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """From the places each speech names, the speeches naming each place, and each stem (青山 of 青山镇)."""
    places: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    for doc_id, names in named.items():
        for place in names:
            places.setdefault(place, set()).add(doc_id)
            if len(stem := place[:-1]) >= 2 and not COMMON_STEM.search(stem):
                stems.setdefault(stem, set()).add(doc_id)
    return places, stems


_HEAD_CHARS = 400  # a letterhead, title, byline and date lines fit in this before the body starts
_OWN_PLACE_TIMES = 3


def own_places(doc: Document) -> set[str]:
    """The places a speech is of though its title does not say so: those in its head (the letterhead
    "桐川县人民政府办公室文件", a byline, a "来源：江澜市商务局" line) and the one its text names
    most, at least three times ("柳溪县" all through a 全县 speech)."""
    start = doc.passages[0].start if doc.passages else 0
    head = normalize(doc.source[:min(start, _HEAD_CHARS)])
    body = normalize("".join(p.text for p in doc.passages))
    counts = {p: body.count(p) for p in place_names(body)}
    most = max(counts.values(), default=0)
    return place_names(head) | {p for p, n in counts.items() if n >= _OWN_PLACE_TIMES and 2 * n >= most}
