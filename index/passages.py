"""Paragraphs into passages of at most ``MAX_PASSAGE_CHARS``, cut only where a reader would.

A paragraph is cut at sentence ends; a sentence longer than the limit (a long 排比 run) at
its semicolons, then its commas, and only as a last resort at the limit itself. Every
character of the paragraph lands in exactly one passage.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .body import Para
from .raw_paragraphs import table_rows
from .document import SECTION_SEP, Flag, Passage, TruncationMap

MAX_PASSAGE_CHARS = 400
_CLOSERS = "”’」』）)"
_SENTENCE_END_RE = re.compile(rf"(?:[。！？!?]+|\.(?=\s)|…+(?=[^{_CLOSERS}]|$))[{_CLOSERS}]*")
_SEMICOLON_RE = re.compile(rf"[；;][{_CLOSERS}]*")
_COMMA_RE = re.compile(rf"[，,、：:][{_CLOSERS}]*")


def _cuts(pattern: re.Pattern, text: str, i: int, j: int) -> list[int]:
    """Positions after each match of ``pattern`` inside ``text[i:j]``, ending with ``j``."""
    ends = [m.end() for m in pattern.finditer(text, i, j) if m.end() < j]
    return ends + [j]


def _pieces(text: str, i: int, j: int, limit: int, level: int = 0) -> list[tuple[int, int]]:
    """Cut ``text[i:j]`` into pieces no longer than ``limit``, at the coarsest breaks that do it."""
    if j - i <= limit:
        return [(i, j)]
    if level >= 3:
        return [(k, min(k + limit, j)) for k in range(i, j, limit)]
    pattern = (_SENTENCE_END_RE, _SEMICOLON_RE, _COMMA_RE)[level]
    out, start = [], i
    for end in _cuts(pattern, text, i, j):
        out += _pieces(text, start, end, limit, level + 1)
        start = end
    return out


def split_paragraph(text: str, limit: int = MAX_PASSAGE_CHARS) -> list[tuple[int, int]]:
    """``(i, j)`` ranges covering ``text``, each at most ``limit`` long, cut at the gentlest breaks."""
    out: list[tuple[int, int]] = []
    for s, e in _pieces(text, 0, len(text), limit):
        if out and e - out[-1][0] <= limit:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_NUMBER_CELL = re.compile(r"[\d.,，%％\s+\-—/]*\d[\d.,，%％\s+\-—/]*")


def table_header(row: str) -> bool:
    """Whether a table row names its columns ("指标 | 2024年目标 | 2024年完成"): no cell is a bare figure."""
    return not any(_NUMBER_CELL.fullmatch(cell.strip()) for cell in row.split("|"))


def make_passages(paras: list[Para], doc_id: str, title: str, first: int = 0) -> tuple[list[Passage], list[list[int]]]:
    """Passages of the paragraphs, with the source offset of every character of each.

    A table's row stands under its header row in the section path, so "去年完成了多少" finds
    "2024年完成" over the column of "国控断面优良水体比例 | 85.7 | 90.5 | 90.5"."""
    passages: list[Passage] = []
    offsets: list[list[int]] = []
    header: str | None = None
    in_table = False
    rows = table_rows([p.text for p in paras])
    for at, para in enumerate(paras):
        row = at in rows
        if not row:
            header, in_table = None, False
        elif not in_table:
            header, in_table = (para.text if table_header(para.text) else None), True
        under = SECTION_SEP + header if row and header and para.text != header else ""
        parts = split_paragraph(para.text)
        for k, (i, j) in enumerate(parts):
            while i < j and para.text[i].isspace():
                i += 1
            while j > i and para.text[j - 1].isspace():
                j -= 1
            if i >= j:
                continue
            base = para.node.path if para.node is not None else title
            n = first + len(passages)
            p = Passage(id=f"{doc_id}#p{n}", document=doc_id,
                        section=base + (SECTION_SEP + para.item if para.item else "") + under,
                        text=para.text[i:j], start=para.offs[i], end=para.offs[j - 1] + 1,
                        order=n, item=para.item)
            if para.after_gap:  # the whole paragraph is the text the gap left
                p.flags.append(Flag("gap", "starts after a gap", para.after_gap.end, 0))
            if para.ends_at_gap and k == len(parts) - 1:
                p.flags.append(Flag("gap", "ends at a gap", para.ends_at_gap.start, len(p.text)))
            passages.append(p)
            offsets.append(para.offs[i:j])
    return passages, offsets


def flag_marks(passages: list[Passage], offsets: list[list[int]], truncation: TruncationMap) -> None:
    """Attach the blanks and redactions that fall inside each passage."""
    for p, offs in zip(passages, offsets):
        p.flags += [Flag("blank", b.context, b.start, bisect_left(offs, b.start))
                    for b in truncation.blanks if p.start <= b.start < p.end]
        p.flags += [Flag("redacted", r.context, r.offset, bisect_left(offs, r.offset))
                    for r in truncation.redactions if p.start <= r.offset < p.end]
