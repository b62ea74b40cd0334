"""Word's automatic list numbering, written out as text.

A Word document often numbers its headings with a multilevel list (一、 （一） 1.):
the number is not in the paragraph's text but in the numbering part. Without it the
headings lose the markers the parser reads, so the markers are rendered here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml.ns import qn

_DIGITS = "零一二三四五六七八九"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "".join(chr(0x2460 + i) for i in range(20))  # ①..⑳


def chinese_number(n: int, digits: str = _DIGITS, units: str = "十百千") -> str:
    """An integer in Chinese numerals as Word's chineseCounting writes it (十一, 二十, 一百零五)."""
    if n < 10:
        return digits[n] if n >= 0 else str(n)
    if n >= 10_000:
        return str(n)
    out, zero = "", False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = n // power % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += digits[0]
            zero = False
        out += ("" if (d == 1 and unit == units[0] and not out) else digits[d]) + unit
    return out


def _letters(n: int) -> str:
    """a, b, ... z, aa, bb, ... as Word letters its lists."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    """A lower-case Roman numeral."""
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                       (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def format_number(n: int, fmt: str) -> str:
    """One counter in one of Word's number formats; ``""`` for bullets and ``none``."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "ideographDigital"):
        return chinese_number(n)
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional"):
        return chinese_number(n, _LEGAL, "拾佰仟")
    if fmt == "ideographTraditional":
        return _STEMS[(n - 1) % 10]
    if fmt == "ideographZodiac":
        return _BRANCHES[(n - 1) % 12]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return _CIRCLED[n - 1]
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt in ("lowerLetter", "upperLetter"):
        return _letters(n) if fmt == "lowerLetter" else _letters(n).upper()
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n) if fmt == "lowerRoman" else _roman(n).upper()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


def _val(el, tag: str) -> str | None:
    child = el.find(qn(tag)) if el is not None else None
    return child.get(qn("w:val")) if child is not None else None


@dataclass
class Numbering:
    """Counts a document's numbered paragraphs in order and gives each one its marker."""

    # numId → ilvl → (start, number format, level text such as "%1、")
    levels: dict[str, dict[int, tuple[int, str, str]]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    style_num: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId → (numId, ilvl)

    @classmethod
    def of(cls, document) -> Numbering:
        """Read the numbering definitions of a python-docx ``Document`` (none → an empty one)."""
        out = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return out
        abstract = {}
        for an in root.findall(qn("w:abstractNum")):
            abstract[an.get(qn("w:abstractNumId"))] = {
                int(lvl.get(qn("w:ilvl"), "0")): (int(_val(lvl, "w:start") or 1),
                                                  _val(lvl, "w:numFmt") or "decimal",
                                                  _val(lvl, "w:lvlText") or "")
                for lvl in an.findall(qn("w:lvl"))}
        for num in root.findall(qn("w:num")):
            levels = dict(abstract.get(_val(num, "w:abstractNumId"), {}))
            for over in num.findall(qn("w:lvlOverride")):
                ilvl, start = int(over.get(qn("w:ilvl"), "0")), _val(over, "w:startOverride")
                if start is not None and ilvl in levels:
                    levels[ilvl] = (int(start), *levels[ilvl][1:])
            out.levels[num.get(qn("w:numId"))] = levels
        for style in document.styles.element.findall(qn("w:style")):
            num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None and _val(num_pr, "w:numId"):
                out.style_num[style.get(qn("w:styleId"))] = (_val(num_pr, "w:numId"),
                                                             int(_val(num_pr, "w:ilvl") or 0))
        return out

    def marker(self, p) -> str:
        """The list marker of a ``<w:p>`` element (``"一、"``), counting it; ``""`` if unnumbered."""
        ppr = p.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id, ilvl = None, 0
        if num_pr is not None:
            num_id, ilvl = _val(num_pr, "w:numId"), int(_val(num_pr, "w:ilvl") or 0)
        elif ppr is not None and _val(ppr, "w:pStyle") in self.style_num:
            num_id, ilvl = self.style_num[_val(ppr, "w:pStyle")]
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels:  # numId 0 means "numbering removed"
            return ""
        count = self.counters.setdefault(num_id, {})
        count[ilvl] = count.get(ilvl, levels[ilvl][0] - 1) + 1
        for deeper in [k for k in count if k > ilvl]:
            del count[deeper]
        text = levels[ilvl][2]
        for k, (start, fmt, _) in sorted(levels.items()):
            if f"%{k + 1}" in text:
                text = text.replace(f"%{k + 1}", format_number(count.get(k, start), fmt))
        return text.strip()
