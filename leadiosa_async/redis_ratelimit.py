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

from ._operation import Lane
from ._transport.rate_window import LATE, POLL, SAME_RESET, SAME_WINDOW, RateLimit

PREFIX = "leadiosa:rl:"
KEY_TTL_MS = 3_600_000  # state of a token nobody uses for an hour is dropped

# The rules of `_transport/rate_window.py` (`throttle_delay`, `kept_back`, `merge`), in Lua: a test runs both on the
# same cases.
# KEYS: state hash, reservations zset.
# ARGV: now, hold seconds, reservation id, poll seconds, key ttl ms, lane, reserve, late seconds.
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
  local reserve, late, kept = tonumber(ARGV[7]), tonumber(ARGV[8]), 0
  if ARGV[6] == 'background' and reserve > 0 and not (reset - now > 0 and reset - now <= late) then
    kept = math.ceil(reserve * limit - 1e-9)  -- background calls leave the reserve to interactive ones
  end
  if now >= reset then
    if math.max(limit, 1) - in_flight - kept <= 0 then return ARGV[4] end
  elseif remaining - in_flight - kept <= 0 then
    if kept > 0 and remaining - in_flight > 0 and reset - now > late then return tostring(reset - now - late) end
    return tostring(reset - now)
  end
end
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return '0'
"""

# KEYS: state hash, reservations zset.
# ARGV: reservation id, limit, remaining, reset_at ('' if none), ttl ms, '1' if a response came, window ('' for a
# delta-seconds reset), now, same-window seconds (delta resets), same-reset seconds (absolute resets).
RELEASE = """
redis.call('ZREM', KEYS[2], ARGV[1])
if ARGV[6] == '1' then
  redis.call('HSET', KEYS[1], 'responded', '1')
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
end
if ARGV[2] ~= '' then
  local c = redis.call('HMGET', KEYS[1], 'reset_at', 'window', 'remaining')
  local reset, now, current = tonumber(ARGV[4]), tonumber(ARGV[8]), tonumber(c[1] or '-1')
  local same, newer
  if ARGV[7] ~= '' and c[2] and c[2] ~= '' then  -- absolute resets name their window (up to a rounding)
    same, newer = math.abs(tonumber(ARGV[7]) - tonumber(c[2])) <= tonumber(ARGV[10]), tonumber(ARGV[7]) > tonumber(c[2])
  else
    same, newer = math.abs(reset - current) <= tonumber(ARGV[9]), reset > current
  end
  if same and (now >= current) ~= (now >= reset) then same = false end  -- one window over, one not: two
  if (not same and newer) or (same and tonumber(ARGV[3]) < tonumber(c[3] or ARGV[3])) then
    redis.call('HSET', KEYS[1], 'limit', ARGV[2], 'remaining', ARGV[3], 'reset_at', ARGV[4], 'window', ARGV[7])
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

    Each process queues its waiting calls (FIFO per lane) and only the head of a lane asks Redis, one round trip at
    a time: however many calls start at once, a process has a few requests to Redis under way, not one per call.
    A head that must wait asks again when a response frees room, at the reset, or at most every 50 ms while a
    window is fully in flight. Lanes hold across processes: a background call anywhere leaves the reserve of the
    token's window to interactive calls. Redis down or slow: the client throttles on its own.

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

    async def acquire(self, key: str, now: float, hold: float, lane: Lane, reserve: float) -> tuple[float, str]:
        """`RateStore.acquire`, atomically in Redis.

        Args:
            key: The token's key.
            now: Unix seconds on the client's clock.
            hold: Seconds the reservation lives if its process dies before releasing it.
            lane: The call's lane: a "background" call leaves the `reserve` to interactive ones, in every process.
            reserve: The share of the window's limit kept for interactive calls.
        """
        reservation = f"{self._origin}-{next(self._ids)}"
        args = [repr(now), repr(hold), reservation, repr(POLL), KEY_TTL_MS, lane, repr(reserve), repr(LATE)]
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
            args: list[Any] = [reservation, "", "", "", KEY_TTL_MS, flag]  # RELEASE reads no more without a report
        else:
            window = "" if snapshot.window is None else repr(snapshot.window)
            args = [reservation, snapshot.limit, snapshot.remaining, repr(snapshot.reset_at), KEY_TTL_MS, flag,
                    window, repr(now), repr(SAME_WINDOW), repr(SAME_RESET)]  # fmt: skip
        await self._release(keys=self._keys(key), args=args)

    async def pause(self, key: str, until: float) -> None:
        """`RateStore.pause`, for every process.

        Args:
            key: The token's key.
            until: Unix seconds when requests may go again.
        """
        await self._pause(keys=self._keys(key)[:1], args=[repr(until), KEY_TTL_MS])
