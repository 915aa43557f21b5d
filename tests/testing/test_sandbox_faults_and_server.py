"""Seeded fault injection, and the sandbox served over real HTTP by `python -m leadiosa_async.testing`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from benchmarks.servers import served_sandbox
from leadiosa_async import APIConnectionError, AsyncLeadiosa, InternalServerError, RateLimitError, RetryBudget
from leadiosa_async.testing import OWNER_TOKEN, FakeClock, Faults, Sandbox

pytestmark = pytest.mark.anyio


async def _statuses(seed: int) -> list[int]:
    sandbox = Sandbox(faults=Faults(seed=seed, error_rates={500: 0.3, 503: 0.3}))
    statuses = []
    async with sandbox.client(clock=FakeClock(), max_retries=0) as client:
        for _ in range(30):
            try:
                await client.workspace.get()
                statuses.append(200)
            except InternalServerError as exc:
                statuses.append(exc.status_code)
    return statuses


async def test_faults_are_seeded_and_reproducible() -> None:
    first, again, other = await _statuses(1), await _statuses(1), await _statuses(2)
    assert first == again and first != other
    assert {200, 500, 503} == set(first)


async def test_retries_ride_out_injected_5xx_and_429() -> None:
    clock = FakeClock()  # shared, so the sandbox's X-RateLimit-Reset is in the client's time
    sandbox = Sandbox(faults=Faults(seed=3, error_rates={503: 0.3, 429: 0.2}, retry_after_rate=0.5), clock=clock.time)
    budget = RetryBudget(capacity=1000)  # the default budget would (rightly) stop retrying at this failure rate
    async with sandbox.client(clock=clock, max_retries=8, retry_budget=budget) as client:
        for _ in range(20):
            assert (await client.workspace.get()).id == "ws_sandbox"


async def test_injected_429_carries_retry_after_as_configured() -> None:
    sandbox = Sandbox(faults=Faults(error_rates={429: 1.0}, retry_after_rate=1.0))
    async with sandbox.client(clock=FakeClock(), max_retries=0) as client:
        with pytest.raises(RateLimitError) as info:
            await client.workspace.get()
    assert info.value.retry_after == 1.0


async def test_dropped_connections_are_typed_and_writes_are_not_resent() -> None:
    sandbox = Sandbox(faults=Faults(seed=0, drop_rate=1.0))
    async with sandbox.client(clock=FakeClock()) as client:
        with pytest.raises(APIConnectionError):
            await client.conversations.create(channel="chat", contact={"email": "a@b.co"})
        requests = sandbox.requests
        assert requests == 1  # a POST whose connection dropped is never sent again
        with pytest.raises(APIConnectionError):
            await client.workspace.get()
        assert sandbox.requests == requests + 4  # a GET is retried (3 retries)


@pytest.fixture
def sandbox_url() -> Iterator[str]:
    with served_sandbox() as url:
        yield url + "/api/v1"


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_served_over_http_with_uvicorn(sandbox_url: str) -> None:
    async with AsyncLeadiosa(OWNER_TOKEN, base_url=sandbox_url) as client:
        conv = await client.conversations.create(channel="chat", contact={"email": "a@b.co"}, message="hi")
        assert [m.body async for m in client.paginate(client.messages.list, conv.id)] == ["hi"]
        assert client.rate_limit is not None and client.rate_limit.limit == 300
