"""The document model: what a speech is once it has been read.

A speech becomes a :class:`Document`: its title, an outline tree whose nodes
carry a status (``complete`` / ``partial`` / ``outline_only``), the passages of
its body, and a :class:`TruncationMap` that says everything the excerpt does
not show (gaps, a cut-off tail, blanked figures, redactions).

All offsets are character offsets into ``Document.source`` (the decoded text
exactly as read, before any joining of broken lines).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Status = Literal["complete", "partial", "outline_only", "omitted"]
FlagKind = Literal["gap", "cut_off", "blank", "redacted", "outline_only", "attachment"]  # attachment: told as outline_only

SECTION_SEP = " > "


def section_under(section: str, path: str) -> bool:
    """Whether a section path is ``path`` itself or lies below it."""
    return section == path or section.startswith(path + SECTION_SEP)


@dataclass
class Flag:
    """A truncation mark that touches a passage (mirrors the notice kinds)."""

    kind: FlagKind
    detail: str = ""  # e.g. the blank in context ("达到公里"), or "starts after a gap"
    offset: int | None = None  # into Document.source, when it has a place
    at: int | None = None  # the same place as an index into Passage.text


@dataclass
class OutlineNode:
    """One heading of the outline (parts, sub-sections); items such as 一是 are not nodes."""

    title: str  # the heading as written, e.g. "(二)当前我市产城融合发展存在的突出问题"
    path: str  # titles from the root joined by SECTION_SEP
    level: int  # depth: 1 = the document's top numbering scheme, 2 = the next one met, ...
    # "omitted": only known from the numbering (e.g. (三) between (二) and a gap and (四))
    status: Status = "complete"
    body_start: int | None = None  # offsets of this node's body in the source
    body_end: int | None = None
    children: list[OutlineNode] = field(default_factory=list)

    def walk(self):
        """Yield this node and all its descendants, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Passage:
    """The unit of retrieval: one item (一是…) or one paragraph, at most ~400 chars."""

    id: str  # "<document>#p<n>", stable for the same source
    document: str
    section: str  # e.g. "二、… > (二)… > 一是"
    text: str  # broken lines joined, site boilerplate removed
    start: int  # offsets into the source
    end: int
    order: int  # position in the document, 0-based
    item: str | None = None  # "一是" / "首先" / "1." when the passage is (part of) an item
    flags: list[Flag] = field(default_factory=list)

    @property
    def flag_kinds(self) -> set[str]:
        """The kinds of truncation flags on this passage."""
        return {f.kind for f in self.flags}


@dataclass
class Gap:
    """Text the excerpt left out, usually marked by a site notice."""

    start: int  # offsets of the notice in the source
    end: int
    omitted_chars: int | None  # None when the notice does not say
    swallowed: list[str] = field(default_factory=list)  # outline paths whose headings fell in it
    notice: str = ""  # the notice text as it stood


@dataclass
class CutOff:
    """The excerpt stops here; the rest of the speech is not shown."""

    offset: int
    total_chars: int | None
    shown_chars: int | None
    notice: str = ""


@dataclass
class Blank:
    """A figure left out: nothing before a unit ("达到公里") or a ``*``."""

    start: int
    end: int
    context: str  # a few characters around it, as written
    # missing: nothing before a unit; star: "*"; placeholder: "××"/"xx"/"□"; space: "总值 亿元"
    kind: Literal["missing", "star", "placeholder", "space"]


@dataclass
class Redaction:
    """A word replaced by ``_`` (e.g. "创新_机制")."""

    offset: int
    context: str


@dataclass
class TruncationFinding:
    """One piece of evidence that the text is not whole, with how sure we are of it.

    Kinds: ``notice`` (a site's cut-off wording), ``gap`` (a gap notice),
    ``trailing_ellipsis`` (the text ends in ``……``), ``mid_sentence`` (it ends without
    final punctuation), ``announced_count`` (fewer points shown than announced),
    ``numbering_jump`` (a number skipped across an omission).
    """

    kind: str
    confidence: float  # 0..1
    detail: str = ""
    offset: int | None = None


@dataclass
class TruncationMap:
    """Everything the excerpt does not show, with where it is."""

    gaps: list[Gap] = field(default_factory=list)
    cut_off: CutOff | None = None
    blanks: list[Blank] = field(default_factory=list)
    redactions: list[Redaction] = field(default_factory=list)
    outline_only: list[str] = field(default_factory=list)  # outline paths with no body
    partial: list[str] = field(default_factory=list)  # outline paths with part of their body
    findings: list[TruncationFinding] = field(default_factory=list)
    omitted: list[str] = field(default_factory=list)  # outline paths known only from numbering

    @property
    def is_complete(self) -> bool:
        """True when nothing at all is missing."""
        return not (self.gaps or self.cut_off or self.blanks or self.redactions
                    or self.outline_only or self.partial or self.findings or self.omitted)


@dataclass
class Document:
    """A speech read into outline, passages and truncation map."""

    id: str  # file stem, e.g. "chancheng_speech"
    title: str
    source: str  # decoded text exactly as read
    outline: list[OutlineNode]  # top-level nodes
    passages: list[Passage]
    truncation: TruncationMap
    path: str | None = None  # where it was read from
    warnings: list[str] = field(default_factory=list)
    removed: dict[str, int] = field(default_factory=dict)  # site chrome removed, count per kind
    encoding: str | None = None  # the encoding the file was read with
    format: str = "txt"  # txt, md, docx, pdf, html

    def outline_nodes(self) -> list[OutlineNode]:
        """All outline nodes, depth first."""
        return [n for top in self.outline for n in top.walk()]

    def node(self, path: str) -> OutlineNode | None:
        """The outline node with this path, if any."""
        return next((n for n in self.outline_nodes() if n.path == path), None)

    def said_text(self) -> str:
        """Its title, headings and passages as one text, to look up whether it says a word."""
        return self.title + "\n".join(p.section + p.text for p in self.passages)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form (used to save the index)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a Document saved with :meth:`to_dict` (its passage, flag, blank and
        redaction dicts become those objects' attributes: pass data you hand over)."""

        def node(d: dict[str, Any]) -> OutlineNode:
            return OutlineNode(**{**d, "children": [node(c) for c in d.get("children", [])]})

        tm = data["truncation"]
        truncation = TruncationMap(
            gaps=[Gap(**g) for g in tm.get("gaps", [])],
            cut_off=CutOff(**tm["cut_off"]) if tm.get("cut_off") else None,
            blanks=[_revive(Blank, b) for b in tm.get("blanks", [])],
            redactions=[_revive(Redaction, r) for r in tm.get("redactions", [])],
            outline_only=list(tm.get("outline_only", [])),
            partial=list(tm.get("partial", [])),
            findings=[TruncationFinding(**f) for f in tm.get("findings", [])],
            omitted=list(tm.get("omitted", [])),
        )
        passages = []
        for p in data["passages"]:
            if p.get("flags"):
                p = {**p, "flags": [_revive(Flag, f) for f in p["flags"]]}
            passages.append(_revive(Passage, p))
        return cls(id=data["id"], title=data["title"], source=data["source"],
                   outline=[node(n) for n in data["outline"]], passages=passages,
                   truncation=truncation, path=data.get("path"),
                   warnings=list(data.get("warnings", [])), removed=dict(data.get("removed", {})),
                   encoding=data.get("encoding"), format=data.get("format", "txt"))


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _revive(kind: type, data: dict[str, Any]) -> Any:
    """``kind(**data)``, but adopting ``data`` as the object's attributes when it holds
    exactly the fields (as ``asdict`` wrote them): a 100,000-passage library builds
    about half a million of these at every load, and the checks of ``__init__`` cost
    a second there. Any other dict (an older save, a missing default) goes through
    ``__init__``, which fills defaults and rejects unknown keys.
    """
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = frozenset(f.name for f in fields(kind))
    if data.keys() != names:
        return kind(**data)
    revived = object.__new__(kind)
    revived.__dict__ = data
    return revived
