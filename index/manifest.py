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


# The JSON types each field must have; a field of another type makes the manifest damaged.
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "schema_version": (int,), "model_id": (str,), "model_sha256": (str,), "dim": (int,),
    "corpus": (list,), "passages": (int,), "documents": (int,), "built_at": (str,),
    "build_seconds": (int, float), "precision": (str,), "extra": (dict,), "sources": (list, type(None)),
}
_ENTRY_TYPES: dict[str, tuple[type, ...]] = {"path": (str,), "sha256": (str,)}


def _type_name(types: tuple[type, ...]) -> str:
    return " or ".join("null" if t is type(None) else t.__name__ for t in types)


def check_manifest_types(data: dict[str, Any]) -> None:
    """Raise TypeError naming the first field whose JSON type is wrong (bool is not a number)."""
    for name, types in _FIELD_TYPES.items():
        if name in data:
            value = data[name]
            if isinstance(value, bool) or not isinstance(value, types):
                raise TypeError(f"field {name} is {type(value).__name__} {json_repr(value)}, "
                                f"expected {_type_name(types)}")
    for i, entry in enumerate(data.get("corpus") or []):
        if not isinstance(entry, dict):
            raise TypeError(f"corpus entry {i} is {type(entry).__name__}, expected an object")
        for name, types in _ENTRY_TYPES.items():
            if not isinstance(entry.get(name), types):
                raise TypeError(f"corpus entry {i}: field {name} is {type(entry.get(name)).__name__}, "
                                f"expected {_type_name(types)}")
    if any(not isinstance(s, str) for s in data.get("sources") or []):
        raise TypeError("field sources holds a non-string, expected a list of paths")
    for name in ("dim", "passages", "documents"):
        if name in data and data[name] < (1 if name == "dim" else 0):
            raise TypeError(f"field {name} is {data[name]}, expected a positive count")


def json_repr(value: Any, limit: int = 40) -> str:
    """A short printable form of a JSON value, for messages."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


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
    # The corpus paths (files or folders) the rebuild was given; [] for the default corpus
    # (the bundled speech and the uploads); None in manifests written before it was recorded.
    sources: list[str] | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        """Parse a manifest; raises KeyError/TypeError on a malformed one (the message names the field)."""
        if not isinstance(data, dict):
            raise TypeError("manifest is not a JSON object")
        check_manifest_types(data)
        # A field with a default may be absent (older schemas, which then read as stale);
        # any other missing field is a KeyError.
        return cls(**{f.name: data[f.name] for f in fields(cls)
                      if f.name in data or (f.default is MISSING and f.default_factory is MISSING)})

    def files(self) -> list[Path]:
        """The corpus files the index was built from, as recorded."""
        return [Path(e["path"]) for e in self.corpus]

    def corpus_diff(self, files: Sequence[Path]) -> tuple[list[str], list[str]]:
        """By content, not location: names of ``files`` the index lacks, and of indexed files not in ``files``."""
        built = {e["sha256"]: Path(e["path"]).name for e in self.corpus}
        now = {file_sha256(Path(f)): Path(f).name for f in files}
        return ([name for sha, name in now.items() if sha not in built],
                [name for sha, name in built.items() if sha not in now])

    def own_changes(self, elsewhere: Sequence[Path] = ()) -> list[str]:
        """The index's own files that are gone or were edited since it was built (at their paths).

        A file missing at its path still counts as there when one of ``elsewhere`` (e.g. the
        upload folder's files, where a staged upload is moved once indexed) has its bytes.
        """
        problems = []
        moved: set[str] | None = None
        for entry in self.corpus:
            path = Path(entry["path"])
            if not path.is_file():
                if moved is None:
                    moved = {file_sha256(Path(f)) for f in elsewhere if Path(f).is_file()}
                if entry["sha256"] not in moved:
                    problems.append(f"{path.name} is missing")
            elif file_sha256(path) != entry["sha256"]:
                problems.append(f"{path.name} was edited")
        return problems
