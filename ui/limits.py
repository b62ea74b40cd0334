"""How often one session may do something: at most ``per_hour`` times in any hour."""
from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

HOUR = 3600.0
MAX_KEYS = 10_000  # sessions remembered at once; idle ones are dropped first


class HourlyLimit:
    """A sliding one-hour window of events per key (a session)."""

    def __init__(self, per_hour: Callable[[], int] | int, clock: Callable[[], float] = time.monotonic) -> None:
        self._per_hour = per_hour if callable(per_hour) else (lambda: per_hour)
        self.clock = clock
        self._lock = threading.Lock()
        self._times: dict[str, deque[float]] = {}

    @property
    def per_hour(self) -> int:
        """Events allowed per key and hour."""
        return int(self._per_hour())

    def take(self, key: str) -> int | None:
        """Count one event for ``key``; None when allowed, else the minutes until one is."""
        now = self.clock()
        with self._lock:
            for k in list(self._times) if len(self._times) > MAX_KEYS else [key]:
                times = self._times.get(k)
                while times and now - times[0] >= HOUR:
                    times.popleft()
                if times is not None and not times and k != key:
                    del self._times[k]
            times = self._times.setdefault(key, deque())
            if len(times) >= self.per_hour:
                return max(1, round((HOUR - (now - times[0])) / 60))
            times.append(now)
            return None
