"""What an announcing sentence announces: the items, sentences or headings that follow it.

``主要基于三个方面的考虑。`` / ``下面，我讲三点意见。`` / ``主要表现在以下几个方面：`` /
``我们也清醒看到面临的困难和挑战。`` / a rhetorical ``为什么说…？``: quoting such a
sentence alone answers nothing. The answer is what follows it: the items of the list
that comes next (``其一…其二…``, ``一是…二是…``), the headings under it, or the
sentences after it in its paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.announce import find_announcements
from index.bullets import opening_symbol
from index.document import SECTION_SEP, OutlineNode
from index.numbering import leading_marker, marker_at
from index.store import PassageIndex

from .compose import ItemPick, enumerated_clauses, section_items

# A sentence that sums up what came before it: "以上三条原则，是…", "上述几个方面…".
_SUMS_UP_RE = re.compile(r"^(?:以上|上述|上面|前面|这(?:[一二三四五六七八九十几两]+|些)(?:条|点|项|个方面|方面))")
# A sentence ending in a colon introduces what follows; one ending in a question mark is
# a rhetorical question whose answer follows.
# A line that points down at what follows ("划重点👇", "详见下文⬇️") introduces it as a colon does.
_INTRODUCES_RE = re.compile(r"[：:][”’」』]*$|[？?][”’」』]*$|[👇⬇↓☟][\ufe0f]?$"
                            r"|(?:以下|如下|下列|几|若干)个?(?:方面|点|项|条|个方面)[^，。；]{0,6}[。：:]?$")
MAX_FOLLOWING = 4  # sentences quoted after an announcement with no list
# A transcript's turn that is no answer: the host, or the next question.
_NEXT_TURN = re.compile(r"^(?:主持人|记者|提问|问[一二三四五六七八九十\d]*)\s*[：:]")  # "问三：…" of a Q&A too


@dataclass
class Announced:
    """An announcing sentence and the points it announces, as list picks."""

    sentence: int  # the announcing sentence (index into the index's sentences)
    count: int | None  # how many points it announces, when it says
    picks: list[ItemPick] = field(default_factory=list)


def list_base(section: str, item: str | None) -> str:
    """The section a list lives in: an item's section path without the item itself."""
    return section.rsplit(SECTION_SEP, 1)[0] if item else section


def announcement_count(text: str) -> tuple[bool, int | None]:
    """Whether a sentence announces what follows, and how many points it names."""
    found = find_announcements(text)
    if found:
        return True, found[0].count
    return bool(_INTRODUCES_RE.search(text.strip())), None


def section_announces(index: PassageIndex, doc, node) -> int | None:
    """How many points a section's own opening announces ("我向大家提三点希望"), if it does."""
    own = [r for r in index.rows_under(doc.id, node.path) if index.passages[r].section == node.path]
    return next((n for r in own[:2] for ok, n in [announcement_count(index.passages[r].text)] if ok and n), None)


def _item_picks(index: PassageIndex, row: int, base: str) -> list[ItemPick]:
    """The items (一是…, 其一…) in the passages right after ``row`` in the same section."""
    return group_items(index, item_run(index, row, base, +1))


def item_run(index: PassageIndex, row: int, base: str, step: int) -> list[int]:
    """The item passages of section ``base`` next to ``row`` (after it for ``step`` +1, before it
    for -1; ``row`` itself left out), in speech order."""
    doc_id = index.passages[row].document
    rows: list[int] = []
    r = row + step
    last: int | None = None
    scheme: str | None = None
    while 0 <= r < len(index.passages):
        p = index.passages[r]
        if p.document != doc_id or p.item is None or list_base(p.section, p.item) != base:
            break
        if p.text.startswith(p.item) and (m := leading_marker(p.item)) is not None and m.value:
            # "…四是…" then "一是…": the numbering starts again, so another list begins; and "1.2.3." then
            # "四是": the outer list the first one was announced inside goes on, not this one
            if last is not None and (m.value <= last if step > 0 else m.value >= last) \
                    or scheme is not None and m.scheme != scheme:
                break
            last, scheme = m.value, m.scheme
        rows.append(r)
        r += step
    return rows if step > 0 else rows[::-1]


def group_items(index: PassageIndex, rows: list[int]) -> list[ItemPick]:
    """Consecutive item passages as one pick per item: an item starts where a passage opens
    with its marker (two ``——`` items share a label but not a passage)."""
    groups: list[list[int]] = []
    for r in rows:
        p = index.passages[r]
        if not groups or p.text.startswith(p.item) or p.item != index.passages[groups[-1][0]].item:
            groups.append([r])
        else:
            groups[-1].append(r)
    picks = []
    for grows in groups:
        lead = index.sentences_of(grows[0])[:1]
        if lead:
            p = index.passages[grows[0]]
            picks.append(ItemPick(label=index.sentence_text(lead[0]), section=p.section, document=p.document,
                                  sentences=lead, rows=grows, marker=p.item))
    return picks


def _heading_picks(index: PassageIndex, row: int, base: str) -> list[ItemPick]:
    """The sub-sections of the section whose own lead text holds ``row``."""
    p = index.passages[row]
    doc = index.document(p.document)
    if doc is None:
        return []
    node = doc.node(base)
    children = node.children if node is not None else doc.outline
    if not children:
        return []
    first = index.rows_under(doc.id, children[0].path)
    if first and min(first) < row:  # the sentence is not in the lead text above the sub-sections
        return []
    root = OutlineNode(title=base, path="", level=0, children=children) if node is None else node
    return [pick for pick in section_items(index, doc, root, None, details=0) if pick.node is not None]


def _items_before(index: PassageIndex, row: int, base: str) -> list[ItemPick]:
    """The items (一是…, ——坚持…) in the passages right before ``row`` in the same section."""
    return group_items(index, item_run(index, row, base, -1))


def _lists_inline(sentence: str) -> bool:
    """Whether a sentence goes on, after its colon, to list two or more numbered points itself."""
    _head, colon, rest = sentence.partition("：")
    if not colon:
        _head, colon, rest = sentence.partition(":")
    if not colon:
        return False
    starts = [0] + [m.end() for m in re.finditer(r"[，,；;]", rest)]  # where a point can open
    return sum(marker_at(rest, i) is not None for i in starts) >= 2


def expand(index: PassageIndex, s_idx: int, nested: bool = True) -> Announced | None:
    """What the sentence ``s_idx`` announces (or sums up), or None when it points at nothing.

    When what follows opens with an announcement of its own (a reporter's "…有哪些举措？", then
    "王立新：…重点抓好三方面工作。一要…二要…"), that second announcement and its points are
    the answer (``nested``: look one level down)."""
    text = index.sentence_text(s_idx)
    announces, count = announcement_count(text)
    if _SUMS_UP_RE.match(text):  # "以上三条原则，是…": the items before it
        row = index.sentence_spans[s_idx][0]
        p = index.passages[row]
        if index.sentences_of(row)[0] == s_idx:
            picks = _items_before(index, row, list_base(p.section, p.item))
            if picks:
                return Announced(s_idx, count, picks)
    if not announces or _lists_inline(text) or (count and len(enumerated_clauses(text)) == count):
        # nothing announced, or the sentence holds its own list ("…困难：一是…，二是…。", "四条原则：A；B；C；D。")
        return None
    row = index.sentence_spans[s_idx][0]
    passage = index.passages[row]
    base = list_base(passage.section, passage.item)
    after = [s for s in index.sentences_of(row) if s > s_idx]
    out = Announced(s_idx, count)
    if not after and _symbols_after(index, row):  # "划重点👇" then "👉 …" lines
        out.picks = _paragraphs_after(index, row, count or MAX_FOLLOWING)
    elif not after:
        out.picks = _item_picks(index, row, base) or _heading_picks(index, row, base)
    if not out.picks and after:  # no list: the sentences that follow in its paragraph
        out.picks = [ItemPick(label=index.sentence_text(s), section=passage.section, document=passage.document,
                              sentences=[s], rows=[row]) for s in after[:count or MAX_FOLLOWING]]
    if not out.picks:  # "…的目标任务是：" then a paragraph per point
        out.picks = _paragraphs_after(index, row, count or MAX_FOLLOWING)
    if nested and out.picks and out.picks[0].sentences:
        inner = expand(index, out.picks[0].sentences[0], nested=False)
        # it says how many ("三方面工作"), or it is all that follows ("我想，道理有以下几点。")
        if inner is not None and (inner.count or len(out.picks) == 1):
            return inner
    return out if out.picks else None


def items_led_by(index: PassageIndex, s_idx: int) -> Announced | None:
    """The points that open right after sentence ``s_idx`` when it closes its paragraph and a list
    starts there at its first point ("在执法检查上，要坚持严格执法、精准执法。" then 第一，…第二，…):
    the sentence leads them in though it neither counts them nor ends in a colon. None otherwise."""
    row = index.sentence_spans[s_idx][0]
    if index.sentences_of(row)[-1:] != [s_idx] or row + 1 >= len(index.passages):
        return None
    p, q = index.passages[row], index.passages[row + 1]
    marker = leading_marker(q.text) if q.item else None
    if q.document != p.document or marker is None or marker.value != 1 \
            or list_base(q.section, q.item) != list_base(p.section, p.item):
        return None
    picks = _item_picks(index, row, list_base(p.section, p.item))
    return Announced(s_idx, None, picks) if len(picks) >= 2 else None


def announcer_of(index: PassageIndex, row: int) -> Announced | None:
    """What is announced by the sentence that opens the list the item at ``row`` is part of
    ("…还面临不少困难：" before 一是…二是…); None for a passage that is no item, or a list that
    nothing announces."""
    p = index.passages[row]
    if p.item is None:
        return None
    base = list_base(p.section, p.item)
    lead = lead_in(index, (item_run(index, row, base, -1) or [row])[0], base)
    return expand(index, lead) if lead is not None else None


def _symbols_after(index: PassageIndex, row: int) -> str | None:
    """The symbol the paragraph after ``row`` opens with as a point ("👉 …"), in the same section."""
    if row + 1 >= len(index.passages):
        return None
    p, q = index.passages[row], index.passages[row + 1]
    return opening_symbol(q.text) if q.document == p.document and q.section == p.section else None


def _paragraphs_after(index: PassageIndex, row: int, limit: int) -> list[ItemPick]:
    """The lead sentences of the next paragraphs of the same section."""
    p = index.passages[row]
    picks = []
    # points set with a symbol ("👉 …" under "划重点👇") are all of them and no more
    symbol = _symbols_after(index, row)
    stop = len(index.passages) if symbol else min(row + 1 + limit, len(index.passages))
    for r in range(row + 1, stop):
        q = index.passages[r]
        if q.document != p.document or q.section != p.section or "outline_only" in q.flag_kinds \
                or _NEXT_TURN.match(q.text) or (symbol and opening_symbol(q.text) != symbol):
            break  # a transcript's host or next reporter, or the end of the symbols: the answer ended
        lead = index.sentences_of(r)[:1]
        if lead:
            picks.append(ItemPick(label=index.sentence_text(lead[0]), section=q.section, document=q.document,
                                  sentences=lead, rows=[r]))
    return picks


def shortfall(announced: Announced) -> int:
    """How many announced points the text does not show (0 when it shows them all or says no number)."""
    if not announced.count:
        return 0
    return max(announced.count - len(announced.picks), 0)


def lead_in(index: PassageIndex, first: int, base: str) -> int | None:
    """The sentence right before the list starting at row ``first`` in section ``base``: what
    introduces it, announcing or not ("但也要看到，…还存在一些短板和不足。")."""
    if first == 0:
        return None
    before = index.passages[first - 1]
    sentences = index.sentences_of(first - 1)
    if before.document != index.passages[first].document or not sentences \
            or list_base(before.section, before.item) != base:
        return None
    return sentences[-1]


def announcers_of(index: PassageIndex, sentences: list[int]) -> list[int]:
    """The sentences announcing the lists ``sentences`` are points of: one earlier in the same paragraph
    ("我强调三点。一是…。二是…。") or the lead-in of a list of paragraphs. "第二条呢" asked first is
    the second point of that list, whichever of its points the search happened to rank."""
    out: set[int] = set()
    for s in sentences:
        row = index.sentence_spans[s][0]
        lead = next((t for t in reversed(index.sentences_of(row)) if t < s and (a := expand(index, t)) is not None
                     and any(s in p.sentences for p in a.picks)), None)
        if lead is None and (a := announcer_of(index, row)) is not None and any(row in p.rows for p in a.picks):
            lead = a.sentence
        if lead is not None:
            out.add(lead)
    return sorted(out - set(sentences))
