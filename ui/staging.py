"""Uploads wait in a staging folder until the index that holds them is swapped in.

A speech added in the chat is written to ``<upload folder>/.staging/`` (a folder the
corpus scan does not read) and added to the index from there (``Assistant.add_files``,
which gives it the place it will have in the upload folder). Only after the new index
is in does the speech appear in the upload folder itself, as a hard link to the staged
file: the index's manifest names the staged path (the staged file stays while it does),
and the upload folder is what the next rebuild reads. So a kill at any moment leaves an
upload folder that agrees with the index in use:

- killed before the swap: the staged file is dropped at the next start (the user was
  never told it was added);
- killed after the swap: the next start links it into the upload folder.

A staged file the index no longer names is removed.

A speech being removed (or replaced) waits in ``.staging/.removed/`` while the index
without it is built: if the index in use still holds it at the next start (a kill
before the swap), it goes back to the upload folder; otherwise it is deleted. A
replacement is a removal, then an add: a kill between the two leaves neither speech,
in the index or in the upload folder. :func:`open_assistant` does this
recovery, and when the upload folder differs from the index only in its own files (an
upload an older version left half done, a file copied in by hand) it rebuilds first, so
the chat neither refuses to start nor leaves those speeches out.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

from index.errors import IndexLoadError, IndexStaleError
from index.manifest import file_sha256

from .jobs import NotIndexed

STAGING = ".staging"
REMOVED = ".removed"


def staging_dir(upload_dir: Path) -> Path:
    """The staging folder of an upload folder."""
    return Path(upload_dir) / STAGING


def stage(upload_dir: Path, name: str, data: bytes) -> Path:
    """Write an upload into the staging folder (atomically: a ``.part`` file renamed); its path."""
    folder = staging_dir(upload_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    part = folder / f".{name}.part"
    with open(part, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    part.replace(target)
    return target


def publish(upload_dir: Path, staged: Path) -> Path:
    """Make a staged upload part of the upload folder (a hard link, a copy where links fail)."""
    final = Path(upload_dir) / staged.name
    part = Path(upload_dir) / f".{staged.name}.part"
    part.unlink(missing_ok=True)
    try:
        os.link(staged, part)
    except OSError:
        shutil.copyfile(staged, part)
    part.replace(final)
    return final


def hold_removed(upload_dir: Path, path: Path) -> Path:
    """Move an upload being removed out of the upload folder into ``.staging/.removed``; its new path."""
    folder = staging_dir(upload_dir) / REMOVED
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(path).name
    Path(path).replace(target)
    return target


def restore_removed(moved: Path, original: Path) -> None:
    """Put back an upload whose removal failed (unless a file took its place meanwhile)."""
    if moved.exists() and not original.exists():
        moved.replace(original)
    moved.unlink(missing_ok=True)


def check_indexed(upload_dir: Path, documents: list[Any], staged: Path | None, removed: list[Path]) -> None:
    """Raise NotIndexed unless the index in use (its ``documents``) holds the ``staged`` upload
    and none of the ``removed`` upload files, wherever it read them from."""
    paths = {Path(d.path).resolve() for d in documents if getattr(d, "path", None)}
    if staged is not None and staged.resolve() not in paths:
        raise NotIndexed("the new index does not hold the upload")
    held, waiting = staging_dir(upload_dir) / REMOVED, staging_dir(upload_dir)
    if any(p.resolve() in paths or (held / p.name).resolve() in paths
           or ((waiting / p.name).resolve() in paths and staged is None) for p in removed):
        raise NotIndexed("the new index still holds a removed speech")


def _settle_removed(upload_dir: Path, indexed: set[str]) -> list[str]:
    """Held removals: back into the upload folder when the index in use still holds them, else gone."""
    folder = staging_dir(upload_dir) / REMOVED
    if not folder.is_dir():
        return []
    done = []
    for path in sorted(folder.iterdir()):
        original = Path(upload_dir) / path.name
        names = {str(original.resolve()), str((staging_dir(upload_dir) / path.name).resolve())}
        if path.is_file() and names & indexed and not original.exists():
            path.replace(original)
            done.append(f"{path.name}: its removal did not finish; kept")
        else:
            path.unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:
        pass
    return done


def _indexed_paths(index_dir: Path) -> set[str]:
    """The corpus file paths the current index names (empty when there is no readable index)."""
    from index.store import read_manifest

    try:
        manifest = read_manifest(Path(index_dir))
    except (IndexLoadError, OSError, ValueError):
        return set()
    return {str(Path(e["path"]).resolve()) for e in manifest.corpus}


def recover(upload_dir: Path, index_dir: Path, keep: set[Path] = frozenset()) -> list[str]:
    """Settle the staging folder against the index in use; returns what was done, one line each.

    A staged file the index names is published (if it is not already); any other is removed,
    except those in ``keep`` (uploads still waiting for their rebuild).
    """
    folder = staging_dir(upload_dir)
    if not folder.is_dir():
        return []
    indexed = _indexed_paths(index_dir)
    keep_names = {str(Path(k).resolve()) for k in keep}
    done: list[str] = _settle_removed(upload_dir, indexed)
    for path in sorted(folder.iterdir()):
        resolved = str(path.resolve())
        if resolved in keep_names or not path.is_file():
            continue
        final = Path(upload_dir) / path.name
        if resolved in indexed and not path.name.startswith("."):
            if not final.exists():
                publish(upload_dir, path)
                done.append(f"{path.name}: indexed before the chat stopped; added to the upload folder")
            continue
        path.unlink(missing_ok=True)
        if not path.name.startswith("."):
            done.append(f"{path.name}: its upload did not finish; dropped")
    try:
        folder.rmdir()  # only when empty
    except OSError:
        pass
    return done


def upload_changes(manifest: Any, files: list[Path], upload_dir: Path) -> list[Path] | None:
    """The files by which ``files`` differ from the index's corpus, when all lie in the upload
    folder; None when any other file differs (that corpus is the user's to rebuild)."""
    uploads = Path(upload_dir).resolve()
    built = {e["sha256"]: Path(e["path"]) for e in manifest.corpus}
    now = {file_sha256(f): Path(f).resolve() for f in files}
    changed = [p for sha, p in now.items() if sha not in built]
    changed += [p for sha, p in built.items() if sha not in now]
    return changed if all(uploads in p.resolve().parents for p in changed) else None


def _note_rebuild(settings: Any, changed: list[Path]) -> None:
    names = ", ".join(p.name for p in changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
    print(f"note: the upload folder {settings.upload_dir} changed since the index was built ({names}); "
          "rebuilding the index first.", file=sys.stderr)


def open_assistant(settings: Any, *, progress: bool = True, encoder: Any = None):
    """The Assistant for ``qa chat``: staged uploads settled first, and the index rebuilt (with a
    note on stderr) when it differs from its corpus only in the upload folder, rather than the
    chat refusing to start or leaving those speeches out."""
    from index.corpus import corpus_files
    from index.reader import read_corpus
    from index.store import build_index, read_manifest
    from qa.assistant import Assistant

    for line in recover(settings.upload_dir, settings.index_dir):
        print(f"note: {line}", file=sys.stderr)
    try:
        assistant = Assistant(settings=settings, progress=progress, encoder=encoder)
    except IndexStaleError:
        # An index of the default corpus, stale only in the upload folder: build it afresh.
        manifest = read_manifest(settings.index_dir)
        if settings.corpus or manifest.sources:
            raise
        files = corpus_files(settings.corpus_paths())
        changed = upload_changes(manifest, files, settings.upload_dir)
        if not changed:
            raise
        _note_rebuild(settings, changed)
        encoder = encoder or settings.make_encoder(progress=progress)
        build_index(read_corpus(files), encoder, settings.index_dir, files, progress=progress)
        return Assistant(settings=settings, progress=progress, encoder=encoder)
    if not settings.corpus:  # speeches in the upload folder that the index does not hold yet
        paths, _ = assistant.corpus_sources()
        changed = upload_changes(assistant.index.manifest, corpus_files(paths), settings.upload_dir)
        if changed:
            _note_rebuild(settings, changed)
            assistant.rebuild()
    return assistant
