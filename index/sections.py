"""Which section and which item each paragraph of the body belongs to.

A paragraph belongs to the last heading above it, and to the last item (``一是``) opened
in that section, with three exceptions a reader makes:

- text after a gap notice belongs to the last heading the gap swallowed;
- in a list whose items are one paragraph each, the paragraph after the last item
  belongs to the section, not to that item (``七是…。`` then ``在肯定成绩的同时…``);
- likewise, when every sub-section of a part is one paragraph, the paragraphs after the
  last one belong to the part (a document's closing call after its last ``（六）…。``),
  with the items they open (``在肯定成绩的同时，…困难：一是…；二是…``), unless they go on in
  the frame the last one opened (``从自然灾害看，…`` then ``从安全生产看，…``);
- a paragraph that opens with a salutation (``各位代表！``) or after a wider break than
  the document's usual one closes the sub-sections: it belongs to the part.
"""
from __future__ import annotations

import re

from .body import Head, Para
from .document import Gap, OutlineNode
from .numbering import Marker, render_marker
from .outline import attribute_gap, flatten
from .truncation import GapNotice


def previous_label(marker: Marker) -> str | None:
    """The label of the item before ``marker`` (``三是`` → ``二是``); None for a first or last item."""
    if marker.value <= 1 or marker.value >= 99:
        return None
    return render_marker(marker.scheme, marker.value - 1, marker.text).rstrip("，,、：: ")


def _part_of(node: OutlineNode | None, parents: dict[int, OutlineNode]) -> OutlineNode | None:
    while node is not None and id(node) in parents:
        node = parents[id(node)]
    return node


def assign_sections(blocks: list, top: list[OutlineNode], gaps_out: list[Gap]) -> set[int]:
    """Give each paragraph its outline node and item; fill ``gaps_out``; return swallowed node ids."""
    parents = {id(c): n for n in flatten(top) for c in n.children}
    node: OutlineNode | None = None
    item: str | None = None
    swallowed_ids: set[int] = set()
    for i, b in enumerate(blocks):
        if isinstance(b, Head):
            node, item = b.node, None
        elif isinstance(b, Para):
            if b.marker:
                item = b.marker.label
            elif (b.salutation or b.wide_break) and not b.after_gap:
                node, item = _part_of(node, parents), None
            b.node, b.item = node, item
        elif isinstance(b, GapNotice):
            rest = blocks[i + 1:]
            nxt = next((x for x in rest if isinstance(x, Head)), None)
            post: list[Para] = []
            for x in rest:
                if not isinstance(x, Para):
                    break
                post.append(x)
            target, lost = attribute_gap(node, nxt.node if nxt else None, top, bool(post))
            swallowed_ids.update(id(n) for n in lost)
            gaps_out.append(Gap(b.start, b.end, b.omitted_chars, [n.path for n in lost], b.notice))
            if post and not post[0].marker:
                later = next((p.marker for p in post if p.marker), None)
                if later:
                    item = previous_label(later)
                elif target is not node:
                    item = None
            elif target is not node:
                item = None
            node = target
    _end_lists(blocks)
    _end_subsections(blocks, parents)
    return swallowed_ids


def _end_lists(blocks: list) -> None:
    """In a list of one-paragraph items, what follows the last item belongs to the section."""
    run: list[Para] = []
    for b in blocks + [None]:
        if isinstance(b, Para) and (not run or b.node is run[0].node):
            run.append(b)
            continue
        _end_list(run)
        run = [b] if isinstance(b, Para) else []


def _end_list(paras: list[Para]) -> None:
    # Lists one after another in a section ("四项原则：一是…四是…" then "考虑了以下因素：一是…")
    # end each where the next one's numbering starts again.
    lists: list[list[int]] = []
    for i, p in enumerate(paras):
        if p.marker:
            if not lists or p.marker.value < paras[lists[-1][-1]].marker.value:  # "——" items all count 1
                lists.append([])
            lists[-1].append(i)
    for n, starts in enumerate(lists):
        end = lists[n + 1][0] if n + 1 < len(lists) else len(paras)
        if len(starts) < 2 or any(b - a > 1 for a, b in zip(starts, starts[1:])):
            continue  # items of several paragraphs: what follows the last one may be its own
        last = paras[starts[-1]]
        for p in paras[starts[-1] + 1:end]:
            if p.item == last.item and not p.after_gap and not p.inline:
                p.item = None


# A paragraph that opens in the frame of the one before ("从自然灾害看，…" then "从安全生产看，…",
# "一方面，…" then "另一方面，…"): the same point goes on, it does not close the part.
_FRAME = re.compile(r"^(?:(从|就|在|对)[^，,。]{1,12}?(看|来看|而言|来说|方面)[，,]|(一方面|另一方面|同时)[，,])")


def same_frame(first: str, text: str) -> bool:
    """Whether ``text`` opens in the frame ``first`` opens in (see :data:`_FRAME`)."""
    a, b = _FRAME.match(first), _FRAME.match(text)
    if not a or not b:
        return False
    if a.group(3) or b.group(3):
        return a.group(3) == "一方面" and b.group(3) in ("另一方面", "同时")
    return a.group(1) == b.group(1) and a.group(2) == b.group(2)


# A plan's task paragraph ends naming who carries it out ("…（牵头单位：市商务局；配合单位：…）").
_TASK_NOTE = re.compile(r"[（(](?:牵头|责任|主办|负责)(?:单位|部门)[：:][^（）()]{2,80}[）)]\s*$")


def _end_subsections(blocks: list, parents: dict[int, OutlineNode]) -> None:
    """When sibling sub-sections are one paragraph each, what follows the last belongs to the parent."""
    paras_of: dict[int, list[Para]] = {}
    order: list[OutlineNode] = []
    for b in blocks:
        if isinstance(b, Para) and b.node is not None:
            if id(b.node) not in paras_of:
                order.append(b.node)
            paras_of.setdefault(id(b.node), []).append(b)
    for parent in {id(parents[id(n)]): parents[id(n)] for n in order if id(n) in parents}.values():
        kids = parent.children
        if len(kids) < 2 or any(k.children for k in kids):
            continue
        counts = [len(paras_of.get(id(k), [])) for k in kids]
        last = paras_of.get(id(kids[-1]), [])
        if any(_TASK_NOTE.search(p.text) for p in last[1:2]):
            continue  # "完善贸易摩擦预警体系…（牵头单位：…）": a plan item's second paragraph, no closing word
        if all(c == 1 for c in counts[:-1]) and counts[-1] > 1 and not last[0].text.rstrip().endswith(("：", ":")):
            # (a first paragraph ending in a colon leads into the ones after it: they stay with it)
            moved = False  # the items a moved paragraph announces ("…面临不少困难：一是…") go with it
            for p in paras_of[id(kids[-1])][1:]:
                if p.after_gap or (not moved and same_frame(last[0].text, p.text)):
                    continue
                if (not p.marker and p.item is None) or moved:
                    p.node, moved = parent, True
