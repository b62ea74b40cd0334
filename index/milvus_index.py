"""The passage index of a Milvus-backed build: dense and BM25 search in Milvus, the rest local.

See :mod:`index.milvus_store` for what is kept where. :class:`MilvusPassageIndex`
answers through the interface of :class:`index.passage_index.PassageIndex`: the
top-k searches go to Milvus (``documents`` become a filter on the ``doc`` field);
vectors are fetched only when something asks for all of them.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

import numpy as np

from .errors import IndexCorruptError, IndexLoadError
from .faiss_choice import FLAT_MAX, HNSW_EF_SEARCH
from .milvus_store import connect
from .passage_index import PassageIndex
from .tokenize import tokenize

TOPK_MAX = 16384  # Milvus's largest limit for one search


class MilvusPassageIndex(PassageIndex):
    """A :class:`PassageIndex` whose dense and BM25 search run in Milvus.

    Searches return the best rows (at most :data:`TOPK_MAX`); ``dense_scores`` and
    ``bm25_scores`` give every row a score, as the local index does, for libraries
    up to that size (rows beyond the returned ones get the lowest score returned, or
    zero for BM25). Vectors are fetched from Milvus only when asked for.
    """

    milvus: dict

    def _vectors_at_load(self):
        return None

    @property
    def _passage_vectors(self) -> np.ndarray:
        if self.__dict__.get("_pv") is None:
            self.__dict__["_pv"] = self._fetch(f"{self._base}_p", "dense", len(self.passages))
        return self.__dict__["_pv"]

    @_passage_vectors.setter
    def _passage_vectors(self, value) -> None:
        self.__dict__["_pv"] = value

    @property
    def sentence_vectors(self) -> np.ndarray:
        if self.__dict__.get("_sv") is None:
            self.__dict__["_sv"] = self._fetch(f"{self._base}_s", "vec", len(self.sentence_spans))
        return self.__dict__["_sv"]

    @sentence_vectors.setter
    def sentence_vectors(self, value) -> None:
        self.__dict__["_sv"] = value

    @property
    def bm25(self):
        """A local bm25s index over the kept words, built on first use: for code that reads
        BM25's statistics (document frequencies); searches go to Milvus."""
        if self.__dict__.get("_bm25") is None:
            from .lexical import build_bm25

            self.__dict__["_bm25"] = build_bm25(self.stored_tokens())
        return self.__dict__["_bm25"]

    @bm25.setter
    def bm25(self, value) -> None:
        self.__dict__["_bm25"] = value

    @cached_property
    def _client(self):
        return connect(self.milvus["uri"])

    @property
    def _base(self) -> str:
        return self.milvus["collections"]

    def _fetch(self, name: str, field: str, count: int, step: int = 4096) -> np.ndarray:
        key = "row" if name.endswith("_p") else "sid"
        out = np.zeros((count, self.manifest.dim), dtype=np.float32)
        for a in range(0, count, step):
            for r in self._client.query(name, filter=f"{key} >= {a} and {key} < {a + step}",
                                        output_fields=[key, field], limit=step):
                out[r[key]] = r[field]
        return out

    def _search(self, field: str, data, limit: int, metric: str, documents: Sequence[str] | None = None):
        expr = f"doc in {json.dumps(list(documents), ensure_ascii=False)}" if documents else ""
        params = {"metric_type": metric}
        if metric == "IP" and field == "dense" and len(self.passages) > FLAT_MAX:
            params["params"] = {"ef": max(HNSW_EF_SEARCH, min(limit, TOPK_MAX))}
        hits = self._client.search(f"{self._base}_p", data=[data], anns_field=field, limit=min(limit, TOPK_MAX),
                                   output_fields=["row"], search_params=params, filter=expr)[0]
        rows = np.fromiter((h["entity"]["row"] for h in hits), dtype=np.int64, count=len(hits))
        scores = np.fromiter((h["distance"] for h in hits), dtype=np.float32, count=len(hits))
        return rows, (np.abs(scores) if metric == "BM25" else scores)  # Lite reports BM25 negated

    def dense_top(self, query_vec: np.ndarray, k: int, documents: Sequence[str] | None = None):
        """Rows and cosines of the ``k`` passages nearest the query (of ``documents`` only, when given)."""
        return self._search("dense", np.asarray(query_vec, dtype=np.float32).tolist(), k, "IP", documents)

    def bm25_top(self, query: str, k: int, documents: Sequence[str] | None = None):
        """Rows and BM25 scores of the ``k`` best passages for ``query``."""
        if self.milvus["bm25"] == "milvus":
            return self._search("bm25", query, k, "BM25", documents) if query.strip() else (np.zeros(0, np.int64),
                                                                                            np.zeros(0, np.float32))
        vocab = self._vocab
        counts: dict[int, float] = {}
        for t in tokenize(query):
            if t in vocab:
                counts[vocab[t]] = counts.get(vocab[t], 0.0) + 1.0
        if not counts:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        return self._search("words", counts, k, "IP", documents)

    @cached_property
    def _vocab(self) -> dict[str, int]:
        return json.loads((self.path / "vocab.json").read_text(encoding="utf-8"))

    def dense_scores(self, query_vec: np.ndarray) -> np.ndarray:
        """Cosine of the query with every passage (see the class docstring for libraries over TOPK_MAX)."""
        rows, scores = self.dense_top(query_vec, len(self.passages))
        out = np.full(len(self.passages), scores.min() if len(scores) else 0.0, dtype=np.float32)
        out[rows] = scores
        return out

    def bm25_scores(self, query: str) -> np.ndarray:
        """BM25 score of the query against every passage (zero where Milvus returned none)."""
        rows, scores = self.bm25_top(query, len(self.passages))
        out = np.zeros(len(self.passages), dtype=np.float32)
        out[rows] = scores
        return out


def open_milvus_index(manifest, documents, passages, spans, build: Path, index_dir: Path, fix: str) -> MilvusPassageIndex:
    """The index of a Milvus-backed build, its collections checked against the manifest."""
    record = manifest.extra["milvus"]
    try:
        client = connect(record["uri"])
        for x in ("p", "s"):
            client.load_collection(f"{record['collections']}_{x}")  # at once when it is loaded already
        counts = [int(client.query(f"{record['collections']}_{x}", filter="", output_fields=["count(*)"])[0]["count(*)"])
                  for x in ("p", "s")]
    except IndexLoadError:
        raise
    except Exception as exc:  # noqa: BLE001 - a dropped collection, a server that went away
        raise IndexCorruptError(f"The Milvus collections of the index at {index_dir} cannot be read "
                                f"({type(exc).__name__}: {str(exc)[:160]}). Run `{fix}`.") from None
    if counts != [manifest.passages, len(spans)]:
        raise IndexCorruptError(f"The index at {index_dir} is inconsistent: Milvus holds {counts[0]} passages and "
                                f"{counts[1]} sentences, the manifest {manifest.passages} and {len(spans)}. Run `{fix}`.")
    index = MilvusPassageIndex(manifest=manifest, documents=documents, passages=passages, faiss_index=None,
                               bm25=None, path=build, sentence_vectors=None, sentence_spans=spans)
    index.milvus = record
    return index
