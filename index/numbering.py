"""Numbering schemes of Chinese speeches and reports, and the markers that open a paragraph.

A *scheme* is a way of numbering (``一、``, ``（一）``, ``1.``, ``①``, ``第一，``, ``一是`` …).
Heading schemes make outline nodes; item schemes (``一是``, ``首先/其次``, ``其一``,
``——``) mark the points inside a section. Which depth a heading scheme has is not fixed
here: the parser infers it from the order in which the schemes appear in a document.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass

CN_DIGITS = "一二三四五六七八九十"
_CN = CN_DIGITS + "百零〇两"
_NUM = {c: i + 1 for i, c in enumerate(CN_DIGITS)} | {"两": 2}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
SEQUENCE_WORDS = ("首先", "其次", "再次", "再者", "最后")
# Heading schemes, in no particular order (depth comes from the document).
HEADING_SCHEMES = ("part", "topic", "chapter", "section", "cn_dun", "cn_paren", "num_dot", "num_dun", "num_paren", "circled",
                   "ordinal", "article")
ITEM_SCHEMES = ("shi", "seq", "qi", "dash")
# A labelled question turn of an interview page (问：…？): a heading with no number written.
QUESTION_SCHEME = "ask"
# An outline set with symbols, not numbers (■ part, ◆ point): ``bullet1`` is the top symbol's scheme.
BULLET_SCHEME = "bullet"
# A part titled by a bare line with no number or symbol at all (index.bare_titles decides which).
BARE_TITLE_SCHEME = "bare"
# The symbols that mark outline levels in the document being parsed, with their rank (1 = top).
# A symbol is a level only where the document uses it so (index.bullets decides), so the parser
# sets this while it reads one document; everywhere else a "■" opens no point.
OUTLINE_BULLETS: ContextVar[dict[str, int]] = ContextVar("OUTLINE_BULLETS", default={})
# A part's title set in lenticular brackets ("【部署任务】"): each opening bracket and its closing one
# (index.bullets reads the opening one as a symbol of the outline).
TITLE_BRACKETS = {"【": "】", "〖": "〗"}
_BULLET_MARK = re.compile(r".[\ufe0f]?[ \t\u3000\u00a0]*")  # the symbol, its variation selector, the space after

_FW = str.maketrans("０１２３４５６７８９（）．，：、", "0123456789().,:、")
# Each pattern matches at the start of a paragraph; group "n" holds the number.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("part", re.compile(rf"第(?P<n>[{_CN}]{{1,4}})部分")),
    # "下面，我讲三个问题。第一个问题：…" / "第二个方面，…" / "第三点，…": a speech's parts named by what they are.
    # Not "第一个问题的核心…" or "第二点要求是…" inside a sentence.
    ("topic", re.compile(rf"第(?P<n>[{_CN}]{{1,3}})(?:个(?:问题|方面|层面)|方面|点|招)(?=[\s　：:，,、]|[^\s，,。；;的要]{{2}})")),
    # 章/节 (plans, regulations, long reports): only a heading when a title or a break follows,
    # so "第一节课" or "第三章讲了" inside a sentence stays text.
    ("chapter", re.compile(rf"第(?P<n>[{_CN}0-9０-９]{{1,4}})章(?=[\s　：:，,]|[^\s，,。；;讲中里的]{{2}})")),
    ("section", re.compile(rf"第(?P<n>[{_CN}0-9０-９]{{1,4}})节(?=[\s　：:，,]|[^\s，,。；;讲中里的课]{{2}})")),
    ("cn_dun", re.compile(rf"(?P<n>[{_CN}]{{1,3}})、")),
    ("cn_paren", re.compile(rf"[(（](?P<n>[{_CN}]{{1,3}})[)）]")),
    ("num_paren", re.compile(r"[(（](?P<n>[0-9０-９]{1,2})[)）]")),
    ("num_dot", re.compile(r"(?P<n>[0-9０-９]{1,2})[.．](?![0-9０-９])")),
    ("num_dun", re.compile(r"(?P<n>[0-9０-９]{1,2})、")),
    ("circled", re.compile(rf"(?P<n>[{CIRCLED}])")),
    ("article", re.compile(rf"第(?P<n>[{_CN}]{{1,4}})条(?=[\s　：:，,]|[^\s，,。；;]{{2}})")),
    ("ordinal", re.compile(rf"第(?P<n>[{_CN}]{{1,3}})(?=[，,、：:])[，,、：:]?")),
    ("shi", re.compile(rf"(?P<n>[{_CN}]{{1,3}})(?P<v>[是要])(?![的否])")),
    ("seq", re.compile(r"(?P<n>首先|其次|再次|再者|最后)(?=[，,：:、\s]|[^，,。]{2})")),
    ("qi", re.compile(rf"其(?P<n>[{CN_DIGITS}]{{1,2}})(?=[，,、：:是])")),
    ("dash", re.compile(r"(?P<n>——|－－|--)(?=[^—－\-\s])")),
]


@dataclass(frozen=True)
class Marker:
    """A numbering marker at the start of a paragraph (or after a sentence end)."""

    scheme: str
    value: int  # 1-based position in its sequence; 0 when the scheme has no numbers (——)
    text: str  # the marker as written, e.g. "（三）", "三是", "第二，"
    end: int  # where the marker ends in the text it was found in

    @property
    def is_heading(self) -> bool:
        """Whether the scheme makes outline nodes (``一、``) rather than items (``一是``)."""
        return self.scheme in HEADING_SCHEMES or self.scheme == QUESTION_SCHEME or self.scheme.startswith(BULLET_SCHEME) \
            or self.scheme == BARE_TITLE_SCHEME

    @property
    def label(self) -> str:
        """The marker without trailing punctuation, as items are named (``第二``, ``三是``)."""
        return self.text.rstrip("，,、：: \u3000")


def cn_number(s: str) -> int | None:
    """Value of a Chinese numeral from 1 to 999 (``三`` → 3, ``十二`` → 12, ``一百零五`` → 105)."""
    if not s:
        return None
    if s.isdigit():
        return int(s.translate(_FW))
    if "百" in s:
        hundreds, _, rest = s.partition("百")
        h = _NUM.get(hundreds, 0) if hundreds else 1
        rest = rest.lstrip("零〇")
        tail = cn_number(rest) if rest else 0
        return h * 100 + tail if h and tail is not None else None
    if any(c not in _NUM and c != "十" for c in s):
        return None
    if "十" not in s:
        return _NUM[s] if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_NUM[tens] if tens else 1) * 10 + (_NUM[ones] if ones else 0)


def cn_numeral(n: int) -> str:
    """The Chinese numeral for 1..99."""
    if n <= 10:
        return CN_DIGITS[n - 1]
    tens, ones = divmod(n, 10)
    return (CN_DIGITS[tens - 1] if tens > 1 else "") + "十" + (CN_DIGITS[ones - 1] if ones else "")


def _value(scheme: str, raw: str) -> int | None:
    if scheme == "circled":
        return CIRCLED.index(raw) + 1
    if scheme == "seq":
        return {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "最后": 99}[raw]
    if scheme == "dash":
        return 0
    return cn_number(raw.translate(_FW))


def marker_at(text: str, pos: int = 0) -> Marker | None:
    """The numbering marker that starts at ``text[pos]``, if any."""
    bullets = OUTLINE_BULLETS.get()
    if bullets and text[pos:pos + 1] in bullets:
        m = _BULLET_MARK.match(text, pos)
        return Marker(f"{BULLET_SCHEME}{bullets[text[pos]]}", 0, m.group(0), m.end())
    for scheme, pattern in _PATTERNS:
        m = pattern.match(text, pos)
        if not m:
            continue
        value = _value(scheme, m.group("n"))
        if value is None or (scheme not in ("dash", "seq") and value == 0):
            continue
        if scheme == "shi" and m.group("v") == "要" and value > 20:
            continue
        return Marker(scheme, value, m.group(0), m.end())
    return None


def leading_marker(text: str) -> Marker | None:
    """The marker opening a paragraph (after indentation), if any."""
    i = len(text) - len(text.lstrip(" \t\u3000\xa0"))
    return marker_at(text, i)


def render_marker(scheme: str, value: int, like: str = "") -> str:
    """The marker of ``scheme`` for ``value``, written in the style of ``like`` (``（三）``)."""
    cn = cn_numeral(value) if value < 100 else str(value)
    full = "（" in like or "，" in like or "．" in like
    if scheme == "part":
        return f"第{cn}部分"
    if scheme == "cn_dun":
        return f"{cn}、"
    if scheme == "cn_paren":
        return f"（{cn}）" if full or not like else f"({cn})"
    if scheme == "num_paren":
        return f"（{value}）" if full or not like else f"({value})"
    if scheme == "num_dot":
        return f"{value}．" if "．" in like else f"{value}."
    if scheme == "num_dun":
        return f"{value}、"
    if scheme == "circled":
        return CIRCLED[value - 1] if value <= len(CIRCLED) else str(value)
    if scheme == "article":
        return f"第{cn}条"
    if scheme == "topic":
        return f"第{cn}{re.sub(rf'^第[{_CN}]+', '', like).rstrip('，,、：: ') or '个问题'}"
    if scheme == "chapter":
        return f"第{cn}章"
    if scheme == "section":
        return f"第{cn}节"
    if scheme == "ordinal":
        return f"第{cn}，" if not like or "，" in like else f"第{cn}{like[-1]}"
    if scheme == "shi":
        return f"{cn}{like[-1] if like else '是'}"
    if scheme == "qi":
        return f"其{cn}"
    if scheme == "seq":
        return {1: "首先", 2: "其次", 3: "再次"}.get(value, "最后")
    return like


# Where an inline marker may start: after a sentence end, a semicolon or a colon.
INLINE_BOUNDARY = "。！？!?；;：:"
_CLOSERS = "”’」』）)"
# "要紧盯重点车辆，一是严查…；二是…": 一是 opens a point after a comma too (其一, 第一 do not).
COMMA_SCHEMES = ("shi",)


def inline_markers(text: str, schemes: tuple[str, ...]) -> list[Marker]:
    """Markers of the given schemes that start after a sentence boundary inside ``text``.

    ``Marker.end`` is where the marker ends; its start is ``end - len(text)``. The first
    character of ``text`` counts as a boundary too.
    """
    out: list[Marker] = []
    i, n = 0, len(text)
    while i < n:
        at_boundary = i == 0 or text[i - 1] in INLINE_BOUNDARY or (
            text[i - 1] in _CLOSERS and i >= 2 and text[i - 2] in INLINE_BOUNDARY) or (
            text[i - 1] in " \u3000\t" and i >= 2 and text[i - 2] in INLINE_BOUNDARY + " \u3000\t")
        after_comma = i > 0 and text[i - 1] in "，,"
        if (at_boundary or after_comma) and not text[i].isspace():
            m = marker_at(text, i)
            if m and m.scheme in schemes and (at_boundary or m.scheme in COMMA_SCHEMES):
                out.append(m)
                i = m.end
                continue
        i += 1
    return out


def marker_start(m: Marker) -> int:
    """Where a marker found by :func:`marker_at` starts."""
    return m.end - len(m.text)


def is_sequence(values: list[int], start_ok: bool = True) -> bool:
    """Whether values run 1, 2, 3 … (or continue from an earlier value when ``start_ok``)."""
    if not values:
        return False
    if values[0] != 1 and not start_ok:
        return False
    return all(b == a + 1 for a, b in zip(values, values[1:]))
