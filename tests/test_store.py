"""The saved index: round trip, manifest, ``qa index info``, and every way loading can fail.

One multi-document index (the bundled speech plus tests/speeches) is built once
for the module from a copy of the corpus in a temporary folder; tests that
damage an index work on a copy of that folder, never on the user's index.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from index.corpus import bundled_speech
from index.errors import IndexCorruptError, IndexLoadError, IndexMissingError, IndexStaleError
from index.manifest import SCHEMA_VERSION, file_sha256
from index.reader import read_corpus
from index.durable import build_lock as _build_lock
from index.store import build_index, index_in_memory, load_index, read_manifest
from index.vectors import heading_path

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SPEECHES = Path(__file__).resolve().parent / "speeches"
HINT = "qa index rebuild"
DOC_KEYS = {"id", "title", "path", "format", "encoding", "passages", "headings", "outline", "findings", "gaps",
            "cut_off", "blanks", "redactions", "removed", "warnings"}


@dataclass
class Built:
    corpus: Path  # a copy of the corpus files
    files: list[Path]
    index_dir: Path
    manifest: object
    documents: list


@pytest.fixture(scope="module")
def built(tmp_path_factory, encoder) -> Built:
    base = tmp_path_factory.mktemp("store")
    corpus = base / "corpus"
    corpus.mkdir()
    shutil.copy(bundled_speech(), corpus / bundled_speech().name)
    for f in sorted(SPEECHES.iterdir()):
        if f.suffix in (".txt", ".md"):
            shutil.copy(f, corpus / f.name)
    files = sorted(corpus.iterdir())
    documents = read_corpus(files)
    manifest = build_index(documents, encoder, base / "index", files, progress=False, sources=[corpus])
    return Built(corpus, files, base / "index", manifest, documents)


def _copy_index(built: Built, dest: Path) -> Path:
    shutil.copytree(built.index_dir, dest, symlinks=True)
    return dest


def _tiny_corpus(folder: Path) -> list[Path]:
    """A one-file corpus that embeds in a moment (for tests that only need some rebuild)."""
    folder.mkdir(exist_ok=True)
    f = folder / "tiny_speech.txt"
    f.write_text("关于安全生产工作的讲话\n同志们:\n一、总体要求\n一是压实责任。二是排查隐患。\n", encoding="utf-8")
    return [f]


def _current(index_dir: Path) -> Path:
    return (index_dir / "current").resolve()


# -- round trip ------------------------------------------------------------------------------
def test_round_trip_multi_document(built: Built, encoder):
    index = load_index(built.index_dir, built.files, encoder.fingerprint)
    ids = {d.id for d in built.documents}
    assert ids == {"chancheng_speech", "anquan_shengchan", "xiangcun_zhenxing", "yingshang_huanjing"}
    assert [d.id for d in index.documents] == [d.id for d in built.documents]
    # passage counts: per document as read, in total, in the manifest and in both search structures
    for doc, loaded in zip(built.documents, index.documents):
        assert len(loaded.passages) == len(doc.passages) > 0
        assert [p.text for p in loaded.passages] == [p.text for p in doc.passages]
    total = sum(len(d.passages) for d in built.documents)
    assert len(index.passages) == total == index.manifest.passages == built.manifest.passages
    assert index.faiss_index.ntotal == total
    # each passage knows its document, and ids are unique across documents
    for doc in index.documents:
        for p in doc.passages:
            assert p.document == doc.id and p.id.startswith(f"{doc.id}#")
            assert index.passage(p.id) is p or index.passage(p.id).text == p.text
            assert index.document(p.document) is doc
    assert len({p.id for p in index.passages}) == total
    assert [index.position(p.id) for p in index.passages] == list(range(total))
    # sentence spans point inside their passages
    assert len(index.sentence_spans) == len(index.sentence_vectors) > total
    for s_idx, (row, a, b) in enumerate(index.sentence_spans[:200]):
        assert 0 <= a < b <= len(index.passages[row].text)
        assert index.sentence_text(s_idx) == index.passages[row].text[a:b]


def test_scores_have_one_entry_per_passage(built: Built, encoder):
    index = load_index(built.index_dir)
    n = len(index.passages)
    dense = index.dense_scores(encoder.encode_query("安全生产责任制怎么落实?"))
    bm25 = index.bm25_scores("安全生产责任制怎么落实?")
    assert dense.shape == (n,) and bm25.shape == (n,)
    assert dense.dtype == np.float32 and bm25.dtype == np.float32
    assert np.all(dense <= 1.0001) and np.all(dense >= -1.0001)
    # the question is about the safety speech: both scorers put one of its passages first
    assert index.passages[int(np.argmax(dense))].document == "anquan_shengchan"
    assert index.passages[int(np.argmax(bm25))].document == "anquan_shengchan"
    # words the corpus never uses score zero everywhere
    assert not index.bm25_scores("zzqqxx").any()


def test_manifest_fields(built: Built, encoder):
    m = read_manifest(built.index_dir)
    raw = json.loads((built.index_dir / "current" / "manifest.json").read_text(encoding="utf-8"))
    for key in ("schema_version", "model_id", "model_sha256", "corpus", "passages", "built_at"):
        assert key in raw
    assert m.schema_version == SCHEMA_VERSION
    assert m.model_id == encoder.model_id and m.model_id
    assert m.model_sha256 == encoder.fingerprint and len(m.model_sha256) == 64
    int(m.model_sha256, 16)
    assert m.passages == sum(len(d.passages) for d in built.documents)
    assert m.documents == len(built.documents) and m.dim == encoder.dim
    assert m.precision == encoder.precision == "int8"
    datetime.strptime(m.built_at, "%Y-%m-%dT%H:%M:%S%z")
    assert len(m.corpus) == len(built.files)
    by_path = {e["path"]: e for e in m.corpus}
    for f, doc in zip(built.files, built.documents):
        entry = by_path[str(f.resolve())]
        assert entry["sha256"] == file_sha256(f)
        assert entry["bytes"] == f.stat().st_size
        assert entry["document"] == doc.id


# -- qa index info ---------------------------------------------------------------------------
def _info(capsys, index_dir: Path, model_dir: Path, *extra: str) -> tuple[int, str, str]:
    from qa.cli import main

    code = main(["index", "info", "--index-dir", str(index_dir), "--model-dir", str(model_dir), *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_index_info_json(built: Built, model_dir, capsys):
    code, out, _ = _info(capsys, built.index_dir, model_dir, "--json", "--corpus", str(built.corpus))
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"manifest", "corpus", "documents"}  # fresh: no "stale" key
    assert data["corpus"] == f"{built.corpus.resolve()} ({len(built.files)} files)"
    assert data["manifest"] == read_manifest(built.index_dir).to_dict()
    assert [d["id"] for d in data["documents"]] == [d.id for d in built.documents]
    for info, doc in zip(data["documents"], built.documents):
        assert set(info) == DOC_KEYS
        assert info["title"] == doc.title and isinstance(info["title"], str)
        assert info["passages"] == len(doc.passages)
        assert [o["path"] for o in info["outline"]] == [n.path for n in doc.outline_nodes()]
        for o in info["outline"]:
            assert set(o) >= {"path", "title", "level", "status"}
            assert o["status"] in ("complete", "partial", "outline_only", "omitted")
        levels = [o["level"] for o in info["outline"]]
        assert info["headings"] == {str(lvl): levels.count(lvl) for lvl in sorted(set(levels))}
        assert [f["kind"] for f in info["findings"]] == [f.kind for f in doc.truncation.findings]
        tm = doc.truncation
        assert [g["omitted_chars"] for g in info["gaps"]] == [g.omitted_chars for g in tm.gaps]
        if tm.cut_off is None:
            assert info["cut_off"] is None
        else:
            assert info["cut_off"] == {"total_chars": tm.cut_off.total_chars,
                                       "shown_chars": tm.cut_off.shown_chars}
        assert info["blanks"]["count"] == len(tm.blanks)
        assert info["blanks"]["first"] == [b.context for b in tm.blanks][:5]
        assert info["redactions"]["count"] == len(tm.redactions)
        assert info["removed"] == doc.removed and info["format"] == doc.format
    assert sum(d["passages"] for d in data["documents"]) == data["manifest"]["passages"]
    seed = next(d for d in data["documents"] if d["id"] == "chancheng_speech")
    assert seed["cut_off"] == {"total_chars": 10026, "shown_chars": 3214}
    assert [g["omitted_chars"] for g in seed["gaps"]] == [1145]
    assert seed["blanks"]["count"] > 0 and seed["redactions"]["count"] > 0
    assert any(o["status"] == "outline_only" for o in seed["outline"])


def test_index_info_text_and_stale(built: Built, model_dir, capsys, tmp_path):
    code, out, _ = _info(capsys, built.index_dir, model_dir, "--corpus", str(built.corpus))
    assert code == 0
    assert "chancheng_speech" in out and "10026" in out and "STALE" not in out
    edited = shutil.copytree(built.corpus, tmp_path / "corpus")
    with open(edited / "xiangcun_zhenxing.txt", "a", encoding="utf-8") as fh:
        fh.write("\n补充一句。\n")
    code, out, _ = _info(capsys, built.index_dir, model_dir, "--json", "--corpus", str(edited))
    assert code == 0
    data = json.loads(out)
    assert "xiangcun_zhenxing.txt" in data["stale"] and HINT in data["stale"]


def test_index_info_on_missing_index(tmp_path, model_dir, capsys):
    code, out, err = _info(capsys, tmp_path / "none", model_dir, "--json")
    assert code == 2 and out == ""
    assert err.startswith("error:") and HINT in err and "Traceback" not in err


# -- load errors -----------------------------------------------------------------------------
def test_missing_index(tmp_path):
    with pytest.raises(IndexMissingError, match=HINT):
        load_index(tmp_path / "never-built")


@pytest.mark.parametrize("garbage", [b"\x00\xffnot json{", b"[1, 2, 3]", b"{}", b'{"schema_version": 1}'])
def test_corrupt_manifest(built: Built, tmp_path, garbage):
    index_dir = _copy_index(built, tmp_path / "idx")
    (index_dir / "current" / "manifest.json").write_bytes(garbage)
    with pytest.raises(IndexCorruptError, match=HINT) as info:
        load_index(index_dir)
    assert "manifest" in str(info.value)


def test_missing_manifest(built: Built, tmp_path):
    index_dir = _copy_index(built, tmp_path / "idx")
    (index_dir / "current" / "manifest.json").unlink()
    with pytest.raises(IndexCorruptError, match=HINT):
        load_index(index_dir)


def test_current_points_to_a_removed_build(built: Built, tmp_path):
    index_dir = _copy_index(built, tmp_path / "idx")
    shutil.rmtree(_current(index_dir))
    with pytest.raises(IndexCorruptError, match=HINT):
        load_index(index_dir)


@pytest.mark.parametrize("name", ["vectors.faiss", "sentences.npy", "documents.json"])
@pytest.mark.parametrize("damage", ["truncate", "remove"])
def test_damaged_or_missing_data_file(built: Built, tmp_path, name, damage):
    index_dir = _copy_index(built, tmp_path / "idx")
    path = index_dir / "current" / name
    if damage == "remove":
        path.unlink()
    else:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    with pytest.raises(IndexCorruptError, match=HINT) as info:
        load_index(index_dir)
    assert str(index_dir) in str(info.value)


def test_inconsistent_counts(built: Built, tmp_path):
    index_dir = _copy_index(built, tmp_path / "idx")
    path = index_dir / "current" / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["passages"] += 1
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(IndexCorruptError, match="inconsistent"):
        load_index(index_dir)


def test_stale_when_a_corpus_file_is_edited(built: Built, tmp_path, encoder):
    corpus = shutil.copytree(built.corpus, tmp_path / "corpus")
    files = sorted(corpus.iterdir())
    load_index(built.index_dir, files, encoder.fingerprint)  # a copy with equal bytes is fresh
    target = corpus / "anquan_shengchan.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("安全生产", "安全工作", 1), encoding="utf-8")
    with pytest.raises(IndexStaleError, match=HINT) as info:
        load_index(built.index_dir, files, encoder.fingerprint)
    assert "anquan_shengchan.txt" in str(info.value)
    assert "xiangcun_zhenxing.txt" not in str(info.value)


def test_stale_when_a_corpus_file_is_removed_or_added(built: Built, tmp_path):
    files = [f for f in built.files if f.name != "yingshang_huanjing.md"]
    with pytest.raises(IndexStaleError, match="yingshang_huanjing.md"):
        load_index(built.index_dir, files)
    extra = tmp_path / "new_speech.txt"
    extra.write_text("关于新工作的讲话\n同志们:\n一、总体要求\n要抓好落实。\n", encoding="utf-8")
    with pytest.raises(IndexStaleError, match="new_speech.txt"):
        load_index(built.index_dir, built.files + [extra])


def test_stale_with_another_model(built: Built, encoder):
    load_index(built.index_dir, built.files, encoder.fingerprint)
    with pytest.raises(IndexStaleError, match=HINT) as info:
        load_index(built.index_dir, built.files, "0" * 64)
    assert "model" in str(info.value)


def test_passage_vectors_stand_close_to_the_whole_passage(built: Built, encoder):
    """A passage vector pools its heading path and sentences; it must stay near ``passage: path + text``."""
    index = load_index(built.index_dir)
    pooled = index.faiss_index.reconstruct_n(0, index.faiss_index.ntotal)
    whole = encoder.encode_passages([f"{p.section}\n{p.text}" for p in index.passages])
    np.testing.assert_allclose(np.linalg.norm(pooled, axis=1), 1.0, atol=1e-5)
    cos = (pooled * whole).sum(axis=1)
    print(f"\n[store] pooled vs whole-passage cosine over {len(cos)} passages: "
          f"min {cos.min():.4f} mean {cos.mean():.4f}")
    assert cos.min() >= 0.90 and cos.mean() >= 0.97
    # and each passage is nearer its own whole embedding than any other passage's
    assert (np.argmax(pooled @ whole.T, axis=1) == np.arange(len(cos))).mean() >= 0.95


def test_each_distinct_text_goes_through_the_model_once(encoder):
    """Repeated sentences and a section's shared heading path are embedded once; items keep their labels out."""
    from index.parser import parse_speech

    text = ("关于安全生产工作的讲话\n同志们:\n一、压实安全责任\n(一)强化企业主体责任\n"
            "一是落实全员安全生产责任制。各单位要立即行动。\n二是开展隐患排查。各单位要立即行动。\n"
            "(二)强化部门监管责任\n一是加强执法检查。\n")
    document = parse_speech(text, doc_id="anquan")
    seen: list[str] = []

    class Spy:
        model_id, fingerprint, precision = encoder.model_id, encoder.fingerprint, encoder.precision

        def encode_passages(self, texts, progress=False):
            seen.extend(texts)
            return encoder.encode_passages(texts)

    index = index_in_memory([document], Spy())
    assert len(seen) == len(set(seen)) and seen.count("各单位要立即行动。") == 1
    headings = {heading_path(p) for p in document.passages}
    assert headings == {"一、压实安全责任 > (一)强化企业主体责任", "一、压实安全责任 > (二)强化部门监管责任"}
    assert headings <= set(seen) and not any(h.endswith("是") for h in seen)
    same = [s for s in range(len(index.sentence_spans)) if index.sentence_text(s) == "各单位要立即行动。"]
    assert len(same) == 2
    np.testing.assert_array_equal(index.sentence_vectors[same[0]], index.sentence_vectors[same[1]])


def test_a_schema_1_manifest_reads_as_stale_not_corrupt(built: Built, tmp_path):
    index_dir = _copy_index(built, tmp_path / "idx")
    path = index_dir / "current" / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["precision"]
    data["schema_version"] = 1
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(IndexStaleError, match=f"schema 1.*{HINT}"):
        load_index(index_dir)


def test_stale_with_another_schema(built: Built, tmp_path):
    index_dir = _copy_index(built, tmp_path / "idx")
    path = index_dir / "current" / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["schema_version"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(IndexStaleError, match="schema"):
        load_index(index_dir)


def test_ask_on_a_corrupt_index_exits_2_without_traceback(built: Built, tmp_path, model_dir, encoder,
                                                          monkeypatch, capsys):
    import index.embeddings
    from qa.cli import main

    monkeypatch.setattr(index.embeddings, "Encoder", lambda *a, **k: encoder)  # no second model load
    index_dir = _copy_index(built, tmp_path / "idx")
    (index_dir / "current" / "manifest.json").write_text("garbage", encoding="utf-8")
    code = main(["ask", "当前存在哪些突出问题?", "--index-dir", str(index_dir), "--model-dir", str(model_dir),
                 "--corpus", str(built.corpus), "-q"])
    out = capsys.readouterr()
    assert code == 2 and out.out == ""
    assert out.err.startswith("error:") and HINT in out.err and "Traceback" not in out.err
    # the damaged index is reported, not silently rebuilt over
    assert (index_dir / "current" / "manifest.json").read_text(encoding="utf-8") == "garbage"


# -- rebuilds --------------------------------------------------------------------------------
def test_killed_rebuild_keeps_the_old_index(built: Built, tmp_path, model_dir, encoder):
    from qa.bench import generate_corpus

    index_dir = _copy_index(built, tmp_path / "idx")
    old_build = _current(index_dir)
    before = len(load_index(index_dir).passages)
    big = tmp_path / "big"
    big.mkdir()
    assert generate_corpus(big, 150) >= 150  # the build folder appears before embedding starts
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "qa.cli", "index", "rebuild", "--index-dir", str(index_dir),
         "--corpus", str(big), "--model-dir", str(model_dir), "-q"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    leftover = None
    try:
        deadline = time.monotonic() + 240
        while leftover is None and proc.poll() is None and time.monotonic() < deadline:
            leftover = next((p for p in index_dir.glob("build-*") if p.resolve() != old_build), None)
            if leftover is None:
                time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        err = proc.communicate()[1].decode(errors="replace")
    assert leftover is not None, f"the rebuild never started a build folder (rc {proc.returncode}): {err[-2000:]}"
    assert proc.returncode == -signal.SIGKILL, "the rebuild finished before it could be killed"
    assert _current(index_dir) == old_build, "the kill landed after the swap; the test did not test anything"
    # the old index is still whole and in use
    index = load_index(index_dir, built.files)
    assert len(index.passages) == before
    assert leftover.exists()
    # the next rebuild takes the lock the killed one held, and cleans up after it
    small = _tiny_corpus(tmp_path / "tiny")
    manifest = build_index(read_corpus(small), encoder, index_dir, small, progress=False)
    assert not leftover.exists()
    assert not list(index_dir.glob(".current.*"))
    builds = list(index_dir.glob("build-*"))
    assert builds == [_current(index_dir)] and _current(index_dir) != old_build
    assert not old_build.exists()
    assert len(load_index(index_dir, small, encoder.fingerprint).passages) == manifest.passages < before


def test_concurrent_rebuild_is_refused(built: Built, tmp_path, encoder):
    index_dir = _copy_index(built, tmp_path / "idx")
    current = _current(index_dir)
    small = _tiny_corpus(tmp_path / "tiny")
    docs = read_corpus(small)
    with _build_lock(index_dir):
        with pytest.raises(IndexLoadError, match="Another rebuild"):
            build_index(docs, encoder, index_dir, small, progress=False)
        assert _current(index_dir) == current  # nothing was swapped in
    # once the lock is free, a rebuild goes through
    build_index(docs, encoder, index_dir, small, progress=False)
    assert _current(index_dir) != current
    assert len(load_index(index_dir, small).documents) == 1


def test_two_rebuilds_within_one_second(built: Built, tmp_path, encoder, monkeypatch):
    """Build folders are stamped to the second; a quick second rebuild must not collide."""
    import index.store

    index_dir = tmp_path / "idx"
    small = _tiny_corpus(tmp_path / "tiny")
    docs = read_corpus(small)
    real = time.strftime
    monkeypatch.setattr(index.store.time, "strftime", lambda fmt, *a: "20250101-000000"
                        if "%Y%m%d" in fmt else real(fmt, *a))
    build_index(docs, encoder, index_dir, small, progress=False)
    first = _current(index_dir)
    build_index(docs, encoder, index_dir, small, progress=False)
    assert _current(index_dir) != first
    assert len(load_index(index_dir, small).passages) == len(docs[0].passages)
