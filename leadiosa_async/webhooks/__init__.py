"""Webhooks: verify deliveries (Standard Webhooks v1, as the spec's `webhooks` section documents),
parse them into typed events, and run a handler once per event even when it is delivered twice.

A delivery carries `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`:
space-separated `v1,<base64 HMAC-SHA256>` entries over `"{id}.{timestamp}.{body}"`, keyed with the
base64-decoded part of the `whsec_...` secret. Several entries appear while a secret is rotated.

    event = verify(body, request.headers, secret)        # raises WebhookVerificationError
    receiver = WebhookReceiver(secret)                    # verify + dedupe by webhook-id
    await receiver.receive(body, request.headers, handle_event)
"""

from .._exceptions import WebhookVerificationError
from .._generated.webhook_events import EVENT_CLASSES, UnknownWebhookEvent, WebhookEvent
from .app import WebhookApp, asgi_app
from .durable_queue import RedisStreamQueue
from .receiver import WebhookReceiver
from .redis_store import RedisDedupeStore
from .signing import sign, verify
from .stores import DedupeStore, InMemoryDedupeStore

__all__ = [
    "EVENT_CLASSES",
    "DedupeStore",
    "InMemoryDedupeStore",
    "RedisDedupeStore",
    "RedisStreamQueue",
    "UnknownWebhookEvent",
    "WebhookApp",
    "WebhookEvent",
    "WebhookReceiver",
    "WebhookVerificationError",
    "asgi_app",
    "sign",
    "verify",
]
