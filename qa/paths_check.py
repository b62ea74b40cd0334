"""Folder settings that cannot work, found before any model loads, each named by its variable.

A model folder is checked for the files the loader needs; an index folder must not be
a file; the cache must be a folder that can be created. Ports are checked where the
chat starts (:func:`check_port_free`).
"""
from __future__ import annotations

import errno
import json
import socket
from pathlib import Path
from typing import Any

from .config import SettingsError

# What `index.embeddings.Encoder` and the model fingerprint read from a model folder.
MODEL_FILES = ("modules.json", "config.json", "model.safetensors")
UNSET_MODEL = "unset QA_MODEL_DIR (and --model-dir) to use the bundled e5-small model"


def check_model_dir(model_dir: Path) -> None:
    """Raise SettingsError unless ``model_dir`` looks like a sentence-transformers model folder."""
    name = f"QA_MODEL_DIR / --model-dir {model_dir}"
    if not model_dir.exists():
        raise SettingsError(f"{name} does not exist; {UNSET_MODEL}.")
    if not model_dir.is_dir():
        raise SettingsError(f"{name} is a file, not a model folder; {UNSET_MODEL}.")
    if not any(model_dir.iterdir()):
        raise SettingsError(f"{name} is an empty folder; {UNSET_MODEL}.")
    missing = [f for f in MODEL_FILES if not (model_dir / f).is_file()]
    if missing:
        raise SettingsError(f"{name} is not a sentence-transformers model folder (no {', '.join(missing)}); "
                            f"{UNSET_MODEL}.")
    for config in MODEL_FILES[:2]:
        try:
            json.loads((model_dir / config).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise SettingsError(f"{name} is not a usable model folder ({config} is not JSON); "
                                f"{UNSET_MODEL}.") from None


def check_settings_paths(settings: Any, model: bool = True) -> None:
    """The checks of :meth:`qa.config.Settings.check_paths`."""
    index_dir = Path(settings.index_dir)
    if index_dir.exists() and not index_dir.is_dir():
        raise SettingsError(f"QA_INDEX_DIR / --index-dir {index_dir} is a file, not a folder; "
                            f"point it at a folder (it is created when missing).")
    cache = Path(settings.cache_dir)
    if cache.exists() and not cache.is_dir():
        raise SettingsError(f"QA_CACHE_DIR {cache} is a file, not a folder; point it at a folder you can write.")
    if not model:
        return
    if settings.model_dir is not None:
        check_model_dir(Path(settings.model_dir))
        return
    try:  # the default model is prepared in the cache on first use
        (cache / "models").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SettingsError(f"QA_CACHE_DIR {cache} cannot be written ({exc.strerror or exc}); the embedding "
                            f"model is prepared there on first use. Point QA_CACHE_DIR at a folder you "
                            f"can write.") from None


def check_port_free(host: str, port: int) -> None:
    """Raise SettingsError when ``host:port`` is already taken (names --port / QA_PORT)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise SettingsError(f"QA_HOST / --host {host!r} is not an address of this machine ({exc}).") from None
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the web server binds
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise SettingsError(f"Port {port} on {host} is already in use; choose another with "
                                    f"--port or QA_PORT.") from None
            raise SettingsError(f"Cannot listen on {host}:{port} ({exc.strerror or exc}); choose another "
                                f"address with --host/QA_HOST or --port/QA_PORT.") from None
