"""The lanes' rules one by one (`rate_window.kept_back`, `throttle_delay` per lane, `merge` at a window's end), and the
Redis store's Lua on the same cases: one rule, in this process and across processes. Then the Redis store under
a burst (its traffic stays a few requests however many calls wait) and lanes across two processes' stores."""

from __future__ import annotations

import logging
import math
from typing import Any

import anyio
import pytest
from redis.asyncio import Redis

from leadiosa_async._transport.rate_window import LATE, POLL, RateLimit, kept_back, merge, throttle_delay
from leadiosa_async._transport.ratelimit import MemoryRateStore
from leadiosa_async.redis_ratelimit import RedisRateStore
from leadiosa_async.testing import FakeClock, Sandbox
from tests.transport.test_lanes import lanes_of

pytestmark = pytest.mark.anyio
NOW = 1_767_225_600.0

# (limit, remaining, reset in, in flight, lane, reserve) -> delay
CASES: list[tuple[int, int, float, int, str, float, float]] = [
    (100, 15, 10.0, 0, "background", 0.1, 0.0),  # 15 left, 10 kept: background goes
    (100, 11, 10.0, 0, "background", 0.1, 0.0),  # 11 left: the 11th is the first above the reserve
    (100, 10, 10.0, 0, "background", 0.1, 10.0 - LATE),  # only the reserve left: background waits for its opening
    (100, 15, 10.0, 5, "background", 0.1, 10.0 - LATE),  # calls in flight count against what is left
    (100, 10, 10.0, 0, "interactive", 0.1, 0.0),  # interactive takes the reserve
    (100, 1, 10.0, 0, "interactive", 0.1, 0.0),
    (100, 0, 10.0, 0, "interactive", 0.1, 10.0),  # nothing left: until the reset
    (100, 0, 10.0, 0, "background", 0.1, 10.0),
    (100, 1, 10.0, 0, "background", 0.1, 10.0 - LATE),  # the one left is the reserve: it opens at LATE
    (100, 5, 10.0, 5, "background", 0.1, 10.0),  # all of it in flight: nothing to open, until the reset
    (100, 3, LATE, 0, "background", 0.1, 0.0),  # the window's last 20 ms: the reserve opens to background
    (100, 3, LATE + 0.01, 0, "background", 0.1, 0.01),
    (300, 30, 10.0, 0, "background", 0.1, 10.0 - LATE),  # 0.1 x 300 keeps 30, not 31
    (300, 31, 10.0, 0, "background", 0.1, 0.0),
    (100, 5, 10.0, 0, "background", 0.0, 0.0),  # no reserve: the lanes share the window alike
    (100, 0, -1.0, 89, "background", 0.1, 0.0),  # a new window nobody reported on: full, minus in flight and kept
    (100, 0, -1.0, 90, "background", 0.1, POLL),
    (100, 0, -1.0, 99, "interactive", 0.1, 0.0),
    (100, 0, -1.0, 100, "interactive", 0.1, POLL),
    (0, 0, -1.0, 0, "background", 0.1, 0.0),  # limit 0: one goes and reports, in either lane
]


@pytest.mark.parametrize(("limit", "remaining", "reset_in", "in_flight", "lane", "reserve", "delay"), CASES)
def test_the_delay_of_each_lane(
    limit: int, remaining: int, reset_in: float, in_flight: int, lane: Any, reserve: float, delay: float
) -> None:
    state = RateLimit(limit, remaining, NOW + reset_in)
    assert throttle_delay(state, in_flight, 0.0, NOW, True, lane, reserve) == pytest.approx(delay, abs=1e-6)


def test_what_a_background_call_keeps_back() -> None:
    state = RateLimit(50, 50, NOW + 1.0)
    assert kept_back(state, "background", 0.1, NOW) == 5
    assert kept_back(state, "interactive", 0.1, NOW) == 0
    assert kept_back(state, "background", 0.0, NOW) == 0
    assert kept_back(state, "background", 0.01, NOW) == 1  # any reserve keeps one request at least
    assert kept_back(RateLimit(50, 50, NOW + LATE), "background", 0.1, NOW) == 0
    assert kept_back(RateLimit(50, 50, NOW), "background", 0.1, NOW) == 5  # a new window: kept again
    assert throttle_delay(None, 0, 0.0, NOW, False, "background", 0.5) == 0.0  # the probe goes in any lane
    assert throttle_delay(None, 1, NOW + 3, NOW, True, "background", 0.5) == 3.0  # a pause holds both lanes


def test_a_delta_window_whose_reset_passed_gives_way_to_the_next_one_even_within_a_second() -> None:
    ended = RateLimit(10, 0, NOW + 0.2)  # delta-seconds resets: one window, give or take the arrival's jitter
    next_window = RateLimit(10, 6, NOW + 1.1)  # the next 1 s window: 0.9 s later, within SAME_WINDOW
    assert merge(ended, next_window, NOW) is ended  # before the reset: one window, the lower remaining
    assert merge(ended, next_window) is ended  # no time given: as before
    # past the reset, the ended window's 0 must not stand: the next window, already in use, is not fresh
    assert merge(ended, next_window, NOW + 0.3) is next_window
    assert merge(next_window, ended, NOW + 0.3) is next_window  # an older report never replaces a newer one
    absolute = RateLimit(10, 0, NOW + 0.2, window=NOW + 0.2)
    later = RateLimit(10, 6, NOW + 1.1, window=NOW + 1.1)
    assert merge(absolute, later, NOW) is later  # absolute resets name their windows: as before


def test_absolute_resets_a_rounding_apart_name_one_window() -> None:
    end = NOW + 1.37
    rounded = math.nextafter(end, math.inf)  # the same window's end, from a server computing it in floating point
    low, high = RateLimit(10, 2, end, window=end), RateLimit(10, 5, rounded, window=rounded)
    assert merge(low, high, NOW) is low  # the higher remaining, reported earlier, must not win
    assert merge(high, low, NOW) is low
    next_window = RateLimit(10, 9, end + 1.0, window=end + 1.0)  # 1 s windows are two windows
    assert merge(low, next_window, NOW) is next_window


async def _lua_delay(redis: Redis, state: RateLimit, in_flight: int, lane: str, reserve: float) -> float:
    await redis.flushdb()
    store = RedisRateStore(redis)
    keys = store._keys("k")
    await redis.hset(keys[0], mapping={"limit": state.limit, "remaining": state.remaining,
                                       "reset_at": repr(state.reset_at), "responded": "1"})  # fmt: skip
    for i in range(in_flight):
        await redis.zadd(keys[1], {f"other-{i}": NOW + 120})
    delay, reservation = await store.acquire("k", NOW, 120.0, lane, reserve)  # type: ignore[arg-type]
    assert (delay == 0) == bool(reservation)
    return delay


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_redis_store_s_lua_follows_the_same_rules(redis: Redis) -> None:
    for limit, remaining, reset_in, in_flight, lane, reserve, delay in CASES:
        state = RateLimit(limit, remaining, NOW + reset_in)
        got = await _lua_delay(redis, state, in_flight, lane, reserve)
        assert got == pytest.approx(delay, abs=1e-6), (limit, remaining, reset_in, in_flight, lane, reserve)


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_redis_store_merges_reports_as_merge_does(redis: Redis) -> None:
    store = RedisRateStore(redis)
    keys = store._keys("k")

    async def report(snapshot: RateLimit, now: float) -> tuple[int, float]:
        _, reservation = await store.acquire("k", now, 120.0, "interactive", 0.0)
        await store.release("k", reservation or "none", snapshot, True, now)
        remaining, reset_at = await redis.hmget(keys[0], "remaining", "reset_at")
        return int(remaining or -1), float(reset_at or -1)

    ended, next_window = RateLimit(10, 0, NOW + 0.2), RateLimit(10, 6, NOW + 1.1)
    assert await report(ended, NOW) == (0, NOW + 0.2)
    assert await report(next_window, NOW) == (0, NOW + 0.2)  # one window while its reset is ahead
    assert await report(RateLimit(10, 7, NOW + 0.25), NOW) == (0, NOW + 0.2)  # a higher remaining never wins
    assert await report(next_window, NOW + 0.3) == (6, NOW + 1.1)  # the reset passed: the next window
    assert await report(ended, NOW + 0.3) == (6, NOW + 1.1)  # and an old report is stale
    await redis.flushdb()
    first, same = RateLimit(10, 5, NOW + 5, window=NOW + 5), RateLimit(10, 3, NOW + 5.4, window=NOW + 5)
    assert await report(first, NOW) == (5, NOW + 5)
    assert await report(same, NOW) == (3, NOW + 5.4)  # the same absolute window: the lower remaining
    rounded = math.nextafter(NOW + 5, math.inf)
    assert await report(RateLimit(10, 4, rounded, window=rounded), NOW) == (3, NOW + 5.4)  # a rounding apart: one
    assert await report(RateLimit(10, 9, NOW + 6, window=NOW + 6), NOW) == (9, NOW + 6)  # the next window


class _Counting:
    """A RedisRateStore that counts the reservations being asked of Redis at once."""

    def __init__(self, store: RedisRateStore) -> None:
        self.store, self.asking, self.most, self.asked = store, 0, 0, 0

    async def acquire(self, *args: Any) -> tuple[float, str]:
        self.asking += 1
        self.asked += 1
        self.most = max(self.most, self.asking)
        try:
            return await self.store.acquire(*args)
        finally:
            self.asking -= 1

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_burst_of_a_thousand_calls_asks_redis_a_few_at_a_time_and_never_falls_back(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=300, rate_window=60, clock=clock.time)
    connection = Redis.from_url(redis_url, max_connections=4)  # a small pool: one request per call would run out
    counting = _Counting(RedisRateStore(connection))
    await connection.flushdb()
    with caplog.at_level(logging.WARNING, logger="leadiosa_async"):
        async with sandbox.client(clock=clock, rate_store=counting, max_retries=0, max_retry_after=600) as client:
            await client.workspace.get()
            async with anyio.create_task_group() as tg:
                for _ in range(1000):
                    tg.start_soon(client.workspace.get)
            limiter = client._transport.limiter
            assert limiter._store_down_until == 0  # the store never failed: no fallback
    await connection.aclose()
    assert [r.message for r in caplog.records] == []
    assert counting.most <= 3, counting.most  # the head of the queue, and a call arriving while it asks
    assert counting.asked < 1000 * 3  # each call asked about once, plus the head's asks at each reset


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_lanes_hold_across_processes_sharing_one_redis_store(redis_url: str) -> None:
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=40, rate_window=1.0, rate_window_start=0.37, clock=clock.time)
    connections = [Redis.from_url(redis_url) for _ in range(2)]  # two "processes": two stores, two gates
    await connections[0].flushdb()
    refused: list[Any] = []
    kwargs: dict[str, Any] = {"clock": clock, "max_retries": 0, "max_retry_after": 600}
    bulk_side = sandbox.client(rate_store=RedisRateStore(connections[0]), **kwargs)
    live_side = sandbox.client(rate_store=RedisRateStore(connections[1]), **kwargs)
    async with bulk_side, live_side:
        await live_side.workspace.get()

        async def a_person() -> None:
            for _ in range(20):
                await clock.sleep(0.3)
                try:
                    await live_side.workspace.get()
                except Exception as exc:  # a 429 would be a RateLimitError here (max_retries=0)
                    refused.append(exc)

        async with anyio.create_task_group() as tg:
            tg.start_soon(a_person)
            async with bulk_side.bulk(bulk_side.workspace.get, [{} for _ in range(400)]) as run:
                async for result in run:
                    if result.error is not None:
                        refused.append(result.error)
        live, background = lanes_of(live_side)["interactive"], lanes_of(bulk_side)["background"]
    for connection in connections:
        await connection.aclose()
    assert refused == [] and run.summary.ok == 400
    assert background.waited > 0 and live.passed == 21
    assert live.longest <= LATE + 1e-9  # the other process's bulk run left the reserve to this one's calls


def test_the_boundaries_of_merge_and_of_the_reserve_s_opening() -> None:
    ended, next_window = RateLimit(10, 0, NOW), RateLimit(10, 6, NOW + 0.9)
    assert merge(ended, next_window, NOW) is next_window  # at the reset itself, the window has ended
    current, older = RateLimit(10, 5, NOW + 0.5), RateLimit(10, 1, NOW)
    assert merge(current, older, NOW) is current  # a report whose reset is this instant is of an ended window
    # 0.02 exactly: computed from 0, so no rounding moves the boundary
    assert kept_back(RateLimit(50, 50, LATE), "background", 0.1, 0.0) == 0  # the last LATE seconds, its end included
    assert kept_back(RateLimit(50, 50, 0.03), "background", 0.1, 0.0) == 5


def test_a_memory_store_and_a_limiter_apply_the_lane_they_are_told() -> None:
    from leadiosa_async._transport.ratelimit import MemoryRateStore, RateLimiter
    from leadiosa_async.testing import FakeClock

    clock = FakeClock(NOW)
    limiter = RateLimiter(clock, key="k", reserve=0.1)
    limiter.observe({"x-ratelimit-limit": "100", "x-ratelimit-remaining": "10", "x-ratelimit-reset": "10"})
    assert limiter.wait_estimate("interactive") == 0  # only the reserve is left: interactive calls may use it
    assert limiter.wait_estimate("background") == pytest.approx(10 - LATE)
    store = MemoryRateStore()
    store.get("k").state, store.get("k").responded = RateLimit(100, 10, NOW + 10), True

    async def both() -> tuple[tuple[float, str], tuple[float, str]]:
        return await store.acquire("k", NOW, 120.0, "background", 0.1), await store.acquire(
            "k", NOW, 120.0, "interactive", 0.1
        )

    background, interactive = anyio.run(both)
    assert background[0] == pytest.approx(10 - LATE) and background[1] == "" and interactive == (0.0, "local")
    assert store.get("k").in_flight == 1


@pytest.mark.parametrize("how", ["observed", "released"])
async def test_headers_merge_at_a_window_s_end_observed_by_hand_or_released_with_a_response(how: str) -> None:
    from leadiosa_async._transport.ratelimit import RateLimiter
    from leadiosa_async.testing import FakeClock

    clock = FakeClock(NOW)
    limiter = RateLimiter(clock, key="k")

    async def report(headers: dict[str, str]) -> None:
        if how == "observed":
            limiter.observe(headers)
        else:
            _, reservation = await limiter.acquire("interactive")
            assert reservation is not None
            await limiter.release(reservation, headers)

    await report({"x-ratelimit-limit": "10", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "0.2"})
    clock.advance(0.3)  # that window is over; the next report, 0.9 s later, is of the next one
    await report({"x-ratelimit-limit": "10", "x-ratelimit-remaining": "6", "x-ratelimit-reset": "0.8"})
    assert limiter.state is not None and limiter.state.remaining == 6
    kept = limiter.local.get("k").state
    assert kept is not None and kept.remaining == 6


def test_a_client_s_rate_limit_keeps_the_window_and_names_each_lane() -> None:
    from leadiosa_async import ThrottleWait
    from leadiosa_async._transport.ratelimit import RateLimiter
    from leadiosa_async.testing import FakeClock

    limiter = RateLimiter(FakeClock(NOW), key="k")
    limiter.observe({"x-ratelimit-limit": "10", "x-ratelimit-remaining": "6", "x-ratelimit-reset": repr(NOW + 5.5)})
    state = limiter.snapshot()
    assert state is not None and state.window == NOW + 5.5 and state.remaining == 6
    assert state.lanes is not None and {name: stats.lane for name, stats in state.lanes.items()} == {
        "interactive": "interactive",
        "background": "background",
    }
    assert ThrottleWait("workspace_get", 1.0, "rate_limit").lane == "interactive"  # a hand-made event's default


def test_absolute_resets_exactly_same_reset_apart_are_still_one_window() -> None:
    from leadiosa_async._transport.rate_window import SAME_RESET

    low, high = RateLimit(10, 2, 1.0, window=0.0), RateLimit(10, 5, 1.0, window=SAME_RESET)  # 0.01 - 0 is exact
    assert merge(low, high) is low and merge(high, low) is low


@pytest.mark.parametrize("by", ["finish", "release"])
async def test_a_memory_store_takes_the_next_window_when_the_one_it_held_has_ended(by: str) -> None:
    """Two delta-seconds reports 0.6 s apart are one window, unless one's reset has passed and the other's has
    not: then the later is the current window, and its higher remaining is the truth."""
    store = MemoryRateStore()
    store.finish("k", RateLimit(10, 0, 100.0), True, 99.5)
    if by == "finish":
        store.finish("k", RateLimit(10, 9, 100.6), True, 100.2)
    else:  # as a shared store is told, through the RateStore API
        await store.release("k", "r", RateLimit(10, 9, 100.6), True, 100.2)
    assert store.get("k").state == RateLimit(10, 9, 100.6)
