"""Where a receiver remembers the deliveries it handled: the `DedupeStore` protocol and its per-process
implementation (`RedisDedupeStore`, across processes, is in `redis_store.py`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol


class DedupeStore(Protocol):
    """Remembers which deliveries were handled. Plug in your own (Redis, a database table...)."""

    async def claim(self, msg_id: str, ttl: float) -> bool:
        """Mark a delivery as being handled.

        Args:
            msg_id: The delivery's `webhook-id`.
            ttl: Seconds to remember it.

        Returns:
            True if it was not claimed yet; False if it was (within `ttl`).
        """
        ...

    async def release(self, msg_id: str) -> None:
        """Forget a claim whose handler failed, so a redelivery is handled again.

        Args:
            msg_id: The delivery's `webhook-id`.
        """
        ...


class InMemoryDedupeStore:
    """A per-process `DedupeStore` whose entries expire after their TTL.

    Args:
        clock: Seconds, monotonic (a fake one in tests).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._expiry: dict[str, float] = {}

    def __len__(self) -> int:
        return len(self._expiry)

    async def claim(self, msg_id: str, ttl: float) -> bool:
        """`DedupeStore.claim`, in this process.

        Args:
            msg_id: The delivery's `webhook-id`.
            ttl: Seconds to remember it.
        """
        now = self._clock()
        if len(self._expiry) > 1024:  # drop expired entries now and then: memory stays bounded by the TTL
            self._expiry = {k: v for k, v in self._expiry.items() if v > now}
        if self._expiry.get(msg_id, 0.0) > now:
            return False
        self._expiry[msg_id] = now + ttl
        return True

    async def release(self, msg_id: str) -> None:
        """`DedupeStore.release`, in this process.

        Args:
            msg_id: The delivery's `webhook-id`.
        """
        self._expiry.pop(msg_id, None)
