"""One rate budget for every process using a token, kept in Redis (`pip install 'leadiosa-async[redis]'`).

    from redis.asyncio import Redis
    from leadiosa_async import AsyncLeadiosa
    from leadiosa_async.redis_ratelimit import RedisRateStore

    store = RedisRateStore(Redis.from_url("redis://localhost:6379/0"))
    client = AsyncLeadiosa(rate_store=store)    # in every replica

Keys are `leadiosa:rl:<hash of the token>:*`, never the token. The newest reported window, the
remaining count and a pause after a 429 live in a hash; each in-flight request is a reservation in a
sorted set scored by its expiry, so a crashed process's reservations lapse on their own. Reserving,
releasing (with what the response reported) and pausing are each one Lua script: atomic across
processes. If Redis fails or answers slower than the client's store timeout, the client throttles on
its own (warning once) and tries Redis again later; a call never blocks on Redis.
"""

from __future__ import annotations

import itertools
import os
from typing import Any

from ._transport.ratelimit import POLL, RateLimit

PREFIX = "leadiosa:rl:"
KEY_TTL_MS = 3_600_000  # state of a token nobody uses for an hour is dropped

# KEYS: state hash, reservations zset. ARGV: now, hold seconds, reservation id, poll seconds, key ttl ms.
ACQUIRE = """
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local s = redis.call('HMGET', KEYS[1], 'limit', 'remaining', 'reset_at', 'paused_until', 'responded')
local paused = tonumber(s[4] or '0') or 0
if paused > now then return tostring(paused - now) end
local in_flight = redis.call('ZCARD', KEYS[2])
if not s[1] then
  if s[5] ~= '1' and in_flight >= 1 then return ARGV[4] end  -- before any response: one probe at a time
else
  local limit, remaining, reset = tonumber(s[1]), tonumber(s[2]), tonumber(s[3])
  if now >= reset then
    if limit - in_flight <= 0 then return ARGV[4] end
  elseif remaining - in_flight <= 0 then
    return tostring(reset - now)
  end
end
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return '0'
"""

# KEYS: state hash, reservations zset.
# ARGV: reservation id, limit, remaining, reset_at ('' if none), ttl ms, '1' if a response came.
RELEASE = """
redis.call('ZREM', KEYS[2], ARGV[1])
if ARGV[6] == '1' then
  redis.call('HSET', KEYS[1], 'responded', '1')
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
end
if ARGV[2] ~= '' then
  local reset = tonumber(ARGV[4])
  local current = tonumber(redis.call('HGET', KEYS[1], 'reset_at') or '-1')
  if reset > current then
    redis.call('HSET', KEYS[1], 'limit', ARGV[2], 'remaining', ARGV[3], 'reset_at', ARGV[4])
  elseif reset == current then
    local remaining = tonumber(redis.call('HGET', KEYS[1], 'remaining') or ARGV[3])
    if tonumber(ARGV[3]) < remaining then redis.call('HSET', KEYS[1], 'remaining', ARGV[3]) end
  end
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
end
return 1
"""

# KEYS: state hash. ARGV: until, ttl ms.
PAUSE = """
local current = tonumber(redis.call('HGET', KEYS[1], 'paused_until') or '0') or 0
if tonumber(ARGV[1]) > current then redis.call('HSET', KEYS[1], 'paused_until', ARGV[1]) end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
"""


class RedisRateStore:
    """A `RateStore` in Redis, shared by every client (in any process) that uses the same token.

    Each process queues its waiting calls (FIFO) and only the head asks Redis: at most once per 50 ms while a
    window is fully in flight, otherwise at the reset. Redis down or slow: the client throttles on its own.

    Args:
        redis: A `redis.asyncio.Redis` client (yours to close).
        prefix: The prefix of its keys.
    """

    def __init__(self, redis: Any, *, prefix: str = PREFIX) -> None:
        self.redis = redis
        self.prefix = prefix
        self._acquire = redis.register_script(ACQUIRE)
        self._release = redis.register_script(RELEASE)
        self._pause = redis.register_script(PAUSE)
        self._ids = itertools.count()
        self._origin = f"{os.getpid()}-{id(self):x}"

    def __repr__(self) -> str:
        return f"RedisRateStore(prefix={self.prefix!r})"

    def _keys(self, key: str) -> list[str]:
        return [f"{self.prefix}{key}:state", f"{self.prefix}{key}:inflight"]

    async def acquire(self, key: str, now: float, hold: float) -> tuple[float, str]:
        """`RateStore.acquire`, atomically in Redis.

        Args:
            key: The token's key.
            now: Unix seconds on the client's clock.
            hold: Seconds the reservation lives if its process dies before releasing it.
        """
        reservation = f"{self._origin}-{next(self._ids)}"
        args = [repr(now), repr(hold), reservation, repr(POLL), KEY_TTL_MS]
        delay = float(await self._acquire(keys=self._keys(key), args=args))
        return (delay, "") if delay > 0 else (0.0, reservation)

    async def release(
        self, key: str, reservation: str, snapshot: RateLimit | None, responded: bool, now: float
    ) -> None:
        """`RateStore.release`, atomically in Redis.

        Args:
            key: The token's key.
            reservation: The id `acquire` returned.
            snapshot: The reported state (None without one).
            responded: Whether the API answered.
            now: Unix seconds on the client's clock.
        """
        flag = "1" if responded else ""
        if snapshot is None:
            args: list[Any] = [reservation, "", "", "", KEY_TTL_MS, flag]
        else:
            args = [reservation, snapshot.limit, snapshot.remaining, repr(snapshot.reset_at), KEY_TTL_MS, flag]
        await self._release(keys=self._keys(key), args=args)

    async def pause(self, key: str, until: float) -> None:
        """`RateStore.pause`, for every process.

        Args:
            key: The token's key.
            until: Unix seconds when requests may go again.
        """
        await self._pause(keys=self._keys(key)[:1], args=[repr(until), KEY_TTL_MS])
