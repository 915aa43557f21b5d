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

import logging
from collections.abc import Mapping
from typing import Protocol

import anyio

from .._operation import LANES, Lane
from .clock import Clock
from .rate_window import DEFAULT_RESERVE, LaneStats, RateLimit, merge, parse_headers, throttle_delay
from .wait_queue import WaitQueue

logger = logging.getLogger("leadiosa_async")
HOLD = 120.0  # a reservation expires after this long, so a crashed process cannot leak budget


class RateStore(Protocol):
    """Where the rate-limit state of a token lives: implement it to share the state your own way
    (`MemoryRateStore` and `leadiosa_async.redis_ratelimit.RedisRateStore` do). `key` identifies the token
    (a hash, never the token)."""

    async def acquire(self, key: str, now: float, hold: float, lane: Lane, reserve: float) -> tuple[float, str]:
        """Reserve a request slot, by the rules of `rate_window.throttle_delay`.

        Args:
            key: The token's key.
            now: Unix seconds on the client's clock.
            hold: Seconds a reservation may stay open before the store may count it as ended (a client that
                died holding it).
            lane: The call's lane: a "background" call leaves the `reserve` to interactive ones.
            reserve: The share of the window's limit kept for interactive calls.

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

    def delay(self, key: str, now: float, lane: Lane, reserve: float) -> float:
        """How long a new request of `lane` for `key` should wait (0: go now).

        Args:
            key: The token's key.
            now: Unix seconds on the client's clock.
            lane: The call's lane.
            reserve: The share of the window's limit kept for interactive calls.
        """
        entry = self.get(key)
        return throttle_delay(entry.state, entry.in_flight, entry.paused_until, now, entry.responded, lane, reserve)

    def try_reserve(self, key: str, now: float, lane: Lane, reserve: float) -> float:
        """Take a slot when none need wait: 0 (taken), or the seconds to wait (nothing taken).

        Args:
            key: The token's key.
            now: Unix seconds on the client's clock.
            lane: The call's lane.
            reserve: The share of the window's limit kept for interactive calls.
        """
        delay = self.delay(key, now, lane, reserve)
        if delay <= 0:
            self.get(key).in_flight += 1
        return delay

    def finish(self, key: str, snapshot: RateLimit | None, responded: bool, now: float | None = None) -> None:
        """Give a slot back, merging the state the response reported.

        Args:
            key: The token's key.
            snapshot: The reported state (None without one).
            responded: Whether the API answered.
            now: Unix seconds on the client's clock (`merge`: a window whose reset passed is over).
        """
        entry = self.get(key)
        entry.responded = entry.responded or responded
        if snapshot is not None:
            entry.state = merge(entry.state, snapshot, now)
        entry.in_flight = max(0, entry.in_flight - 1)

    async def acquire(self, key: str, now: float, hold: float, lane: Lane, reserve: float) -> tuple[float, str]:
        """`RateStore.acquire`, in this process.

        Args:
            key: The token's key.
            now: Unix seconds on the client's clock.
            hold: Unused here: a reservation ends with its process.
            lane: The call's lane.
            reserve: The share of the window's limit kept for interactive calls.
        """
        delay = self.try_reserve(key, now, lane, reserve)
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
        self.finish(key, snapshot, responded, now)

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
    """One client's gate: reserves a slot in its `RateStore` before each request, releases it after; its waiting
    calls line up in one FIFO queue per lane (the gate, `gate.py`, decides whose turn it is)."""

    def __init__(
        self,
        clock: Clock,
        *,
        enabled: bool = True,
        store: RateStore | None = None,
        key: str = "default",
        store_timeout: float = 0.25,
        retry_store_after: float = 30.0,
        reserve: float = DEFAULT_RESERVE,
    ) -> None:
        self.clock = clock
        self.enabled = enabled
        self.key = key
        self.local = store if isinstance(store, MemoryRateStore) else MemoryRateStore()
        self.shared: RateStore | None = None if store is None or store is self.local else store
        self.store_timeout = store_timeout
        self.retry_store_after = retry_store_after
        self.reserve = reserve
        self.state: RateLimit | None = None  # the newest state this client saw (client.rate_limit)
        self.in_flight = 0  # this client's requests between acquire and release
        self.paused_until = 0.0
        self.asking = 0  # reservations being asked of the shared store now (at most a few: see gate.py)
        self._store_down_until = 0.0
        self._warned = False
        self.queues = {lane: WaitQueue() for lane in LANES}  # calls waiting at the gate, FIFO per lane
        self._waits = {lane: [0, 0.0, 0.0] for lane in LANES}  # passed, seconds waited, longest wait

    def use_key(self, key: str) -> None:
        """The token changed: its state is another token's (what the API reports about the new one decides)."""
        if key != self.key:
            self.key, self.state = key, None

    def after_fork(self) -> None:
        """In a forked child: no call of this process is in flight or waiting (the parent's are not ours); what the
        API reported about the token stays."""
        self.in_flight = self.asking = 0
        self.queues = {lane: WaitQueue() for lane in LANES}
        for entry in self.local.keys.values():
            entry.in_flight = 0

    def nudge(self) -> None:
        """Capacity may have freed up: the head of each lane checks."""
        for queue in self.queues.values():
            queue.nudge()

    def passed(self, lane: Lane, waited: float) -> None:
        """A call of `lane` passed the gate after waiting `waited` seconds there."""
        figures = self._waits[lane]
        figures[0] += 1
        figures[1] += waited
        figures[2] = max(figures[2], waited)

    def waited(self, lane: Lane) -> float:
        """Seconds the calls of `lane` have waited at the gate so far."""
        return self._waits[lane][1]

    def snapshot(self) -> RateLimit | None:
        """`client.rate_limit`: the newest state, with each lane's figures at the gate."""
        if self.state is None:
            return None
        lanes: dict[str, LaneStats] = {
            lane: LaneStats(lane, len(self.queues[lane]), int(passed), waited, longest)
            for lane, (passed, waited, longest) in self._waits.items()
        }
        return self.state.with_lanes(lanes)

    def wait_estimate(self, lane: Lane) -> float:
        """How long the head of `lane`'s queue must still wait, by the local view: a lower bound for the others."""
        return self.local.delay(self.key, self.clock.time(), lane, self.reserve)

    def force(self) -> Reservation:
        """Reserve without waiting (throttling is off)."""
        self.local.get(self.key).in_flight += 1
        self.in_flight += 1
        return (self.local, "local")

    async def acquire(self, lane: Lane) -> tuple[float, Reservation | None]:
        """(0, reservation) to send a call of `lane` now, or (seconds to wait, None)."""
        if not self.enabled:
            return 0.0, self.force()
        now = self.clock.time()
        if self.shared is not None and now >= self._store_down_until:
            self.asking += 1
            try:
                with anyio.fail_after(self.store_timeout):
                    delay, reservation = await self.shared.acquire(self.key, now, HOLD, lane, self.reserve)
            except Exception as exc:  # down or slow: throttle locally for a while
                self._store_failed(exc)
            else:
                if delay > 0:
                    return delay, None
                self.in_flight += 1
                self.local.get(self.key).in_flight += 1
                return 0.0, (self.shared, reservation)
            finally:
                self.asking -= 1
        delay = self.local.try_reserve(self.key, now, lane, self.reserve)
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
            self.state = merge(self.state, snapshot, now)
        self.in_flight -= 1
        self.local.finish(self.key, snapshot, headers is not None, now)  # kept current for a fallback
        self.nudge()
        if store is not self.local:
            with anyio.move_on_after(self.store_timeout, shield=True):  # even when cancelled
                try:
                    await store.release(self.key, reservation_id, snapshot, headers is not None, now)
                except Exception as exc:  # its reservation expires by itself
                    self._store_failed(exc)

    def observe(self, headers: Mapping[str, str]) -> None:
        """Record a response's rate-limit headers without a reservation (tests, manual calls)."""
        now = self.clock.time()
        snapshot = parse_headers(headers, now)
        if snapshot is not None:
            self.state = merge(self.state, snapshot, now)
            entry = self.local.get(self.key)
            entry.state = merge(entry.state, snapshot, now)
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
