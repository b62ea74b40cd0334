"""An index read by another version of the speech reader is read again, not answered from.

Its corpus files are unchanged, so only the reader's fingerprint in its manifest tells that
what it holds of them (outline, passages, truncation map) may no longer be what reading
them gives. The chat and ``Assistant`` read the speeches again; a caller that asked for
no build gets the one-line message with the rebuild command.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.errors import IndexStaleError, ReaderChangedError
from index.reader_version import _NOT_READING, reader_fingerprint
from index.store import load_index, read_manifest

SPEECH = ("在全县防汛工作会议上的讲话\n同志们：\n一、总体要求\n一是压实责任。二是排查隐患，汛前完成水库巡查120座。\n"
          "二、保障措施\n要加强值班值守，县应急管理局每日报送雨情。\n")


def _manifest_path(index_dir: Path) -> Path:
    return (index_dir / "current").resolve() / "manifest.json"


def _set_reader(index_dir: Path, value: str | None) -> None:
    """Write the manifest as another reader (or, with None, one before readers were recorded) left it."""
    path = _manifest_path(index_dir)
    data = json.loads(path.read_text(encoding="utf-8"))
    if value is None:
        data["extra"].pop("reader", None)
    else:
        data["extra"]["reader"] = value
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def built(settings_factory, encoder, tmp_path):
    from qa.assistant import Assistant

    speech = tmp_path / "flood_speech.txt"
    speech.write_text(SPEECH, encoding="utf-8")
    settings = settings_factory("reader", corpus=(speech,))
    Assistant(settings=settings, progress=False, encoder=encoder)
    return settings, speech


def test_a_new_index_records_the_reader(built):
    settings, _ = built
    assert read_manifest(settings.index_dir).extra["reader"] == reader_fingerprint()


@pytest.mark.parametrize("recorded", ["0123456789abcdef", None], ids=["another reader", "no reader recorded"])
def test_loading_an_index_of_another_reader_names_the_rebuild(built, encoder, recorded):
    settings, speech = built
    _set_reader(settings.index_dir, recorded)
    with pytest.raises(ReaderChangedError) as info:
        load_index(settings.index_dir, [speech], encoder.fingerprint)
    message = str(info.value)
    assert isinstance(info.value, IndexStaleError)  # callers that catch a stale index catch this too
    assert "\n" not in message
    assert "another version of the reader" in message and "qa index rebuild" in message


def test_the_assistant_reads_the_speeches_again(built, encoder, capsys):
    from qa.assistant import Assistant

    settings, _ = built
    _set_reader(settings.index_dir, "0123456789abcdef")
    before = _manifest_path(settings.index_dir)
    assistant = Assistant(settings=settings, progress=True, encoder=encoder)
    assert read_manifest(settings.index_dir).extra["reader"] == reader_fingerprint()
    assert _manifest_path(settings.index_dir) != before  # a new build, swapped in whole
    assert "reading its speeches again" in capsys.readouterr().err
    answer = assistant.ask("汛前要巡查多少座水库？")
    assert answer.answerable and "120座" in answer.answer


def test_no_build_asked_keeps_the_index_and_says_why(built, encoder):
    from qa.assistant import Assistant

    settings, _ = built
    _set_reader(settings.index_dir, "0123456789abcdef")
    before = _manifest_path(settings.index_dir)
    with pytest.raises(ReaderChangedError):
        Assistant(settings=settings, progress=False, encoder=encoder, auto_build=False)
    assert _manifest_path(settings.index_dir) == before


def test_the_modules_left_out_of_the_fingerprint_exist():
    # A misspelt name would put a storage module into the fingerprint: harmless, but a reading
    # module's name in the list by mistake would hide its changes, so each must be a real file.
    package = Path(__file__).resolve().parents[1] / "index"
    assert all((package / f"{name}.py").is_file() for name in _NOT_READING)
    reading = {"parser", "body", "chrome", "truncation", "title", "headings", "numbering", "reader"}
    assert not reading & _NOT_READING
