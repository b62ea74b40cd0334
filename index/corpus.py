"""Where speeches come from: the bundled speech and user folders of .txt/.md files."""
from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from .errors import SpeechError

SPEECH_SUFFIXES = (".txt", ".md")
BUNDLED_NAME = "chancheng_speech.txt"


def bundled_speech() -> Path:
    """Path of the speech shipped inside the package (works from any folder)."""
    return Path(str(resources.files("index") / "data" / BUNDLED_NAME))


def corpus_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into the sorted list of speech files they name.

    A folder contributes its ``.txt``/``.md`` files (not recursive, hidden files
    skipped); a named file must exist. An empty result is an error.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file()
                                and p.suffix.lower() in SPEECH_SUFFIXES and not p.name.startswith(".")))
        elif path.is_file():
            files.append(path)
        else:
            raise SpeechError(f"No such speech file or folder: {path}")
    seen: set[Path] = set()
    unique = [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]
    if not unique:
        raise SpeechError("The corpus is empty: no .txt or .md speech files in "
                          + ", ".join(str(p) for p in paths))
    return unique
