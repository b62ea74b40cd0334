"""Collect the spans an answer quotes, numbered as the ``[n]`` markers that cite them."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.attachments import ATTACHMENT_DETAIL
from index.document import SECTION_SEP, Flag, Passage
from index.store import PassageIndex

from .answer import Citation
from .notices import names_a_place


# "见附件1", "详见附件2": an attachment the reader is sent to; "附件1：…标准" heading one (or listing it)
_ATTACHMENT_REF = re.compile(r"附\s*件\s*([0-9一二三四五六七八九十]{1,2})")
_ATTACHMENT_HEAD = re.compile(r"^\s*附\s*件\s*([0-9一二三四五六七八九十]{1,2})")
_LISTED_NUMBER = re.compile(r"^\s*([0-9一二三四五六七八九十]{1,2})\s*[.．、]")


@dataclass
class Quote:
    """A span of one passage's text that the answer relies on."""

    row: int
    start: int
    end: int


class CitationBuilder:
    """Numbers quotes in the order the answer uses them; the same span keeps its number."""

    def __init__(self, index: PassageIndex) -> None:
        self.index = index
        self.quotes: list[Quote] = []
        self._ids: dict[tuple[int, int, int], int] = {}
        self._told: list[int] = []  # rows whose gap or cut-off the answer tells of without quoting them
        self._quiet_upto = 0  # quotes before this one name a part; a blank in them is not what was asked
        self.figure_of: list[str] = []  # the words a figure is asked of ("旅游综合收入多少"), when one is

    def quiet_blanks(self) -> None:
        """The quotes made so far only name the parts of an outline ("共分5个部分:" and each part's
        opening sentence): a blank or redaction in them is not the fact asked, so it brings no notice."""
        self._quiet_upto = len(self.quotes)

    def tell_breaks_of(self, row: int) -> None:
        """Count the gap and cut-off flags of passage ``row`` as used though nothing of it is
        quoted: a bare "……" after the last words quoted is where the text stops."""
        if row not in self._told:
            self._told.append(row)

    def cite(self, row: int, start: int = 0, end: int | None = None) -> int:
        """Cite ``passages[row].text[start:end]``; returns its 1-based marker number."""
        text = self.index.passages[row].text
        end = len(text) if end is None else end
        key = (row, start, end)
        if key not in self._ids:
            self.quotes.append(Quote(row, start, end))
            self._ids[key] = len(self.quotes)
        return self._ids[key]

    def cite_sentence(self, s_idx: int) -> int:
        """Cite one sentence by its index in the index's sentence table."""
        row, a, b = self.index.sentence_spans[s_idx]
        return self.cite(row, a, b)

    def sentence(self, s_idx: int) -> str:
        """The text of a sentence."""
        return self.index.sentence_text(s_idx)

    def citations(self) -> list[Citation]:
        """The contract citations, ``quote`` an exact slice of ``text``."""
        out = []
        for n, q in enumerate(self.quotes, start=1):
            p = self.index.passages[q.row]
            out.append(Citation(id=n, passage_id=p.id, document=p.document, section=p.section,
                                text=p.text, quote=p.text[q.start:q.end]))
        return out

    def _reaches_last_sentence(self, row: int, end: int) -> bool:
        """Whether a quote ending at ``end`` takes in the last sentence of passage ``row``."""
        return end > _last_sentence_start(self.index, row)

    def flags_used(self) -> list[tuple[Passage, Flag]]:
        """Truncation flags that touch what is quoted.

        Blanks and redactions count only inside a quoted span (when the flag
        knows its place in the passage); a cut-off only for a quote that takes in
        the passage's last sentence, where the text stops; gap and outline-only
        flags count for any quote from the passage, as they qualify all of it.
        """
        out = []
        for n, q in enumerate(self.quotes):
            p = self.index.passages[q.row]
            quoted = p.text[q.start:q.end]
            for f in p.flags:
                if f.kind == "cut_off" and not self._reaches_last_sentence(q.row, q.end):
                    continue  # a whole sentence quoted before the cut is not cut off
                if f.kind in ("blank", "redacted"):
                    if n < self._quiet_upto:
                        continue
                    at = getattr(f, "at", None)
                    inside = (q.start <= at < q.end) if at is not None else _mentions(quoted, f)
                    if not inside or (at is not None and not names_a_place(f.detail or "")  # whose figure it is
                                      and self._blank_beside_asked(p.text, at, q.start, q.end)):
                        continue
                out.append((p, f))
            out += self._attachments_referred(p, quoted)
        for row in self._told:
            p = self.index.passages[row]
            out += [(p, f) for f in p.flags if f.kind in ("gap", "cut_off")]
        return out

    def _attachments_referred(self, passage: Passage, quoted: str) -> list[tuple[Passage, Flag]]:
        """The attachments a quote sends the reader to ("具体标准见附件1") that the text names but does not
        carry (their heading alone, or their name in a list): the figure asked stands there, not here."""
        wanted = set(_ATTACHMENT_REF.findall(quoted))
        if not wanted:
            return []
        found = []
        document = self.index.document(passage.document)
        for p in document.passages if document else ():  # its own speech's, not the whole library's
            if not p.flags:
                continue
            kinds = {f.kind for f in p.flags}
            m = _ATTACHMENT_HEAD.match(p.section.rsplit(SECTION_SEP, 1)[-1]) or _ATTACHMENT_HEAD.match(p.text) \
                or ("attachment" in kinds and _LISTED_NUMBER.match(p.text))  # "2．评分细则" under "附件："
            if m and m.group(1) in wanted and kinds & {"outline_only", "attachment"}:
                found.append((p, Flag("attachment", ATTACHMENT_DETAIL)))
        return found

    def _blank_beside_asked(self, text: str, at: int, start: int, end: int) -> bool:
        """Whether a blank at ``at`` stands in a clause that names none of the words a figure is asked
        of, while another clause of the quote names one with its figure ("接待游客××万人次，实现旅游
        综合收入41.6亿元" for "旅游综合收入多少"): the figure asked is given, the blank is another's."""
        if not self.figure_of:
            return False
        bounds = [start] + [m.end() for m in _CLAUSE_END.finditer(text, start, end)] + [end]
        clauses = [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
        own = next(((a, b) for a, b in clauses if a <= at < b), None)
        if own is None or any(w in text[own[0]:own[1]] for w in self.figure_of):
            return False
        return any(any(w in text[a:b] for w in self.figure_of) and _DIGIT.search(text[a:b])
                   for a, b in clauses if (a, b) != own)


def first_span_per_speech(index: PassageIndex, documents: set[str] | None, builder: CitationBuilder,
                          span_of: Callable[[str], tuple[int, int] | None],
                          first_rows: int | None = None) -> list[tuple[str, str, int]]:
    """For each speech in scope (``documents``; None: all), the first span ``span_of`` finds in a
    passage's text (among its first ``first_rows`` passages, when given), cited: (the speech's title,
    the quote, its marker), in the library's order."""
    found = []
    for doc in index.documents:
        if documents is not None and doc.id not in documents:
            continue
        for row in index.doc_rows(doc.id)[:first_rows]:
            text = index.passages[row].text
            if (span := span_of(text)) is not None:
                found.append((doc.title, text[span[0]:span[1]].strip(), builder.cite(row, *span)))
                break
    return found


def quoted_per_speech(found: list[tuple[str, str, int]], one: Callable[[str, int], str]) -> str | None:
    """The reply quoting ``found`` ((title, quote, marker) per speech): ``one(quote, marker)`` for a
    single speech, else a line per speech under its title; None when nothing was found."""
    if not found:
        return None
    if len(found) == 1:
        return one(found[0][1], found[0][2])
    return "\n".join(f"- 《{title}》: {quote}[{mark}]" for title, quote, mark in found)


_CLAUSE_END = re.compile(r"[，,；;。！？!?]")
_DIGIT = re.compile(r"\d")


def _last_sentence_start(index, row: int) -> int:
    sentences = index.sentences_of(row)
    return index.sentence_spans[sentences[-1]][1] if sentences else 0


def _mentions(quoted: str, flag: Flag) -> bool:
    """Fallback when a flag has no in-passage position: look for its context or its mark."""
    core = "".join(flag.detail.split())
    if core and core in "".join(quoted.split()):
        return True
    return flag.kind == "redacted" and "_" in quoted or flag.kind == "blank" and "*" in quoted and not core
