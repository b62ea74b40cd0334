"""Decode the bytes of a plain-text speech (.txt/.md) in any common encoding.

UTF-8 (with or without BOM) is tried first; a byte-order mark decides UTF-16/UTF-32;
otherwise charset-normalizer chooses among the Chinese legacy encodings (GB18030/GBK,
Big5). Text in any other encoding is refused: these are Chinese speeches, and a Latin
code page would read their bytes as plausible-looking garbage.
"""
from __future__ import annotations

import codecs

from ..errors import SpeechError

_CONTROL_OK = "\t\n\r\f\v"
# Longest BOM first: UTF-32 LE's BOM starts with UTF-16 LE's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
         (codecs.BOM_UTF8, "utf-8", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
         (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"))
# Candidates offered to charset-normalizer, and the codec that reads each family best:
# GB18030 is a superset of GBK and GB2312; cp950 adds Microsoft's common Big5 extensions.
_LEGACY = {"gb18030": ("gb18030", "GB18030 (GBK)"), "gbk": ("gb18030", "GB18030 (GBK)"),
           "gb2312": ("gb18030", "GB18030 (GBK)"), "big5": ("cp950", "Big5"),
           "cp950": ("cp950", "Big5"), "big5hkscs": ("big5hkscs", "Big5-HKSCS")}
_UNKNOWN = ("{name} is in an unknown encoding (not UTF-8, UTF-16 with a BOM, GB18030/GBK or Big5). "
            "Convert it to UTF-8 (e.g. `iconv -f <encoding> -t UTF-8`) and try again.")


def decode_cut(data: bytes, codec: str, name: str, label: str) -> tuple[str, list[str]]:
    """Decode strictly; a tail cut mid-character is dropped with a warning, any other fault raises."""
    try:
        return data.decode(codec), []
    except UnicodeDecodeError as exc:
        # A file cut short (a copy interrupted, a download stopped) ends in an incomplete character:
        # the error is "unexpected end of data"/"truncated data" and reaches the very end.
        if exc.end == len(data) and len(data) - exc.start <= 3 and exc.start > 0:
            try:
                text = data[:exc.start].decode(codec)
            except UnicodeDecodeError:
                raise exc from None
            n = len(data) - exc.start
            return text, [f"{name} ends in the middle of a character ({label}); "
                          f"its last {n} byte{'s' if n > 1 else ''} were dropped. Was the file cut short?"]
        raise


def han_share(text: str) -> float:
    """The share of CJK ideographs among the visible characters."""
    visible = [c for c in text if not c.isspace()]
    han = sum(1 for c in visible if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff")
    return han / len(visible) if visible else 0.0


def detect_legacy(data: bytes, name: str, visible=lambda text: text) -> tuple[str, str, list[str]]:
    """Read bytes that are not UTF-8 as GB18030 or Big5, as charset-normalizer judges.

    The reading must look like Chinese: a fifth of ``visible(text)`` (the text a reader
    sees, e.g. without markup) must be ideographs. Else :class:`SpeechError`.
    """
    from charset_normalizer import from_bytes

    matches = []
    for cut in range(4):  # a file cut mid-character decodes in no encoding until its tail goes
        matches = list(from_bytes(data[:len(data) - cut], cp_isolation=list(_LEGACY)))
        if matches or len(data) - cut < 2:
            break
    for match in matches:
        codec, label = _LEGACY.get(match.encoding, (None, None))
        if codec is None:
            continue
        try:
            text, warnings = decode_cut(data, codec, name, label)
        except UnicodeDecodeError:
            continue
        if han_share(visible(text)) >= 0.2:
            return text, codec, [f"{name} is not UTF-8; it was read as {label}. "
                                 "Save it as UTF-8 to be sure.", *warnings]
    raise SpeechError(_UNKNOWN.format(name=name))


def lenient(data: bytes, codec: str, name: str, label: str) -> tuple[str, list[str]] | None:
    """Decode with a few damaged bytes replaced by U+FFFD (with a warning); None if there are many.

    A text in the codec with a stray bad byte (a disk error, a bad copy) should still be read;
    a text in another encoding fails on nearly every non-ASCII character and is not.
    """
    text = data.decode(codec, "replace")
    bad = text.count("\ufffd") - data.decode(codec, "ignore").count("\ufffd")
    if bad > max(3, len(data) // 2000):
        return None
    if not bad:
        return text, []
    return text, [f"{name} has {bad} damaged byte sequence{'s' if bad > 1 else ''} that are not valid "
                  f"{label}; {'they were' if bad > 1 else 'it was'} replaced by \ufffd."]


def decode_text(data: bytes, name: str = "speech") -> tuple[str, str, list[str]]:
    """Decode a plain-text speech: returns ``(text, encoding, warnings)``.

    ``encoding`` is a Python codec name (``utf-8``, ``utf-8-sig``, ``utf-16-le``,
    ``gb18030``, ``cp950``…). Every encoding other than UTF-8 gets a warning naming it.
    Raises :class:`SpeechError` for an empty, whitespace-only, binary or undecodable file.
    """
    if not data:
        raise SpeechError(f"{name} is empty: there is no speech text in it.")
    warnings: list[str] = []
    bom = next((b for b in _BOMS if data.startswith(b[0])), None)
    if bom is not None:  # before the NUL test: UTF-16/32 text is full of NUL bytes
        raw, codec, label = bom
        try:
            text, warnings = decode_cut(data[len(raw):], codec, name, label)
        except UnicodeDecodeError:
            raise SpeechError(f"{name} starts with a {label} byte-order mark but is not valid {label} "
                              "text; save it again as UTF-8.") from None
        encoding = "utf-8-sig" if codec == "utf-8" else codec
        if codec != "utf-8":
            warnings.insert(0, f"{name} is {label} text (it has a byte-order mark); it was read as {label}.")
    elif b"\x00" in data:
        raise SpeechError(f"{name} looks like a binary file (it contains NUL bytes), not a speech text. "
                          "Give a .txt or .md file saved as UTF-8 text.")
    else:
        try:
            text, warnings = decode_cut(data, "utf-8", name, "UTF-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding, warnings = detect_legacy(data, name)
            except SpeechError:
                got = lenient(data, "utf-8", name, "UTF-8")
                if got is None:
                    raise
                (text, warnings), encoding = got, "utf-8"
    check_text(text, name)
    return text, encoding, warnings


def check_text(text: str, name: str) -> None:
    """Refuse text that is binary junk (many control characters) or holds only whitespace."""
    controls = sum(1 for c in text if ord(c) < 32 and c not in _CONTROL_OK)
    if controls > max(2, len(text) // 100):
        raise SpeechError(f"{name} looks like a binary file (control characters), not a speech text.")
    if not text.strip():
        raise SpeechError(f"{name} holds only whitespace: there is no speech text in it.")
