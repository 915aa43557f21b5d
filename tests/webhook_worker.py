"""A webhook receiver process for the multi-process dedupe test: handles every delivery it is given, over and
over (like the API redelivering) until each is done, with a RedisDedupeStore.

    python -m tests.webhook_worker REDIS_URL COUNT
"""

from __future__ import annotations

import os
import sys

import anyio
from redis.asyncio import Redis

from leadiosa_async.webhooks import RedisDedupeStore, WebhookEvent, WebhookReceiver, sign
from tests.test_webhooks import SECRET, delivery

NOW = 1_767_225_600


async def main(url: str, count: int) -> None:
    redis = Redis.from_url(url)
    receiver = WebhookReceiver(SECRET, store=RedisDedupeStore(redis, lease=0.6), tolerance=10**10)

    async def handler(event: WebhookEvent) -> None:
        await redis.rpush("test:in_handler", f"{os.getpid()}:{event.id}")
        await anyio.sleep(0.25)  # the test kills some workers here
        await redis.rpush(f"test:handled:{event.id}", os.getpid())

    ids = [f"msg_{i}" for i in range(count)]
    with anyio.fail_after(60):
        while True:
            pending = [i for i in ids if await redis.get(f"leadiosa:wh:{i}") != b"done"]
            if not pending:
                break
            for msg_id in pending:
                payload = delivery(msg_id=msg_id)
                await receiver.receive(payload, sign(payload, SECRET, msg_id=msg_id, timestamp=NOW), handler)
            await anyio.sleep(0.05)
    await redis.aclose()


if __name__ == "__main__":
    anyio.run(main, sys.argv[1], int(sys.argv[2]))
