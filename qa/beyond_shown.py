"""A part asked by its number that the text does not have: "第三点意见讲的是什么?" of an
excerpt cut off after its second part, or "第五部分" of a speech with four.

Such a question is about the speech's structure, so it is never declined as off-topic:
the answer says how many parts the text shows and, when the text is cut off or announces
more than it shows, that the asked part is not in it, citing where the text stops.
"""
from __future__ import annotations

from index.document import Document, OutlineNode
from index.store import PassageIndex

from .answer import Notice
from .citations import CitationBuilder
from .notices import gap_text
from .ordinal_picks import numbered_past, shown_numbers
from .truncation_answers import announced_and_shown, announced_lines, last_sentence_citing


def document_lacking_part(index: PassageIndex, part: int, documents: set[str] | None,
                          first_hit_doc: str | None) -> Document | None:
    """The speech asked about when none in scope has a ``part``-th part: the only one in
    scope, else the one the best passage is from."""
    scope = [d for d in index.documents if documents is None or d.id in documents]
    if any(len(d.outline) >= part for d in scope) or not any(d.outline for d in scope):
        return None  # a text of no parts at all ("一、洗菜水浇花。二、…" items): "第二条" is its second item
    if len(scope) == 1:
        return scope[0]
    return next((d for d in scope if d.id == first_hit_doc), None)


def announced_past_shown(doc: Document, part: int) -> bool:
    """Whether the text announces a list of at least ``part`` points and shows fewer ("下面，我讲三点
    意见" then 一、二、 and the cut): "第三点意见" is that lost point, not the third item of a
    sub-list that happens to have three."""
    for finding in doc.truncation.findings:
        counts = announced_and_shown(finding)
        if counts and counts[1] < part <= counts[0]:
            return True
    return False


def part_not_shown_answer(index: PassageIndex, doc: Document, part: int, builder: CitationBuilder,
                          lang: str) -> str:
    """What the text shows instead of the asked part, and where it stops (cited, so the
    cut-off notice of that passage comes with it)."""
    shown = len(doc.outline)
    tm = doc.truncation
    rows = list(index.doc_rows(doc.id))
    incomplete = not tm.is_complete or any(f.kind == "announced_count" for f in tm.findings)
    titles = "、".join(n.title for n in doc.outline)
    if lang == "en":
        text = (f"《{doc.title}》 shows {shown} part(s) ({titles}); part {part} is not in the text"
                + (", which is cut off" if incomplete else "") + ".")
        if incomplete and rows:
            text += f" It stops at: {last_sentence_citing(index, builder, rows[-1])}."
        return text
    text = f"《{doc.title}》文中只有{shown}个部分({titles}),第{part}部分"
    if not incomplete:
        return text + "不存在。"
    announced = announced_lines(index, builder, doc, lang)
    text += "不在这份文本中:原文不完整。" + "".join(announced)
    if rows:
        text += f"文本停在:{last_sentence_citing(index, builder, rows[-1])}。"
    return text


def part_in_gap_answer(index: PassageIndex, doc: Document, node: OutlineNode, builder: CitationBuilder,
                       lang: str, cite: bool = True) -> str:
    """A section known only from the numbering around a gap ("三、" between 二 and a gap and 四):
    its heading and text are both in the omitted part. Quotes the last words shown before the gap
    (cited unless ``cite`` is off) and names what the text goes on with."""
    rows = list(index.doc_rows(doc.id))
    gaps = sorted(doc.truncation.gaps, key=lambda g: g.start)
    nodes = doc.outline_nodes()
    at = next((i for i, n in enumerate(nodes) if n is node or n.path == node.path), len(nodes))
    after = next((n for n in nodes[at + 1:] if n.level <= node.level and n.status != "omitted"), None)
    gap = next((g for g in reversed(gaps) if after is None or after.body_start is None
                or g.start < after.body_start), gaps[-1] if gaps else None)
    # the last passage of shown text before the gap (heading passages come after the text in the index)
    before = sorted((r for r in rows if gap is not None and index.passages[r].end <= gap.start
                     and not index.passages[r].section.startswith(node.path)), key=lambda r: index.passages[r].end)
    size = f"{gap.omitted_chars}" if gap is not None and gap.omitted_chars else ""
    if lang == "en":
        text = (f"Section “{node.title}” of 《{doc.title}》 is not in the text: its heading and body lie in the "
                f"omitted part{f' ({size} characters)' if size else ''}; only its number is known.")
        if before:
            text += f" The text before the gap ends: {last_sentence_citing(index, builder, before[-1], cite)}."
        if after is not None:
            text += f" It goes on with “{after.title}”."
        return text
    text = (f"《{doc.title}》的“{node.title}”部分不在节选中:它的标题和正文都在省略的"
            f"{size + '字' if size else '文字'}里,只能从前后的编号看出有这一部分。")
    if before:
        text += f"省略处之前的文字是:{last_sentence_citing(index, builder, before[-1], cite)}。"
    if after is not None:
        text += f"之后接着是“{after.title}”。"
    return text


def omitted_subject(index: PassageIndex, items: list) -> tuple[Document, OutlineNode] | None:
    """The one section known only from the numbering around a gap that all of an answer's items
    are ("第14条的责任单位是谁" of items 13–15 lost in a gap, "短板里的第四条" of a "第四，" the
    gap took), or None. The text does not answer such a question: nothing of the section is shown."""
    found: tuple[Document, OutlineNode] | None = None
    for item in items:
        doc = index.document(item.document)
        node = doc.node(item.section) if doc else None
        if node is None or node.status != "omitted" or (found is not None and found[1] is not node):
            return None
        found = (doc, node)
    return found


def in_gap_decline(index: PassageIndex, doc: Document, node: OutlineNode, lang: str) -> str:
    """What to say of a section the gap took whole, as a declined answer: where it would stand and
    what the text goes on with, quoting the words before the gap without citing them (a declined
    answer cites nothing)."""
    return part_in_gap_answer(index, doc, node, CitationBuilder(index), lang, cite=False)


def beyond_shown_line(shown: int, asked: int, announced: int | None, lang: str, cut: bool = False) -> str:
    """What to say of point ``asked`` of a list whose text shows ``shown`` points (of ``announced``);
    ``cut``: the last point shown is incomplete, so the text may have gone on past it ("第五条" of a
    list the paywall cuts within its second point is not "没有第5点")."""
    if cut and not (announced and asked <= announced):
        return (f"The excerpt shows {shown} points, the last of them incomplete; point {asked} is not in the "
                "excerpt." if lang == "en"
                else f"节选中只显示了{shown}点,最后一点不完整,第{asked}点不在节选中,无法给出。")
    if announced and asked <= announced:
        return (f"The speech announces {announced} points; the text shows {shown}, so point {asked} is not "
                "in it." if lang == "en" else f"讲话预告了{announced}点,文中只出现了{shown}点,第{asked}点不在文中。")
    return (f"The list has only {shown} points; there is no point {asked}." if lang == "en"
            else f"这里只列出了{shown}点,没有第{asked}点。")


class PointInGap(Exception):
    """Point ``asked`` of a list lies between two points it shows, so the text does not answer it
    ("第三点意见是什么" of "第一，…第二，…（此处有删节）第四，…"): raised where the list is
    composed, the question is declined with ``reply`` and ``notice``."""

    def __init__(self, reply: str, notice: Notice | None) -> None:
        super().__init__(reply)
        self.reply, self.notice = reply, notice  # no notice: the text sets nothing for it (a bracket missed)


def raise_if_point_in_gap(doc: Document, picks: list, asked: int, lead: str | None, lang: str) -> None:
    """Raise :class:`PointInGap` when point ``asked`` of ``picks`` is one the numbering skips;
    ``lead``, the sentence announcing the list, is quoted without citing (a declined answer
    cites nothing)."""
    if not numbered_past(shown_numbers(picks), asked):
        return
    line = point_not_shown_line(picks, asked, None, lang)
    if lead:
        line = (f"The list opens: \"{lead}\" " if lang == "en" else f"这组要点以“{lead}”开头。") + line
    raise PointInGap(line, Notice("gap", gap_text(doc, lang), None))


def point_not_shown_line(picks: list, asked: int, announced: int | None, lang: str) -> str:
    """What to say of point ``asked`` that a list does not show: skipped between two points it
    shows ("第一，…第二，…（此处有删节）第四，…"), or past its end."""
    numbers = shown_numbers(picks)
    if numbered_past(numbers, asked):
        before = max(n for n in numbers if n < asked)
        after = min(n for n in numbers if n > asked)
        return (f"Point {asked} is not in the text: it shows point {before}, then point {after}; what lay "
                "between is omitted." if lang == "en"
                else f"第{asked}点不在文中:文中第{before}点之后接的是第{after}点,中间的内容被省略了。")
    last = getattr(picks[-1], "node", None) if picks else None
    return beyond_shown_line(len(picks), asked, announced, lang,
                             cut=last is not None and last.status == "partial")


def before_shown_line(picks: list, asked: int, lang: str, doc: Document | None = None,
                      node: OutlineNode | None = None) -> str | None:
    """What to say of point ``asked`` of a list that the text shows only from a later point on
    after a gap ("…公里,形成了…" then "三是…"), or None when the point is not before them or
    the section (``node`` of ``doc``) lost nothing to a gap."""
    numbers = [n for n in shown_numbers(picks) if n]
    if not numbers or asked >= min(numbers) or not start_in_gap(doc, node):
        return None
    first = min(numbers)
    return (f"Point {asked} is not in the text: the list is shown only from point {first} on; what came "
            "before lies in the omitted part." if lang == "en"
            else f"第{asked}项不在节选中:这部分从第{first}项起才显示,前面的内容在省略处。")


def start_in_gap(doc: Document | None, node: OutlineNode | None) -> bool:
    """Whether a gap of ``doc`` lies in ``node``'s section, so the start of its list may be lost."""
    if doc is None or node is None or node.status == "complete":
        return False
    return any(node.path in g.swallowed  # the gap took its heading and the list's start
               or g.start >= (node.body_start or 0) and (node.body_end is None or g.start <= node.body_end)
               for g in doc.truncation.gaps)
