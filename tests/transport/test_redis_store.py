"""RedisRateStore against a real redis-server: one budget for many clients (as many processes would
use it), keys that never contain the token, reservations that expire, and a local fallback."""

from __future__ import annotations

import hashlib
import logging

import anyio
import pytest
from redis.asyncio import Redis

from leadiosa_async import AsyncLeadiosa
from leadiosa_async.redis_ratelimit import RedisRateStore
from leadiosa_async.testing import OWNER_TOKEN, FakeClock, Sandbox

# redis.asyncio runs on asyncio only (under trio the client falls back to local throttling).
pytestmark = [pytest.mark.anyio, pytest.mark.parametrize("anyio_backend", ["asyncio"])]


async def test_clients_sharing_a_store_stay_under_the_limit_together(redis: Redis, redis_url: str) -> None:
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=5, rate_window=10, clock=clock.time)
    sent_at: list[float] = []
    started = clock.now
    connections = [Redis.from_url(redis_url) for _ in range(3)]  # three "processes", three connections
    clients = [sandbox.client(clock=clock, rate_store=RedisRateStore(c), max_retries=0) for c in connections]

    async def call(client: AsyncLeadiosa) -> None:
        await client.workspace.get()
        sent_at.append(clock.now)

    async with anyio.create_task_group() as tg:
        for client in clients:
            for _ in range(6):
                tg.start_soon(call, client)
    assert len(sent_at) == 18  # every call succeeded: not one 429 (max_retries=0 would have raised)
    assert max(sent_at) - started >= 30  # 18 calls at 5 per 10 s window: they waited for 3 resets
    for client, connection in zip(clients, connections, strict=True):
        await client.aclose()
        await connection.aclose()


async def test_keys_hold_a_hash_of_the_token_never_the_token(redis: Redis) -> None:
    sandbox = Sandbox()
    async with sandbox.client(rate_store=RedisRateStore(redis)) as client:
        await client.workspace.get()
    keys = sorted(k.decode() if isinstance(k, bytes) else k for k in await redis.keys("*"))
    digest = hashlib.sha256(OWNER_TOKEN.encode()).hexdigest()[:32]
    assert keys == [f"leadiosa:rl:{digest}:state"]  # no reservation left behind
    assert OWNER_TOKEN not in "".join(keys)
    state = await redis.hgetall(keys[0])
    assert (state[b"limit"], state[b"remaining"], state[b"responded"]) == (b"300", b"299", b"1")


async def test_a_token_provider_s_rotation_moves_to_the_new_token_s_keys(redis: Redis) -> None:
    """The rate state is per token in Redis as in memory: after a rotation the new token's hash names the keys,
    and no reservation of either is left behind."""
    sandbox = Sandbox(tokens={"lds_one": "usr_owner"})
    current = {"token": "lds_one"}
    async with sandbox.client(token=lambda: current["token"], rate_store=RedisRateStore(redis)) as client:
        await client.workspace.get()
        sandbox.tokens.clear()
        sandbox.tokens["lds_two"] = "usr_owner"
        current["token"] = "lds_two"
        await client.workspace.get()  # 401, the provider's new token, retried once
    keys = sorted(k.decode() if isinstance(k, bytes) else k for k in await redis.keys("*"))
    digests = [hashlib.sha256(t.encode()).hexdigest()[:32] for t in ("lds_one", "lds_two")]
    assert keys == sorted(f"leadiosa:rl:{d}:state" for d in digests)
    state = await redis.hgetall(f"leadiosa:rl:{digests[1]}:state")
    assert (state[b"limit"], state[b"remaining"]) == (b"300", b"299")  # the new token's own window


async def test_reservations_of_a_crashed_process_expire(redis: Redis) -> None:
    store = RedisRateStore(redis)
    await redis.hset("leadiosa:rl:k:state", mapping={"limit": 10, "remaining": 1, "reset_at": 100})
    delay, reservation = await store.acquire("k", 0.0, 5.0, "interactive", 0.0)  # this process then "crashes"
    assert delay == 0 and reservation
    assert (await store.acquire("k", 1.0, 5.0, "interactive", 0.0))[0] == 99.0  # the slot is still held...
    assert (await store.acquire("k", 6.0, 5.0, "interactive", 0.0))[0] == 0.0  # ...until its hold lapses


async def test_a_429_pauses_every_client_of_the_store(redis: Redis, redis_url: str) -> None:
    clock = FakeClock()
    other = Redis.from_url(redis_url)
    limiter_a = AsyncLeadiosa("t", clock=clock, rate_store=RedisRateStore(redis))._transport.limiter
    limiter_b = AsyncLeadiosa("t", clock=clock, rate_store=RedisRateStore(other))._transport.limiter
    await limiter_a.pause(7.0)
    delay, reservation = await limiter_b.acquire("interactive")
    await other.aclose()
    assert reservation is None and delay == pytest.approx(7.0)


async def test_redis_down_falls_back_to_local_throttling_with_one_warning(caplog: pytest.LogCaptureFixture) -> None:
    connection = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.05)
    dead = RedisRateStore(connection)
    sandbox = Sandbox()
    with caplog.at_level(logging.WARNING, logger="leadiosa_async"):
        async with sandbox.client(rate_store=dead) as client:
            for _ in range(3):
                assert (await client.workspace.get()).id == "ws_sandbox"
            assert client.rate_limit is not None and client.rate_limit.remaining == 297
    await connection.aclose()
    warnings = [r for r in caplog.records if "shared rate-limit store failed" in r.getMessage()]
    assert len(warnings) == 1


async def test_a_slow_store_never_blocks_a_call() -> None:
    sandbox = Sandbox()
    async with sandbox.client(rate_store=_StuckShared()) as client:
        client._transport.limiter.store_timeout = 0.01  # the default is 0.25 s
        with anyio.fail_after(5):
            assert (await client.workspace.get()).id == "ws_sandbox"


class _StuckShared:
    """A store that never answers: the client must not wait on it."""

    async def acquire(self, key: str, now: float, hold: float, lane: str, reserve: float) -> tuple[float, str]:
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    async def release(self, key: str, reservation: str, snapshot: object, responded: bool, now: float) -> None:
        await anyio.sleep_forever()

    async def pause(self, key: str, until: float) -> None:
        await anyio.sleep_forever()


async def test_before_any_response_one_probe_at_a_time_even_after_a_failed_one(redis: Redis) -> None:
    store = RedisRateStore(redis)
    assert store.redis is redis
    delay, first = await store.acquire("k", 0.0, 30.0, "interactive", 0.0)
    assert delay == 0 and first
    assert await store.acquire("k", 0.0, 30.0, "interactive", 0.0) == (
        0.05,
        "",
    )  # polled again in 50 ms, no reservation
    await store.release("k", first, None, responded=False, now=0.0)  # no answer: nothing learned
    assert await redis.hgetall("leadiosa:rl:k:state") == {}
    delay, second = await store.acquire("k", 0.0, 30.0, "interactive", 0.0)
    assert delay == 0 and second != first
    assert (await store.acquire("k", 0.0, 30.0, "interactive", 0.0))[0] == 0.05  # still one at a time
    await store.release("k", second, None, responded=True, now=0.0)  # an answer without rate-limit headers
    assert await redis.hgetall("leadiosa:rl:k:state") == {b"responded": b"1"}
    assert [(await store.acquire("k", 0.0, 30.0, "interactive", 0.0))[0] for _ in range(3)] == [0.0, 0.0, 0.0]


async def test_reservations_of_two_stores_in_one_process_are_told_apart(redis: Redis) -> None:
    one, two = RedisRateStore(redis), RedisRateStore(redis)
    await redis.hset("leadiosa:rl:k:state", mapping={"limit": 10, "remaining": 2, "reset_at": 100})
    reservations = [(await store.acquire("k", 0.0, 30.0, "interactive", 0.0))[1] for store in (one, two)]
    assert reservations[0] != reservations[1] and all(reservations)
    assert await redis.zcard("leadiosa:rl:k:inflight") == 2
    assert await one.acquire("k", 0.0, 30.0, "interactive", 0.0) == (100.0, "")  # both slots held: wait for the reset
