"""Shared fixtures for the UI tests: the assistant (real or fake) and a running app.

The assistant is the real ``qa.assistant.Assistant`` (it must work), sharing the
session's loaded model, with its own index and upload folders under pytest's
temporary directory. ``QA_UI_REAL=0`` swaps in the fake from ``ui_fake`` for quick
work on the UI alone; CI never sets it.
"""
from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ui_fake import FakeAssistant  # noqa: E402


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium (Debian's: Playwright's own download does not work offline)."""
    if not os.access(CHROMIUM, os.X_OK):
        message = f"{CHROMIUM} is missing: `make browser` installs Debian's chromium"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI installs it; a missing browser there is a broken setup
        pytest.skip(message)
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_assistant(base: Path, encoder=None):
    """(assistant, is_real): the real one unless QA_UI_REAL=0 (see the module docstring)."""
    if os.environ.get("QA_UI_REAL", "").strip() == "0":
        return FakeAssistant(base / "uploads", rebuild_seconds=0.6), False
    from qa.assistant import Assistant
    from qa.config import Settings

    settings = Settings.from_env().with_overrides(upload_dir=base / "uploads", index_dir=base / "index")
    return Assistant(settings=settings, progress=False, encoder=encoder), True


@pytest.fixture(scope="module")
def assistant_info(tmp_path_factory, request):
    """(assistant, is_real) for one test module, with its own upload and index folders."""
    fake = os.environ.get("QA_UI_REAL", "").strip() == "0"
    encoder = None if fake else request.getfixturevalue("encoder")
    return make_assistant(tmp_path_factory.mktemp("qa-ui"), encoder)


@pytest.fixture(scope="module")
def assistant(assistant_info):
    """The assistant the app under test wraps."""
    return assistant_info[0]


@pytest.fixture(scope="module")
def app(assistant):
    """The chat app served on a free loopback port for the module; yields the Blocks (``.local_url``)."""
    from ui.app import launch

    demo = launch(assistant, port=free_port(), block=False, quiet=True, stream_delay=0.01)
    try:
        yield demo
    finally:
        demo.close()
