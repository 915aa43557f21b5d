"""client.bulk(): many calls, bounded, through the throttle; outcomes that never hide a possible write."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anyio
import pytest

from leadiosa_async import (
    APIConnectionError,
    AuthenticationError,
    BulkProgress,
    Hooks,
    NotFoundError,
    RequestEnd,
)
from leadiosa_async.models import Conversation
from leadiosa_async.testing import FakeClock, Faults, Sandbox

pytestmark = pytest.mark.anyio


def new_conversations(count: int, tag: str = "b") -> Iterator[dict[str, Any]]:
    for i in range(count):
        yield {"channel": "chat", "contact": {"email": f"{tag}{i}@example.com"}}


async def test_every_item_gets_one_result_and_the_summary_adds_up() -> None:
    seen: list[BulkProgress] = []
    async with Sandbox().client() as client:
        items = list(new_conversations(50))
        async with client.bulk(client.conversations.create, items, on_progress=seen.append) as results:
            collected = [r async for r in results]
        assert sorted(r.index for r in collected) == list(range(50))
        assert all(r.outcome == "ok" and isinstance(r.value, Conversation) and r.error is None for r in collected)
        assert results.summary.ok == 50 and results.summary.finished and results.summary.stopped_at is None
        assert [p.done for p in seen] == list(range(1, 51)) and seen[-1].eta == 0
        listed = [c async for c in client.conversations.list(limit=100)]
        assert len(listed) == 50  # each written once


async def test_ordered_results_come_in_input_order_with_a_bounded_window() -> None:
    async with Sandbox().client() as client:
        results = client.bulk(client.conversations.create, new_conversations(40), ordered=True, concurrency=5)
        indices = [r.index async for r in results]
    assert indices == list(range(40))


async def test_per_item_errors_are_results_and_input_is_read_lazily() -> None:
    read: list[int] = []

    def ids() -> Iterator[dict[str, Any]]:
        for i in range(1000):
            read.append(i)
            yield {"conversation_id": "conv_missing" if i % 2 else created.id}

    async with Sandbox().client() as client:
        created = await client.conversations.create(channel="chat", contact={"email": "x@example.com"})
        async with client.bulk(client.conversations.get, ids(), concurrency=3) as results:
            first = []
            async for result in results:
                first.append(result)
                if len(first) == 10:
                    break
        assert [r.outcome for r in first].count("failed") >= 4
        assert all(isinstance(r.error, NotFoundError) for r in first if r.outcome == "failed")
        assert len(read) <= 10 + 3 + 1  # consumed as slots free up, not all at once
        assert results.summary.finished is False and results.summary.stopped_at is not None


async def test_a_revoked_token_stops_the_run_at_once() -> None:
    sandbox = Sandbox()
    sent: list[RequestEnd] = []
    async with sandbox.client(token="lds_revoked_0123456789", hooks=Hooks(on_request_end=sent.append)) as client:
        bulk = client.bulk(client.conversations.create, new_conversations(500))
        with pytest.raises(AuthenticationError) as info:
            async with bulk as results:
                async for _ in results:
                    pass
    assert len(sent) <= 4  # the cold-start slots, not 500
    assert bulk.summary.done >= 1 and bulk.summary.stopped_at is not None and not bulk.summary.finished
    assert any("bulk(): stopped after" in note for note in info.value.__notes__)


async def test_writes_whose_fate_is_unknown_are_reported_never_re_sent() -> None:
    """Dropped connections (half of them after the sandbox acted): POSTs end "ok" or "unknown", none twice."""
    sandbox = Sandbox(faults=Faults(seed=3, drop_rate=0.3))
    async with sandbox.client(clock=FakeClock()) as client:
        results = client.bulk(client.conversations.create, new_conversations(200))
        outcomes = {"ok": 0, "failed": 0, "unknown": 0}
        async for result in results:
            outcomes[result.outcome] += 1
            if result.outcome == "unknown":
                assert isinstance(result.error, APIConnectionError) and result.error.request_sent is not False
    assert outcomes["unknown"] > 0 and outcomes["ok"] > 0 and sum(outcomes.values()) == 200
    assert sandbox.duplicate_writes == 0


@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # about the rate, not the backend (6 s each)
async def test_ten_thousand_items_reach_the_allowed_rate_with_no_429() -> None:
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=100, rate_window=10, clock=clock.time)
    statuses: list[int | None] = []
    hooks = Hooks(on_request_end=lambda event: statuses.append(event.status_code))
    async with sandbox.client(clock=clock, hooks=hooks, max_retries=0, max_retry_after=3600) as client:
        items: Iterator[dict[str, Any]] = ({} for _ in range(10_000))
        async with client.bulk(client.workspace.get, items) as results:
            ok = sum([r.outcome == "ok" async for r in results])
    assert ok == 10_000 and 429 not in statuses
    allowed = 10_000 / 100 * 10  # seconds at 100 per 10 s window
    assert allowed / clock.elapsed >= 0.95, clock.elapsed


async def test_leaving_early_cancels_what_is_in_flight() -> None:
    async with Sandbox(faults=Faults(latency=0.05)).client() as client:
        async with client.bulk(client.workspace.get, ({} for _ in range(10_000)), concurrency=8) as results:
            with anyio.fail_after(5):
                async for result in results:
                    if result.index >= 5:
                        break
        assert results.summary.finished is False and results.summary.done < 30


async def test_bad_arguments_are_refused() -> None:
    async with Sandbox().client() as client:
        with pytest.raises(TypeError, match="method of this client"):
            client.bulk(print, [])  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="iterable of argument dicts"):
            client.bulk(client.workspace.get, {"a": 1})  # type: ignore[dict-item]
        with pytest.raises(ValueError, match="concurrency"):
            client.bulk(client.workspace.get, [], concurrency=0)
        results = [r async for r in client.bulk(client.workspace.get, [{}, "nope", {"limit": 1}])]  # type: ignore[list-item]
    by_index = {r.index: r for r in results}
    assert by_index[0].outcome == "ok"
    assert by_index[1].outcome == "failed" and isinstance(by_index[1].error, TypeError)
    assert by_index[2].outcome == "failed" and isinstance(by_index[2].error, TypeError)  # unknown keyword


async def test_without_async_with_errors_come_out_as_themselves() -> None:
    """Plain `async for` (run to its end): a fatal error and a failing input are raised as they are."""

    def broken_input() -> Iterator[dict[str, Any]]:
        yield {}
        raise ValueError("the input file is corrupt at line 2")

    async with Sandbox().client(token="lds_revoked_0123456789") as revoked:
        with pytest.raises(AuthenticationError):
            async for _ in revoked.bulk(revoked.workspace.get, ({} for _ in range(100))):
                pass
    async with Sandbox().client() as client:
        got = []
        with pytest.raises(ValueError, match="corrupt"):
            async for result in client.bulk(client.workspace.get, broken_input()):
                got.append(result.outcome)
        assert got == ["ok"]  # what was in flight finished first
