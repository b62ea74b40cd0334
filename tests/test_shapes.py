"""The parser against hand-written truth: our shape excerpts and the two real documents.

The truth is in ``tests/expected_outlines.py``; the excerpts are in ``tests/speeches/shapes/``;
the real documents are read from ``../shared/corpus/real/`` (never copied into the repo).
The first group of tests checks the truth itself against the files, without the parser.
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache
from pathlib import Path

import pytest

from expected_outlines import FINDING_KINDS, REAL, REMOVED_KINDS, SHAPES, Expect
from index.document import SECTION_SEP, Document, Passage
from index.parser import parse_speech

HERE = Path(__file__).resolve().parent
SHAPES_DIR = HERE / "speeches" / "shapes"
REAL_DIR = HERE.parent.parent / "shared" / "corpus" / "real"
CASES = {**{n: SHAPES_DIR / n for n in SHAPES}, **{n: REAL_DIR / n for n in REAL}}
TRUTH: dict[str, Expect] = {**SHAPES, **REAL}
NAMES = sorted(TRUTH)
_WS = re.compile(r"\s+")
MAX_PASSAGE_CHARS = 400


def read(path: Path) -> str:
    """The file as text (UTF-8, BOM dropped, line endings kept as written)."""
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return path.read_bytes().decode("utf-8-sig")


@lru_cache(maxsize=None)
def parsed(name: str) -> Document:
    """Each file parsed once per session."""
    path = CASES[name]
    return parse_speech(read(path), path.stem, str(path))


def norm(title: str) -> str:
    """A title for comparison: no whitespace, no trailing punctuation, no markdown marks."""
    return _WS.sub("", title).lstrip("#").strip("*").rstrip("，,：:；;。！？!?")


def node_title(doc: Document, p: Passage) -> str:
    """The title of the outline node a passage belongs to; "" at the document level."""
    path = p.section
    if doc.node(path) is None and p.item and SECTION_SEP in path:
        path = path.rsplit(SECTION_SEP, 1)[0]
    node = doc.node(path)
    return node.title if node else ""


def find_passage(doc: Document, prefix: str) -> Passage | None:
    """The passage that starts with ``prefix`` or, failing that, the first that holds it."""
    key = _WS.sub("", prefix)
    texts = [(p, _WS.sub("", p.text)) for p in doc.passages]
    return (next((p for p, t in texts if t.startswith(key)), None)
            or next((p for p, t in texts if key in t), None))


# ---- the truth itself, checked against the files (no parser) --------------------------

def test_every_shape_file_has_truth():
    files = {p.name for p in SHAPES_DIR.iterdir() if p.is_file()}
    assert files == set(SHAPES)
    assert len(SHAPES) >= 14


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape_file_is_an_excerpt_of_our_size(name):
    assert 600 <= len(read(SHAPES_DIR / name)) <= 3000


@pytest.mark.parametrize("name", NAMES)
def test_truth_matches_the_text(name):
    exp, text = TRUTH[name], read(CASES[name])
    flat = _WS.sub("", text)
    assert exp.truncation <= FINDING_KINDS and exp.maybe <= FINDING_KINDS
    assert all(set(k.split("|")) <= REMOVED_KINDS for k in exp.removed)
    depths = [d for d, _ in exp.headings]
    assert depths and depths[0] == 1
    assert all(b <= a + 1 for a, b in zip(depths, depths[1:])), "a depth skips a level"
    titles = [t for _, t in exp.headings]
    assert set(exp.omitted) <= set(titles)
    for t in titles:
        if t not in exp.omitted:
            assert _WS.sub("", t) in flat, t
            assert not re.search(r"[。！？]", t), t
    for prefix, section, _ in exp.paragraph_sections:
        assert flat.count(_WS.sub("", prefix)) == 1, f"{prefix!r} is not unique"
        assert all(s == "" or s in titles for s in section.split("|")), section
    for s in exp.blanks + exp.not_blank + exp.must_not_contain:
        assert s in text, s
    assert _WS.sub("", exp.title) in flat


# ---- the parser against the truth ------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_parse_never_raises_and_passages_are_bounded(name):
    doc = parsed(name)
    assert doc.passages
    for p in doc.passages:
        assert p.text.strip(), f"empty passage {p.id}"
        assert len(p.text) <= MAX_PASSAGE_CHARS, f"{p.id} has {len(p.text)} characters"


@pytest.mark.parametrize("name", NAMES)
def test_title(name):
    assert norm(parsed(name).title) == norm(TRUTH[name].title)


@pytest.mark.parametrize("name", NAMES)
def test_headings_node_for_node(name):
    got = [(n.level, norm(n.title)) for n in parsed(name).outline_nodes()]
    want = [(d, norm(t)) for d, t in TRUTH[name].headings]
    if got != want:
        diff = difflib.unified_diff([f"{d} {t}" for d, t in want], [f"{d} {t}" for d, t in got],
                                    "truth", "parser", lineterm="")
        pytest.fail(f"outline of {name} differs:\n" + "\n".join(diff))


@pytest.mark.parametrize("name", NAMES)
def test_omitted_nodes(name):
    doc, exp = parsed(name), TRUTH[name]
    by_status = [norm(n.title) for n in doc.outline_nodes() if n.status == "omitted"]
    by_map = [norm(path.split(SECTION_SEP)[-1]) for path in doc.truncation.omitted]
    want = [norm(t) for t in exp.omitted]
    assert by_status == want
    assert by_map == want


@pytest.mark.parametrize("name", NAMES)
def test_truncation_findings(name):
    doc, exp = parsed(name), TRUTH[name]
    kinds = {f.kind for f in doc.truncation.findings}
    assert exp.truncation <= kinds, f"missing {exp.truncation - kinds}; found {kinds}"
    if exp.truncation_exact:
        extra = kinds - exp.truncation - exp.maybe
        assert not extra, f"false alarms {extra}: " + "; ".join(
            f"{f.kind} ({f.confidence}) {f.detail}" for f in doc.truncation.findings)
    if not exp.truncation:
        assert doc.truncation.cut_off is None and not doc.truncation.gaps


@pytest.mark.parametrize("name", NAMES)
def test_blanks_and_redactions(name):
    doc, exp = parsed(name), TRUTH[name]
    blanks = doc.truncation.blanks
    if exp.blank_count is not None:
        assert len(blanks) == exp.blank_count, [b.context for b in blanks]
    free = list(blanks)
    for s in exp.blanks:
        hit = next((b for b in free if s in b.context), None)
        assert hit is not None, f"no blank around {s!r}: {[b.context for b in blanks]}"
        free.remove(hit)
    for s in exp.not_blank:
        for m in re.finditer(re.escape(s), doc.source):
            wrong = [b.context for b in blanks if b.start < m.end() and m.start() < b.end]
            assert not wrong, f"{s!r} taken for a blank: {wrong}"
    assert len(doc.truncation.redactions) == exp.redactions


@pytest.mark.parametrize("name", NAMES)
def test_paragraph_sections(name):
    doc, exp = parsed(name), TRUTH[name]
    wrong = []
    for prefix, section, item in exp.paragraph_sections:
        p = find_passage(doc, prefix)
        if p is None:
            wrong.append(f"{prefix}: no passage holds it")
            continue
        where = norm(node_title(doc, p))
        if where not in {norm(s) for s in section.split("|")}:
            wrong.append(f"{prefix}: under {where or '(document)'!r}, want {section!r}")
        if item is None and p.item is not None:
            wrong.append(f"{prefix}: carries item {p.item!r}, want none")
        elif item is not None and (p.item is None or item != "*" and p.item != item):
            wrong.append(f"{prefix}: carries item {p.item!r}, want {item!r}")
        elif item is not None and not p.section.endswith(SECTION_SEP + p.item):
            wrong.append(f"{prefix}: section {p.section!r} does not end in its item")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", NAMES)
def test_chrome_removed(name):
    doc, exp = parsed(name), TRUTH[name]
    for kinds, least in exp.removed.items():
        got = sum(doc.removed.get(k, 0) for k in kinds.split("|"))
        assert got >= least, f"removed {kinds}: {got} < {least} ({doc.removed})"
    for s in exp.must_not_contain:
        holders = [p.id for p in doc.passages if s in p.text]
        assert not holders, f"{s!r} left in {holders}"
