"""Rate-limit tracking and client-side throttling.

Every response's `X-RateLimit-Limit/Remaining/Reset` updates one state per client. Responses arrive
out of order, so the newest window wins: a later reset replaces the state, the same reset keeps the
lower remaining, an earlier reset is stale and ignored. Before sending, a request waits while
`remaining - in_flight` is exhausted (until the reset), or while a 429 paused the client; after a
reset nobody has reported on yet, the new window is taken as full (`limit - in_flight`). Before the
first response for a token, one request goes alone (a probe), so a cold start does not burst; a
window of limit 0 is waited out the same way: after its reset one request goes and reports.

Headers are not trusted blindly: a reset more than 24 h away, a negative, NaN or infinite value, or
remaining > limit is ignored (one DEBUG line), so one absurd response cannot pin the state. When a
response's `Date` shows the server's clock more than 2 s off ours, absolute resets are corrected.

Where the state lives is a `RateStore`: `MemoryRateStore` (one process; the default, one per client
unless you share one) or `leadiosa_async.redis_ratelimit.RedisRateStore` (every process using the
token). If the shared store fails or is slow, the client throttles on its own and warns once.
"""

from __future__ import annotations

import datetime
import logging
import math
import time
from collections.abc import Mapping
from typing import Protocol

import anyio

from .._values import Value
from .clock import Clock, server_offset
from .wait_queue import WaitQueue

logger = logging.getLogger("leadiosa_async")
POLL = 0.05  # wait while a fresh window is fully in flight, until some response reports on it
HOLD = 120.0  # a reservation expires after this long, so a crashed process cannot leak budget

EPOCH_THRESHOLD = 1_000_000_000  # smaller reset values are read as seconds from now
SAME_WINDOW = 1.0  # seconds: resets this close belong to one window
MAX_WINDOW = 24 * 3600.0  # a reset further away than this (either way) is not believed


class RateLimit(Value, compare=("limit", "remaining", "reset_at"), show=("limit", "remaining", "reset_at")):
    """Where the client stands in the API's rate-limit window (`client.rate_limit`).

    Attributes:
        limit: Requests allowed per window (`X-RateLimit-Limit`).
        remaining: Requests left in the current window (`X-RateLimit-Remaining`).
        reset_at: When the window resets, in Unix seconds by this machine's clock (corrected for the
            server's clock skew).
        window: The server's own reset value when it is absolute (Unix seconds): it names the window exactly,
            where `reset_at` may move with each response's skew correction. None for delta-seconds resets.
    """

    __slots__ = ("limit", "remaining", "reset_at", "window")
    limit: int
    remaining: int
    reset_at: float
    window: float | None  # not compared, not shown

    def __init__(self, limit: int, remaining: int, reset_at: float, *, window: float | None = None) -> None:
        self._set(limit=limit, remaining=remaining, reset_at=reset_at, window=window)

    @property
    def reset_in(self) -> float:
        """Seconds until the window resets (0 once it has), by this machine's clock."""
        return max(0.0, self.reset_at - time.time())

    @property
    def resets(self) -> datetime.datetime:
        """When the window resets, as an aware UTC datetime."""
        return datetime.datetime.fromtimestamp(self.reset_at, datetime.UTC)


def parse_headers(headers: Mapping[str, str], now: float) -> RateLimit | None:
    """The rate-limit snapshot a response carries; None when its headers are absent, garbled or
    implausible. An absolute reset is moved by the server's clock skew (its `date` header)."""
    try:
        limit = int(headers["x-ratelimit-limit"])
        remaining = int(headers["x-ratelimit-remaining"])
        reset = float(headers["x-ratelimit-reset"])
    except KeyError:
        return None
    except ValueError:
        return _implausible(headers, "not numbers")
    if not 0 <= remaining <= limit:
        return _implausible(headers, "remaining outside 0..limit")
    if not 0 <= reset < math.inf:  # also NaN
        return _implausible(headers, "reset negative or not finite")
    absolute = reset >= EPOCH_THRESHOLD
    reset_at = reset - server_offset(headers.get("date"), now) if absolute else now + reset
    if abs(reset_at - now) > MAX_WINDOW:
        return _implausible(headers, "reset more than 24 h away")
    return RateLimit(limit, remaining, reset_at, window=reset if absolute else None)


def _implausible(headers: Mapping[str, str], why: str) -> RateLimit | None:
    if logger.isEnabledFor(logging.DEBUG):
        names = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")
        values = " ".join(f"{name}={headers.get(name, '')[:40]!r}" for name in names)
        logger.debug("ignoring rate-limit headers (%s): %s", why, values)
    return None


def merge(current: RateLimit | None, new: RateLimit) -> RateLimit:
    """Combine two snapshots: the newest window wins; in one window, the lowest remaining. Absolute resets
    name their window exactly (windows of any length, 1 s included); delta-seconds resets drift with each
    response's arrival, so two within SAME_WINDOW of each other are one window."""
    if current is None:
        return new
    if new.window is not None and current.window is not None:
        same, newer = new.window == current.window, new.window > current.window
    else:
        same, newer = abs(new.reset_at - current.reset_at) <= SAME_WINDOW, new.reset_at > current.reset_at
    if same:
        return new if new.remaining < current.remaining else current
    return new if newer else current


def throttle_delay(
    state: RateLimit | None, in_flight: int, paused_until: float, now: float, responded: bool = True
) -> float:
    """Seconds a new request should wait before it is sent (0: go now). `responded`: a response
    (with or without rate-limit headers) has been seen for this token."""
    if paused_until > now:
        return paused_until - now
    if state is None:
        return 0.0 if responded or in_flight == 0 else POLL
    if now >= state.reset_at:  # a new window nobody has reported on yet: assume it is full
        return 0.0 if max(state.limit, 1) - in_flight > 0 else POLL  # limit 0: one goes and reports
    if state.remaining - in_flight > 0:
        return 0.0
    return state.reset_at - now


class RateStore(Protocol):
    """Where the rate-limit state of a token lives: implement it to share the state your own way
    (`MemoryRateStore` and `leadiosa_async.redis_ratelimit.RedisRateStore` do). `key` identifies the token
    (a hash, never the token)."""

    async def acquire(self, key: str, now: float, hold: float) -> tuple[float, str]:
        """Reserve a request slot.

        Args:
            key: The token's key.
            now: Unix seconds on the client's clock.
            hold: Seconds a reservation may stay open before the store may count it as ended (a client that
                died holding it).

        Returns:
            (0, a reservation id) to go now, or (seconds to wait, "").
        """
        ...

    async def release(
        self, key: str, reservation: str, snapshot: RateLimit | None, responded: bool, now: float
    ) -> None:
        """End a reservation, recording whether a response came and the rate-limit state it reported.

        Args:
            key: The token's key.
            reservation: The id `acquire` returned.
            snapshot: The rate-limit state the response reported (None without a response or headers).
            responded: Whether the API answered.
            now: Unix seconds on the client's clock.
        """
        ...

    async def pause(self, key: str, until: float) -> None:
        """Hold every request for `key` (after a 429).

        Args:
            key: The token's key.
            until: Unix seconds when requests may go again.
        """
        ...


class _KeyState:
    __slots__ = ("in_flight", "paused_until", "responded", "state")

    def __init__(self) -> None:
        self.state: RateLimit | None = None
        self.in_flight = 0
        self.paused_until = 0.0
        self.responded = False


class MemoryRateStore:
    """Rate-limit state in this process. Share one instance between clients of one token if you like."""

    def __init__(self) -> None:
        self.keys: dict[str, _KeyState] = {}

    def get(self, key: str) -> _KeyState:
        """The state of `key` (created empty on first use).

        Args:
            key: The token's key.
        """
        if key not in self.keys:
            self.keys[key] = _KeyState()
        return self.keys[key]

    def delay(self, key: str, now: float) -> float:
        """How long a new request for `key` should wait (0: go now).

        Args:
            key: The token's key.
            now: Unix seconds on the client's clock.
        """
        entry = self.get(key)
        return throttle_delay(entry.state, entry.in_flight, entry.paused_until, now, entry.responded)

    def try_reserve(self, key: str, now: float) -> float:
        """Take a slot when none need wait: 0 (taken), or the seconds to wait (nothing taken).

        Args:
            key: The token's key.
            now: Unix seconds on the client's clock.
        """
        delay = self.delay(key, now)
        if delay <= 0:
            self.get(key).in_flight += 1
        return delay

    def finish(self, key: str, snapshot: RateLimit | None, responded: bool) -> None:
        """Give a slot back, merging the state the response reported.

        Args:
            key: The token's key.
            snapshot: The reported state (None without one).
            responded: Whether the API answered.
        """
        entry = self.get(key)
        entry.responded = entry.responded or responded
        if snapshot is not None:
            entry.state = merge(entry.state, snapshot)
        entry.in_flight = max(0, entry.in_flight - 1)

    async def acquire(self, key: str, now: float, hold: float) -> tuple[float, str]:
        """`RateStore.acquire`, in this process.

        Args:
            key: The token's key.
            now: Unix seconds on the client's clock.
            hold: Unused here: a reservation ends with its process.
        """
        delay = self.try_reserve(key, now)
        return (0.0, "local") if delay <= 0 else (delay, "")

    async def release(
        self, key: str, reservation: str, snapshot: RateLimit | None, responded: bool, now: float
    ) -> None:
        """`RateStore.release`, in this process.

        Args:
            key: The token's key.
            reservation: The id `acquire` returned.
            snapshot: The reported state (None without one).
            responded: Whether the API answered.
            now: Unix seconds on the client's clock.
        """
        self.finish(key, snapshot, responded)

    async def pause(self, key: str, until: float) -> None:
        """`RateStore.pause`, in this process.

        Args:
            key: The token's key.
            until: Unix seconds when requests may go again.
        """
        entry = self.get(key)
        entry.paused_until = max(entry.paused_until, until)


Reservation = tuple[RateStore, str]


class RateLimiter:
    """One client's gate: reserves a slot in its `RateStore` before each request, releases it after."""

    def __init__(
        self,
        clock: Clock,
        *,
        enabled: bool = True,
        store: RateStore | None = None,
        key: str = "default",
        store_timeout: float = 0.25,
        retry_store_after: float = 30.0,
    ) -> None:
        self.clock = clock
        self.enabled = enabled
        self.key = key
        self.local = store if isinstance(store, MemoryRateStore) else MemoryRateStore()
        self.shared: RateStore | None = None if store is None or store is self.local else store
        self.store_timeout = store_timeout
        self.retry_store_after = retry_store_after
        self.state: RateLimit | None = None  # the newest state this client saw (client.rate_limit)
        self.in_flight = 0  # this client's requests between acquire and release
        self.paused_until = 0.0
        self._store_down_until = 0.0
        self._warned = False
        self.queue = WaitQueue()  # calls waiting at the gate, FIFO (wait_queue.py)

    def use_key(self, key: str) -> None:
        """The token changed: its state is another token's (what the API reports about the new one decides)."""
        if key != self.key:
            self.key, self.state = key, None

    def after_fork(self) -> None:
        """In a forked child: no call of this process is in flight or waiting (the parent's are not ours); what the
        API reported about the token stays."""
        self.in_flight = 0
        self.queue = WaitQueue()
        for entry in self.local.keys.values():
            entry.in_flight = 0

    def wait_estimate(self) -> float:
        """How long the head of the queue must still wait, by the local view: a lower bound for the others."""
        return self.local.delay(self.key, self.clock.time())

    def force(self) -> Reservation:
        """Reserve without waiting (throttling is off)."""
        self.local.get(self.key).in_flight += 1
        self.in_flight += 1
        return (self.local, "local")

    async def acquire(self) -> tuple[float, Reservation | None]:
        """(0, reservation) to send now, or (seconds to wait, None)."""
        if not self.enabled:
            return 0.0, self.force()
        now = self.clock.time()
        if self.shared is not None and now >= self._store_down_until:
            try:
                with anyio.fail_after(self.store_timeout):
                    delay, reservation = await self.shared.acquire(self.key, now, HOLD)
            except Exception as exc:  # down or slow: throttle locally for a while
                self._store_failed(exc)
            else:
                if delay > 0:
                    return delay, None
                self.in_flight += 1
                self.local.get(self.key).in_flight += 1
                return 0.0, (self.shared, reservation)
        delay = self.local.try_reserve(self.key, now)
        if delay > 0:
            return delay, None
        self.in_flight += 1
        return 0.0, (self.local, "local")

    async def release(self, reservation: Reservation, headers: Mapping[str, str] | None) -> None:
        """End a reservation; `headers` are the response's (None when there was no response)."""
        store, reservation_id = reservation
        now = self.clock.time()
        snapshot = parse_headers(headers, now) if headers else None
        if snapshot is not None:
            self.state = merge(self.state, snapshot)
        self.in_flight -= 1
        self.local.finish(self.key, snapshot, headers is not None)  # kept current for a fallback
        self.queue.nudge()  # capacity may have freed up: the head of the queue checks
        if store is not self.local:
            with anyio.move_on_after(self.store_timeout, shield=True):  # even when cancelled
                try:
                    await store.release(self.key, reservation_id, snapshot, headers is not None, now)
                except Exception as exc:  # its reservation expires by itself
                    self._store_failed(exc)

    def observe(self, headers: Mapping[str, str]) -> None:
        """Record a response's rate-limit headers without a reservation (tests, manual calls)."""
        snapshot = parse_headers(headers, self.clock.time())
        if snapshot is not None:
            self.state = merge(self.state, snapshot)
            entry = self.local.get(self.key)
            entry.state = merge(entry.state, snapshot)
            entry.responded = True

    async def pause(self, seconds: float) -> None:
        """Hold every request of the client (and of the shared store's other clients) for `seconds`."""
        until = self.clock.time() + seconds
        self.paused_until = max(self.paused_until, until)
        await self.local.pause(self.key, until)
        if self.shared is not None and self.clock.time() >= self._store_down_until:
            with anyio.move_on_after(self.store_timeout, shield=True):
                try:
                    await self.shared.pause(self.key, until)
                except Exception as exc:
                    self._store_failed(exc)

    def reset_wait(self) -> float | None:
        """Seconds until the current window resets, if known and in the future."""
        if self.state is None:
            return None
        wait = self.state.reset_at - self.clock.time()
        return wait if wait > 0 else None

    def _store_failed(self, exc: BaseException) -> None:
        self._store_down_until = self.clock.time() + self.retry_store_after
        if not self._warned:
            self._warned = True
            logger.warning(
                "the shared rate-limit store failed (%s: %s); throttling locally, retrying it every %.0fs",
                type(exc).__name__, exc, self.retry_store_after,
            )  # fmt: skip
