"""The lines under a speech's title that say who gave it and when: its byline.

They are kept out of the passages (they are not what the speech says), so a question
about the speaker or the date reads them from the source here, with their offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import SIGN_DATE
from .parser import source_lines
from .title import BODY_LINE_RE, find_title

HEAD_CHARS = 4000
_PAGE_DATE_RE = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月|[-/.]\d{1,2}[-/.]\d{1,2})")  # the title and its byline stand in the first lines; an outline block may come first


@dataclass(frozen=True)
class SourceLine:
    """A line of the source: ``source[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Byline:
    """A speech's title line(s) and, when the text gives them, its speaker and date lines."""

    title: SourceLine | None
    speaker: SourceLine | None = None
    date: SourceLine | None = None
    published: SourceLine | None = None  # a scraped page's "发布时间：…" line, when it has no date line
    # the sign-off at the end of a document (落款): the body that issues it, and its date
    signer: SourceLine | None = None
    signed: SourceLine | None = None
    number: SourceLine | None = None  # an official document's issuing number ("岚政办发〔2025〕31号")


def read_byline(source: str, stem: str | None = None, hint: str | None = None) -> Byline:
    """The title, speaker and date lines at the top of ``source`` (each None when absent)."""
    # the lines the parser gave the title finder, so the byline is read as the speech was
    lines = [SourceLine(*line) for line in source_lines(source, HEAD_CHARS)]
    match = find_title([ln.text for ln in lines], hint, stem)
    # A scraped page's "发布时间：2025-03-02 来源：…" line is site chrome, but the one date there is.
    published = next((lines[i] for i, kind in sorted(match.chrome_before + match.chrome_after)
                      if kind == "date_line" and _PAGE_DATE_RE.search(lines[i].text)), None)
    signer, signed = read_signoff(source)
    pick = (lambda i: lines[i] if i is not None else None)
    if match.index is None:  # no title line (a page's <h1> gave it): its speaker and date lines still count
        return Byline(None, pick(match.speaker), pick(match.date), published, signer, signed)
    first, last = lines[match.index], lines[match.index + match.used - 1]
    end = first.start + match.end_in_line if match.end_in_line is not None else last.end
    title = SourceLine(first.start, end, source[first.start:end])
    date = pick(match.date)
    dated = _SUBTITLE_DATE.search(title.text) if date is None else None
    if dated:  # "——2024年1月16日在…会议上", a report's subtitle, dates it
        date = SourceLine(title.start + dated.start(1), title.start + dated.end(1), dated.group(1))
    return Byline(title, pick(match.speaker), date, published, signer, signed, pick(match.number))


# A report's subtitle: "——2024年1月16日在临川市第十七届人民代表大会第四次会议上".
_SUBTITLE_DATE = re.compile(r"[—－-]{1,2}\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")


# A sign-off: an issuing body ("某某县农业农村局", "中共某某县委办公室") and a date, on one line or two.

def read_signoff(source: str) -> tuple[SourceLine | None, SourceLine | None]:
    """The body and the date that sign a document off: at its end, when its last lines are that;
    else the first sign-off within it, as a notice forwarding a plan (关于印发…的通知) signs
    its few lines before the plan itself follows."""
    lines = [SourceLine(*line) for line in source_lines(source, len(source))]
    if not lines:
        return None, None
    found = _signoff_at(lines, len(lines) - 1) \
        or next((f for i in range(len(lines) - 1) if "年" in lines[i].text and (f := _signoff_at(lines, i))), None)
    return found or (None, None)


def _bodies(text: str) -> bool:
    """Whether a line is the name of a body, or of several issuing it together, spaced apart
    ("东岭市水务局　东岭市节约用水办公室")."""
    parts = re.split(r"[\s\u3000]+", text.strip())
    return len(parts) <= 4 and all(BODY_LINE_RE.match(part) for part in parts)


def _signoff_at(lines: list[SourceLine], i: int) -> tuple[SourceLine, SourceLine] | None:
    """The sign-off that line ``i`` ends: a body's line over a date line, or both on the one line."""
    last = lines[i]
    if SIGN_DATE.match(last.text) and i >= 1 and _bodies(lines[i - 1].text):
        return lines[i - 1], last
    joined = re.match(r"^(.+?)[\s\u3000]+(\S+年\S+日)$", last.text)  # "某某县农业农村局　2025年1月8日"
    if joined and _bodies(joined.group(1)) and SIGN_DATE.match(joined.group(2)):
        at = last.start + joined.start(2)
        return SourceLine(last.start, last.start + len(joined.group(1)), joined.group(1)), \
            SourceLine(at, last.end, joined.group(2))
    return None


# "区委书记在全区经济工作会议上的讲话", "王某某同志在…座谈会上的发言", after a template site's "【精品范文】"
_TITLE_SPEAKER = re.compile(r"^([\u4e00-\u9fff×＊*]{2,16}?)(?:同志)?在[^，,。]{2,40}?(?:上|中)?的(?:讲话|报告|发言|致辞)")
_TEMPLATE_TAG = re.compile(r"^【[^】]{1,8}】")


def speaker_in_title(title: str) -> str | None:
    """The speaker a title names before 在…上的讲话 (a post or a name), or None."""
    m = _TITLE_SPEAKER.match(_TEMPLATE_TAG.sub("", title).strip())
    return m.group(1) if m else None
