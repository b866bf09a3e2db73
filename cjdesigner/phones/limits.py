"""Rate limits: a token bucket per key (a phone, an address). A phone may tap quickly, but a
script hammering the laptop is told to wait, and the room's own votes keep their second."""

from __future__ import annotations

import time
from collections.abc import Callable

MAX_KEYS = 2000  # forgotten buckets beyond this are dropped, so a flood of keys cannot fill memory


class RateLimit:
    def __init__(self, burst: float, per_second: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.burst = burst
        self.per_second = per_second
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}

    def allow(self, key: str) -> bool:
        now = self.clock()
        tokens, then = self._buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - then) * self.per_second)
        if len(self._buckets) >= MAX_KEYS and key not in self._buckets:
            self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < 60}
            if len(self._buckets) >= MAX_KEYS:
                return False
        if tokens < 1:
            self._buckets[key] = (tokens, now)
            return False
        self._buckets[key] = (tokens - 1, now)
        return True
