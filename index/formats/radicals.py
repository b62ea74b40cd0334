"""Radical code points read back as the characters they stand for.

A PDF printed by Chromium (Skia) or exported by some word processors maps many common glyphs
to radical code points in its text layer: 人 comes out as ⼈ (U+2F08, KANGXI RADICAL MAN), 民 as
⺠ (U+2EA0), 长 as ⻓. They look alike on screen but match no search word, so "⼈⺠政府" would
never be found for 人民政府. A speech has no use for radicals as such, so every one that
stands for a whole character is read as that character: the Kangxi radicals by their Unicode
compatibility mapping, the supplement's full-character forms by the table below (Unicode's
EquivalentUnifiedIdeograph data, for the forms that are characters of their own).
"""
from __future__ import annotations

import re
import unicodedata

_SUPPLEMENT = {
    "\u2e81": "厂", "\u2e87": "几", "\u2e93": "幺", "\u2e9f": "母", "\u2ea0": "民", "\u2ea7": "牛", "\u2ea9": "王",
    "\u2ec1": "虎", "\u2ec4": "西", "\u2ec5": "见", "\u2ec6": "角", "\u2ec9": "贝", "\u2ecb": "车", "\u2ed1": "長",
    "\u2ed3": "长", "\u2ed4": "门", "\u2ed8": "青", "\u2ed9": "韦", "\u2eda": "页", "\u2edb": "风", "\u2edc": "飞",
    "\u2edd": "食", "\u2ee2": "马", "\u2ee3": "骨", "\u2ee4": "鬼", "\u2ee5": "鱼", "\u2ee6": "鸟", "\u2ee7": "卤",
    "\u2ee8": "麦", "\u2ee9": "黄", "\u2eea": "黾", "\u2eec": "齐", "\u2eee": "齿", "\u2ef0": "龙", "\u2ef3": "龟",
}
# Two Kangxi radicals whose compatibility mapping is the traditional variant of a glyph that
# simplified fonts share with the everyday character (戶/户, 靑/青).
_SAME_GLYPH = {"\u2f3e": "户", "\u2fad": "青"}
_RADICAL = re.compile("[\u2f00-\u2fd5" + "".join(_SUPPLEMENT) + "]")


def _character(m: re.Match) -> str:
    c = m.group(0)
    return _SUPPLEMENT.get(c) or _SAME_GLYPH.get(c) or unicodedata.normalize("NFKC", c)


def ideographs(text: str) -> str:
    """``text`` with each radical code point that stands for a whole character read as it."""
    return _RADICAL.sub(_character, text)
