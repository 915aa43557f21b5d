"""The rate-limit gate as a FIFO queue: order kept, a cancelled waiter leaves at once, and waiting calls
are not woken while nothing can go (only the head checks)."""

from __future__ import annotations

from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from leadiosa_async import APITimeoutError, AsyncLeadiosa, RateLimitError, ThrottleWait
from leadiosa_async.testing import FakeClock, Sandbox
from tests.conftest import BASE_URL, TOKEN, WORKSPACE

pytestmark = [pytest.mark.anyio, pytest.mark.both_clients]


def counting(client: AsyncLeadiosa) -> list[int]:
    """Count the gate's checks of the rate-limit state (limiter.acquire)."""
    count = [0]
    limiter = client._transport.limiter
    original = limiter.acquire

    async def acquire(lane: Any = "interactive") -> Any:
        count[0] += 1
        return await original(lane)

    limiter.acquire = acquire  # type: ignore[method-assign]
    return count


async def test_waiting_calls_go_in_the_order_they_came() -> None:
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=2, rate_window=10, clock=clock.time)
    order: list[int] = []
    async with sandbox.client(clock=clock, max_retries=0) as client:
        await client.workspace.get()  # learn the window

        async def call(i: int) -> None:
            await client.workspace.get(extra_headers={"X-Call": str(i)})
            order.append(i)

        async with anyio.create_task_group() as tg:
            for i in range(12):
                tg.start_soon(call, i)
                await anyio.lowlevel.checkpoint()  # start them in this order
    assert order == list(range(12))  # no overtaking, and no 429 (max_retries=0 would have raised)


@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # trio may run the others first in virtual time
async def test_a_cancelled_waiter_leaves_the_queue_at_once() -> None:
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=1, rate_window=10, clock=clock.time)
    done: list[int] = []
    async with sandbox.client(clock=clock) as client:
        await client.workspace.get()  # the window is now used up for 10 s
        queue = client._transport.limiter.queues["interactive"]
        scopes: list[anyio.CancelScope] = []

        async def call(i: int) -> None:
            with anyio.CancelScope() as scope:
                scopes.append(scope)
                await client.workspace.get()
                done.append(i)

        async with anyio.create_task_group() as tg:
            for i in range(4):
                tg.start_soon(call, i)
            for _ in range(50):
                if len(queue) == 4:
                    break
                await anyio.lowlevel.checkpoint()
            assert len(queue) == 4
            scopes[1].cancel()
            for _ in range(20):
                if len(queue) == 3:
                    break
                await anyio.lowlevel.checkpoint()
            assert len(queue) == 3 and done == []  # gone at once, before any call ahead of it went
    assert done == [0, 2, 3]


async def test_waiting_calls_are_not_woken_while_nothing_can_go() -> None:
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=5, rate_window=60, clock=clock.time)
    waits: list[ThrottleWait] = []
    async with sandbox.client(clock=clock, max_retry_after=10_000) as client:
        client._transport.config.hooks.on_throttle = [waits.append]
        for _ in range(5):
            await client.workspace.get()  # the window is used up for 60 s
        checks = counting(client)
        async with anyio.create_task_group() as tg:
            for _ in range(200):
                tg.start_soon(client.workspace.get)
    # 200 calls over 40 windows of 5: each call checks about once when it reaches the head, plus the head's
    # check at each reset; never 200 waiters polling (which would be thousands of checks)
    assert checks[0] <= 200 * 2 + 40 * 2, checks[0]
    assert len(waits) <= 40 * 2  # only the head waits on the clock
    assert len(clock.sleeps) <= 40 * 2, len(clock.sleeps)  # the others sleep until woken, not on a timer


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])  # trio too in mutation runs: its own waiter
async def test_the_queue_on_its_own_fifo_heads_and_cancellation() -> None:
    from leadiosa_async._transport.clock import Clock
    from leadiosa_async._transport.wait_queue import WaitQueue

    queue = WaitQueue()
    tickets = [queue.join() for _ in range(4)]
    assert queue.is_head(tickets[0]) and not queue.is_head(tickets[1])
    woken: list[int] = []
    scopes: dict[int, anyio.CancelScope] = {}

    async def wait(i: int) -> None:  # as the gate does: wait, and leave whatever happens
        with anyio.CancelScope() as scopes[i]:
            try:
                await queue.wait(tickets[i], Clock(), None)
                woken.append(i)
            finally:
                if i == 2:
                    queue.leave(tickets[i])

    async with anyio.create_task_group() as tg:
        for i in (1, 2, 3):
            tg.start_soon(wait, i)
        await anyio.sleep(0.01)
        assert woken == []  # nobody is woken while nothing frees up
        scopes[2].cancel()  # a waiter in the middle gives up: it leaves, and no one else is woken
        await anyio.sleep(0.01)
        assert woken == [] and len(queue) == 3
        queue.leave(tickets[0])  # the head goes: the next one (1) is woken, and only it
        await anyio.sleep(0.01)
        assert woken == [1] and queue.is_head(tickets[1])
        queue.leave(tickets[1])  # and then 3, the next still waiting
        await anyio.sleep(0.01)
    assert woken == [1, 3] and len(queue) == 1 and queue.is_head(tickets[3])


async def test_a_retried_call_keeps_its_place_in_the_queue() -> None:
    """Call 1 meets a 503 while calls 3-5 wait behind it: its retry goes first, not to the back."""
    clock = FakeClock()
    used: dict[int, int] = {}
    failed: set[str] = set()

    async def server(request: httpx.Request) -> httpx.Response:
        window = int(clock.time() // 10)
        used[window] = used.get(window, 0) + 1
        headers = {"X-RateLimit-Limit": "2", "X-RateLimit-Remaining": str(max(0, 2 - used[window])),
                   "X-RateLimit-Reset": str((window + 1) * 10)}  # fmt: skip
        if used[window] > 2:
            return httpx.Response(429, headers=headers, json={"error": {"code": "rate_limited", "message": "x"}})
        call = request.headers.get("x-call", "")
        if call == "1" and call not in failed:
            failed.add(call)
            return httpx.Response(503, headers=headers, json={"error": {"code": "unavailable", "message": "x"}})
        return httpx.Response(200, headers=headers, json=WORKSPACE)

    http_client = httpx.AsyncClient(transport=httpx.MockTransport(server))
    order: list[int] = []
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, http_client=http_client, clock=clock, max_retries=2) as client:
        await client.workspace.get()  # learn the window

        async def call(i: int) -> None:
            await client.workspace.get(extra_headers={"X-Call": str(i)})
            order.append(i)

        async with anyio.create_task_group() as tg:
            for i in range(6):
                tg.start_soon(call, i)
                await anyio.lowlevel.checkpoint()  # start them in this order
    # 1 and 2 share a window (which of them ends first is up to the scheduler); 1's retry goes first in
    # the next one, before 3, 4 and 5 (at the back of the queue it would have finished last)
    assert failed == {"1"} and sorted(order[:3]) == [0, 1, 2] and order[3:] == [3, 4, 5]
    assert sum(used.values()) == 8  # 1 + 6 calls + the one retry: no 429 on the way


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_gate_wait_of_exactly_max_retry_after_is_waited_and_one_reaching_the_deadline_is_refused() -> None:
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=1, rate_window=10, clock=clock.time)
    async with sandbox.client(clock=clock, max_retry_after=10) as client:
        await client.workspace.get()  # the window is used up for 10 s
        started = clock.monotonic()
        await client.workspace.get()  # waits exactly max_retry_after at the gate
        assert clock.monotonic() - started == pytest.approx(10)
        with pytest.raises(APITimeoutError) as caught:
            await client.workspace.get(deadline=10)  # the 10 s wait would end exactly at the deadline
        error = caught.value
        assert str(error) == "workspace_get: not sent: the rate-limit wait (10.00s) would pass the call's deadline"
        assert error.request is not None and error.request.url.path.endswith("/workspace")


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_a_wake_up_that_comes_while_the_head_is_not_waiting_is_kept_for_its_next_wait() -> None:
    from leadiosa_async._transport.wait_queue import WaitQueue

    clock = FakeClock()
    queue = WaitQueue()
    ticket, behind = queue.join(), queue.join()
    queue.nudge()  # capacity freed while the head was busy (checking the window, say)
    await queue.wait(ticket, clock, 30)  # so its next wait returns at once, with no time passed
    await queue.wait(ticket, clock, 5)  # the wake-up was used once: this wait runs its 5 s
    await queue.wait(ticket, clock, 5)  # and a wait that ran out leaves no wake-up behind
    assert clock.sleeps == [5, 5]
    queue.nudge()  # after a wait that ran out, a wake-up is kept again (not lost on the old wait)
    await queue.wait(ticket, clock, 5)
    assert clock.sleeps == [5, 5]
    queue.leave(ticket)  # the head goes: the next is woken, and its wait (unbounded) returns at once
    with anyio.fail_after(5):
        await queue.wait(behind, clock, None)
    assert clock.sleeps == [5, 5] and queue.is_head(behind)


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_a_call_behind_the_head_waits_on_a_bare_future_on_asyncio_and_on_an_event_on_trio(
    anyio_backend: str,
) -> None:
    import asyncio
    import inspect

    from leadiosa_async._transport.clock import Clock
    from leadiosa_async._transport.wait_queue import WaitQueue

    queue = WaitQueue()
    head, behind = queue.join(), queue.join()
    waiter = queue.wait(behind, Clock(), None)
    if anyio_backend == "asyncio":  # no coroutine of its own (the 50,000-call queue's objects)
        assert isinstance(waiter, asyncio.Future) and not waiter.done()
    else:
        assert inspect.iscoroutine(waiter)
    queue.leave(head)  # it becomes the head: woken
    with anyio.fail_after(5):
        await waiter
    assert queue.is_head(behind)


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_call_waiting_at_the_gate_holds_few_objects_for_the_garbage_collector() -> None:
    """50,000 queued calls are 50,000 coroutine chains that Python's garbage collector walks while the queue
    builds up (`benchmarks/gate_start.py`): past the caller's own task, a waiting call holds its four
    coroutines (the method's down to the gate's) and its request's arguments, and waits on one future."""
    import asyncio
    import gc

    clock = FakeClock()
    sandbox = Sandbox(rate_limit=1, rate_window=60, clock=clock.time)
    async with sandbox.client(clock=clock, max_retry_after=600) as client:
        await client.workspace.get()  # the window is used up for 60 s
        loop = asyncio.get_running_loop()

        async def bare() -> None:  # the least a waiting task holds: its coroutine, waiting on a future
            await loop.create_future()

        async def grown(start: Any, n: int = 200) -> float:
            gc.collect()
            before = gc.get_objects()  # kept alive, so no new object reuses an old one's id
            old = {id(o) for o in before}
            tasks = [asyncio.create_task(start()) for _ in range(n)]
            for _ in range(5):
                await asyncio.sleep(0)
            gc.collect()
            new = sum(id(o) not in old for o in gc.get_objects())
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            return new / n

        await grown(client.workspace.get, 20)  # caches warm
        queue = client._transport.limiter.queues["interactive"]
        held = await grown(client.workspace.get) - await grown(bare)
        assert len(queue) == 0  # the cancelled waiters left
    assert held <= 4.1, held  # 3 coroutines past the bare one's, and the lazy request (it was 14: an event per call)


async def test_time_at_the_gate_adds_up_over_every_wait_against_max_retry_after() -> None:
    clock = FakeClock()
    sandbox = Sandbox(clock=clock.time)
    async with sandbox.client(clock=clock, max_retry_after=25) as client:
        limiter = client._transport.limiter

        async def used_up(lane: str = "interactive") -> tuple[float, None]:  # every check: 10 s more to wait
            return 10.0, None

        limiter.acquire = used_up  # type: ignore[method-assign]
        started = clock.monotonic()
        with anyio.fail_after(2), pytest.raises(RateLimitError) as refused:
            await client.workspace.get()
        # waited 10 s, then 10 s more (20 in all); 10 s more would make 30 > 25: refused, never sent
        assert clock.monotonic() - started == pytest.approx(20)
        assert refused.value.sent is False and refused.value.retry_after == 10.0
        assert len(limiter.queues["interactive"]) == 0


async def test_a_pause_that_ends_exactly_now_is_no_longer_the_reason_to_wait() -> None:
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=1, rate_window=10, clock=clock.time)
    waits: list[ThrottleWait] = []
    async with sandbox.client(clock=clock) as client:
        client._transport.config.hooks.on_throttle = [waits.append]
        await client.workspace.get()  # the window is used up for 10 s
        client._transport.limiter.paused_until = clock.time()  # a 429's pause, over this very instant
        await client.workspace.get()
        assert [w.reason for w in waits] == ["rate_limit"]
        client._transport.limiter.paused_until = clock.time() + 5  # and one still running
        await client.workspace.get()
        assert waits[-1].reason == "paused"
