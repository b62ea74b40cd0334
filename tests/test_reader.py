"""Tests of reading speech files: encodings, bad input, folders."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from index.errors import SpeechError
from index.reader import decode_speech, read_corpus, read_speech_bytes, read_speech_file

from format_samples import SPEECH, TRAD_SPEECH, as_txt, passages, write
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "index" / "data" / "chancheng_speech.txt"
SPEECHES = Path(__file__).resolve().parent / "speeches"


def test_reads_the_seed():
    doc = read_speech_file(SEED)
    assert doc.id == "chancheng_speech" and doc.path == str(SEED)
    assert doc.warnings == [] and len(doc.passages) > 10


def test_reads_a_folder_sorted_with_unique_ids():
    docs = read_corpus([SPEECHES, SEED])
    assert [d.id for d in docs] == ["anquan_shengchan", "xiangcun_zhenxing", "yingshang_huanjing",
                                    "chancheng_speech"]
    assert all(d.passages for d in docs)


def test_colliding_stems_get_unique_ids(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "speech.txt").write_bytes(SEED.read_bytes())
    docs = read_corpus([tmp_path / "a", tmp_path / "b"])
    assert [d.id for d in docs] == ["speech", "speech-2"]
    assert docs[1].passages[0].id == "speech-2#p0"


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    with pytest.raises(SpeechError, match="empty"):
        read_speech_file(f)


def test_whitespace_only(tmp_path):
    f = tmp_path / "blank.txt"
    f.write_text(" \n\t\r\n\u3000\n", encoding="utf-8")
    with pytest.raises(SpeechError, match="whitespace"):
        read_speech_file(f)


def test_binary_file(tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(64))
    with pytest.raises(SpeechError, match="binary"):
        read_speech_file(f)


def test_gb18030_is_read_with_a_warning(tmp_path):
    text = (SPEECHES / "anquan_shengchan.txt").read_text(encoding="utf-8")
    f = tmp_path / "gbk_speech.txt"
    f.write_bytes(text.encode("gb18030"))
    doc = read_speech_file(f)
    assert any("GB18030" in w for w in doc.warnings)
    utf8 = read_speech_file(SPEECHES / "anquan_shengchan.txt")
    assert [p.text for p in doc.passages] == [p.text for p in utf8.passages]


def test_unknown_encoding(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("Résumé: café crème brûlée, naïve façade, déjà vu. Ça va très bien ÿ\n".encode("latin-1") * 5)
    with pytest.raises(SpeechError, match="unknown encoding") as info:
        read_speech_file(f)
    assert "UTF-8" in str(info.value)


def test_plain_text_falls_back_with_a_warning(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("会议记录\n今天上午召开了工作例会，大家讨论了下一步工作安排。\n会议要求各部门抓好落实。\n",
                 encoding="utf-8")
    doc = read_speech_file(f)
    assert any("no recognisable structure" in w for w in doc.warnings)
    assert doc.title == "会议记录" and len(doc.passages) == 2


def test_oversized_file(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_text("同志们：" + "发展是第一要务。" * 90_000, encoding="utf-8")  # about 2.2 MB
    with pytest.raises(SpeechError, match="too large"):
        read_speech_file(f)
    with pytest.raises(SpeechError, match="too large"):
        read_speech_file(SEED, max_bytes=1000)


def test_bom_and_crlf_are_accepted(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeff".encode() + SEED.read_text(encoding="utf-8").replace("\n", "\r\n").encode())
    doc = read_speech_file(f)
    plain = read_speech_file(SEED)
    assert not doc.source.startswith("\ufeff")
    assert [p.text for p in doc.passages] == [p.text for p in plain.passages]
    assert [p.section for p in doc.passages] == [p.section for p in plain.passages]


def test_missing_path_and_bad_file_in_a_corpus(tmp_path):
    with pytest.raises(SpeechError, match="No such"):
        read_speech_file(tmp_path / "nope.txt")
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b.txt").write_bytes(b"")
    with pytest.raises(SpeechError, match="b.txt"):
        read_corpus([tmp_path])


def test_speech_error_is_a_value_error():
    assert issubclass(SpeechError, ValueError)
    text, warnings = decode_speech("同志们：大家好。".encode())
    assert text == "同志们：大家好。" and warnings == []


def test_read_speech_bytes():
    doc = read_speech_bytes(SEED.read_bytes(), "upload", path="upload.txt")
    assert doc.id == "upload" and doc.path == "upload.txt" and doc.passages[0].id == "upload#p0"
    with pytest.raises(SpeechError, match="upload.txt is empty"):
        read_speech_bytes(b"", "upload", path="upload.txt")
    with pytest.raises(SpeechError, match="too large"):
        read_speech_bytes(SEED.read_bytes(), "upload", max_bytes=100)


# ---------------------------------------------------------------- encodings

ENCODINGS = [  # (how the bytes are made, the encoding recorded, words the warning must name)
    (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig", None),
    (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16-le", "UTF-16 LE"),
    (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16-be", "UTF-16 BE"),
    (lambda t: t.encode("gb18030"), "gb18030", "GB18030"),
    (lambda t: t.encode("gbk"), "gb18030", "GB18030"),
    (lambda t: t.replace("\n", "\r\n").encode("gb18030"), "gb18030", "GB18030"),
]


@pytest.mark.parametrize("encode,encoding,named", ENCODINGS,
                         ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "gb18030", "gbk", "gb18030-crlf"])
def test_each_encoding_reads_to_the_same_passages(tmp_path, encode, encoding, named):
    plain = as_txt(tmp_path)
    doc = read_speech_file(write(tmp_path, "speech.txt", encode(SPEECH)))
    assert passages(doc) == passages(plain) and doc.passages
    assert doc.title == plain.title
    assert doc.encoding == encoding and doc.format == "txt"
    assert plain.encoding == "utf-8" and not plain.warnings
    if named is None:
        assert doc.warnings == plain.warnings
    else:
        assert any(named in w and "speech.txt" in w for w in doc.warnings), doc.warnings


def test_big5_reads_traditional_text(tmp_path):
    plain = as_txt(tmp_path, TRAD_SPEECH)
    doc = read_speech_file(write(tmp_path, "trad.md", TRAD_SPEECH.encode("big5")))
    assert passages(doc) == passages(plain) and len(doc.passages) >= 5
    assert doc.format == "md" and doc.encoding in ("cp950", "big5", "big5hkscs")
    assert any("Big5" in w for w in doc.warnings)


def test_utf16_with_a_bom_is_not_called_binary(tmp_path):
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        data = bom + "同志们：今天开会。\n".encode(codec)
        assert b"\x00" in data
        doc = read_speech_bytes(data, "u16", path="u16.txt")
        assert doc.source == "同志们：今天开会。\n"
    with pytest.raises(SpeechError, match="binary"):  # without a BOM the NULs still mean binary
        read_speech_bytes("同志们：今天开会。\n".encode("utf-16-le"), "u16", path="u16.txt")


@pytest.mark.parametrize("cut", [1, 2])
def test_utf8_cut_mid_character_drops_the_tail_with_a_warning(tmp_path, cut):
    data = SPEECH.rstrip("\n").encode("utf-8")
    doc = read_speech_file(write(tmp_path, "cut.txt", data[:-cut]))  # the final "！" is 3 bytes
    assert doc.source == SPEECH.rstrip("\n")[:-1]
    assert doc.encoding == "utf-8"
    assert any("middle of a character" in w and f"last {3 - cut} byte" in w for w in doc.warnings)


def test_gb18030_cut_mid_character_is_still_gb18030(tmp_path):
    data = SPEECH.rstrip("\n").encode("gb18030")[:-1]
    doc = read_speech_file(write(tmp_path, "cut.txt", data))
    assert doc.encoding == "gb18030" and doc.source == SPEECH.rstrip("\n")[:-1]
    assert any("GB18030" in w for w in doc.warnings) and any("middle of a character" in w for w in doc.warnings)


def test_a_latin_code_page_is_refused_not_misread(tmp_path):
    data = "Discours: la façade, le café, déjà vu — ça va très bien.\n".encode("cp1252") * 20
    with pytest.raises(SpeechError, match="unknown encoding"):
        read_speech_file(write(tmp_path, "fr.txt", data))


def test_a_stray_bad_byte_is_replaced_not_fatal(tmp_path):
    data = SPEECH.encode("utf-8")
    i = data.index("土壤".encode())
    doc = read_speech_file(write(tmp_path, "bad.txt", data[:i] + b"\xff" + data[i:]))
    assert doc.encoding == "utf-8" and "\ufffd土壤" in doc.source
    assert any("damaged byte" in w for w in doc.warnings)


# ---------------------------------------------------------------- encodings: properties

_SPEECHY = st.text(st.sampled_from(list("同志们今天召开会议一二三、（）。，：；！“”\n 0123456789abcXY×％營商環境")),
                   min_size=1, max_size=200).filter(lambda t: t.strip())


@settings(max_examples=150, deadline=None)
@given(text=_SPEECHY, bom=st.sampled_from([(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                           (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le")]))
def test_any_text_with_a_bom_decodes_to_itself(text, bom):
    from index.formats.text import decode_text

    mark, codec = bom
    decoded, encoding, _ = decode_text(mark + text.encode(codec), "x.txt")
    assert decoded == text and encoding.startswith(codec)


@settings(max_examples=150, deadline=None)
@given(text=_SPEECHY, cut=st.integers(min_value=0, max_value=3))
def test_utf8_cut_anywhere_reads_as_utf8(text, cut):
    from index.formats.text import decode_text

    data = text.encode("utf-8")
    data = data[:max(len(data) - cut, 1)]
    kept = data.decode("utf-8", "ignore")
    if not kept.strip():
        return
    decoded, encoding, warnings = decode_text(data, "x.txt")
    assert encoding == "utf-8" and decoded == kept
    assert bool(warnings) == (len(kept.encode()) < len(data))
