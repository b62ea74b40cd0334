"""The Milvus store, on Milvus Lite (embedded: the client code that talks to a cluster, no server).

The fast tests use hand-made documents and the fake encoder; the slow one runs the
dev set through both stores with the real model and compares every metric.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from conftest import SHARED
from fakes import FakeEncoder, write_corpus
from index.errors import IndexCorruptError
from index.library import add_documents, remove_documents
from index.milvus_index import MilvusPassageIndex
from index.milvus_store import RECORD, collection_base, connect, write_milvus
from index.store import build_index, index_in_memory, load_index
from index.store_choice import parse_store

QUERIES = ("排查风险隐患", "压实安全责任", "第3号讲话", "闭环管理")


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "corpus", 5)


def _lite(tmp_path: Path, mode: str = "words") -> str:
    return f"{tmp_path / 'lib.db'}?bm25={mode}"


def _collections(store: str) -> set[str]:
    return set(connect(parse_store(store)[0]).list_collections())


def test_the_milvus_store_scores_as_the_local_one(tmp_path, corpus):
    files, docs = corpus
    build_index(docs, FakeEncoder(), tmp_path / "local", files, progress=False)
    store = _lite(tmp_path)
    build_index(docs, FakeEncoder(), tmp_path / "remote", files, progress=False, store=store)
    local, remote = load_index(tmp_path / "local"), load_index(tmp_path / "remote")
    assert isinstance(remote, MilvusPassageIndex) and not isinstance(local, MilvusPassageIndex)
    build = (tmp_path / "remote" / "current").resolve()
    assert not (build / "vectors.faiss").exists() and not (build / "bm25").exists()  # they live in Milvus
    assert remote.manifest.extra["milvus"]["bm25"] == "words"
    assert _collections(store) == {f"{collection_base(build)}_p", f"{collection_base(build)}_s"}
    np.testing.assert_array_equal(remote._passage_vectors, local._passage_vectors)
    np.testing.assert_array_equal(remote.sentence_vectors, local.sentence_vectors)
    enc = FakeEncoder()
    for q in QUERIES:
        np.testing.assert_allclose(remote.dense_scores(enc.encode_query(q)), local.dense_scores(enc.encode_query(q)),
                                   atol=1e-6)
        np.testing.assert_allclose(remote.bm25_scores(q), local.bm25_scores(q), rtol=1e-5, atol=1e-6)
        rows, scores = remote.dense_top(enc.encode_query(q), 3, documents=[docs[2].id, docs[4].id])
        want_rows, want_scores = local.dense_top(enc.encode_query(q), 3, documents=[docs[2].id, docs[4].id])
        assert {local.passages[r].document for r in rows} <= {docs[2].id, docs[4].id}
        np.testing.assert_allclose(np.sort(scores), np.sort(want_scores), atol=1e-6)
        assert remote.document_frequency(q.split()[0]) == local.document_frequency(q.split()[0])
    assert not remote.bm25_scores("zzqqxx").any()


def test_milvus_bm25_with_its_jieba_analyzer(tmp_path, corpus):
    files, docs = corpus
    build_index(docs, FakeEncoder(), tmp_path / "remote", files, progress=False, store=_lite(tmp_path, "milvus"))
    index = load_index(tmp_path / "remote")
    assert index.manifest.extra["milvus"]["bm25"] == "milvus"
    for i, doc in enumerate(docs):  # each speech names its own number: BM25 finds that speech's passages
        scores = index.bm25_scores(f"第{i}号讲话")
        assert index.passages[int(np.argmax(scores))].document == doc.id
    rows, _scores = index.bm25_top("排查风险隐患", 3, documents=[docs[1].id])
    assert len(rows) and {index.passages[r].document for r in rows} == {docs[1].id}


def test_add_and_remove_on_milvus_equal_the_local_store_and_drop_old_collections(tmp_path, corpus):
    files, docs = corpus
    store = _lite(tmp_path)
    build_index(docs[:4], FakeEncoder(), tmp_path / "remote", files[:4], progress=False, store=store)
    build_index(docs[:4], FakeEncoder(), tmp_path / "local", files[:4], progress=False)
    for index_dir in ("remote", "local"):
        add_documents(tmp_path / index_dir, [docs[4]], FakeEncoder(), [files[4]])
        remove_documents(tmp_path / index_dir, [docs[1].id])
    remote, local = load_index(tmp_path / "remote"), load_index(tmp_path / "local")
    assert isinstance(remote, MilvusPassageIndex)  # the index keeps its store
    assert [p.id for p in remote.passages] == [p.id for p in local.passages]
    np.testing.assert_array_equal(remote._passage_vectors, local._passage_vectors)
    for q in QUERIES:
        np.testing.assert_allclose(remote.bm25_scores(q), local.bm25_scores(q), rtol=1e-5, atol=1e-6)
    build = (tmp_path / "remote" / "current").resolve()
    assert _collections(store) == {f"{collection_base(build)}_p", f"{collection_base(build)}_s"}


def test_a_killed_builds_collections_are_dropped_by_the_next_build(tmp_path, corpus):
    files, docs = corpus
    store = _lite(tmp_path)
    build_index(docs, FakeEncoder(), tmp_path / "idx", files, progress=False, store=store)
    killed = tmp_path / "idx" / "build-killed"
    killed.mkdir()
    write_milvus(store, killed, index_in_memory(docs[:2], FakeEncoder()))  # collections made, never swapped in
    assert (killed / RECORD).exists() and len(_collections(store)) == 4
    build_index(docs, FakeEncoder(), tmp_path / "idx", files, progress=False)  # None: keeps the store
    build = (tmp_path / "idx" / "current").resolve()
    assert not killed.exists()
    assert _collections(store) == {f"{collection_base(build)}_p", f"{collection_base(build)}_s"}
    # QA_STORE=faiss takes the index back into its folder, and its collections go
    build_index(docs, FakeEncoder(), tmp_path / "idx", files, progress=False, store="faiss")
    assert not isinstance(load_index(tmp_path / "idx"), MilvusPassageIndex) and not _collections(store)


def test_collections_gone_from_milvus_read_as_a_damaged_index(tmp_path, corpus):
    files, docs = corpus
    store = _lite(tmp_path)
    build_index(docs, FakeEncoder(), tmp_path / "idx", files, progress=False, store=store)
    record = json.loads(((tmp_path / "idx" / "current") / RECORD).read_text(encoding="utf-8"))
    connect(record["uri"]).drop_collection(f"{record['collections']}_s")
    with pytest.raises(IndexCorruptError, match="Milvus.*qa index rebuild") as info:
        load_index(tmp_path / "idx")
    assert "\n" not in str(info.value)


def test_qa_store_setting(monkeypatch):
    from qa.config import Settings, SettingsError

    monkeypatch.setenv("QA_STORE", "milvus://milvus.internal:19530?bm25=milvus")
    assert Settings.from_env().store == "milvus://milvus.internal:19530?bm25=milvus"
    assert parse_store(Settings.from_env().store) == ("http://milvus.internal:19530", "milvus")
    monkeypatch.setenv("QA_STORE", "faiss")
    assert Settings.from_env().store == ""
    monkeypatch.delenv("QA_STORE")
    assert Settings.from_env().store is None  # the index's own store
    for bad in ("redis://x", "/tmp/lib.db?bm25=tfidf"):
        monkeypatch.setenv("QA_STORE", bad)
        with pytest.raises(SettingsError, match="QA_STORE"):
            Settings.from_env()


@pytest.mark.slow
def test_eval_figures_through_milvus_equal_the_local_store(tmp_path, encoder, settings_factory):
    """Every metric of the dev set, through Milvus Lite in both BM25 modes, within 0.02 of the local store."""
    import shutil

    from index.corpus import bundled_speech
    from index.reader import read_corpus
    from qa.assistant import Assistant
    from qa.eval import QAEvaluator, load_questions
    from conftest import SPEECHES

    folder = tmp_path / "corpus"
    folder.mkdir()
    for f in [bundled_speech(), *sorted(SPEECHES.glob("*.txt")), *sorted(SPEECHES.glob("*.md"))]:
        shutil.copy(f, folder / f.name)
    files = sorted(folder.iterdir())
    docs = read_corpus(files)
    items = load_questions(SHARED / "eval" / "dev.jsonl")
    figures = {}
    for name, store in (("local", ""), ("words", _lite(tmp_path, "words")), ("milvus", _lite(tmp_path, "milvus"))):
        build_index(docs, encoder, tmp_path / name, files, progress=False, sources=[folder], store=store)
        settings = settings_factory("milvus-eval").with_overrides(index_dir=tmp_path / name)
        assistant = Assistant(settings=settings, progress=False, encoder=encoder, auto_build=False)
        assert isinstance(assistant.index, MilvusPassageIndex) == (name != "local")
        figures[name] = QAEvaluator(items, "dev")(assistant.ask).metrics
    print("\n[milvus] dev set:", json.dumps(figures, indent=1))
    for name in ("words", "milvus"):
        for metric, value in figures["local"].items():
            other = figures[name][metric]
            assert (value is None) == (other is None), metric
            if value is not None:
                assert abs(other - value) <= 0.02, (name, metric, value, other)
    assert figures["words"] == figures["local"]  # our own words and weights: the same ranking
