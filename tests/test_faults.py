"""Faults, each injected: of the saved index (the error names the fix, and the old index keeps
working), and of chat histories (long ones, or of the wrong type).

No model is loaded: indexes are built from hand-made Documents with a fake encoder
(tests/fakes.py), so these tests cover the store, not the embeddings.
"""
from __future__ import annotations

import errno
import json
import os
import re
import shutil
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from fakes import FakeEncoder, make_document, write_corpus
from index import durable
from index.errors import IndexCorruptError, IndexLoadError, IndexStaleError, IndexWriteError
from index.store import build_index, load_index, read_manifest

HINT = "qa index rebuild"


@pytest.fixture
def built(tmp_path):
    """An index of three small speeches in tmp_path/index, built from tmp_path/corpus."""
    files, documents = write_corpus(tmp_path / "corpus", 3)
    build_index(documents, FakeEncoder(), tmp_path / "index", files, progress=False,
                sources=[tmp_path / "corpus"])
    return tmp_path / "index", files, documents


def _builds(index_dir: Path) -> list[Path]:
    return sorted(index_dir.glob("build-*"))


def _still_answers(index_dir: Path, documents) -> None:
    """The previous index loads whole, and a question finds its passages."""
    index = load_index(index_dir, own_files=True)
    assert [d.id for d in index.documents] == [d.id for d in documents]
    scores = index.dense_scores(FakeEncoder().encode_query(documents[1].passages[1].text))
    assert index.passages[int(np.argmax(scores))].id == documents[1].passages[1].id
    assert index.bm25_scores("排查风险隐患").max() > 0


def _one_line(message: str) -> None:
    """One line, no traceback, and short once the (long) temporary folder names are set aside."""
    assert "\n" not in message and "Traceback" not in message
    assert len(re.sub(r"/tmp/pytest-of-[^/]+/pytest-\d+/(?:popen-gw\d+/)?[^/ ]+", "T", message)) < 400, message


# -- a failed rebuild -------------------------------------------------------------------------
class Boom(RuntimeError):
    pass


def test_a_failed_rebuild_removes_its_build_folder_and_keeps_the_old_index(built, tmp_path):
    index_dir, _files, documents = built
    before = _builds(index_dir)

    class Failing(FakeEncoder):
        fingerprint = "e" * 64  # another model: nothing comes from the embedding cache

        def encode_passages(self, texts, progress=False):
            raise Boom("the model fell over")

    other_files, other_docs = write_corpus(tmp_path / "other", 2, stem="other")
    with pytest.raises(Boom):
        build_index(other_docs, Failing(), index_dir, other_files, progress=False)
    assert _builds(index_dir) == before  # no build-* left, not even an empty one
    _still_answers(index_dir, documents)


def test_a_corpus_without_passages_leaves_no_build_folder(built):
    index_dir, _files, documents = built
    before = _builds(index_dir)
    with pytest.raises(IndexLoadError, match="no passages"):
        build_index([make_document("empty", [])], FakeEncoder(), index_dir, [], progress=False)
    assert _builds(index_dir) == before
    _still_answers(index_dir, documents)


@pytest.mark.parametrize("where", ["numpy", "faiss"])
def test_a_full_disk_during_save_is_one_line_and_cleans_up(built, tmp_path, monkeypatch, where):
    index_dir, _files, documents = built
    before = _builds(index_dir)
    if where == "numpy":
        def full(*_a, **_k):
            raise OSError(errno.ENOSPC, "No space left on device")
        monkeypatch.setattr(np, "save", full)
    else:
        import faiss

        def full(*_a, **_k):  # FAISS reports a failed write as a RuntimeError with the C error text
            raise RuntimeError("Error in faiss::FileIOWriter: write error: No space left on device")
        monkeypatch.setattr(faiss, "write_index", full)
    other_files, other_docs = write_corpus(tmp_path / "other", 2, stem="other")
    with pytest.raises(IndexWriteError) as info:
        build_index(other_docs, FakeEncoder(), index_dir, other_files, progress=False)
    message = str(info.value)
    _one_line(message)
    assert "disk is full" in message and str(index_dir) in message and "previous index" in message
    assert _builds(index_dir) == before
    _still_answers(index_dir, documents)


def test_a_read_only_index_folder_is_refused_before_embedding(built, tmp_path, monkeypatch):
    index_dir, _files, documents = built
    real_open = os.open

    def read_only(path, flags, *args, **kwargs):
        if flags & os.O_CREAT and str(path).startswith(str(index_dir)):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(durable.os, "open", read_only)
    encoder = FakeEncoder()
    with pytest.raises(IndexWriteError) as info:
        build_index(documents, encoder, index_dir, [], progress=False)
    _one_line(str(info.value))
    assert "cannot be written" in str(info.value) and "Read-only" in str(info.value)
    assert encoder.calls == 0  # refused before any embedding
    monkeypatch.undo()
    _still_answers(index_dir, documents)


def test_an_index_folder_that_is_a_file(tmp_path):
    index_dir = tmp_path / "index"
    index_dir.write_text("not a folder", encoding="utf-8")
    files, documents = write_corpus(tmp_path / "corpus", 1)
    with pytest.raises(IndexWriteError, match="is a file, not a folder.*QA_INDEX_DIR"):
        build_index(documents, FakeEncoder(), index_dir, files, progress=False)
    with pytest.raises(IndexLoadError, match="is a file, not a folder.*QA_INDEX_DIR"):
        load_index(index_dir)


# -- durability -------------------------------------------------------------------------------
def test_every_file_and_folder_is_fsynced_before_the_swap(tmp_path, monkeypatch):
    files, documents = write_corpus(tmp_path / "corpus", 2)
    events: list[str] = []
    real_fsync, real_swap = os.fsync, durable.swap_current

    def fsync(fd):
        events.append(os.readlink(f"/proc/self/fd/{fd}"))
        return real_fsync(fd)

    def swap(index_dir, build):
        events.append("SWAP")
        return real_swap(index_dir, build)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr("index.store.swap_current", swap)
    build_index(documents, FakeEncoder(), tmp_path / "index", files, progress=False)
    build = (tmp_path / "index" / "current").resolve()
    swap_at = events.index("SWAP")
    before = set(events[:swap_at])
    everything = {str(p) for p in build.rglob("*")} | {str(build)}
    assert {"vectors.faiss", "sentences.npy", "manifest.json", "documents.json"} <= {Path(p).name for p in everything}
    assert any("bm25" in p for p in everything)
    assert everything <= before, everything - before
    assert str((tmp_path / "index").resolve()) in events[swap_at:]  # the new link is flushed too


# -- a load racing a rebuild ------------------------------------------------------------------
def test_a_build_swapped_out_between_resolve_and_read_is_read_again(built, tmp_path, monkeypatch):
    index_dir, _files, documents = built
    old = (index_dir / "current").resolve()
    new_files, new_docs = write_corpus(tmp_path / "new", 2, stem="new")
    spare = tmp_path / "spare"
    build_index(new_docs, FakeEncoder(), spare, new_files, progress=False)
    real = durable.resolve_current
    calls = []

    def racing(index_dir_, fix):
        build = real(index_dir_, fix)
        if not calls:  # a rebuild lands right after this load resolved `current`
            target = index_dir / "build-new"
            shutil.copytree((spare / "current").resolve(), target)
            durable.swap_current(index_dir, target)
        calls.append(build)
        return build

    monkeypatch.setattr("index.store.resolve_current", racing)
    index = load_index(index_dir)
    assert calls[0] == old and not old.exists() and len(calls) == 2
    assert [d.id for d in index.documents] == [d.id for d in new_docs]
    assert read_manifest(index_dir).documents == 2


def test_loads_during_repeated_swaps_never_fail(built, tmp_path):
    index_dir, _files, _documents = built
    template = (index_dir / "current").resolve()
    stop, errors, swaps = threading.Event(), [], [0]

    def swapper():
        n = 0
        while not stop.is_set():
            n += 1
            target = index_dir / f"build-swap-{n}"
            shutil.copytree(template if n == 1 else (index_dir / "current").resolve(), target)
            durable.swap_current(index_dir, target)
            swaps[0] = n
            stop.wait(0.01)  # a real rebuild takes far longer than a load; one swap per load is plenty

    thread = threading.Thread(target=swapper)
    thread.start()
    loads, deadline = 0, time.monotonic() + 120
    try:
        # 300 loads at least, and on until five swaps overlapped them: on a slow machine the loads
        # outran the copying swapper (4 swaps in 300 loads), and overlap is what is tested
        while (loads < 300 or swaps[0] < 5) and time.monotonic() < deadline:
            loads += 1
            try:
                load_index(index_dir)
            except IndexLoadError as exc:
                errors.append(str(exc))
    finally:
        stop.set()
        thread.join()
    assert swaps[0] >= 5, "the swaps did not overlap the loads"
    assert errors == []


def test_a_build_deleted_between_resolving_and_reading_current_is_resolved_again(tmp_path, monkeypatch):
    """A rebuild can swap ``current`` and delete the old build right after a reader resolved it:
    the reader resolves again, rather than calling the vanished build "a file"."""
    index_dir = tmp_path / "index"
    (index_dir / "build-new").mkdir(parents=True)
    (index_dir / "current").symlink_to("build-new")
    answers = iter([index_dir / "build-old"])  # resolved just before the swap deleted it
    real = durable.current_target
    monkeypatch.setattr(durable, "current_target", lambda d: next(answers, None) or real(d))
    assert durable.resolve_current(index_dir, "qa index rebuild") == (index_dir / "build-new").resolve()
    (index_dir / "build-file").write_text("x")  # but a build that is there and no folder is damage
    (index_dir / "current").unlink()
    (index_dir / "current").symlink_to("build-file")
    with pytest.raises(IndexLoadError, match="is a file, not a build folder"):
        durable.resolve_current(index_dir, "qa index rebuild")


def test_a_build_deleted_while_it_is_looked_at_is_resolved_again(tmp_path, monkeypatch):
    """The swap can delete the old build after the reader saw it exist and before it asked whether it is
    a folder (a loaded machine's interleaving): that build is gone, not "a file"; resolve again."""
    index_dir = tmp_path / "index"
    (index_dir / "build-new").mkdir(parents=True)
    (index_dir / "current").symlink_to("build-new")

    class Vanishing(type(index_dir)):  # exists on the first look, deleted by the second
        looks = 0

        def exists(self, *args, **kwargs):
            Vanishing.looks += 1
            return Vanishing.looks == 1

        def is_dir(self, *args, **kwargs):
            return False

    answers = iter([Vanishing(index_dir / "build-old")])
    real = durable.current_target
    monkeypatch.setattr(durable, "current_target", lambda d: next(answers, None) or real(d))
    assert durable.resolve_current(index_dir, "qa index rebuild") == (index_dir / "build-new").resolve()


# -- damaged builds: every one is an IndexLoadError naming the fix -----------------------------
def _damage(build: Path, what: str) -> None:
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    vectors = np.load(build / "sentences.npy")
    spans = json.loads((build / "sentences.json").read_text(encoding="utf-8"))
    if what == "zero-length npy":
        (build / "sentences.npy").write_bytes(b"")
    elif what == "empty array":
        np.save(build / "sentences.npy", np.zeros((0,), dtype=np.float32))
    elif what == "wrong-shape array":
        np.save(build / "sentences.npy", vectors[:, :5])
    elif what == "NaN sentence vectors":
        vectors[1, 3] = np.nan
        np.save(build / "sentences.npy", vectors)
    elif what == "NaN passage vectors":
        import faiss

        index = faiss.read_index(str(build / "vectors.faiss"))
        rows = index.reconstruct_n(0, index.ntotal)
        rows[0, 0] = np.nan
        fresh = faiss.IndexFlatIP(index.d)
        fresh.add(rows)
        faiss.write_index(fresh, str(build / "vectors.faiss"))
    elif what == "out-of-range rows":
        spans[-1][0] = manifest["passages"] + 7
        (build / "sentences.json").write_text(json.dumps(spans), encoding="utf-8")
    elif what == "offsets past the passage":
        spans[0][2] = 10_000
        (build / "sentences.json").write_text(json.dumps(spans), encoding="utf-8")
    elif what == "zero-length faiss":
        (build / "vectors.faiss").write_bytes(b"")
    elif what == "zero-length documents":
        (build / "documents.json").write_bytes(b"")
    elif what == "zero-length bm25":
        for f in (build / "bm25").iterdir():
            f.write_bytes(b"")
    else:
        raise AssertionError(what)


@pytest.mark.parametrize("what", ["zero-length npy", "empty array", "wrong-shape array", "NaN sentence vectors",
                                  "NaN passage vectors", "out-of-range rows", "offsets past the passage",
                                  "zero-length faiss", "zero-length documents", "zero-length bm25"])
def test_a_damaged_file_is_a_corrupt_index_naming_the_fix(built, what):
    index_dir, _files, _documents = built
    _damage((index_dir / "current").resolve(), what)
    with pytest.raises(IndexCorruptError) as info:
        load_index(index_dir)
    message = str(info.value)
    _one_line(message)
    assert str(index_dir) in message and f"{HINT} --index-dir {index_dir} --corpus" in message


@pytest.mark.parametrize("field, value, says", [
    ("schema_version", "2", "schema_version is str '2', expected int"),
    ("passages", "6", "passages is str"),
    ("dim", True, "dim is bool"),
    ("corpus", {"a": 1}, "corpus is dict"),
    ("model_id", 5, "model_id is int"),
    ("precision", None, "precision is NoneType"),
    ("build_seconds", "fast", "build_seconds is str"),
    ("sources", "corpus/", "sources is str"),
])
def test_a_manifest_field_of_the_wrong_type_is_named(built, field, value, says):
    index_dir, _files, _documents = built
    path = index_dir / "current" / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data[field] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(IndexCorruptError) as info:
        load_index(index_dir)
    message = str(info.value)
    _one_line(message)
    assert says in message and "damaged" in message and HINT in message
    assert "built with schema" not in message  # a string "2" is a damaged field, not another schema


def test_a_corpus_entry_of_the_wrong_shape_is_named(built):
    index_dir, _files, _documents = built
    path = index_dir / "current" / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["corpus"][1] = {"path": 7, "sha256": "x"}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(IndexCorruptError, match="corpus entry 1: field path is int"):
        load_index(index_dir)


@pytest.mark.parametrize("shape", ["a file", "a link to a file", "a link to nothing"])
def test_current_that_is_not_a_build_folder(built, shape):
    index_dir, _files, _documents = built
    link = index_dir / "current"
    old = link.resolve()
    link.unlink()
    if shape == "a file":
        link.write_text("build-1", encoding="utf-8")
    elif shape == "a link to a file":
        link.symlink_to(old / "manifest.json")
    else:
        link.symlink_to(index_dir / "build-gone")
    with pytest.raises(IndexCorruptError) as info:
        load_index(index_dir)
    _one_line(str(info.value))
    assert HINT in str(info.value) and str(index_dir) in str(info.value)
    if shape != "a link to nothing":
        assert "is a file, not a build folder" in str(info.value)


def test_a_rebuild_replaces_a_current_that_is_a_file(built, tmp_path):
    index_dir, files, documents = built
    (index_dir / "current").unlink()
    (index_dir / "current").write_text("junk", encoding="utf-8")
    build_index(documents, FakeEncoder(), index_dir, files, progress=False)
    _still_answers(index_dir, documents)


# -- the index knows its own corpus ----------------------------------------------------------
def test_an_index_is_judged_against_its_own_files(built):
    index_dir, files, documents = built
    load_index(index_dir, own_files=True)
    files[1].write_text("改过了。\n", encoding="utf-8")
    with pytest.raises(IndexStaleError) as info:
        load_index(index_dir, own_files=True)
    message = str(info.value)
    _one_line(message)
    assert f"{files[1].name} was edited" in message
    assert f"built from {files[0].parent} (3 files)" in message
    assert f"`{HINT} --index-dir {index_dir} --corpus {files[0].parent}`" in message
    files[2].unlink()
    with pytest.raises(IndexStaleError, match=f"{files[2].name} is missing"):
        load_index(index_dir, own_files=True)


def test_a_stale_message_for_a_large_corpus_stays_short(tmp_path):
    files, documents = write_corpus(tmp_path / "many", 500)
    build_index(documents, FakeEncoder(), tmp_path / "index", files, progress=False, sources=[tmp_path / "many"])
    for f in files[:40]:
        f.unlink()
    with pytest.raises(IndexStaleError) as info:
        load_index(tmp_path / "index", own_files=True)
    message = str(info.value)
    _one_line(message)
    assert message.count(".txt") == 3 and "and 37 more" in message
    assert f"--corpus {tmp_path / 'many'}`" in message and "500 files" in message


def test_a_corpus_given_explicitly_is_compared(built, tmp_path):
    index_dir, files, _documents = built
    load_index(index_dir, [files[0].parent])
    with pytest.raises(IndexStaleError) as info:
        load_index(index_dir, [files[0]])
    message = str(info.value)
    _one_line(message)
    assert "does not match the corpus given" in message and "2 indexed file(s) are not in it" in message
    assert f"--corpus {files[0]}`" in message and "QA_CORPUS" in message


def test_a_file_moved_into_the_upload_folder_still_counts(built, tmp_path):
    index_dir, files, _documents = built
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    shutil.move(files[2], uploads / files[2].name)
    with pytest.raises(IndexStaleError):
        load_index(index_dir, own_files=True)
    load_index(index_dir, own_files=True, elsewhere=[uploads / files[2].name])


# -- long histories ---------------------------------------------------------------------------
class _Answer:
    def __init__(self, resolved: str, items: list) -> None:
        self.resolved, self.items, self.answerable = resolved, items, True


def _memory(leaning: set[str]):
    from qa.history import TurnMemory

    asked: list[tuple[str, int]] = []

    def answer_turn(question, earlier, previous):
        asked.append((question, len(earlier)))
        text = f"{previous()[0]}>{question}" if earlier and question in leaning else question
        return _Answer(text, [text])

    return TurnMemory(answer_turn, lambda q: q in leaning), asked


def test_a_long_chain_of_follow_ups_is_resolved_in_a_loop():
    import sys

    memory, asked = _memory({"第一条呢?"})
    history = ["有哪些任务?"] + ["第一条呢?"] * (sys.getrecursionlimit() + 500)
    text, items = memory.last_turn(history)  # no RecursionError
    assert text == "有哪些任务?" + ">第一条呢?" * (len(history) - 1) and items == [text]
    assert len(asked) == len(history)  # every turn answered once, oldest first
    assert [n for _q, n in asked] == list(range(len(history)))
    asked.clear()
    assert memory.last_turn(history)[0] == text and asked == []  # kept


def test_only_the_turns_a_follow_up_leans_on_are_answered():
    memory, asked = _memory({"第三条呢?", "那第二条呢?"})
    history = ["问题一?", "问题二?", "有哪些措施?", "第三条呢?", "那第二条呢?"]
    assert memory.last_turn(history)[0] == "有哪些措施?>第三条呢?>那第二条呢?"
    assert [q for q, _n in asked] == ["有哪些措施?", "第三条呢?", "那第二条呢?"]
    asked.clear()
    assert memory.last_turn(history + ["问题六?"])[0] == "问题六?"
    assert [q for q, _n in asked] == ["问题六?"]  # the turns before it are known


@pytest.mark.parametrize("history", ["讲话提出了哪些保障措施?", b"bytes", {"q": "a"}, 42])
def test_a_history_that_is_not_a_list_is_a_type_error(history):
    from qa.history import check_history

    with pytest.raises(TypeError, match=f"history must be a list of the earlier questions.*{type(history).__name__}"):
        check_history(history)


def test_a_history_list_keeps_its_questions():
    from qa.history import check_history

    assert check_history(None) == []
    assert check_history(("a?", " ", None, 3, "b?")) == ["a?", "b?"]
    assert check_history(iter(["a?"])) == ["a?"]
