"""Property tests of the parser: any speech-like text parses, every body character lands in
exactly one passage, and no passage is over the limit."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.numbering import CIRCLED, cn_numeral
from index.parser import MAX_PASSAGE_CHARS, parse_speech

TITLE = "在全县重点工作推进会议上的讲话"
_HAN = "发展推进工作建设加强产业项目城市乡村服务企业群众安全生态教育资金改革创新机制落实责任任务"
WS = st.sampled_from(["", " ", "\u3000", "\u3000\u3000", "\xa0", "\t"])
NEWLINE = st.sampled_from(["\n", "\r\n", "\n\n", "\u2028", "\n\n\n"])


@st.composite
def clause(draw) -> str:
    """A run of Chinese words, sometimes with figures, sometimes very long with no punctuation."""
    text = draw(st.text(alphabet=_HAN, min_size=2, max_size=30))
    if draw(st.integers(0, 5)) == 0:  # a long run with no punctuation at all
        text *= 400 // len(text) + draw(st.integers(0, 300))
    if draw(st.booleans()):
        text += draw(st.sampled_from(["12%", "3.5亿元", "××万元", "达到公里", "_机制"]))
    return text


@st.composite
def sentence(draw) -> str:
    """Clauses joined by commas or semicolons, ending (usually) with a full stop."""
    parts = draw(st.lists(clause(), min_size=1, max_size=6))
    joiners = draw(st.lists(st.sampled_from(["，", "；", "、", ","]), min_size=len(parts), max_size=len(parts)))
    text = "".join(p + j for p, j in zip(parts, joiners))[:-1]
    return text + draw(st.sampled_from(["。", "。", "！", "？", "", "……", "；"]))


@st.composite
def marker(draw) -> str:
    """A numbering marker of any scheme, with a plausible number."""
    n = draw(st.integers(1, 12))
    return draw(st.sampled_from([
        f"{cn_numeral(n)}、", f"（{cn_numeral(n)}）", f"({cn_numeral(n)})", f"{n}.", f"{n}、", f"（{n}）",
        CIRCLED[n - 1], f"第{cn_numeral(n)}，", f"第{cn_numeral(n)}条 ", f"{cn_numeral(n)}是", "首先，", "其次，",
        "最后，", f"其{cn_numeral(n)}，", "——", f"第{cn_numeral(n)}部分 "]))


@st.composite
def line(draw, with_markers: bool = True) -> str:
    """A line: a heading, an item, a paragraph, or several sentences run together."""
    body = "".join(draw(st.lists(sentence(), min_size=1, max_size=4)))
    if with_markers and draw(st.integers(0, 2)) == 0:
        body = draw(marker()) + body
    if with_markers and draw(st.booleans()):  # inline numbering inside the line
        body += draw(marker()) + draw(sentence())
    return draw(WS) + body + draw(WS)


@st.composite
def speech(draw, with_markers: bool = True) -> str:
    """A speech-like text: a title line, then lines with any separators."""
    lines = draw(st.lists(line(with_markers), min_size=1, max_size=12))
    seps = draw(st.lists(NEWLINE, min_size=len(lines), max_size=len(lines)))
    return TITLE + "\n" + "".join(ln + s for ln, s in zip(lines, seps))


def _check_bounds_and_spans(doc) -> None:
    body = [p for p in doc.passages if "outline_only" not in p.flag_kinds]
    last_end = -1
    for p in body:
        assert 0 < len(p.text) <= MAX_PASSAGE_CHARS
        assert p.start >= last_end, "passages overlap"
        last_end = p.end
        assert re.sub(r"\s", "", doc.source[p.start:p.end]) == re.sub(r"\s", "", p.text)


PROPERTY_SETTINGS = settings(max_examples=60, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@PROPERTY_SETTINGS
@given(speech())
def test_any_speech_like_text_parses_within_bounds(text):
    doc = parse_speech(text, "gen")
    _check_bounds_and_spans(doc)
    for node in doc.outline_nodes():
        assert node.title and node.status in ("complete", "partial", "outline_only", "omitted")


@PROPERTY_SETTINGS
@given(speech(with_markers=False))
def test_every_body_character_lands_in_exactly_one_passage(text):
    doc = parse_speech(text, "gen")
    _check_bounds_and_spans(doc)
    assert doc.title == TITLE
    # A short line standing over text is read as an unnumbered part title ("业业" as much as "存在的问题"):
    # it lands in the outline, every other character in exactly one passage.
    lines = text[len(TITLE):].splitlines()
    titles = {n.title for n in doc.outline_nodes()}
    assert titles <= {line.strip() for line in lines}
    body = re.sub(r"\s", "", "".join(line for line in lines if line.strip() not in titles))
    shown = re.sub(r"\s", "", "".join(p.text for p in doc.passages))
    assert shown == body


@PROPERTY_SETTINGS
@given(st.text(min_size=1, max_size=3000))
def test_arbitrary_unicode_never_raises(text):
    doc = parse_speech(text, "any")
    _check_bounds_and_spans(doc)


def test_a_long_semicolon_run_splits_at_semicolons_then_commas():
    run = "；".join(f"要加强第{cn_numeral(i % 9 + 1)}方面工作，推动产业发展和城市建设协同推进，确保各项任务落地见效"
                   for i in range(20)) + "。"
    comma_run = "，".join("推动产业发展和城市建设协同推进" for _ in range(40)) + "。"
    doc = parse_speech(f"{TITLE}\n一、总体要求\n{run}\n{comma_run}\n", "long")
    texts = [p.text for p in doc.passages]
    assert all(len(t) <= MAX_PASSAGE_CHARS for t in texts)
    assert "".join(texts) == run + comma_run
    assert len(texts) >= 3 and texts[0].endswith("；")  # cut after a semicolon, not mid-clause
    assert all(t.endswith(("；", "，", "。")) for t in texts)


def test_a_point_pasted_twice_in_one_paragraph_never_overlaps():
    """A heading's line that ends with its own title again ("一、…。一、…。", a copy pasted
    twice) is not a bare heading line: the two points must not both claim the whole paragraph."""
    for twice in ("一、" + "业" * 100 + "。一、" + "业" * 100 + "。",
                  "（一）抓好春耕备耕工作。（一）抓好春耕备耕工作。",
                  "1.加强组织领导。1.加强组织领导。\n2.压实工作责任。",
                  "一、加快发展。一、加快发展。要把项目建设作为头等大事，全力以赴抓推进。"):
        doc = parse_speech(f"{TITLE}\n{twice}\n", "twice")
        _check_bounds_and_spans(doc)
        shown = re.sub(r"\s", "", "".join(p.text for p in doc.passages if "outline_only" not in p.flag_kinds)
                       + "".join(n.title for n in doc.outline_nodes()))
        assert "要把项目建设" in shown or "要把" not in twice
