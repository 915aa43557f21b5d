"""Time and sleeping, in one swappable object, so tests never wait for real."""

from __future__ import annotations

import datetime
import email.utils
import re
import time

import anyio


class Clock:
    """Wall time (for rate-limit resets), monotonic time (for latency) and sleeping: what the client reads
    and waits on. Subclass it to control time (`leadiosa_async.testing.FakeClock` does)."""

    def time(self) -> float:
        """Wall-clock seconds since the epoch (`time.time()`)."""
        return time.time()

    def monotonic(self) -> float:
        """Monotonic seconds (`time.monotonic()`), for durations and deadlines."""
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        """Sleep on the running event loop.

        Args:
            seconds: How long.
        """
        await anyio.sleep(seconds)

    async def wait_event(self, event: anyio.Event, at_most: float) -> None:
        """Until `event` is set or `at_most` seconds pass.

        Args:
            event: The event to wait for.
            at_most: The longest wait, in seconds.
        """
        with anyio.move_on_after(at_most):
            await event.wait()


def seconds_to_deadline() -> float:
    """Seconds left before the enclosing anyio deadline (inf when there is none)."""
    deadline = anyio.current_effective_deadline()
    return deadline - anyio.current_time() if deadline != float("inf") else deadline


SKEW_TOLERANCE = 2.0  # a Date header has 1 s resolution; smaller differences are not skew
ASCTIME = re.compile(r"[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}")
_last_date: tuple[str, float | None] = ("", None)


def parse_http_date(value: str) -> float | None:
    """Unix seconds of an HTTP date in any of RFC 9110's three forms (IMF-fixdate, RFC 850, asctime);
    None if garbled. Dates without a zone (asctime) are GMT, as RFC 9110 says."""
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # only asctime may omit the zone
        if not ASCTIME.fullmatch(value.strip()):
            return None
        when = when.replace(tzinfo=datetime.UTC)
    return when.timestamp()


def server_offset(date_header: str | None, now: float) -> float:
    """How far the server's clock (its `Date` header) is ahead of ours, when more than the tolerance."""
    global _last_date
    if not date_header:
        return 0.0
    if _last_date[0] != date_header:  # one parse per distinct Date value (it changes once a second)
        _last_date = (date_header, parse_http_date(date_header))
    server_now = _last_date[1]
    if server_now is None:
        return 0.0
    offset = server_now - now
    return offset if abs(offset) > SKEW_TOLERANCE else 0.0
