"""Loading saved documents fast (index.bulk, Document.from_dict's adopted dicts) changes nothing loaded."""
from __future__ import annotations

import gc
import json

import pytest

from index.bulk import paused_gc
from index.document import Blank, Document, Flag, Passage, Redaction
from index.parser import parse_speech

SPEECH = """关于做好今年工作的讲话
一、存在的问题
一是投入不足，去年仅安排资金亿元。二是机制不顺，创新_机制尚未建立。
二、重点任务
（一）加快项目建设。全年完成投资*亿元，新建道路12公里。
"""


def test_saved_document_loads_equal_and_with_the_right_types():
    doc = parse_speech(SPEECH, "talk")
    saved = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    again = Document.from_dict(saved)
    assert again == doc
    assert any(p.flags for p in again.passages), "the test text must carry flags"
    assert all(isinstance(p, Passage) for p in again.passages)
    assert all(isinstance(f, Flag) for p in again.passages for f in p.flags)
    assert {type(b) for b in again.truncation.blanks} == {Blank}
    assert {type(r) for r in again.truncation.redactions} == {Redaction}
    assert again.passages[0].flag_kinds == doc.passages[0].flag_kinds


def test_older_save_without_a_defaulted_field_still_loads():
    doc = parse_speech(SPEECH, "talk")
    saved = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    for p in saved["passages"]:
        del p["item"]  # an older save without the field: its default fills in
        for f in p["flags"]:
            del f["at"]
    again = Document.from_dict(saved)
    assert all(p.item is None for p in again.passages)
    assert all(f.at is None for p in again.passages for f in p.flags)


def test_unknown_field_is_refused_not_adopted():
    doc = parse_speech(SPEECH, "talk")
    saved = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    saved["passages"][0]["colour"] = "red"
    with pytest.raises(TypeError):
        Document.from_dict(saved)


@pytest.mark.parametrize("enabled", [True, False])
def test_paused_gc_restores_the_setting_even_after_an_error(enabled):
    before = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        with pytest.raises(RuntimeError):
            with paused_gc():
                with paused_gc():  # nested: the inner block must not switch it back on
                    assert not gc.isenabled()
                assert not gc.isenabled()
                raise RuntimeError("a damaged file")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if before else gc.disable()
