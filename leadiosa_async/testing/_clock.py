"""FakeClock: virtual time for tests; sleeping advances it instead of waiting."""

from __future__ import annotations

import anyio
import anyio.lowlevel

from .._transport.clock import Clock


class FakeClock(Clock):
    """`AsyncLeadiosa(..., clock=FakeClock())`: retries, Retry-After and throttle waits take no real time.

    `sleeps` records every sleep requested. Concurrent sleepers overlap like real time does: each
    sleep ends at its own start + duration, and the clock never goes backwards.

    Args:
        start: The wall time it starts at, in Unix seconds (2026-01-01T00:00:00Z by default).
    """

    def __init__(self, start: float = 1_767_225_600.0) -> None:  # 2026-01-01T00:00:00Z
        self.now = start
        self.elapsed = 0.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        """The virtual wall time, in Unix seconds."""
        return self.now

    def monotonic(self) -> float:
        """Virtual seconds since the clock was made."""
        return self.elapsed

    def advance(self, seconds: float) -> None:
        """Move time forward, as if `seconds` had passed (no sleeper wakes by this alone).

        Args:
            seconds: How far.
        """
        self.now += seconds
        self.elapsed += seconds

    async def wait_event(self, event: anyio.Event, at_most: float) -> None:
        """Virtual: if the event is not set by the next checkpoint, `at_most` passes at once.

        Args:
            event: The event to wait for.
            at_most: The longest wait, in virtual seconds.
        """
        await anyio.lowlevel.checkpoint()
        if not event.is_set():
            await self.sleep(at_most)

    async def sleep(self, seconds: float) -> None:
        """Record the sleep and let its time pass at once (yielding to other tasks once).

        Args:
            seconds: How long, in virtual seconds.
        """
        self.sleeps.append(seconds)
        target = self.elapsed + max(0.0, seconds)
        await anyio.lowlevel.checkpoint()
        if target > self.elapsed:
            self.advance(target - self.elapsed)
