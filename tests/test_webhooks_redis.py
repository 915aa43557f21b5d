"""RedisDedupeStore against the real redis-server: leases while a handler runs, "done" after, compare-and-set
by token; several processes racing on the same deliveries, some killed mid-handler: none handled twice, none lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import anyio
import pytest
from redis.asyncio import Redis

from leadiosa_async.webhooks import RedisDedupeStore, WebhookEvent, WebhookReceiver, sign
from tests.conftest import ROOT
from tests.test_webhooks import SECRET, delivery

pytestmark = [pytest.mark.anyio, pytest.mark.parametrize("anyio_backend", ["asyncio"])]  # redis.asyncio
NOW = 1_767_225_600


def signed(msg_id: str) -> tuple[bytes, dict[str, str]]:
    payload = delivery(msg_id=msg_id)
    return payload, sign(payload, SECRET, msg_id=msg_id, timestamp=NOW)


async def test_once_per_event_and_a_failed_handler_lets_the_redelivery_through(redis: Redis) -> None:
    receiver = WebhookReceiver(SECRET, store=RedisDedupeStore(redis), tolerance=10**10)
    handled: list[str] = []

    async def flaky(event: WebhookEvent) -> None:
        handled.append(event.id)
        if len(handled) == 1:
            raise RuntimeError("database down")

    with pytest.raises(RuntimeError, match="database down"):  # as itself, not in an exception group
        await receiver.receive(*signed("msg_1"), flaky)
    assert await redis.get("leadiosa:wh:msg_1") is None  # the lease was given up
    assert await receiver.receive(*signed("msg_1"), flaky) is not None
    assert await receiver.receive(*signed("msg_1"), flaky) is None
    assert handled == ["msg_1", "msg_1"] and await redis.get("leadiosa:wh:msg_1") == b"done"
    assert 0 < await redis.pttl("leadiosa:wh:msg_1") <= 3 * 24 * 3600 * 1000


async def test_a_handler_that_outlives_its_lease_is_not_run_twice(redis: Redis) -> None:
    """The lease is renewed every third of its length while the handler runs: a second delivery two and a half
    leases later finds it held. A lease of 1 s leaves a renewal 0.67 s of slack on a busy machine."""
    store = RedisDedupeStore(redis, lease=1.0)
    first, second = (WebhookReceiver(SECRET, store=store, tolerance=10**10) for _ in range(2))
    runs: list[str] = []
    done = anyio.Event()

    async def slow(event: WebhookEvent) -> None:
        runs.append(event.id)
        await done.wait()  # runs until the test has tried the second delivery

    async with anyio.create_task_group() as tg:
        tg.start_soon(first.receive, *signed("msg_2"), slow)
        await anyio.sleep(2.5)  # the first lease would have lapsed twice by now
        assert await second.receive(*signed("msg_2"), slow) is None
        done.set()
    assert runs == ["msg_2"]


async def test_only_the_holder_can_renew_complete_or_give_up_and_a_dead_lease_lapses(redis: Redis) -> None:
    store = RedisDedupeStore(redis, lease=0.2)
    token = await store.acquire("msg_3")
    assert token is not None and await store.acquire("msg_3") is None
    assert not await store.renew("msg_3", "lease:someone-else")
    await store.abandon("msg_3", "lease:someone-else")
    assert await redis.get("leadiosa:wh:msg_3") == token.encode()  # untouched
    await anyio.sleep(0.3)  # the holder died: its lease lapses
    successor = await store.acquire("msg_3")
    assert successor is not None and not await store.complete("msg_3", token, 60)  # the old holder cannot finish
    assert await store.complete("msg_3", successor, 60) and await redis.get("leadiosa:wh:msg_3") == b"done"


async def test_processes_racing_some_killed_mid_handler_handle_each_delivery_once(redis: Redis, redis_url: str) -> None:
    count = 20
    command = [sys.executable, "-m", "tests.webhook_worker", redis_url, str(count)]
    workers = [subprocess.Popen(command, cwd=ROOT) for _ in range(4)]  # noqa: S603, ASYNC220
    killed: set[int] = set()
    deadline = time.monotonic() + 60
    while len(killed) < 2 and time.monotonic() < deadline:  # kill two workers while they are in a handler
        entry = await redis.lpop("test:in_handler")
        if entry is None:
            await anyio.sleep(0.01)
            continue
        text = entry.decode() if isinstance(entry, bytes) else str(entry)
        pid = int(text.split(":")[0])
        if pid not in killed:
            os.kill(pid, signal.SIGKILL)
            killed.add(pid)
    assert len(killed) == 2
    for worker in workers:
        await anyio.to_thread.run_sync(worker.wait, 60)
    survivors = [worker for worker in workers if worker.pid not in killed]
    assert all(worker.returncode == 0 for worker in survivors)
    for i in range(count):
        handled = await redis.lrange(f"test:handled:msg_{i}", 0, -1)
        assert len(handled) == 1, (i, handled)  # 0 double-handled, 0 lost
        assert int(handled[0]) not in killed


async def test_a_handler_cancelled_mid_run_gives_its_lease_up_at_once(redis: Redis) -> None:
    """Cancelled (a shutdown, a deadline), the receiver still gives the lease up, shielded: the redelivery is
    handled at once instead of after the lease runs out."""
    receiver = WebhookReceiver(SECRET, store=RedisDedupeStore(redis, lease=30), tolerance=10**10)
    started = anyio.Event()

    async def stuck(event: WebhookEvent) -> None:
        started.set()
        await anyio.sleep_forever()

    with anyio.fail_after(10):
        async with anyio.create_task_group() as tg:
            tg.start_soon(receiver.receive, *signed("msg_c"), stuck)
            await started.wait()
            assert await redis.get("leadiosa:wh:msg_c") is not None  # leased while it runs
            tg.cancel_scope.cancel()
    assert await redis.get("leadiosa:wh:msg_c") is None
    handled: list[str] = []

    async def quick(event: WebhookEvent) -> None:
        handled.append(event.id)

    assert await receiver.receive(*signed("msg_c"), quick) is not None and handled == ["msg_c"]
