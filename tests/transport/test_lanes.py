"""Priority lanes at the rate-limit gate, in virtual time: interactive calls jump the background queue and find the
reserve free while a bulk run saturates the budget; FIFO holds within a lane; background alone still uses the
windows; no 429 at a window's rollover, with windows that start off whole seconds and resets with a fraction;
each lane's time at the gate is visible. The rules on their own, and the Redis store's Lua on the same cases, are
in `test_lane_rules.py`."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping

import anyio
import anyio.lowlevel
import pytest

from leadiosa_async import AsyncLeadiosa, BulkProgress, Hooks, LaneStats, RateLimitError, RequestEnd, ThrottleWait
from leadiosa_async._transport.rate_window import LATE
from leadiosa_async.testing import FakeClock, Sandbox
from tests.transport.test_rate_limiter import Store

pytestmark = pytest.mark.anyio


def lanes_of(client: AsyncLeadiosa) -> Mapping[str, LaneStats]:
    state = client.rate_limit
    assert state is not None and state.lanes is not None
    return state.lanes


def counting_429s() -> tuple[Hooks, list[RequestEnd]]:
    seen: list[RequestEnd] = []
    return Hooks(on_request_end=lambda event: seen.append(event) if event.status_code == 429 else None), seen


async def test_interactive_calls_find_room_while_a_background_bulk_saturates_the_budget() -> None:
    clock = FakeClock()
    # 50 requests per 1.5 s window, windows starting 0.37 s off whole seconds: resets carry a fraction
    sandbox = Sandbox(rate_limit=50, rate_window=1.5, rate_window_start=0.37, clock=clock.time)
    hooks, refused = counting_429s()
    interactive_waits: list[float] = []
    async with sandbox.client(clock=clock, max_retries=0, hooks=hooks, max_retry_after=600) as client:
        await client.workspace.get()  # learn the window
        bulk = client.bulk(client.workspace.get, [{} for _ in range(600)])  # background by default

        async def a_person() -> None:  # one interactive call every 0.3 s: 5 per window, within the reserve of 5
            for _ in range(30):
                await clock.sleep(0.3)
                before = lanes_of(client)["interactive"].waited
                await client.workspace.get()
                interactive_waits.append(lanes_of(client)["interactive"].waited - before)

        async with anyio.create_task_group() as tg:
            tg.start_soon(a_person)
            async with bulk:
                async for _ in bulk:
                    pass
        lanes = lanes_of(client)
    assert refused == [] and bulk.summary.ok == 600 and len(interactive_waits) == 30
    assert lanes["background"].passed == 600 and lanes["background"].waited > 0  # the bulk run saturated the gate
    assert lanes["interactive"].passed == 31
    # an interactive call waits only when it arrives in a window's last 20 ms, after background calls took the
    # reserve that would otherwise have been lost
    assert max(interactive_waits) <= LATE + 1e-9, interactive_waits
    assert sorted(interactive_waits)[-2] == 0.0 or sum(w > 0 for w in interactive_waits) <= 2, interactive_waits


@pytest.mark.parametrize(
    ("anyio_backend", "window", "start"), [("asyncio", 1.0, 0.0), ("asyncio", 1.5, 0.37), ("trio", 2.25, 0.9)]
)
async def test_background_alone_uses_the_windows_without_a_429(window: float, start: float) -> None:
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=20, rate_window=window, rate_window_start=start, clock=clock.time)
    hooks, refused = counting_429s()
    first = sandbox._window_index(clock.now)
    async with (
        sandbox.client(clock=clock, max_retries=0, hooks=hooks, max_retry_after=600) as client,
        client.bulk(client.workspace.get, [{} for _ in range(400)]) as results,
    ):
        async for _ in results:
            pass
    assert refused == [] and results.summary.ok == 400  # rollovers included: not one 429
    # 400 calls at 20 per window: 20 windows at least (the first one's start, a probe's answer, not counted whole);
    # the calls used 90 % or more of what the windows they spanned allowed: the reserve was not lost
    windows = sandbox._window_index(clock.now) - first + 1
    assert windows >= 20 and 400 / (20 * (windows - 1)) >= 0.9, windows


async def test_interactive_calls_go_before_queued_background_calls_and_each_lane_keeps_its_order() -> None:
    # real time (a FakeClock's first sleeper would end the window before the others queue): a 0.3 s window that
    # starts now, used up at once
    sandbox = Sandbox(rate_limit=4, rate_window=0.3, rate_window_start=time.time())
    order: list[str] = []
    async with sandbox.client(max_retries=0, rate_reserve=0) as client:
        for _ in range(4):
            await client.workspace.get()

        async def call(name: str, priority: str) -> None:
            await client.workspace.get(priority=priority)  # type: ignore[arg-type]
            order.append(name)

        async with anyio.create_task_group() as tg:
            for i in range(6):
                tg.start_soon(call, f"b{i}", "background")
                await anyio.lowlevel.checkpoint()
            for i in range(3):
                tg.start_soon(call, f"i{i}", "interactive")
                await anyio.lowlevel.checkpoint()
    # the next window's 4: the three interactive calls (queued last) first, then the oldest background call
    assert order == ["i0", "i1", "i2", "b0", "b1", "b2", "b3", "b4", "b5"]


async def test_a_background_call_behind_an_interactive_call_that_gives_up_takes_its_turn() -> None:
    """A background head waits without a bound while an interactive call waits ahead of it; when that call leaves
    (cancelled) with nothing in flight, no response will wake the background call: the leaving does, and it waits
    for the next window itself."""
    sandbox = Sandbox(rate_limit=2, rate_window=1.0, rate_window_start=time.time())  # real time, as above
    throttled: list[ThrottleWait] = []
    async with sandbox.client(max_retries=0, rate_reserve=0, hooks=Hooks(on_throttle=throttled.append)) as client:
        for _ in range(2):
            await client.workspace.get()
        person, done = anyio.CancelScope(), anyio.Event()

        async def an_interactive_call() -> None:
            with person:
                await client.workspace.get()

        async def a_background_call() -> None:
            await client.workspace.get(priority="background")
            done.set()

        async with anyio.create_task_group() as tg:
            tg.start_soon(an_interactive_call)  # the head, waiting for the next window
            await anyio.wait_all_tasks_blocked()
            tg.start_soon(a_background_call)  # behind it: waits until woken
            await anyio.wait_all_tasks_blocked()
            assert [t.lane for t in throttled] == ["interactive"] and lanes_of(client)["background"].waiting == 1
            person.cancel()
            with anyio.fail_after(3):
                await done.wait()
    assert [t.lane for t in throttled] == ["interactive", "background"]  # it waited for the window, as the head


async def test_a_background_call_leaves_the_reserve_until_the_window_s_last_moments() -> None:
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=10, rate_window=10, clock=clock.time)
    throttled: list[ThrottleWait] = []
    hooks = Hooks(on_throttle=throttled.append)
    async with sandbox.client(clock=clock, hooks=hooks, rate_reserve=0.2, max_retry_after=600) as client:
        await client.workspace.get()
        await clock.sleep(2)  # 8 s of the window left
        for _ in range(7):  # 9 left, 2 of them the reserve: 7 background calls go at once
            await client.workspace.get(priority="background")
        assert client.rate_limit.remaining == 2 and throttled == []  # type: ignore[union-attr]
        started = clock.monotonic()
        await client.workspace.get(priority="background")  # waits until 20 ms before the reset, then takes one
        assert clock.monotonic() - started == pytest.approx(8 - LATE, abs=1e-6)
        assert [(t.lane, t.reason) for t in throttled] == [("background", "rate_limit")]
        assert lanes_of(client)["background"].longest == pytest.approx(8 - LATE)  # from when it joined the queue
        await client.workspace.get()  # interactive: the last one of the window, at once
        assert lanes_of(client)["interactive"].longest == 0


async def test_a_background_call_queued_behind_another_is_refused_by_its_own_lane_s_wait() -> None:
    """Behind a background head that waits for the reserve to open, a background call that may wait 0.5 s at most
    is refused at once: the head's wait is at least its own. (By the interactive rule it would see no wait at all,
    queue, and be sent seconds later.)"""
    sandbox = Sandbox(rate_limit=10, rate_window=3.0, rate_window_start=time.time())  # real time: the head waits
    async with sandbox.client(max_retries=0, rate_reserve=0.2) as client:
        for _ in range(8):  # 2 left: the reserve
            await client.workspace.get()
        impatient = client.with_options(max_retry_after=0.5)
        async with anyio.create_task_group() as tg:
            tg.start_soon(lambda: client.workspace.get(priority="background"))  # the head, until the window's end
            await anyio.wait_all_tasks_blocked()
            with anyio.fail_after(0.5), pytest.raises(RateLimitError) as info:
                await impatient.workspace.get(priority="background")
            tg.cancel_scope.cancel()
    assert info.value.sent is False and 1.5 < (info.value.retry_after or 0) <= 3


async def test_an_interactive_call_queued_while_the_reserve_is_all_that_is_left_sees_no_wait() -> None:
    """Behind an interactive head that has not yet taken the room a response just freed (its wake-up is on the way),
    an interactive call estimates its wait by its own lane's rule: the reserve is its to use, so there is nothing to
    wait for and a short `max_retry_after` does not refuse it. (By the background rule it would wait for the window's
    end, past `max_retry_after`.)"""
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=10, rate_window=10, clock=clock.time)
    async with sandbox.client(clock=clock, max_retries=0, rate_reserve=0.2) as client:
        for _ in range(8):  # 2 left: the reserve
            await client.workspace.get()
        queue = client._transport.limiter.queues["interactive"]
        head = queue.join()  # a head about to wake
        impatient = client.with_options(max_retry_after=1)
        async with anyio.create_task_group() as tg:
            tg.start_soon(impatient.workspace.get)
            await anyio.wait_all_tasks_blocked()
            assert len(queue) == 2  # queued behind the head, not refused
            queue.leave(head)  # the head goes: the call is the head, and takes one of the two
        assert client.rate_limit.remaining == 1 and clock.monotonic() == 0  # type: ignore[union-attr]


@pytest.mark.parametrize("shared", [False, True], ids=["local", "a shared store"])
async def test_a_call_that_finds_no_queue_passes_the_gate_without_waiting_at_all(
    shared: bool, caplog: pytest.LogCaptureFixture
) -> None:
    """At once, asking the store itself (a shared one too, when no ask is under way): nothing counted as waited."""
    sandbox = Sandbox(rate_limit=100, rate_window=60)
    store = Store() if shared else None  # shared as Redis is, without the round trip
    async with sandbox.client(rate_store=store) as client:  # the real clock: a queued call would count its time
        for _ in range(3):
            await client.workspace.get()
            await client.workspace.get(priority="background")
        lanes = lanes_of(client)
    assert (lanes["interactive"].passed, lanes["background"].passed) == (3, 3)
    assert all(lane.waited == 0.0 and lane.longest == 0.0 for lane in lanes.values()), lanes
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []  # the store never failed
    if store is not None:
        (state,) = store.memory.keys.values()
        assert state.state is not None and state.state.remaining == 94 and state.in_flight == 0


async def test_priority_is_checked_and_set_per_call_per_client_and_for_with_options() -> None:
    sandbox = Sandbox()
    with pytest.raises(ValueError, match="priority must be 'interactive' or 'background', got 'urgent'"):
        sandbox.client(priority="urgent")
    for reserve in (1, -0.1, False, True, "0.1", None):  # a flag or a string is no number, whatever it reads as
        with pytest.raises(ValueError, match="rate_reserve must be a number from 0 to below 1"):
            sandbox.client(rate_reserve=reserve)
    async with sandbox.client(priority="background") as client:
        with pytest.raises(ValueError, match="priority must be 'interactive' or 'background', got 'low'"):
            await client.workspace.get(priority="low")  # type: ignore[arg-type]
        await client.workspace.get()
        await client.workspace.get(priority="interactive")
        interactive = client.with_options(priority="interactive")
        await interactive.workspace.get()
        lanes = lanes_of(client)
        assert (lanes["background"].passed, lanes["interactive"].passed) == (1, 2)
        assert lanes_of(interactive) == lanes  # one gate, one token
        with pytest.raises(ValueError, match="priority must be"):
            client.bulk(client.workspace.get, [], priority="now")  # type: ignore[arg-type]


async def test_bulk_is_background_unless_told_and_its_progress_shows_the_lane_s_wait() -> None:
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=10, rate_window=10, clock=clock.time)
    progress: list[BulkProgress] = []
    async with sandbox.client(clock=clock, max_retry_after=600) as client:
        await client.workspace.get()
        async with client.bulk(client.workspace.get, [{} for _ in range(20)], on_progress=progress.append) as run:
            async for _ in run:
                pass
        async with client.bulk(client.workspace.get, [{}, {"priority": "background"}], priority="interactive") as run:
            async for _ in run:
                pass
        lanes = lanes_of(client)
    assert (lanes["background"].passed, lanes["interactive"].passed) == (21, 2)
    assert {p.lane for p in progress} == {"background"}
    assert progress[0].gate_waited == 0 and progress[-1].gate_waited == pytest.approx(lanes["background"].waited)
    assert progress[-1].gate_waited > 0


async def test_pages_fetched_ahead_are_background_calls_and_the_first_is_not() -> None:
    sandbox = Sandbox()
    async with sandbox.client() as client:
        for i in range(5):
            await client.conversations.create(channel="email", contact={"email": f"c{i}@example.com"})
        async with client.paginate(client.contacts.list, limit=2, prefetch=1) as contacts:
            assert len([c async for c in contacts]) >= 5
        lanes = lanes_of(client)
        assert lanes["interactive"].passed == 6 and lanes["background"].passed >= 2  # 5 creates and page one
        before = lanes["background"].passed
        async with client.paginate(client.contacts.list, limit=2, prefetch=1, priority="interactive") as contacts:
            assert len([c async for c in contacts]) >= 5
        assert lanes_of(client)["background"].passed == before


async def test_a_client_s_rate_limit_has_no_lanes_before_a_response_and_a_single_response_s_has_none() -> None:
    async with Sandbox().client() as client:
        assert client.rate_limit is None
        raw = await client.workspace.with_raw_response.get()
        assert raw.rate_limit is not None and raw.rate_limit.lanes is None
        assert set(lanes_of(client)) == {"interactive", "background"}
        assert lanes_of(client)["interactive"].waiting == 0


def test_the_client_s_lanes_are_reset_with_its_waiters_after_a_fork() -> None:
    client = AsyncLeadiosa("lds_test_0123456789abcdef", base_url="http://127.0.0.1:9/api/v1")
    limiter = client._transport.limiter
    limiter.queues["background"].join()
    limiter.asking = 1
    limiter.after_fork()
    assert not limiter.queues["background"] and limiter.asking == 0
