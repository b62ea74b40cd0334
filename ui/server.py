"""Serving the chat: what is exposed, to whom, and where uploaded files wait.

- Gradio's temporary folder (where an uploaded file lands before our handler reads and
  deletes it) lies under our cache, private to the user, not in the system-wide ``/tmp/gradio``.
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
from pathlib import Path
from typing import Any

PUBLIC_ENDPOINTS = frozenset({"chat"})
# The page runs its unqueued events (clicks that fill the textbox) as POST /run/predict with an
# event number; Gradio refuses queued events on that route, so it reaches only those.
PAGE_ROUTE = "predict"
_NAMED_CALL = re.compile(r"/gradio_api/(call/v2|call|run|api)/([^/]+)/?$")


def temp_dir(settings: Any) -> Path:
    """Gradio's temporary folder for this app: ``<cache>/gradio``."""
    return Path(settings.cache_dir) / "gradio"


def use_temp_dir(settings: Any) -> Path:
    """Create the temporary folder (owner-only) and point Gradio at it; call before building the app."""
    folder = temp_dir(settings)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.environ["GRADIO_TEMP_DIR"] = str(folder)
    return folder.resolve()


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
    """ASGI middleware: a POST that names an event other than ``/chat`` gets 404.

    Gradio would otherwise run any event by its name (``/gradio_api/call/on_upload``…),
    documented or not.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope.get("type") == "http" and scope.get("method") == "POST":
            m = _NAMED_CALL.search(scope.get("path", ""))
            if m and not allowed(m.group(1), m.group(2)):
                body = json.dumps({"detail": "Not Found: only /chat is callable by API."}).encode()
                await send({"type": "http.response.start", "status": 404,
                            "headers": [(b"content-type", b"application/json"),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def allowed(route: str, name: str) -> bool:
    """Whether POST ``/gradio_api/<route>/<name>`` may run."""
    return name in PUBLIC_ENDPOINTS or (route in ("run", "api") and name == PAGE_ROUTE)
