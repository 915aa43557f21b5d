"""A webhook receiver: verify, deduplicate, answer 2xx at once, process in the background.

    LEADIOSA_WEBHOOK_SECRET=whsec_... uvicorn examples.webhook_receiver:app --port 9000

Register https://<your host>/leadiosa/webhooks with `client.webhooks.create(...)` and keep the secret it returns.
`leadiosa_async.webhooks.asgi_app` answers: 204 accepted (or a duplicate), 400 refused by verification, 503 when its
queue is full (Leadiosa delivers again later). Processing happens after the answer, in workers the app's lifespan
owns, and shutdown drains the queue. The queue is in memory: a hard kill loses what was accepted but not processed.
Several receiver processes: pass `store=RedisDedupeStore(redis)` to the `WebhookReceiver`.
"""

from __future__ import annotations

import logging
import os

from leadiosa_async.webhooks import WebhookApp, WebhookEvent, WebhookReceiver, asgi_app

logger = logging.getLogger("webhook_receiver")


async def log_event(event: WebhookEvent) -> None:
    logger.info("event %s %s: %s", event.type, event.id, event.data)


def create_app() -> WebhookApp | None:
    secret = os.environ.get("LEADIOSA_WEBHOOK_SECRET")
    return asgi_app(WebhookReceiver(secret), log_event, log_file=os.environ.get("WEBHOOK_LOG")) if secret else None


app = create_app()
