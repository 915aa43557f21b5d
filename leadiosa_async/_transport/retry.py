"""Retry decisions as small pure functions, and the client-wide retry budget.

Rules (DESIGN §4): any method retries 429 and connection errors raised before the request was sent;
idempotent methods (or callers who opt in) also retry 408/500/502/503/504, timeouts and dropped
connections. Backoff is drawn from U(d/2, d) with d = 1, 2, 4, 8 s; Retry-After wins over backoff.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import httpx

from .clock import parse_http_date, server_offset

RETRYABLE_STATUSES = frozenset({408, 500, 502, 503, 504})
BACKOFF_BASE = 1.0
BACKOFF_CAP = 8.0
# Raised before any byte of the request left: the server cannot have acted on it.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
NEVER_RETRIED_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.UnsupportedProtocol, httpx.ProxyError)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After value (delta seconds or an HTTP date in any of RFC 9110's
    three forms); None if absent or garbled. `now` is the server's time when its clock is skewed."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        when = parse_http_date(value)
        if when is None:
            return None
        seconds = when - now
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN or infinite
        return None
    return max(0.0, seconds)


def retry_after_seconds(value: str | None, date: str | None, now: float) -> float | None:
    """A response's Retry-After (`value`) in seconds from `now`, read on the server's clock when its `Date` header
    shows it skewed; None if absent or garbled."""
    if value is None:
        return None
    return parse_retry_after(value, now + server_offset(date, now))


def status_retry(
    status: int,
    *,
    retry_after: float | None,
    reset_wait: float | None,
    attempt: int,
    max_retries: int,
    replay_ok: bool,
    max_retry_after: float,
    backoff: Callable[[], float],
) -> tuple[float | None, float | None, float | None]:
    """What a non-2xx status means for the call: (seconds before the next attempt, None to give up; the wait the
    error reports, a 429's; how long a 429 pauses the whole client, None for no pause).

    A 429 waits its Retry-After, else until the window's reset (`reset_wait`), else a backoff; a wait over
    `max_retry_after` gives up at once and pauses nothing. Its pause holds even when the call has no retries left:
    the client's other calls would meet the same 429. Any other status is retried only when `should_retry_status`
    says so and retries are left, after its Retry-After (given up when over `max_retry_after`) or a backoff.
    `backoff` draws the backoff, only when one is needed."""
    if status == 429:
        wait = retry_after if retry_after is not None else reset_wait
        if wait is not None and wait > max_retry_after:
            return None, wait, None
        pause = wait if wait is not None else backoff()
        return (pause if attempt <= max_retries else None), wait, pause
    if attempt > max_retries or not should_retry_status(status, replay_ok):
        return None, None, None
    if retry_after is not None:
        return (retry_after if retry_after <= max_retry_after else None), None, None
    return backoff(), None, None


def backoff_delay(retry_index: int, rng: random.Random) -> float:
    """Jittered exponential backoff for the retry_index-th retry (0-based): U(d/2, d), d = 1, 2, 4, 8, 8..."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** min(retry_index, 16))
    return rng.uniform(ceiling / 2, ceiling)


def should_retry_status(status: int, replay_ok: bool) -> bool:
    """429 always; the transient 4xx/5xx only when the request may be replayed."""
    return status == 429 or (replay_ok and status in RETRYABLE_STATUSES)


def should_retry_error(exc: httpx.TransportError, replay_ok: bool) -> bool:
    """Errors before sending always; timeouts and dropped connections only when replay is safe."""
    if isinstance(exc, NEVER_RETRIED_ERRORS):
        return False
    return isinstance(exc, NOT_SENT_ERRORS) or replay_ok


def sent_so_far(reached: bool | None, exc: httpx.TransportError) -> bool | None:
    """`reached` after an attempt that failed with `exc`: an answered attempt stays True; one that may have
    been sent makes it None (unknown); one that never left (connect errors, pool timeouts) changes nothing."""
    if reached is True or isinstance(exc, NOT_SENT_ERRORS):
        return reached
    return None


class RetryBudget:
    """Caps retries client-wide so an outage does not turn into a retry storm.

    The budget starts with `capacity` tokens; every call deposits `ratio` of a token (up to the
    capacity) and every retry spends one. Once the burst is used up, retries stay below `ratio`
    of the call rate until calls succeed again.

    Args:
        capacity: Tokens at the start, and the most it holds (at least 1): the burst of retries allowed.
        ratio: Tokens each call deposits (0 to 1): the share of calls that may be retried in the long run.
    """

    def __init__(self, capacity: float = 10.0, ratio: float = 0.2) -> None:
        if capacity < 1 or not 0 <= ratio <= 1:
            raise ValueError("RetryBudget needs capacity >= 1 and 0 <= ratio <= 1")
        self.capacity = capacity
        self.ratio = ratio
        self.tokens = capacity

    def __repr__(self) -> str:
        return f"RetryBudget(capacity={self.capacity}, ratio={self.ratio}, tokens={self.tokens:.1f})"

    def deposit(self) -> None:
        """Add `ratio` of a token (the SDK calls it once per call)."""
        self.tokens = min(self.capacity, self.tokens + self.ratio)

    def try_spend(self) -> bool:
        """Spend a token for a retry: True if there was one."""
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True
