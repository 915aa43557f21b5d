"""Rate-limit tracking and throttling through the client, with concurrent coroutines."""

from __future__ import annotations

import anyio
import anyio.lowlevel
import httpx
import pytest
import respx

from leadiosa_async import Hooks as HooksType
from leadiosa_async import RateLimit, RateLimitError, ThrottleWait
from leadiosa_async.testing import FakeClock
from tests.transport.conftest import WORKSPACE, MakeClient, rl_headers

pytestmark = [pytest.mark.anyio, pytest.mark.both_clients]


async def test_rate_limit_snapshot_follows_responses(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    client = make_client()
    assert client.rate_limit is None
    mock_api.get("/workspace").respond(200, json=WORKSPACE, headers=rl_headers(clock, 287, 30))
    await client.workspace.get()
    assert client.rate_limit == RateLimit(300, 287, float(int(clock.now + 30)))


async def test_out_of_order_responses_keep_the_newest_window(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    client = make_client()
    route = mock_api.get("/workspace")
    route.respond(200, json=WORKSPACE, headers=rl_headers(clock, 250, 60))
    await client.workspace.get()
    route.respond(200, json=WORKSPACE, headers=rl_headers(clock, 3, 5))  # a straggler from the previous window
    await client.workspace.get()
    assert client.rate_limit is not None and client.rate_limit.remaining == 250
    route.respond(200, json=WORKSPACE, headers=rl_headers(clock, 260, 60))  # same window, arrived late
    await client.workspace.get()
    assert client.rate_limit.remaining == 250


async def test_exhausted_window_holds_requests_until_reset(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    waits: list[ThrottleWait] = []
    client = make_client(hooks=HooksType(on_throttle=[waits.append]))
    route = mock_api.get("/workspace").respond(200, json=WORKSPACE, headers=rl_headers(clock, 0, 15))
    await client.workspace.get()
    sent_at = clock.now
    route.respond(200, json=WORKSPACE, headers=rl_headers(clock, 299, 75))
    await client.workspace.get()
    assert clock.sleeps == [15.0] and clock.now >= sent_at + 15
    assert [(w.operation_id, w.delay, w.reason) for w in waits] == [("workspace_get", 15.0, "rate_limit")]


async def test_a_throttle_wait_is_no_pause_on_a_clock_that_starts_at_zero(
    make_client: MakeClient, mock_api: respx.MockRouter
) -> None:
    """No pause has happened: a wait for the window is "rate_limit" even where the wall clock reads 0."""
    clock = FakeClock(start=0)
    waits: list[ThrottleWait] = []
    client = make_client(clock=clock, hooks=HooksType(on_throttle=[waits.append]))
    route = mock_api.get("/workspace").respond(200, json=WORKSPACE, headers=rl_headers(clock, 0, 1))
    await client.workspace.get()
    route.respond(200, json=WORKSPACE, headers=rl_headers(clock, 299, 75))
    await client.workspace.get()
    assert [(w.delay, w.reason) for w in waits] == [(1.0, "rate_limit")]


async def test_throttling_can_be_switched_off(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    client = make_client(throttle=False)
    mock_api.get("/workspace").respond(200, json=WORKSPACE, headers=rl_headers(clock, 0, 15))
    await client.workspace.get()
    await client.workspace.get()
    assert clock.sleeps == []
    assert client.rate_limit is not None and client.rate_limit.remaining == 0


@pytest.mark.async_only("8 calls that decide before any answer: one loop turn; sync callers arrive thread by thread")
async def test_concurrent_coroutines_do_not_overrun_the_window(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    """remaining=3: of 8 concurrent calls, 3 go now (counting in-flight ones), the rest after the reset."""
    client = make_client()
    sent_at: list[float] = []
    window_end = clock.now + 10

    async def server(request: httpx.Request) -> httpx.Response:
        sent_at.append(clock.now)
        await anyio.lowlevel.checkpoint()  # stay in flight while the others decide
        remaining = 0 if clock.now < window_end else 299
        reset = window_end if clock.now < window_end else window_end + 60
        headers = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": str(remaining), "X-RateLimit-Reset": str(reset)}
        return httpx.Response(200, json=WORKSPACE, headers=headers)

    mock_api.get("/workspace").respond(200, json=WORKSPACE, headers=rl_headers(clock, 3, 10))
    await client.workspace.get()  # learn: 3 left, reset in 10 s
    mock_api.get("/workspace").mock(side_effect=server)
    async with anyio.create_task_group() as tg:
        for _ in range(8):
            tg.start_soon(client.workspace.get)
    early = [t for t in sent_at if t < window_end]
    assert len(sent_at) == 8 and len(early) == 3
    assert client._transport.limiter.in_flight == 0


async def test_a_429_pauses_every_coroutine_of_the_client(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    client = make_client()
    mock_api.get("/workspace").respond(429, headers={"Retry-After": "5"})
    with pytest.raises(RateLimitError):
        await client.workspace.get(max_retries=0)
    route = mock_api.get("/billing/subscription").respond(500)
    started = clock.now
    with pytest.raises(Exception, match="500"):
        await client.billing.get_subscription(max_retries=0)
    assert route.call_count == 1 and clock.sleeps == [5.0] and clock.now == started + 5


async def test_throttle_never_waits_longer_than_max_retry_after(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    client = make_client(max_retry_after=10)
    route = mock_api.get("/workspace").respond(200, json=WORKSPACE, headers=rl_headers(clock, 0, 3600))
    await client.workspace.get()
    with pytest.raises(RateLimitError, match="not sent") as info:
        await client.workspace.get()  # the window is known to be used up for an hour: not sent, not slept
    assert clock.sleeps == [] and route.call_count == 1
    assert info.value.sent is False and info.value.response is None and info.value.status_code == 429
    assert info.value.retry_after == pytest.approx(3600, abs=1)
