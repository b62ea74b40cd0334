"""A growing library: the embedding cache, and adding or removing speeches without a full rebuild.

No model is loaded here: the documents are hand-made and the encoder hashes character
pairs (tests/fakes.py), which is all the cache and the store look at. What the real
model adds (its int8 vectors depend on the batch) is in tests/test_library_model.py.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from fakes import FakeEncoder, make_document
from index.embed_cache import EmbeddingCache, cache_folder
from index.errors import IndexStaleError, SpeechError
from index.library import add_documents, remove_documents
from index.store import build_index, load_index
from index.vectors import text_groups

QUERIES = ("压实安全责任", "排查风险隐患做到闭环", "乡村振兴产业", "营商环境改革")


class Spy(FakeEncoder):
    """A fake encoder that remembers every text it was asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def encode_passages(self, texts, progress=False):
        self.seen.extend(texts)
        return super().encode_passages(texts, progress)


def _speech(folder: Path, name: str, topic: str, n: int = 3) -> tuple[Path, object]:
    """A small speech file of our own on ``topic`` and its Document."""
    paragraphs = [f"{topic}工作要抓好第{i}项任务，{name}同志讲到要落实责任。" for i in range(n)] + \
                 [f"{topic}的第{n}方面：加强组织领导。{topic}要久久为功。"]
    folder.mkdir(parents=True, exist_ok=True)
    f = folder / f"{name}.txt"
    f.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    return f, make_document(name, paragraphs, path=f, title=f"关于{topic}的讲话")


@pytest.fixture
def library(tmp_path):
    """Four speeches on four topics: files and Documents, in file-name order."""
    topics = {"a_anquan": "安全生产", "b_xiangcun": "乡村振兴", "c_yingshang": "营商环境", "d_keji": "科技创新"}
    pairs = [_speech(tmp_path / "corpus", name, topic) for name, topic in topics.items()]
    return [f for f, _d in pairs], [d for _f, d in pairs]


def _texts(doc) -> set[str]:
    """The sentences and heading paths of a document: what goes through the model."""
    return set(text_groups(doc.passages)[0])


def _build(index_dir: Path, files, docs, encoder=None, **kw):
    return build_index(docs, encoder or FakeEncoder(), index_dir, files, progress=False, **kw)


def _files_of(index_dir: Path) -> dict[str, bytes]:
    """The data files of the current build that must equal another build's, byte for byte."""
    build = (index_dir / "current").resolve()
    names = ("documents.json", "sentences.json", "sentences.npy", "vectors.faiss", "tokens.npz")
    return {n: (build / n).read_bytes() for n in names}


def assert_same_index(a: Path, b: Path) -> None:
    """Two index folders hold the same passages, vectors, words and BM25 scores."""
    fa, fb = _files_of(a), _files_of(b)
    for name in fa:
        assert fa[name] == fb[name], f"{name} differs"
    ia, ib = load_index(a), load_index(b)
    assert [p.id for p in ia.passages] == [p.id for p in ib.passages]
    np.testing.assert_array_equal(ia._passage_vectors, ib._passage_vectors)
    for q in QUERIES:
        np.testing.assert_array_equal(ia.bm25_scores(q), ib.bm25_scores(q))
    ma, mb = ia.manifest, ib.manifest
    assert [e["sha256"] for e in ma.corpus] == [e["sha256"] for e in mb.corpus]
    assert (ma.passages, ma.documents, ma.extra) == (mb.passages, mb.documents, mb.extra)


# -- the embedding cache ---------------------------------------------------------------------
def test_a_rebuild_embeds_only_unseen_text_and_equals_a_cold_build(tmp_path, library):
    files, docs = library
    first = Spy()
    _build(tmp_path / "warm", files[:3], docs[:3], first)
    assert first.seen and len(first.seen) == len(set(first.seen))
    again = Spy()
    _build(tmp_path / "warm", files[:3], docs[:3], again)
    assert again.seen == []  # every text came from the cache
    grown = Spy()
    _build(tmp_path / "warm", files, docs, grown)
    assert grown.seen and set(grown.seen) <= _texts(docs[3])  # only the new speech's own text
    _build(tmp_path / "cold", files, docs, Spy())
    assert_same_index(tmp_path / "warm", tmp_path / "cold")


def test_another_model_or_precision_misses(tmp_path, library):
    files, docs = library
    _build(tmp_path / "idx", files, docs, Spy())
    other = Spy()
    other.precision = "fp32"
    _build(tmp_path / "idx", files, docs, other)
    assert other.seen  # an fp32 vector is never served for int8
    assert len(list(cache_folder(tmp_path / "idx").iterdir())) == 2


def _segments(index_dir: Path) -> list[Path]:
    return sorted(cache_folder(index_dir).rglob("seg-*.vec"))


@pytest.mark.parametrize("damage", ["flip", "truncate", "header", "use-file"])
def test_a_torn_or_damaged_cache_is_never_served(tmp_path, library, damage):
    files, docs = library
    _build(tmp_path / "idx", files, docs, Spy())
    [segment] = _segments(tmp_path / "idx")
    data = bytearray(segment.read_bytes())
    cache = EmbeddingCache.open(tmp_path / "idx", FakeEncoder.fingerprint, "int8")
    record = cache.segments[0].records.dtype.itemsize
    count = len(cache)
    if damage == "flip":  # a bit flipped inside the vector of the third record
        data[16 + 2 * record + 40] ^= 0x10
    elif damage == "truncate":  # the write tore: the last record is cut short
        data = data[:len(data) - record // 2]
    elif damage == "header":
        data[:8] = b"garbage!"
    if damage == "use-file":
        segment.with_suffix(".use").write_bytes(b"\x01\x02")  # only eviction order reads it
    else:
        segment.write_bytes(bytes(data))
    spy = Spy()
    _build(tmp_path / "idx", files, docs, spy)
    expected = {"flip": 1, "truncate": 1, "header": count, "use-file": 0}[damage]
    assert len(spy.seen) == expected
    _build(tmp_path / "cold", files, docs, Spy())
    assert_same_index(tmp_path / "idx", tmp_path / "cold")  # the damaged vector was not used
    again = Spy()
    _build(tmp_path / "idx", files, docs, again)
    assert again.seen == []  # the damage was dropped and the re-embedded vector kept
    if damage != "use-file":
        fresh = EmbeddingCache.open(tmp_path / "idx", FakeEncoder.fingerprint, "int8")
        assert fresh.damaged == 0 and len(fresh) == count


def test_leftovers_of_a_killed_cache_write_are_cleared(tmp_path, library):
    files, docs = library
    _build(tmp_path / "idx", files, docs, Spy())
    folder = _segments(tmp_path / "idx")[0].parent
    (folder / ".seg-123.vec.tmp").write_bytes(b"half a segment")
    (folder / "seg-00000000000000000001-1.use").write_bytes(b"\0" * 8)  # its .vec never landed
    spy = Spy()
    _build(tmp_path / "idx", files, docs, spy)
    assert spy.seen == []
    assert not (folder / ".seg-123.vec.tmp").exists()
    assert not (folder / "seg-00000000000000000001-1.use").exists()


def test_the_cache_keeps_within_its_budget_least_recently_used_first(tmp_path):
    """Three speeches' worth of records fit; the one used longest ago goes first."""
    folder = tmp_path / "lib"
    pairs = [_speech(folder, f"s{i}", topic, n=40) for i, topic in enumerate(("安全生产", "乡村振兴", "营商环境", "科技创新"))]
    one = EmbeddingCache.open(tmp_path / "probe", FakeEncoder.fingerprint, "int8")
    one.add(["x"], FakeEncoder().encode_passages(["x"]))
    one.commit()
    record = one.segments[0].records.dtype.itemsize
    per_speech = len(_texts(pairs[0][1]))
    budget_mb = 3.5 * per_speech * (record + 8) / 2**20  # three and a half speeches (a record and its use stamp)
    index_dir = tmp_path / "idx"
    for i in (0, 1, 2, 0):  # speech 1 is now the least recently used
        _build(index_dir, [pairs[i][0]], [pairs[i][1]], Spy(), cache_mb=budget_mb)
    _build(index_dir, [pairs[3][0]], [pairs[3][1]], Spy(), cache_mb=budget_mb)  # over budget: evict
    size = sum(p.stat().st_size for p in cache_folder(index_dir).rglob("*") if p.is_file())
    assert size <= budget_mb * 2**20
    hits = {}
    for i in (0, 1, 3):
        spy = Spy()
        cache = EmbeddingCache.open(index_dir, FakeEncoder.fingerprint, "int8", budget_mb=1e9)
        texts = sorted(_texts(pairs[i][1]))
        hits[i] = len(cache.lookup(texts)) / len(texts)
    assert hits[3] == 1.0 and hits[0] == 1.0  # the newest and the re-used one stay
    assert hits[1] < 0.5  # the least recently used went first


def test_no_cache_when_the_budget_is_zero(tmp_path, library):
    files, docs = library
    _build(tmp_path / "idx", files, docs, Spy(), cache_mb=0)
    assert not cache_folder(tmp_path / "idx").exists()
    spy = Spy()
    _build(tmp_path / "idx", files, docs, spy, cache_mb=0)
    assert spy.seen


# -- add and remove --------------------------------------------------------------------------
def test_add_then_remove_equals_full_rebuilds(tmp_path, library):
    files, docs = library
    _build(tmp_path / "lib", files[:3], docs[:3], sources=[f for f in files[:3]])
    spy = Spy()
    manifest = add_documents(tmp_path / "lib", [docs[3]], spy, [files[3]])
    assert spy.seen and set(spy.seen) <= _texts(docs[3])
    assert manifest.documents == 4 and manifest.passages == sum(len(d.passages) for d in docs)
    _build(tmp_path / "full", files, docs, sources=files)
    assert_same_index(tmp_path / "lib", tmp_path / "full")
    assert load_index(tmp_path / "lib", files).manifest.sources == [str(f.resolve()) for f in files]
    remove_documents(tmp_path / "lib", [docs[3].id])
    _build(tmp_path / "three", files[:3], docs[:3], sources=files[:3])
    assert_same_index(tmp_path / "lib", tmp_path / "three")
    assert load_index(tmp_path / "lib", files[:3]).manifest.sources == [str(f.resolve()) for f in files[:3]]


def test_an_added_speech_takes_its_place_in_the_corpus_order(tmp_path, library):
    files, docs = library
    _build(tmp_path / "lib", [files[0], files[2], files[3]], [docs[0], docs[2], docs[3]], sources=[files[0].parent])
    add_documents(tmp_path / "lib", [docs[1]], FakeEncoder(), [files[1]], order=files)
    assert [d.id for d in load_index(tmp_path / "lib").documents] == [d.id for d in docs]
    _build(tmp_path / "full", files, docs, sources=[files[0].parent])
    assert_same_index(tmp_path / "lib", tmp_path / "full")
    # a file inside a recorded folder adds no source of its own
    assert load_index(tmp_path / "lib").manifest.sources == [str(files[0].parent.resolve())]


def test_removing_a_middle_speech_keeps_the_rest_in_order(tmp_path, library):
    files, docs = library
    _build(tmp_path / "lib", files, docs, sources=files)
    remove_documents(tmp_path / "lib", [docs[1].id, docs[2].id])
    index = load_index(tmp_path / "lib", [files[0], files[3]])  # fresh against the two left
    assert [d.id for d in index.documents] == [docs[0].id, docs[3].id]
    _build(tmp_path / "two", [files[0], files[3]], [docs[0], docs[3]], sources=[files[0], files[3]])
    assert_same_index(tmp_path / "lib", tmp_path / "two")
    # rows of a document and the rows under its section come from its own run of rows
    assert list(index.doc_rows(docs[3].id)) == list(range(len(docs[0].passages), len(index.passages)))
    assert index.rows_under(docs[3].id, docs[3].outline[0].path) == list(index.doc_rows(docs[3].id))


def test_add_and_remove_refuse_what_cannot_be_done(tmp_path, library):
    files, docs = library
    _build(tmp_path / "lib", files[:2], docs[:2])
    before = (tmp_path / "lib" / "current").resolve()
    with pytest.raises(SpeechError, match=f"{docs[0].id} is in the index already.*qa index remove"):
        add_documents(tmp_path / "lib", [docs[0]], FakeEncoder(), [files[0]])
    other = FakeEncoder()
    other.fingerprint = "0" * 64
    with pytest.raises(IndexStaleError, match="same model"):
        add_documents(tmp_path / "lib", [docs[2]], other, [files[2]])
    with pytest.raises(SpeechError, match="no speech 'nope'"):
        remove_documents(tmp_path / "lib", ["nope"])
    with pytest.raises(SpeechError, match="empty"):
        remove_documents(tmp_path / "lib", [d.id for d in docs[:2]])
    with pytest.raises(SpeechError, match="no passages"):
        add_documents(tmp_path / "lib", [make_document("hollow", [])], FakeEncoder(), [])
    assert (tmp_path / "lib" / "current").resolve() == before  # nothing was swapped in
    assert sorted(p.name for p in (tmp_path / "lib").glob("build-*")) == [before.name]


def test_a_build_without_stored_words_is_tokenized_again(tmp_path, library):
    """Builds written before tokens.npz existed still take an add."""
    files, docs = library
    _build(tmp_path / "lib", files[:3], docs[:3])
    ((tmp_path / "lib" / "current").resolve() / "tokens.npz").unlink()
    add_documents(tmp_path / "lib", [docs[3]], FakeEncoder(), [files[3]])
    _build(tmp_path / "full", files, docs)
    assert_same_index(tmp_path / "lib", tmp_path / "full")
    data = json.loads(((tmp_path / "lib" / "current") / "manifest.json").read_text(encoding="utf-8"))
    assert data["extra"]["faiss"] == "flat"


def test_a_rebuild_reuses_the_words_of_passages_it_has_seen(tmp_path, library, monkeypatch):
    import index.lexical
    import index.store

    files, docs = library
    _build(tmp_path / "idx", files[:3], docs[:3])
    calls = []
    real = index.lexical.tokenize
    monkeypatch.setattr(index.lexical, "tokenize", lambda text: calls.append(text) or real(text))
    _build(tmp_path / "idx", files, docs)
    assert len(calls) == len(docs[3].passages)  # jieba ran on the new speech only
    _build(tmp_path / "cold", files, docs, cache_mb=0)
    assert_same_index(tmp_path / "idx", tmp_path / "cold")
    calls.clear()
    monkeypatch.setattr(index.store, "tokenizer_fingerprint", lambda: "another tokenizer")
    _build(tmp_path / "idx", files, docs)
    assert len(calls) == sum(len(d.passages) for d in docs)  # words of another tokenizer are not reused


def test_top_k_helpers_agree_with_the_full_scores(tmp_path, library):
    """What a retriever can score instead of every row: the same best rows and scores."""
    files, docs = library
    _build(tmp_path / "idx", files, docs)
    index = load_index(tmp_path / "idx")
    enc = FakeEncoder()
    for q in QUERIES:
        qvec = enc.encode_query(q)
        dense = index.dense_scores(qvec)
        rows, scores = index.dense_top(qvec, 5)
        np.testing.assert_allclose(scores, np.sort(dense)[::-1][:5], atol=1e-6)
        np.testing.assert_allclose(index.dense_scores_of(qvec, rows), scores, atol=1e-6)
        bm25 = index.bm25_scores(q)
        rows, scores = index.bm25_top(q, 3)
        np.testing.assert_allclose(scores, np.sort(bm25[bm25 > 0])[::-1][:3], atol=1e-6)
        scoped, _ = index.dense_top(qvec, 3, documents=[docs[1].id])
        assert {index.passages[r].document for r in scoped} == {docs[1].id}
        candidates = index.candidates(qvec, q, k=3)
        assert set(index.dense_top(qvec, 3)[0]) <= set(candidates) and list(candidates) == sorted(candidates)
        best = index.best_sentence_scores(qvec, list(range(len(index.passages))))
        for row in range(len(index.passages)):
            sents = index.sentences_of(row)
            assert best[row] == pytest.approx(float((index.sentence_vectors[sents] @ qvec).max()), abs=1e-6)
    word = "安全生产"
    assert index.document_frequency(word) == sum(word in t for t in index.stored_tokens())


def test_an_upload_staged_elsewhere_takes_its_place_in_the_upload_folders_order(tmp_path, library):
    """The chat's case: the speech waits in a staging folder, a full rebuild will read it from the upload folder."""
    from index.library import rebuild_order

    files, docs = library
    staged_dir = tmp_path / "staging"
    staged_dir.mkdir()
    staged = staged_dir / files[1].name
    staged.write_bytes(files[1].read_bytes())
    doc = make_document(docs[1].id, [p.text for p in docs[1].passages], path=staged, title=docs[1].title)
    _build(tmp_path / "lib", [files[0], files[2], files[3]], [docs[0], docs[2], docs[3]])
    order = rebuild_order(files, {files[1]: staged})
    assert order == [files[0], staged, files[2], files[3]]
    add_documents(tmp_path / "lib", [doc], FakeEncoder(), [staged], order=order)
    assert [d.id for d in load_index(tmp_path / "lib").documents] == [d.id for d in docs]


# -- the commands, on an index of the default corpus (the bundled speech and the upload folder) --
@pytest.fixture
def fake_settings(tmp_path, monkeypatch):
    """Every model load is a FakeEncoder; the cache, index and upload folders are in tmp_path."""
    import index.e5_export
    from qa.config import Settings

    monkeypatch.setattr(Settings, "make_encoder", lambda self, precision=None, progress=True: FakeEncoder())
    monkeypatch.setattr(Settings, "resolve_model_dir", lambda self, progress=True: tmp_path / "model")
    monkeypatch.setattr(index.e5_export, "model_fingerprint", lambda _d: FakeEncoder.fingerprint)
    for name in ("QA_CORPUS", "QA_INDEX_DIR", "QA_MODEL_DIR", "QA_STORE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("QA_UPLOAD_DIR", str(tmp_path / "uploads"))
    return Settings.from_env()


def test_qa_index_add_and_remove_on_the_default_corpus(tmp_path, fake_settings, capsys):
    from index.corpus import bundled_speech
    from qa.cli import main

    speech, _doc = _speech(tmp_path / "elsewhere", "z_keji", "科技创新")
    assert main(["index", "rebuild", "-q"]) == 0
    assert main(["index", "add", str(speech), "-q"]) == 0
    assert (fake_settings.upload_dir / speech.name).read_bytes() == speech.read_bytes()  # kept like an upload
    index = load_index(fake_settings.index_dir, own_files=True, default_corpus=fake_settings.corpus_paths())
    assert [d.id for d in index.documents] == [bundled_speech().stem, "z_keji"]  # fresh against the default corpus
    assert main(["index", "add", str(speech), "-q"]) == 2
    assert "holds a z_keji.txt already" in capsys.readouterr().err
    assert main(["index", "remove", bundled_speech().stem, "-q"]) == 2
    assert "bundled speech" in capsys.readouterr().err
    assert main(["index", "remove", "z_keji", "-q"]) == 0
    assert not (fake_settings.upload_dir / speech.name).exists()
    index = load_index(fake_settings.index_dir, own_files=True, default_corpus=fake_settings.corpus_paths())
    assert [d.id for d in index.documents] == [bundled_speech().stem]
    assert main(["index", "remove", "nope", "-q"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "no speech 'nope'" in err and "Traceback" not in err


def test_above_the_flat_threshold_the_graph_is_rebuilt_the_same_way(tmp_path, library):
    """An HNSW graph built after an add equals a full rebuild's, byte for byte, and finds what flat finds."""
    files, docs = library
    _build(tmp_path / "lib", files[:3], docs[:3], flat_max=2)
    add_documents(tmp_path / "lib", [docs[3]], FakeEncoder(), [files[3]], flat_max=2)
    _build(tmp_path / "full", files, docs, flat_max=2)
    assert_same_index(tmp_path / "lib", tmp_path / "full")
    graph = load_index(tmp_path / "lib")
    assert graph.manifest.extra["faiss"].startswith("hnsw")
    _build(tmp_path / "flat", files, docs)
    flat = load_index(tmp_path / "flat")
    np.testing.assert_array_equal(graph._passage_vectors, flat._passage_vectors)
    for q in QUERIES:
        qvec = FakeEncoder().encode_query(q)
        np.testing.assert_allclose(graph.dense_top(qvec, 5)[1], flat.dense_top(qvec, 5)[1], atol=1e-6)


def test_documents_are_written_as_their_to_dict(tmp_path):
    """documents.json is written without dataclasses.asdict (slow at 10,000 passages) but reads the same."""
    from fakes import truncated_document
    from index.build_files import write_json_fast

    docs = [truncated_document(), make_document("plain", ["一是压实责任。", "二是排查隐患。"])]
    write_json_fast(tmp_path / "documents.json", docs)
    text = (tmp_path / "documents.json").read_text(encoding="utf-8")
    assert text == json.dumps([d.to_dict() for d in docs], ensure_ascii=False)
