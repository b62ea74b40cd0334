"""The outline tree: built from an outline block or body headings, aligned, given statuses."""
from __future__ import annotations

from collections.abc import Iterable

from .document import SECTION_SEP, OutlineNode, Passage
from .headings import OutlineEntry, normalize_title, title_similarity

MATCH_THRESHOLD = 0.8


def new_node(title: str, level: int, parent: OutlineNode | None) -> OutlineNode:
    """A node whose path extends its parent's."""
    path = f"{parent.path}{SECTION_SEP}{title}" if parent else title
    return OutlineNode(title=title, path=path, level=level)


def build_tree(entries: Iterable[OutlineEntry]) -> list[OutlineNode]:
    """Nest headings by level: a level 2 under the last level 1, a level 3 under the last level 2."""
    top: list[OutlineNode] = []
    last: dict[int, OutlineNode] = {}
    for e in entries:
        parent = next((last[lv] for lv in range(e.level - 1, 0, -1) if lv in last), None)
        node = new_node(e.title, e.level, parent)
        (parent.children if parent else top).append(node)
        last[e.level] = node
        for deeper in [lv for lv in last if lv > e.level]:
            del last[deeper]
    return top


def flatten(top: list[OutlineNode]) -> list[OutlineNode]:
    """All nodes, depth first (document order)."""
    return [n for t in top for n in t.walk()]


class Aligner:
    """Matches body headings to outline nodes, in order, tolerant of numbering errors.

    A heading the outline lacks is added to the tree (and reported in ``added``). With
    ``match=False`` (no outline block) every body heading becomes a new node.
    """

    def __init__(self, top: list[OutlineNode], match: bool = True):
        self.top = top
        self.match = match
        self.pos = 0  # index in the flat outline after the last match
        self.chain: list[OutlineNode] = []  # the current node and its ancestors, root first
        self.added: list[str] = []
        self._flat: list[OutlineNode] | None = None
        self._parents: dict[int, OutlineNode] = {}

    def _index(self) -> list[OutlineNode]:
        if self._flat is None:
            self._flat = flatten(self.top)
            self._parents = {id(c): n for n in self._flat for c in n.children}
        return self._flat

    def _best(self, title: str, level: int, nodes: list[tuple[int, OutlineNode]]) -> int | None:
        key = normalize_title(title)
        exact = next((i for i, n in nodes if normalize_title(n.title) == key), None)
        if exact is not None:
            return exact
        best, best_score = None, MATCH_THRESHOLD
        for i, n in nodes:
            score = title_similarity(n.title, title) + (0.05 if n.level == level else 0.0)
            if score > best_score + 1e-9:
                best, best_score = i, score
        return best

    def align(self, title: str, level: int) -> OutlineNode:
        """The outline node for a body heading (matching forward first, then anywhere)."""
        if self.match:
            flat = self._index()
            nodes = list(enumerate(flat))
            idx = self._best(title, level, nodes[self.pos:])
            if idx is None:
                idx = self._best(title, level, nodes)
            if idx is not None:
                self.pos = idx + 1
                chain = [flat[idx]]
                while id(chain[0]) in self._parents:
                    chain.insert(0, self._parents[id(chain[0])])
                self.chain = chain
                return flat[idx]
        node = self._insert(title, level)
        if self.match:
            self.added.append(node.path)
            self._flat = None
            self.pos = next(i for i, n in enumerate(self._index()) if n is node) + 1
        return node

    def _insert(self, title: str, level: int) -> OutlineNode:
        keep = [c for c in self.chain if c.level < level]
        parent = keep[-1] if keep else None
        node = new_node(title, level, parent)
        if parent is not None:
            parent.children.append(node)
        elif self.chain and self.match:
            self.top.insert(self.top.index(self.chain[0]) + 1, node)
        else:
            self.top.append(node)
        self.chain = keep + [node]
        return node


def attribute_gap(before: OutlineNode | None, after: OutlineNode | None, top: list[OutlineNode],
                  has_text: bool) -> tuple[OutlineNode | None, list[OutlineNode]]:
    """Where text after a gap belongs, and which outline headings fell in the gap.

    ``before`` is the section the gap starts in, ``after`` the node of the next heading
    shown. The outline nodes strictly between them lost their headings; text after the
    gap belongs to the last of them (the node just before ``after`` in the outline).
    """
    flat = flatten(top)
    if after is None or not any(n is after for n in flat):
        return before, []
    i_after = next(i for i, n in enumerate(flat) if n is after)
    i_before = next((i for i, n in enumerate(flat) if n is before), -1)
    if i_after <= i_before + 1:
        return before, []
    swallowed = flat[i_before + 1:i_after]
    return (swallowed[-1] if has_text else before), swallowed


def assign_statuses(top: list[OutlineNode], by_node: dict[int, list[Passage]],
                    swallowed: set[int]) -> tuple[list[str], list[str]]:
    """Set each node's status and body offsets; return the outline_only and partial paths.

    ``complete``: all its body is shown; ``partial``: some body shown, but a gap or the
    cut-off touches it, its heading was swallowed, or a child is not complete;
    ``outline_only``: no body at all.
    """

    def visit(node: OutlineNode) -> bool:
        """Set the status of ``node`` and its subtree; True when any body is shown."""
        kids_have = [visit(c) for c in node.children]
        own = by_node.get(id(node), [])
        spans = [(p.start, p.end) for p in own]
        spans += [(c.body_start, c.body_end) for c in node.children if c.body_start is not None]
        if not own and not any(kids_have):
            node.status = "outline_only"
            node.body_start = node.body_end = None
            return False
        touched = any(p.flag_kinds & {"gap", "cut_off"} for p in own)
        kids_ok = all(c.status == "complete" for c in node.children)
        node.status = "partial" if touched or id(node) in swallowed or not kids_ok else "complete"
        node.body_start = min(s for s, _ in spans)
        node.body_end = max(e for _, e in spans)
        return True

    for t in top:
        visit(t)
    flat = flatten(top)
    return ([n.path for n in flat if n.status == "outline_only"],
            [n.path for n in flat if n.status == "partial"])
