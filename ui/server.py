"""Serving the chat: what is exposed, to whom, and where uploaded files wait.

- Gradio's temporary folder (where an uploaded file lands before our handler reads and
  deletes it) lies under our cache, private to the user, not in the system-wide ``/tmp/gradio``;
  what no handler took is swept from it.
- ``QA_AUTH=user:password`` asks for a login (Gradio's ``auth``).
- Binding to anything but the loopback interface, or a share link, prints a warning.
- Of the HTTP routes that run an event by name, only ``/chat`` answers; the UI's own events
  (streamed replies, uploads, clicks) are reached by the page through the queue only.
"""
from __future__ import annotations

import ipaddress
import json
import os
import re
import time
from pathlib import Path
from typing import Any

SPOOL_MAX_AGE = 600.0  # seconds: files no handler took are removed from Gradio's folder after this
PUBLIC_ENDPOINTS = frozenset({"chat"})
CHAT_ARITY = 3  # (question, history, document): a caller may leave out the trailing ones
MAX_API_BODY = 1_000_000
# The page runs its unqueued events (clicks that fill the textbox) as POST /run/predict with an
# event number; Gradio refuses queued events on that route, so it reaches only those.
PAGE_ROUTE = "predict"
_NAMED_CALL = re.compile(r"/gradio_api/(call/v2|call|run|api)/([^/]+)/?$")
_UPLOAD = re.compile(r"/gradio_api/upload/?$")


def temp_dir(settings: Any) -> Path:
    """Gradio's temporary folder for this app: ``<cache>/gradio``."""
    return Path(settings.cache_dir) / "gradio"


def use_temp_dir(settings: Any) -> Path:
    """Create the temporary folder (owner-only) and point Gradio at it; call before building the app."""
    folder = temp_dir(settings)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.environ["GRADIO_TEMP_DIR"] = str(folder)
    return folder.resolve()


def discard_temp(root: Path | None, path: str | Path) -> None:
    """Delete a file in Gradio's folder ``root`` (never one outside it) and the folders it leaves empty."""
    if root is None:
        return
    path = Path(path).resolve()
    if root not in path.parents:
        return
    path.unlink(missing_ok=True)
    folder = path.parent
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()  # only when empty
        except OSError:
            break
        folder = folder.parent


def sweep_temp(root: Path | None, max_age: float = SPOOL_MAX_AGE) -> int:
    """Remove files in ``root`` older than ``max_age`` that no handler took (Gradio's spool file per
    upload, the part of a file over its limit, a raw upload never sent to an event, what a killed
    run left), and the folders they leave empty; how many files went."""
    if root is None or not root.is_dir():
        return 0
    removed, now = 0, time.time()
    for entry in list(root.iterdir()):
        files = [entry] if not entry.is_dir() else [f for f in entry.iterdir() if not f.is_dir()]
        for f in files:
            try:
                if now - f.lstat().st_mtime >= max_age:
                    f.unlink()
                    removed += 1
            except OSError:  # gone meanwhile
                continue
        if entry.is_dir():
            try:
                entry.rmdir()  # only when empty
            except OSError:
                pass
    return removed


def auth_pair(value: str) -> tuple[str, str] | None:
    """``("user", "password")`` from ``user:password`` (the password may hold colons); None when empty."""
    if not value:
        return None
    user, _, password = value.partition(":")
    return user, password


def is_loopback(host: str) -> bool:
    """True for an address only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str, share: bool, *, auth: bool, read_only: bool) -> str | None:
    """The warning for a chat others can reach (None on the loopback interface without a share link)."""
    if not share and is_loopback(host):
        return None
    where = "anyone with its public share link" if share else f"every machine that can reach {host}"
    can = "ask questions" if read_only else "ask questions and add speeches"
    advice = [] if auth else ["QA_AUTH=user:password asks for a login"]
    if not read_only:
        advice.append("--read-only (QA_READ_ONLY=1) turns uploads off")
    tail = f" {'; '.join(advice)}." if advice else ""
    return f"warning: the chat is open to {where}, who can {can}.{tail}"


class OnlyChatAPI:
    """ASGI middleware: a POST that names an event other than ``/chat`` gets 404, and so does
    a file upload when ``uploads`` is off (a read-only chat).

    Gradio would otherwise run any event by its name (``/gradio_api/call/on_upload``…),
    documented or not, and take files for a component that is not there.
    """

    def __init__(self, app: Any, uploads: bool = True) -> None:
        self.app = app
        self.uploads = uploads

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope.get("type") == "http" and scope.get("method") == "POST":
            path = scope.get("path", "")
            m = _NAMED_CALL.search(path)
            if m and not allowed(m.group(1), m.group(2)):
                return await _not_found(send, "only /chat is callable by API.")
            if m and m.group(2) in PUBLIC_ENDPOINTS:
                receive = await _padded(receive)
            if not self.uploads and _UPLOAD.search(path):
                return await _not_found(send, "this chat is read-only; it takes no files.")
        await self.app(scope, receive, send)


async def _padded(receive: Any) -> Any:
    """The request body of a ``/chat`` call with its arguments padded to :data:`CHAT_ARITY`
    (``None`` for those left out), so that ``{"data": [question, history]}`` keeps working."""
    chunks, more = [], True
    while more:
        message = await receive()
        if message.get("type") != "http.request":
            return _replay([message])
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False) and sum(map(len, chunks)) <= MAX_API_BODY
    body = b"".join(chunks)
    try:
        payload = json.loads(body)
        if isinstance(payload, dict) and isinstance(payload.get("data"), list) and len(payload["data"]) < CHAT_ARITY:
            payload["data"] = payload["data"] + [None] * (CHAT_ARITY - len(payload["data"]))
            body = json.dumps(payload).encode()
    except ValueError:
        pass
    return _replay([{"type": "http.request", "body": body, "more_body": False}])


def _replay(messages: list[dict]) -> Any:
    queue = list(messages)

    async def receive() -> dict:
        return queue.pop(0) if queue else {"type": "http.disconnect"}

    return receive


async def _not_found(send: Any, why: str) -> None:
    body = json.dumps({"detail": f"Not Found: {why}"}).encode()
    await send({"type": "http.response.start", "status": 404,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def allowed(route: str, name: str) -> bool:
    """Whether POST ``/gradio_api/<route>/<name>`` may run."""
    return name in PUBLIC_ENDPOINTS or (route in ("run", "api") and name == PAGE_ROUTE)
