"""👍/👎 on an answer, with an optional comment, appended to a local JSONL file.

Each line is a question row that ``qa eval`` reads as a question set (``id``,
``kind: "feedback"``, ``question``, ``history``; a 👍 also records whether the answer
was given or declined as ``answerable``), plus what was rated: the rating, the comment,
the answer's text, the passages it cited and the kinds of its notices. A comment sent
after the rating appends the row again with the comment: the last row of an id wins
(:func:`read_feedback`). The file lives in the user data folder, next to the uploads;
nothing else about a user is stored. What the page sends is checked and cut to size, and
one session may send at most :data:`PER_HOUR` rows an hour.
"""
from __future__ import annotations

import json
import re
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .limits import HourlyLimit

PER_HOUR = 120
MAX_TEXT = 20_000
MAX_COMMENT = 1_000
MAX_HISTORY = 20
_ID = re.compile(r"^[0-9a-f]{6,32}$")


class FeedbackError(ValueError):
    """A feedback the page sent that cannot be recorded (said in the UI's language)."""


def feedback_path(settings: Any) -> Path:
    """``<user data folder>/feedback.jsonl`` (the folder that holds the upload folder)."""
    given = getattr(settings, "feedback_file", None)
    return Path(given) if given else Path(settings.upload_dir).expanduser().parent / "feedback.jsonl"


def _text(value: Any, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def make_row(payload: dict[str, Any], comment: str = "") -> dict[str, Any]:
    """The JSONL row for a rating the page sent (``rating``, ``meta`` of the answer, ``text``,
    ``history``). Raises FeedbackError for a payload that is not one."""
    if not isinstance(payload, dict):
        raise FeedbackError("反馈的格式不对。")
    meta = payload.get("meta") if isinstance(payload.get("meta"), dict) else {}
    rating = payload.get("rating")
    aid = meta.get("id")
    question = _text(meta.get("q"), 2_000).strip()
    if rating not in ("up", "down") or not isinstance(aid, str) or not _ID.match(aid) or not question:
        raise FeedbackError("这条回答无法评价(它可能还没有显示完)。")
    history = payload.get("history") if isinstance(payload.get("history"), list) else []
    row: dict[str, Any] = {
        "id": f"fb-{aid}", "kind": "feedback", "question": question,
        "history": [h[:2_000] for h in history if isinstance(h, str)][-MAX_HISTORY:],
        "rating": rating, "comment": _text(comment, MAX_COMMENT).strip(),
        "answer": _text(payload.get("text"), MAX_TEXT),
        "answered": bool(meta.get("answerable")),
        "citations": [p for p in meta.get("pids") or [] if isinstance(p, str)][:50],
        "notices": [k for k in meta.get("kinds") or [] if isinstance(k, str)][:20],
        "documents": [d for d in meta.get("scope") or [] if isinstance(d, str)][:50] or None,
        "time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    if rating == "up":  # the user agrees with the call to answer or decline
        row["answerable"] = row["answered"]
    return row


class FeedbackLog:
    """Appends feedback rows to one file, one line each, with a per-session hourly limit."""

    def __init__(self, path: Path, clock=time.monotonic) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._hourly = HourlyLimit(PER_HOUR, clock)

    def record(self, row: dict[str, Any], session: str = "") -> None:
        """Append ``row``; FeedbackError when the session has sent too many this hour."""
        if self._hourly.take(session) is not None:
            raise FeedbackError("反馈太频繁了,请稍后再试。")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_feedback(path: Path) -> list[dict[str, Any]]:
    """The feedback rows of a file, the last row of each id only, in the order ids first came."""
    rows: dict[str, dict[str, Any]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows[row["id"]] = row
    return list(rows.values())
