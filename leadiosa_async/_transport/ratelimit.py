"""Rate-limit tracking and client-side throttling.

Every response's `X-RateLimit-Limit/Remaining/Reset` updates one state per client. Responses arrive
out of order, so the newest window wins: a later reset replaces the state, the same reset keeps the
lower remaining, an earlier reset is stale and ignored. Before sending, a request waits while
`remaining - in_flight` is exhausted (until the reset), or while a 429 paused the client.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from .clock import Clock

EPOCH_THRESHOLD = 1_000_000_000  # smaller reset values are read as seconds from now


@attrs.frozen(slots=True)
class RateLimit:
    """Where the client stands: `limit` per window, `remaining` in it, `reset_at` (Unix seconds)."""

    limit: int
    remaining: int
    reset_at: float


def parse_headers(headers: Mapping[str, str], now: float) -> RateLimit | None:
    """The rate-limit snapshot a response carries; None when its headers are absent or garbled."""
    try:
        limit = int(headers["x-ratelimit-limit"])
        remaining = int(headers["x-ratelimit-remaining"])
        reset = float(headers["x-ratelimit-reset"])
    except (KeyError, ValueError):
        return None
    if limit < 0 or remaining < 0 or reset < 0 or reset != reset:
        return None
    return RateLimit(limit, min(remaining, limit), reset if reset >= EPOCH_THRESHOLD else now + reset)


def merge(current: RateLimit | None, new: RateLimit) -> RateLimit:
    """Combine two snapshots: the newest window wins; in one window, the lowest remaining."""
    if current is None or new.reset_at > current.reset_at:
        return new
    if new.reset_at < current.reset_at:
        return current
    return new if new.remaining < current.remaining else current


def throttle_delay(state: RateLimit | None, in_flight: int, paused_until: float, now: float) -> float:
    """Seconds a new request should wait before it is sent (0: go now)."""
    if paused_until > now:
        return paused_until - now
    if state is None or now >= state.reset_at:
        return 0.0  # unknown, or the window has reset
    if state.remaining - in_flight > 0:
        return 0.0
    return state.reset_at - now


class RateLimiter:
    """The shared state of one client, and the async gate every request passes."""

    def __init__(self, clock: Clock, *, enabled: bool = True) -> None:
        self.clock = clock
        self.enabled = enabled
        self.state: RateLimit | None = None
        self.in_flight = 0
        self.paused_until = 0.0

    def delay(self) -> float:
        if not self.enabled:
            return 0.0
        return throttle_delay(self.state, self.in_flight, self.paused_until, self.clock.time())

    def reserve(self) -> None:
        self.in_flight += 1

    def release(self) -> None:
        self.in_flight -= 1

    def observe(self, headers: Mapping[str, str]) -> None:
        snapshot = parse_headers(headers, self.clock.time())
        if snapshot is not None:
            self.state = merge(self.state, snapshot)

    def pause(self, seconds: float) -> None:
        """Hold every request of the client for `seconds` (after a 429)."""
        self.paused_until = max(self.paused_until, self.clock.time() + seconds)

    def reset_wait(self) -> float | None:
        """Seconds until the current window resets, if known and in the future."""
        if self.state is None:
            return None
        wait = self.state.reset_at - self.clock.time()
        return wait if wait > 0 else None
