"""`RateLimiter` and `merge` on their own (`_transport/ratelimit.py`), on a FakeClock: the edges of merging two
snapshots, throttling switched off, headers observed without a reservation, the reset wait, and a shared store that
fails, is slow, or is used while the caller is cancelled."""

from __future__ import annotations

import logging
from typing import Any

import anyio
import pytest

from leadiosa_async._operation import Lane
from leadiosa_async._transport.rate_window import POLL, SAME_WINDOW, RateLimit, merge, throttle_delay
from leadiosa_async._transport.ratelimit import MemoryRateStore, RateLimiter
from leadiosa_async.testing import FakeClock

NOW = 1_767_225_600.0
KEY = "k"

pytestmark = pytest.mark.anyio


def headers(remaining: int, reset: float, limit: int = 10) -> dict[str, str]:
    return {"x-ratelimit-limit": str(limit), "x-ratelimit-remaining": str(remaining), "x-ratelimit-reset": str(reset)}


def test_merge_in_one_window_keeps_the_lowest_remaining_and_the_older_snapshot_on_a_tie() -> None:
    current = RateLimit(10, 5, NOW + 30)
    assert merge(current, RateLimit(10, 3, NOW + 30.5)) == RateLimit(10, 3, NOW + 30.5)
    assert merge(current, RateLimit(10, 7, NOW + 30.5)) is current
    tie = RateLimit(10, 5, NOW + 30.5)
    assert merge(current, tie) is current  # equal remaining: nothing new to learn
    edge = RateLimit(10, 9, NOW + 30 + SAME_WINDOW)  # exactly SAME_WINDOW apart: still one window
    assert merge(current, edge) is current
    later = RateLimit(10, 9, NOW + 30 + SAME_WINDOW + 0.01)  # a newer window
    assert merge(current, later) is later and merge(later, current) is later


def test_merge_reads_windows_by_their_absolute_reset_only_when_both_have_one() -> None:
    absolute = RateLimit(10, 2, NOW + 30, window=NOW + 30)
    same_window = RateLimit(10, 8, NOW + 32, window=NOW + 30)  # skew moved reset_at, the window is the same
    assert merge(absolute, same_window) is absolute
    next_window = RateLimit(10, 8, NOW + 31, window=NOW + 31)
    assert merge(absolute, next_window) is next_window and merge(next_window, absolute) is next_window
    delta = RateLimit(10, 1, NOW + 30.5)  # delta seconds: no window, compared by reset_at
    assert merge(absolute, delta) is delta and merge(delta, absolute) is delta


async def test_with_throttling_off_every_request_is_reserved_at_once_and_counted() -> None:
    limiter = RateLimiter(FakeClock(NOW), enabled=False, key=KEY)
    limiter.observe(headers(0, 60))  # the window is used up: it would wait, were throttling on
    first, second = await limiter.acquire("interactive"), await limiter.acquire("interactive")
    assert first == second == (0.0, (limiter.local, "local"))
    assert limiter.in_flight == 2 and limiter.local.get(KEY).in_flight == 2
    await limiter.release((limiter.local, "local"), None)
    assert limiter.in_flight == 1 and limiter.local.get(KEY).in_flight == 1


def test_observed_headers_are_merged_into_the_client_and_the_store_state() -> None:
    limiter = RateLimiter(FakeClock(NOW), key=KEY)
    assert limiter.wait_estimate("interactive") == 0
    limiter.observe(headers(5, 60))
    limiter.observe(headers(3, 60))
    limiter.observe(headers(4, 60))  # an older answer of the same window: the lowest remaining stays
    entry = limiter.local.get(KEY)
    assert limiter.state is not None and limiter.state.remaining == 3
    assert entry.state is not None and entry.state.remaining == 3 and entry.responded is True
    limiter.observe(headers(0, 60))
    assert limiter.wait_estimate("interactive") == pytest.approx(60)  # the head of the queue waits for the reset
    assert limiter.local.keys.keys() == {KEY}


def test_the_reset_wait_is_the_time_left_in_the_window_or_none() -> None:
    clock = FakeClock(NOW)
    limiter = RateLimiter(clock, key=KEY)
    assert limiter.reset_wait() is None
    limiter.observe(headers(5, 0.5))
    assert limiter.reset_wait() == pytest.approx(0.5)
    clock.advance(0.5)
    assert limiter.reset_wait() is None  # reset now: nothing to wait for
    clock.advance(1)
    assert limiter.reset_wait() is None


class Store:
    """A shared store (not a MemoryRateStore: the limiter would take that as its local one) whose calls can
    fail, or take a while."""

    def __init__(self) -> None:
        self.memory = MemoryRateStore()
        self.fail: BaseException | None = None
        self.delay = 0.0
        self.paused: list[float] = []
        self.pause_finished = False
        self.released: list[tuple[str, str, RateLimit | None, bool, float]] = []
        self.release_finished = False

    async def acquire(self, key: str, now: float, hold: float, lane: Lane, reserve: float) -> tuple[float, str]:
        if self.fail is not None:
            raise self.fail
        return await self.memory.acquire(key, now, hold, lane, reserve)

    async def release(
        self, key: str, reservation: str, snapshot: RateLimit | None, responded: bool, now: float
    ) -> None:
        if self.fail is not None:
            raise self.fail
        self.released.append((key, reservation, snapshot, responded, now))
        await anyio.sleep(self.delay)
        await self.memory.release(key, reservation, snapshot, responded, now)
        self.release_finished = True

    async def pause(self, key: str, until: float) -> None:
        if self.fail is not None:
            raise self.fail
        self.paused.append(until)
        await anyio.sleep(self.delay)
        self.pause_finished = True


async def test_a_failing_store_is_left_for_retry_store_after_and_reported_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="leadiosa_async")
    clock, store = FakeClock(NOW), Store()
    store.fail = ConnectionError("redis went away")
    limiter = RateLimiter(clock, store=store, key=KEY, retry_store_after=30)
    assert limiter.shared is store
    await limiter.pause(5)  # fails: the store is left alone for 30 s
    assert limiter.paused_until == NOW + 5 and limiter.local.get(KEY).paused_until == NOW + 5
    store.fail = None
    clock.advance(29.9)
    await limiter.pause(5)
    assert store.paused == []  # still within retry_store_after: not asked
    clock.advance(0.1)  # exactly retry_store_after later: asked again
    await limiter.pause(5)
    assert store.paused == [NOW + 35]
    store.fail = ConnectionError("again")
    await limiter.pause(5)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [
        "the shared rate-limit store failed (ConnectionError: redis went away); throttling locally, "
        "retrying it every 30s"
    ]  # once, for the first failure


async def test_without_a_shared_store_a_pause_stays_local() -> None:
    limiter = RateLimiter(FakeClock(NOW), key=KEY)
    assert limiter.shared is None
    await limiter.pause(2)
    assert limiter.local.get(KEY).paused_until == NOW + 2
    assert limiter._store_down_until == 0.0  # no store call failed


async def test_a_slow_store_s_pause_is_given_up_after_store_timeout() -> None:
    store = Store()
    store.delay = 30
    limiter = RateLimiter(FakeClock(NOW), store=store, key=KEY, store_timeout=0.05)
    with anyio.fail_after(5):
        await limiter.pause(1)
    assert store.paused == [NOW + 1] and not store.pause_finished


async def test_a_cancelled_caller_still_lets_the_store_s_pause_finish() -> None:
    store = Store()
    store.delay = 0.02
    limiter = RateLimiter(FakeClock(NOW), store=store, key=KEY, store_timeout=2)
    with anyio.move_on_after(0.005):  # the caller gives up while the store is being told
        await limiter.pause(1)
    assert store.pause_finished  # shielded: every client of the store holds back, not just this one


def test_throttle_delay_at_the_exact_end_of_a_pause_and_of_a_window() -> None:
    used_up = RateLimit(10, 0, NOW + 5)
    assert throttle_delay(used_up, 0, NOW, NOW, True, "interactive", 0.0) == 5  # the pause is over: the window decides
    full = RateLimit(2, 0, NOW)  # the window resets now: a new one, as full as what is in flight
    assert throttle_delay(full, 2, 0, NOW, True, "interactive", 0.0) == POLL
    assert throttle_delay(full, 1, 0, NOW, True, "interactive", 0.0) == 0


def test_the_memory_store_counts_responses_and_merges_what_they_report() -> None:
    store = MemoryRateStore()
    assert store.try_reserve(KEY, NOW, "interactive", 0.0) == 0
    assert store.try_reserve(KEY, NOW, "interactive", 0.0) == POLL  # before any response, one probe goes alone
    store.finish(KEY, None, responded=False, now=NOW)  # no answer: still nothing known
    assert (
        store.try_reserve(KEY, NOW, "interactive", 0.0) == 0 and store.try_reserve(KEY, NOW, "interactive", 0.0) == POLL
    )
    store.finish(KEY, None, responded=True, now=NOW)  # an answer without rate-limit headers
    store.finish(KEY, None, responded=False, now=NOW)  # ... is not forgotten by a later failure
    assert store.try_reserve(KEY, NOW, "interactive", 0.0) == 0 and store.try_reserve(KEY, NOW, "interactive", 0.0) == 0
    store.finish(KEY, RateLimit(10, 3, NOW + 30), responded=True, now=NOW)
    store.finish(KEY, RateLimit(10, 5, NOW + 30), responded=True, now=NOW)  # an older answer of the same window
    assert store.get(KEY).state == RateLimit(10, 3, NOW + 30)


async def test_a_release_without_a_response_does_not_count_as_one() -> None:
    limiter = RateLimiter(FakeClock(NOW), key=KEY)
    _, reservation = await limiter.acquire("interactive")
    assert reservation is not None
    await limiter.release(reservation, None)  # no response (a connection error)
    assert limiter.local.get(KEY).responded is False
    _, reservation = await limiter.acquire("interactive")
    assert reservation is not None
    await limiter.release(reservation, {"x-request-id": "r"})  # a response, without rate-limit headers
    assert limiter.local.get(KEY).responded is True


async def test_a_shared_store_is_told_of_each_release_and_its_failures_are_reported(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="leadiosa_async")
    clock, store = FakeClock(NOW), Store()
    limiter = RateLimiter(clock, store=store, key=KEY)
    _, reservation = await limiter.acquire("interactive")
    assert reservation is not None and reservation[0] is store
    clock.advance(3)
    await limiter.release(reservation, headers(7, 60))
    assert store.released == [(KEY, reservation[1], RateLimit(10, 7, NOW + 63), True, NOW + 3)]
    _, reservation = await limiter.acquire("interactive")
    assert reservation is not None
    store.fail = ConnectionError("redis went away")
    await limiter.release(reservation, None)
    assert [r.getMessage() for r in caplog.records] == [
        "the shared rate-limit store failed (ConnectionError: redis went away); throttling locally, "
        "retrying it every 30s"
    ]


async def test_a_slow_or_cancelled_release_is_bounded_and_still_reaches_the_store() -> None:
    store = Store()
    limiter = RateLimiter(FakeClock(NOW), store=store, key=KEY, store_timeout=0.05)
    _, reservation = await limiter.acquire("interactive")
    assert reservation is not None
    store.delay = 30
    with anyio.fail_after(5):
        await limiter.release(reservation, None)  # gives up on the store after store_timeout
    assert not store.release_finished
    store = Store()
    store.delay = 0.02
    limiter = RateLimiter(FakeClock(NOW), store=store, key=KEY, store_timeout=2)
    _, reservation = await limiter.acquire("interactive")
    assert reservation is not None
    with anyio.move_on_after(0.005):  # the caller is cancelled while the store is told
        await limiter.release(reservation, None)
    assert store.release_finished  # shielded: the store does not keep a reservation that ended


async def test_the_memory_store_as_a_rate_store_reserves_and_releases() -> None:
    store = MemoryRateStore()
    assert await store.acquire(KEY, NOW, 120, "interactive", 0.0) == (0.0, "local")
    await store.release(KEY, "local", RateLimit(10, 0, NOW + 0.5), True, NOW)
    assert store.get(KEY).responded is True and store.get(KEY).state == RateLimit(10, 0, NOW + 0.5)
    assert await store.acquire(KEY, NOW, 120, "interactive", 0.0) == (
        0.5,
        "",
    )  # half a second to the reset: nothing reserved
    assert store.get(KEY).in_flight == 0
    assert await store.acquire(KEY, NOW + 0.5, 120, "interactive", 0.0) == (
        0.0,
        "local",
    )  # the window resets: one may go


def test_an_implausible_header_is_logged_cut_at_40_characters(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="leadiosa_async")
    limiter = RateLimiter(FakeClock(NOW), key=KEY)
    limiter.observe(headers(5, 60) | {"x-ratelimit-reset": "9" * 50})
    [message] = [r.getMessage() for r in caplog.records]
    assert f"x-ratelimit-reset={'9' * 40!r}" in message


async def test_a_shared_store_s_reservation_is_counted_here_too_and_its_failure_falls_back_to_local(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="leadiosa_async")
    clock, store = FakeClock(NOW), Store()
    limiter = RateLimiter(clock, store=store, key=KEY, retry_store_after=30)
    delay, reservation = await limiter.acquire("interactive")
    assert delay == 0.0 and reservation == (store, "local")  # the store's own id ("local": a memory store)
    assert limiter.in_flight == 1 and limiter.local.get(KEY).in_flight == 1  # counted for a fallback, too
    await limiter.release(reservation, {"x-request-id": "r"})  # answered: the local view knows one came
    store.fail = ConnectionError("redis went away")
    delay, reservation = await limiter.acquire("interactive")
    assert delay == 0.0 and reservation == (limiter.local, "local")  # throttled locally meanwhile
    assert limiter.in_flight == 1 and limiter.local.get(KEY).in_flight == 1
    assert [r.getMessage() for r in caplog.records] == [
        "the shared rate-limit store failed (ConnectionError: redis went away); throttling locally, "
        "retrying it every 30s"
    ]
    store.fail = None
    clock.advance(30)  # exactly retry_store_after later: the store is asked again
    _, reservation = await limiter.acquire("interactive")
    assert reservation is not None and reservation[0] is store


async def test_every_reservation_through_a_shared_store_is_counted_here_and_in_the_local_view() -> None:
    store = Store()
    entry = store.memory.get(KEY)
    entry.state, entry.responded = RateLimit(10, 10, NOW + 60), True  # room for 10 in this window
    limiter = RateLimiter(FakeClock(NOW), store=store, key=KEY)
    reservations = [await limiter.acquire("interactive") for _ in range(3)]
    assert all(delay == 0.0 for delay, _ in reservations)
    assert limiter.in_flight == 3 and limiter.local.get(KEY).in_flight == 3


async def test_asks_of_a_shared_store_under_way_at_once_are_each_counted_until_each_ends() -> None:
    """The gate lets a call ask the store itself only while no ask is under way (`asking`); the interactive and the
    background heads may ask at the same time, and each ask counts until its own answer."""
    store, answer = Store(), anyio.Event()
    entry = store.memory.get(KEY)
    entry.state, entry.responded = RateLimit(10, 10, NOW + 60), True
    asked = store.acquire

    async def slow(*args: Any) -> tuple[float, str]:
        await answer.wait()
        return await asked(*args)

    store.acquire = slow  # type: ignore[method-assign,assignment]
    limiter = RateLimiter(FakeClock(NOW), store=store, key=KEY, store_timeout=5)
    async with anyio.create_task_group() as tg:
        for lane in ("interactive", "background"):
            tg.start_soon(limiter.acquire, lane)
        await anyio.wait_all_tasks_blocked()
        assert limiter.asking == 2
        answer.set()
    assert limiter.asking == 0 and limiter.in_flight == 2


def test_a_memory_store_passed_in_is_the_local_view_not_a_shared_store_and_the_store_timeout_is_a_quarter_second() -> (
    None
):
    memory = MemoryRateStore()
    limiter = RateLimiter(FakeClock(NOW), store=memory, key=KEY)
    assert limiter.local is memory and limiter.shared is None  # in-process: no timeouts, no "store down"
    alone = RateLimiter(FakeClock(NOW), key=KEY)
    assert isinstance(alone.local, MemoryRateStore) and alone.shared is None
    shared = RateLimiter(FakeClock(NOW), store=Store(), key=KEY)
    assert shared.shared is not None and shared.store_timeout == 0.25  # the README's "slower than 0.25 s"
