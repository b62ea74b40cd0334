"""Test doubles for the index layer: an encoder that needs no model, and hand-made Documents.

``FakeEncoder`` hashes character pairs into a small vector, so texts that share words
lie close; it is enough for the store, the manifest and loading, which never look at
what the vectors mean. Documents are built by hand, so these tests do not depend on
the parser.
"""
from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np

from index.document import (Blank, CutOff, Document, Gap, OutlineNode, Passage, Redaction,
                            TruncationFinding, TruncationMap)


class FakeEncoder:
    """Vectors from hashed character pairs, normalized; the interface of index.embeddings.Encoder."""

    model_id = "fake-pairs"
    fingerprint = "f" * 64
    precision = "int8"
    dim = 32

    def __init__(self) -> None:
        self.calls = 0

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for a, b in zip(text, text[1:] + " "):
            v[zlib.crc32((a + b).encode()) % self.dim] += 1.0
        v[0] += 1e-3
        return v / np.linalg.norm(v)

    def encode_passages(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """One normalized row per text."""
        self.calls += 1
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._vector(t) for t in texts])

    def encode_query(self, text: str) -> np.ndarray:
        """One normalized vector."""
        return self._vector(text)


def make_document(doc_id: str, paragraphs: list[str], path: Path | None = None,
                  title: str | None = None) -> Document:
    """A Document with one section holding one passage per paragraph."""
    heading = "一、总体要求"
    node = OutlineNode(title=heading, path=heading, level=1)
    source = "\n".join([title or doc_id, heading, *paragraphs])
    passages, at = [], len(title or doc_id) + len(heading) + 2
    for i, text in enumerate(paragraphs):
        passages.append(Passage(id=f"{doc_id}#p{i}", document=doc_id, section=heading, text=text,
                                start=at, end=at + len(text), order=i))
        at += len(text) + 1
    return Document(id=doc_id, title=title or doc_id, source=source, outline=[node], passages=passages,
                    truncation=TruncationMap(), path=str(path) if path else None)


def write_corpus(folder: Path, count: int, stem: str = "speech") -> tuple[list[Path], list[Document]]:
    """``count`` small speech files and their hand-made Documents."""
    folder.mkdir(parents=True, exist_ok=True)
    files, documents = [], []
    for i in range(count):
        paragraphs = [f"第{i}号讲话要求压实安全责任。", f"第{i}号讲话要求排查风险隐患，做到闭环管理。"]
        f = folder / f"{stem}_{i:03d}.txt"
        f.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
        files.append(f)
        documents.append(make_document(f.stem, paragraphs, path=f))
    return files, documents


def truncated_document() -> Document:
    """A document carrying every kind of thing `qa index info` reports."""
    doc = make_document("excerpt", ["一是加快项目建设，新增床位张。", "二是完善创新_机制。", "三是扩大开放"],
                        title="在全市经济工作会议上的讲话")
    top = doc.outline[0]
    top.children = [OutlineNode(title="（一）稳增长", path=f"{top.path} > （一）稳增长", level=2),
                    OutlineNode(title="（二）促改革", path=f"{top.path} > （二）促改革", level=2,
                                status="omitted"),
                    OutlineNode(title="（三）惠民生", path=f"{top.path} > （三）惠民生", level=2,
                                status="outline_only")]
    top.status = "partial"
    doc.truncation = TruncationMap(
        gaps=[Gap(start=40, end=52, omitted_chars=1145, swallowed=[top.children[1].path], notice="省略1145字")],
        cut_off=CutOff(offset=90, total_chars=10026, shown_chars=3214, notice="预览结束"),
        blanks=[Blank(start=20, end=21, context=f"新增床位{i}张", kind="missing") for i in range(7)],
        redactions=[Redaction(offset=30, context="创新_机制")],
        outline_only=[top.children[2].path], partial=[top.path], omitted=[top.children[1].path],
        findings=[TruncationFinding(kind="notice", confidence=0.95, detail="预览结束"),
                  TruncationFinding(kind="mid_sentence", confidence=0.4, detail="ends without final punctuation")])
    doc.removed = {"copyright": 1, "navigation": 3}
    doc.encoding, doc.format = "gb18030", "html"
    doc.warnings = ["read as GB18030"]
    return doc
