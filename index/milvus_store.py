"""A Milvus backend for the passage index: vectors and BM25 in Milvus, the parsing local.

Chosen by one setting, ``QA_STORE``: ``milvus://host:port`` (a Milvus server or
cluster) or a ``.db`` file path (Milvus Lite, embedded: the same client code, no
server). The index folder keeps what is ours: the manifest, documents.json (outlines,
passages, truncation maps), the sentence spans and each passage's BM25 words. Milvus
holds, per build, two collections named after the build (``qa_<build>_p`` and
``qa_<build>_s``):

- passages: ``pid`` (key), ``row``, ``doc`` (the document: a filter field, so a
  question can be scoped to some speeches), ``dense`` (the pooled passage vector),
  and BM25, either ``bm25`` (Milvus's own BM25 function over the section path and
  text, with its jieba analyzer; ``?bm25=milvus``) or ``words`` (our jieba words
  weighted as bm25s weights them, searched by inner product; ``?bm25=words``,
  the default: it scores exactly as the local store does);
- sentences: ``sid`` (key), ``row``, ``doc``, ``vec``.

A rebuild, an add and a remove write new collections and then swap the local
``current`` link, as the default store does; the old build's collections are
dropped after the swap, and those of a killed build at the next one.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .errors import IndexLoadError
from .store_choice import parse_store
from .faiss_choice import FLAT_MAX, HNSW_EF_CONSTRUCTION, HNSW_M
from .passage_index import PassageIndex

BATCH = 512
RECORD = "milvus.json"  # in a build folder: the collections it made (read to clean up after a kill)
ANALYZER = {"tokenizer": "jieba"}


_CLIENTS: dict[str, object] = {}


def connect(uri: str):
    """A (cached) MilvusClient for ``uri``; an unreachable server is one IndexLoadError."""
    if uri not in _CLIENTS:
        from pymilvus import MilvusClient

        if uri.endswith(".db"):
            Path(uri).parent.mkdir(parents=True, exist_ok=True)
        try:
            _CLIENTS[uri] = MilvusClient(uri=uri, timeout=30)
        except Exception as exc:  # noqa: BLE001 - whatever the client raises for a server it cannot reach
            raise IndexLoadError(f"Cannot reach Milvus at {uri} ({type(exc).__name__}: {str(exc)[:200]}). "
                                 f"Check QA_STORE, or unset it to use the local index folder.") from None
    return _CLIENTS[uri]


def collection_base(build: Path) -> str:
    """The collection name stem of a build folder (letters, digits and underscores only)."""
    return "qa_" + "".join(c if c.isalnum() else "_" for c in build.name)


def _schemas(client, dim: int, mode: str):
    from pymilvus import DataType, Function, FunctionType

    p = client.create_schema(auto_id=False)
    p.add_field("pid", DataType.VARCHAR, max_length=512, is_primary=True)
    p.add_field("row", DataType.INT64)
    p.add_field("doc", DataType.VARCHAR, max_length=512)
    p.add_field("dense", DataType.FLOAT_VECTOR, dim=dim)
    if mode == "milvus":
        p.add_field("lexical", DataType.VARCHAR, max_length=16384, enable_analyzer=True, analyzer_params=ANALYZER)
        p.add_field("bm25", DataType.SPARSE_FLOAT_VECTOR)
        p.add_function(Function(name="bm25", function_type=FunctionType.BM25,
                                input_field_names=["lexical"], output_field_names=["bm25"]))
    else:
        p.add_field("words", DataType.SPARSE_FLOAT_VECTOR)
    s = client.create_schema(auto_id=False)
    s.add_field("sid", DataType.INT64, is_primary=True)
    s.add_field("row", DataType.INT64)
    s.add_field("doc", DataType.VARCHAR, max_length=512)
    s.add_field("vec", DataType.FLOAT_VECTOR, dim=dim)
    return p, s


def _dense_index(params, field: str, n: int) -> None:
    if n <= FLAT_MAX:
        params.add_index(field, index_type="FLAT", metric_type="IP")
    else:
        params.add_index(field, index_type="HNSW", metric_type="IP",
                         params={"M": HNSW_M, "efConstruction": HNSW_EF_CONSTRUCTION})


def word_weights(bm25) -> list[dict[int, float]]:
    """Each passage's BM25 words as a sparse vector of bm25s's own weights (word id -> weight).

    A query's words, counted, dotted with it give bm25s's score for that passage.
    """
    data, indices, indptr = (np.asarray(bm25.scores[k]) for k in ("data", "indices", "indptr"))
    rows: list[dict[int, float]] = [{} for _ in range(int(bm25.scores["num_docs"]))]
    for word in range(len(indptr) - 1):
        for k in range(indptr[word], indptr[word + 1]):
            rows[indices[k]][word] = float(data[k])
    return rows


def write_milvus(store: str, build: Path, built: PassageIndex) -> dict:
    """Write a built index's vectors and BM25 into new collections; the record for the manifest."""
    from .lexical import lexical_text

    uri, mode = parse_store(store)
    client = connect(uri)
    base = collection_base(build)
    record = {"store": store, "uri": uri, "collections": base, "bm25": mode}
    (build / RECORD).write_text(json.dumps(record), encoding="utf-8")
    vectors = built._passage_vectors
    dim, n = int(vectors.shape[1]), len(built.passages)
    p_schema, s_schema = _schemas(client, dim, mode)
    p_index, s_index = client.prepare_index_params(), client.prepare_index_params()
    _dense_index(p_index, "dense", n)
    _dense_index(s_index, "vec", len(built.sentence_spans))
    if mode == "milvus":
        p_index.add_index("bm25", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
    else:
        p_index.add_index("words", index_type="SPARSE_INVERTED_INDEX", metric_type="IP")
    drop_collections(uri, base)
    client.create_collection(f"{base}_p", schema=p_schema, index_params=p_index)
    client.create_collection(f"{base}_s", schema=s_schema, index_params=s_index)
    weights = word_weights(built.bm25) if mode == "words" else None
    for a in range(0, n, BATCH):
        rows = []
        for r in range(a, min(n, a + BATCH)):
            p = built.passages[r]
            row = {"pid": p.id, "row": r, "doc": p.document, "dense": vectors[r].tolist()}
            if weights is not None:
                row["words"] = weights[r] or {0: 0.0}
            else:
                row["lexical"] = lexical_text(p)[:16000]
            rows.append(row)
        client.insert(f"{base}_p", rows)
    sv = built.sentence_vectors
    for a in range(0, len(sv), BATCH):
        client.insert(f"{base}_s", [{"sid": i, "row": int(built.sentence_spans[i][0]),
                                     "doc": built.passages[built.sentence_spans[i][0]].document,
                                     "vec": sv[i].tolist()} for i in range(a, min(len(sv), a + BATCH))])
    for name in (f"{base}_p", f"{base}_s"):
        client.flush(name)
        client.load_collection(name)
    if weights is not None:
        (build / "vocab.json").write_text(json.dumps(built.bm25.vocab_dict, ensure_ascii=False), encoding="utf-8")
    return record


def drop_collections(uri: str, base: str) -> None:
    """Drop a build's collections, if there are any (never raises: it only frees space)."""
    try:
        client = connect(uri)
        for name in (f"{base}_p", f"{base}_s"):
            if client.has_collection(name):
                client.drop_collection(name)
    except Exception:  # noqa: BLE001 - cleanup of a server that went away must not fail a build
        pass


def read_record(build: Path | None) -> dict | None:
    """The Milvus record of a build folder (None for a build of the index folder's own store)."""
    try:
        record = json.loads((Path(build) / RECORD).read_text(encoding="utf-8"))
        return record if isinstance(record, dict) and "uri" in record and "collections" in record else None
    except (OSError, ValueError, TypeError):
        return None


def drop_recorded(build: Path | None = None, record: dict | None = None) -> None:
    """Drop the collections a build folder's record (or ``record``) names: a killed or replaced build's."""
    record = record or read_record(build)
    if record:
        drop_collections(record["uri"], record["collections"])
