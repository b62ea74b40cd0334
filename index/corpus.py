"""Where speeches come from: the bundled speech and user folders of speech files."""
from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from .errors import SpeechError
from .formats import FORMATS

# Every suffix a speech file may have (.txt .md .docx .pdf .html .htm); the UI offers these.
SPEECH_SUFFIXES: tuple[str, ...] = tuple(FORMATS)
BUNDLED_NAME = "chancheng_speech.txt"


def bundled_speech() -> Path:
    """Path of the speech shipped inside the package (works from any folder)."""
    return Path(str(resources.files("index") / "data" / BUNDLED_NAME))


def speech_files_in(folder: str | Path) -> list[Path]:
    """The speech files in a folder; none when it is missing or holds none (never an error)."""
    folder = Path(folder)
    try:
        return corpus_files([folder]) if folder.is_dir() else []
    except SpeechError:
        return []


def corpus_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into the sorted list of speech files they name.

    A folder contributes its files with a suffix in :data:`SPEECH_SUFFIXES` (not recursive,
    hidden files skipped); a named file must exist. An empty result is an error.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file()
                                and p.suffix.lower() in SPEECH_SUFFIXES and not p.name.startswith(".")))
        elif path.is_file():
            files.append(path)
        elif path.exists():  # /dev/null, a FIFO, a device: never opened, reading one may block
            raise SpeechError(f"{path} is not a regular file; give a speech file saved on disk.")
        else:
            raise SpeechError(f"No such speech file or folder: {path}")
    seen: set[Path] = set()
    unique = [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]
    if not unique:
        raise SpeechError(f"The corpus is empty: no speech files ({' '.join(SPEECH_SUFFIXES)}) in "
                          + ", ".join(str(p) for p in paths))
    return unique
