"""The durable webhook receiver the restart test serves (uvicorn tests.durable_app:app): a RedisStreamQueue, a
RedisDedupeStore, and a handler that records each event in Redis (or hangs, with DURABLE_SLOW=1)."""

from __future__ import annotations

import os

import anyio
from redis.asyncio import Redis

from leadiosa_async.webhooks import RedisDedupeStore, RedisStreamQueue, WebhookEvent, WebhookReceiver, asgi_app
from tests.test_webhooks import SECRET

redis = Redis.from_url(os.environ["REDIS_URL"])


async def handler(event: WebhookEvent) -> None:
    if os.environ.get("DURABLE_SLOW") == "1":
        await anyio.sleep(3600)  # the process is killed meanwhile
    await redis.rpush("test:durable:handled", event.id)


receiver = WebhookReceiver(SECRET, store=RedisDedupeStore(redis), tolerance=10**10)
app = asgi_app(receiver, handler, queue=RedisStreamQueue(redis, min_idle=0.5), workers=2)
