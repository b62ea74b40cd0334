"""Tests of reading speech files: encodings, bad input, folders."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.errors import SpeechError
from index.reader import decode_speech, read_corpus, read_speech_bytes, read_speech_file

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
