"""Shared fixtures for the UI tests: the assistant (real or fake), a running app, Chromium.

The assistant is the real ``qa.assistant.Assistant`` (it must work), sharing the
session's loaded model, with its own index and upload folders under pytest's
temporary directory. ``QA_UI_REAL=0`` swaps in the fake from ``ui_fake`` for quick
work on the UI alone; CI never sets it.

Browser tests run in views: a size (desktop 1400×900, phone 390×844) and a colour
scheme (light, dark). Each test opens a fresh browser context (its own local storage)
on one Chromium per module, and saves its screenshots under ``test-artifacts/browser``.
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


VIEWPORTS = {"desktop": {"width": 1400, "height": 900}, "phone": {"width": 390, "height": 844}}
ALL_VIEWS = ["desktop-light", "desktop-dark", "phone-light", "phone-dark"]
TWO_VIEWS = ["desktop-light", "phone-dark"]  # both sizes and both schemes, in two runs
ARTIFACTS = ROOT / "test-artifacts" / "browser"
BOT = '#qa-chat [data-testid="bot"]'
USER = '#qa-chat [data-testid="user"]'


def open_page(browser, url: str, view: str, **context_kw):
    """A fresh context and page on ``url`` in ``view`` ("desktop-light"…), once the app's script is up.

    The page records JavaScript dialogs (``page.dialogs``) and errors (``page.errors``): there must be none.
    """
    size, scheme = view.split("-")
    context = browser.new_context(viewport=VIEWPORTS[size], color_scheme=scheme, locale="zh-CN", **context_kw)
    page = context.new_page()
    page.dialogs, page.errors = [], []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(url)
    page.wait_for_selector("#qa-input textarea", timeout=30_000)
    page.wait_for_function("() => !!window.qaChat", timeout=30_000)
    page.wait_for_timeout(300)  # the restore-on-load event settles
    return page


def shot(page, name: str, view: str, *, full_page: bool = False) -> Path:
    """Save a screenshot as ``test-artifacts/browser/<name>-<view>.png``; its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}-{view}.png"
    page.wait_for_timeout(250)
    page.screenshot(path=str(path), full_page=full_page)
    return path


def ask(page, question: str, timeout: float = 60_000):
    """Type ``question``, press Enter, wait for its whole answer; the last bot message."""
    n_before = page.locator(BOT).count()
    box = page.locator("#qa-input textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        """(n) => { const bots = document.querySelectorAll('#qa-chat [data-testid="bot"]');
                    return bots.length > n && bots[bots.length - 1].querySelector('.qa-actions, .qa-info'); }""",
        arg=n_before, timeout=timeout)
    steady(page)
    return page.locator(BOT).last


STEADY_JS = """() => new Promise((done) => {
  const where = () => { const c = document.querySelector('#qa-chat [role="log"]') || document.querySelector('#qa-chat');
                        const bots = document.querySelectorAll('#qa-chat [data-testid="bot"]');
                        const last = bots.length ? bots[bots.length - 1].getBoundingClientRect() : {top: 0, height: 0};
                        return [window.scrollY, c ? c.scrollTop : 0, last.top, last.height].join(); };
  let seen = where(), same = 0, ticks = 0;
  const tick = () => { const now = where(); same = now === seen ? same + 1 : 0; seen = now;
                       if (same >= 3 || ++ticks >= 100) done(same >= 3); else setTimeout(tick, 100); };
  setTimeout(tick, 100);
})"""


def steady(page) -> bool:
    """Wait until the chat has stopped moving (an answer's last render, the chat's autoscroll):
    the page and the chat unscrolled and the last answer unmoved for 300 ms, or 10 s have passed
    (whether it stood still). A click sent while it moves lands on what has moved under the
    pointer, as a person's would."""
    return bool(page.evaluate(STEADY_JS))


def settle(page, timeout: float = 10_000) -> None:
    """Wait until a shown citation card has stopped scrolling into sight: a click sent while
    the page still moves lands on whatever has moved under the pointer, as a person's would."""
    page.wait_for_function("() => !document.documentElement.dataset.qaScrolling", timeout=timeout)
    steady(page)


def flat(text: str) -> str:
    """Text without any whitespace (the browser wraps and spaces as it likes)."""
    return "".join(text.split())


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
