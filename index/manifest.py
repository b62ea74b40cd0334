"""The index manifest: what an index was built from, to tell when it is stale."""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import MISSING, asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

# 2: passage vectors pooled from their sentences and heading path; the precision recorded
SCHEMA_VERSION = 2


_SHA_MEMO: dict[tuple[str, int, int], str] = {}


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file's bytes (remembered per path, size and modification time)."""
    st = Path(path).stat()
    key = (str(Path(path).resolve()), st.st_size, st.st_mtime_ns)
    if key not in _SHA_MEMO:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 22), b""):
                digest.update(block)
        _SHA_MEMO[key] = digest.hexdigest()
    return _SHA_MEMO[key]


def corpus_entries(files: Sequence[Path], documents: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """One manifest entry per corpus file: path, sha256, size and document id."""
    ids = {str(Path(d.path).resolve()): d.id for d in documents if getattr(d, "path", None)}
    return [{"path": str(Path(f).resolve()), "sha256": file_sha256(Path(f)),
             "bytes": Path(f).stat().st_size, "document": ids.get(str(Path(f).resolve()))}
            for f in files]


@dataclass
class Manifest:
    """What an index was built from and when."""

    schema_version: int
    model_id: str
    model_sha256: str
    dim: int
    corpus: list[dict[str, Any]]
    passages: int
    documents: int
    built_at: str
    build_seconds: float
    precision: str = "fp32"  # of the embedding model's linear layers: int8 or fp32
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        """Parse a manifest; raises KeyError/TypeError on a malformed one."""
        if not isinstance(data, dict):
            raise TypeError("manifest is not a JSON object")
        # A field with a default may be absent (older schemas, which then read as stale);
        # any other missing field is a KeyError.
        return cls(**{f.name: data[f.name] for f in fields(cls)
                      if f.name in data or (f.default is MISSING and f.default_factory is MISSING)})

    def corpus_changes(self, files: Sequence[Path]) -> list[str]:
        """Differences between the indexed corpus and ``files`` (by content, not location)."""
        built = {e["sha256"]: Path(e["path"]).name for e in self.corpus}
        now = {file_sha256(Path(f)): Path(f).name for f in files}
        problems = [f"{name} is new or was edited" for sha, name in now.items() if sha not in built]
        problems += [f"{name} was removed or edited" for sha, name in built.items() if sha not in now]
        return problems
