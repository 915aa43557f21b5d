"""`RedisStreamQueue`: the durable queue for `webhooks.asgi_app(..., queue=RedisStreamQueue(redis))` (the `redis`
extra). An accepted delivery is added to a Redis Stream (`XADD`) *before* the 2xx goes out; workers read it through
a consumer group (`XREADGROUP`) and acknowledge it (`XACK`, then `XDEL`) only once the handler succeeded. A delivery
whose worker died, or whose handler failed, stays pending and is claimed again (`XAUTOCLAIM`) once it has been idle
for `min_idle` seconds, by any receiver process: an accepted delivery survives a crash or a restart.
"""

from __future__ import annotations

import json
import os
import socket
from typing import Any

GROUP_EXISTS = "BUSYGROUP"


class RedisStreamQueue:
    """Accepted deliveries in a Redis Stream, handled through a consumer group: `asgi_app(..., queue=...)`
    answers 2xx once a delivery is stored, and workers handle it, surviving restarts.

    Args:
        redis: A `redis.asyncio.Redis` client (yours to close).
        stream: The stream's key.
        group: The consumer group (one per receiving service).
        consumer: This worker's name in the group; host and process id by default.
        min_idle: Seconds after which a delivery another worker took and did not acknowledge is taken over.
    """

    def __init__(
        self,
        redis: Any,
        *,
        stream: str = "leadiosa:wh:queue",
        group: str = "leadiosa-receivers",
        consumer: str | None = None,
        min_idle: float = 60.0,
    ) -> None:
        if not min_idle > 0:
            raise ValueError(f"min_idle must be positive seconds, got {min_idle!r}")
        self.redis, self.stream, self.group, self.min_idle = redis, stream, group, min_idle
        self.consumer = consumer or f"{socket.gethostname()}-{os.getpid()}"
        self._ready = False

    def __repr__(self) -> str:
        return f"RedisStreamQueue(stream={self.stream!r}, group={self.group!r}, consumer={self.consumer!r})"

    async def setup(self) -> None:
        """Create the stream and the group if they do not exist (done on first use)."""
        if self._ready:
            return
        try:
            await self.redis.xgroup_create(self.stream, self.group, id="0", mkstream=True)
        except Exception as exc:  # the group exists already (another receiver made it)
            if GROUP_EXISTS not in str(exc):
                raise
        self._ready = True

    async def put(self, body: bytes, headers: dict[str, str]) -> None:
        """Store a delivery.

        Args:
            body: The raw body exactly as received.
            headers: Its headers, stored with it.
        """
        await self.setup()
        await self.redis.xadd(self.stream, {"body": body, "headers": json.dumps(headers)})

    async def get(self, block: float = 1.0) -> tuple[str, bytes] | None:
        """The next delivery to handle: a stale pending one first, else a new one.

        Args:
            block: Seconds to wait for a new one.

        Returns:
            (entry id, body), or None when there is none.
        """
        await self.setup()
        claimed = await self.redis.xautoclaim(self.stream, self.group, self.consumer, int(self.min_idle * 1000),
                                              start_id="0-0", count=1)  # fmt: skip
        entries = claimed[1] if claimed else []
        if not entries:
            read = await self.redis.xreadgroup(self.group, self.consumer, {self.stream: ">"}, count=1,
                                               block=max(1, int(block * 1000)))  # fmt: skip
            entries = read[0][1] if read else []
        for entry_id, fields in entries:
            if fields:  # an entry deleted meanwhile comes back empty
                return _text(entry_id), bytes(fields[b"body"] if b"body" in fields else fields["body"])
        return None

    async def ack(self, entry_id: str) -> None:
        """Mark a delivery handled and delete it.

        Args:
            entry_id: The id `get` returned.
        """
        await self.redis.xack(self.stream, self.group, entry_id)
        await self.redis.xdel(self.stream, entry_id)


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
