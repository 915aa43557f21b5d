"""Time and sleeping, in one swappable object, so tests never wait for real."""

from __future__ import annotations

import time

import anyio


class Clock:
    """Wall time (for rate-limit resets), monotonic time (for latency) and sleeping."""

    def time(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)


def seconds_to_deadline() -> float:
    """Seconds left before the enclosing anyio deadline (inf when there is none)."""
    deadline = anyio.current_effective_deadline()
    return deadline - anyio.current_time() if deadline != float("inf") else deadline
