"""`RedisDedupeStore`: a delivery handled once across every receiver process and machine (the `redis` extra).

One key per delivery, `leadiosa:wh:<webhook-id>`, in one of two states:

- in progress: `lease:<token>`, expiring after `lease` seconds (30 by default) unless renewed; the receiver
  renews it every third of that while the handler runs, so a long handler is not run a second time;
- done: `done`, kept for the dedupe TTL (the API's redelivery window).

Claiming is `SET NX`; renewing, completing and giving up are Lua scripts that act only when the key still holds
*your* token (compare-and-set / compare-and-delete, atomic). A handler that fails gives the claim up, and a process
that dies lets its lease lapse: either way the API's redelivery is handled. The client is yours
(`redis.asyncio.Redis`); nothing of redis is imported here.
"""

from __future__ import annotations

import secrets
from typing import Any

PREFIX = "leadiosa:wh:"

# KEYS: the delivery's key. ARGV: the lease value ("lease:<token>"), milliseconds.
RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""
COMPLETE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2]) return 1 end
return 0
"""
# KEYS: the delivery's key. ARGV: the lease value.
ABANDON = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class RedisDedupeStore:
    """`WebhookReceiver(secret, store=RedisDedupeStore(redis))`: leases while a handler runs, "done" after.

    A worker that dies mid-handler loses its lease after `lease` seconds, and a redelivery is handled again;
    the receiver renews the lease while the handler runs.

    Args:
        redis: A `redis.asyncio.Redis` client (yours to close).
        lease: Seconds a lease lasts unless renewed.
        prefix: The prefix of its keys.
    """

    def __init__(self, redis: Any, *, lease: float = 30.0, prefix: str = PREFIX) -> None:
        if not lease > 0:
            raise ValueError(f"lease must be positive seconds, got {lease!r}")
        self.redis = redis
        self.lease = lease
        self.prefix = prefix
        self._renew = redis.register_script(RENEW)
        self._complete = redis.register_script(COMPLETE)
        self._abandon = redis.register_script(ABANDON)

    def __repr__(self) -> str:
        return f"RedisDedupeStore(lease={self.lease}, prefix={self.prefix!r})"

    async def acquire(self, msg_id: str) -> str | None:
        """A lease on a delivery.

        Args:
            msg_id: The delivery's `webhook-id`.

        Returns:
            A token when this process may handle it now; None while another handles it or once it is done.
        """
        token = "lease:" + secrets.token_hex(16)
        ok = await self.redis.set(self.prefix + msg_id, token, nx=True, px=_ms(self.lease))
        return token if ok else None

    async def renew(self, msg_id: str, token: str) -> bool:
        """Extend the lease.

        Args:
            msg_id: The delivery's `webhook-id`.
            token: The lease's token, from `acquire`.

        Returns:
            False when it is no longer ours (it lapsed and someone else holds it).
        """
        return bool(await self._renew(keys=[self.prefix + msg_id], args=[token, _ms(self.lease)]))

    async def complete(self, msg_id: str, token: str, ttl: float) -> bool:
        """Mark the delivery done, if the lease is still ours.

        Args:
            msg_id: The delivery's `webhook-id`.
            token: The lease's token, from `acquire`.
            ttl: Seconds to remember it as done.
        """
        return bool(await self._complete(keys=[self.prefix + msg_id], args=[token, _ms(ttl)]))

    async def abandon(self, msg_id: str, token: str) -> None:
        """Give the lease up (the handler failed) so a redelivery is handled; someone else's is left alone.

        Args:
            msg_id: The delivery's `webhook-id`.
            token: The lease's token, from `acquire`.
        """
        await self._abandon(keys=[self.prefix + msg_id], args=[token])

    async def claim(self, msg_id: str, ttl: float) -> bool:
        """`DedupeStore.claim`, for code that calls the store directly: claims as done at once.

        Args:
            msg_id: The delivery's `webhook-id`.
            ttl: Seconds to remember it.
        """
        return bool(await self.redis.set(self.prefix + msg_id, "done", nx=True, px=_ms(ttl)))

    async def release(self, msg_id: str) -> None:
        """`DedupeStore.release`: forget a claim made with `claim` (leases go through `abandon`).

        Args:
            msg_id: The delivery's `webhook-id`.
        """
        await self._abandon(keys=[self.prefix + msg_id], args=["done"])


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))
