"""Webhooks: verify deliveries (Standard Webhooks v1, as the spec's `webhooks` section documents),
parse them into typed events, and run a handler once per event even when it is delivered twice.

A delivery carries `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`:
space-separated `v1,<base64 HMAC-SHA256>` entries over `"{id}.{timestamp}.{body}"`, keyed with the
base64-decoded part of the `whsec_...` secret. Several entries appear while a secret is rotated.

    event = verify(body, request.headers, secret)        # raises WebhookVerificationError
    receiver = WebhookReceiver(secret)                    # verify + dedupe by webhook-id
    await receiver.receive(body, request.headers, handle_event)
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Protocol

import anyio

from ._exceptions import WebhookVerificationError
from ._generated.webhook_events import EVENT_CLASSES, UnknownWebhookEvent, WebhookEvent, parse_event
from ._webhook_app import WebhookApp, asgi_app
from ._webhook_durable import RedisStreamQueue
from ._webhook_redis import RedisDedupeStore

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

# a prefix, not a secret (bandit B105)
SECRET_PREFIX = "whsec_"  # noqa: S105  # nosec B105
DEFAULT_TOLERANCE = 300


def secret_key(secret: str) -> bytes:
    """The HMAC key of a `whsec_...` secret."""
    try:
        key = base64.b64decode(secret.removeprefix(SECRET_PREFIX), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("a webhook secret is 'whsec_' followed by base64") from exc
    if not key:
        raise ValueError("the webhook secret is empty")
    return key


def _signature(key: bytes, payload: bytes, msg_id: str, timestamp: str) -> bytes:
    return hmac.new(key, f"{msg_id}.{timestamp}.".encode() + payload, hashlib.sha256).digest()


def sign(payload: bytes, secret: str, *, msg_id: str, timestamp: int) -> dict[str, str]:
    """The three headers of a delivery (to test your endpoint with deliveries of your own).

    Args:
        payload: The raw body bytes, as sent.
        secret: The endpoint's `whsec_...` secret.
        msg_id: The delivery's id (`webhook-id`).
        timestamp: Unix seconds (`webhook-timestamp`).

    Returns:
        The `webhook-id`, `webhook-timestamp` and `webhook-signature` headers.
    """
    digest = _signature(secret_key(secret), payload, msg_id, str(timestamp))
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": "v1," + base64.b64encode(digest).decode(),
    }


def _header(headers: Mapping[str, str], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name:
            if not value.strip():
                raise WebhookVerificationError(f"empty {name} header")
            return value.strip()
    raise WebhookVerificationError(f"missing {name} header")


def verify(
    payload: bytes,
    headers: Mapping[str, str],
    secret: str | Sequence[str],
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Check a delivery's signature and timestamp, then parse it into its typed event.

    Args:
        payload: The raw body exactly as received (never re-serialised JSON).
        headers: The request's headers (any case).
        secret: The endpoint's `whsec_...` secret, or a list of them while you rotate secrets.
        tolerance: Refuse timestamps more than this many seconds away from `now`, either way.
        now: Unix seconds to check against; the current time by default.

    Returns:
        The typed event (`UnknownWebhookEvent` for an event type this SDK does not know yet).

    Raises:
        WebhookVerificationError: A check failed; the message names it.
    """
    if not isinstance(payload, bytes | bytearray):
        raise TypeError("verify() needs the raw body as bytes, exactly as received")
    msg_id = _header(headers, "webhook-id")
    timestamp = _header(headers, "webhook-timestamp")
    signatures = _header(headers, "webhook-signature")
    if not timestamp.isascii() or not timestamp.isdigit():
        raise WebhookVerificationError(f"malformed webhook-timestamp {timestamp[:32]!r}")
    age = (time.time() if now is None else now) - int(timestamp)
    if age > tolerance:
        raise WebhookVerificationError(f"webhook-timestamp is too old ({int(age)} s > {tolerance:g} s tolerance)")
    if -age > tolerance:
        raise WebhookVerificationError(f"webhook-timestamp is too new ({int(-age)} s ahead, tolerance {tolerance:g} s)")
    candidates = []
    for entry in signatures.split():
        version, _, value = entry.partition(",")
        if version == "v1":
            try:
                candidates.append(base64.b64decode(value, validate=True))
            except (binascii.Error, ValueError):
                continue  # a garbled entry cannot match; others still may
    if not candidates:
        raise WebhookVerificationError("webhook-signature has no v1 signature")
    secrets = [secret] if isinstance(secret, str) else list(secret)
    expected = [_signature(secret_key(s), bytes(payload), msg_id, timestamp) for s in secrets]
    if not any(hmac.compare_digest(e, c) for e in expected for c in candidates):
        raise WebhookVerificationError("no matching signature (wrong secret, or the body was altered)")
    try:
        event = parse_event(json.loads(payload))
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise WebhookVerificationError(f"signed payload is not a valid event: {type(exc).__name__}") from exc
    if event.id != msg_id:
        raise WebhookVerificationError("the event id does not match the webhook-id header")
    return event


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


Handler = Callable[[WebhookEvent], Awaitable[object]]
CLEANUP_SECONDS = 5.0  # the longest a store call may take once the handler ran (`_store_cleanup`)


class WebhookReceiver:
    """Verify deliveries and hand each event to a handler once, however often it is delivered.

    Args:
        secret: The endpoint's `whsec_...` secret, or a list of them while you rotate secrets.
        store: Remembers handled deliveries: `InMemoryDedupeStore` by default; `RedisDedupeStore` for
            several processes (with leases, so a crashed worker's delivery is handled again).
        tolerance: Refuse timestamps more than this many seconds away from now.
        ttl: Seconds a handled delivery is remembered (default 3 days: the API retries that long).
    """

    def __init__(
        self,
        secret: str | Sequence[str],
        *,
        store: DedupeStore | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
        ttl: float = 3 * 24 * 3600,
    ) -> None:
        for s in [secret] if isinstance(secret, str) else secret:
            secret_key(s)  # a bad secret is a setup error, not a failed delivery
        self._secret = secret
        self.store = store if store is not None else InMemoryDedupeStore()  # an empty store is falsy (len 0)
        self.tolerance = tolerance
        self.ttl = ttl

    def __repr__(self) -> str:
        return f"WebhookReceiver(store={self.store!r}, tolerance={self.tolerance})"

    async def receive(self, payload: bytes, headers: Mapping[str, str], handler: Handler) -> WebhookEvent | None:
        """Verify, then run `handler` unless this event was handled already.

        If the handler raises, the claim is released and the error propagates: answer non-2xx and
        the API delivers again.

        Args:
            payload: The raw body exactly as received.
            headers: The request's headers.
            handler: An async function taking the typed event.

        Returns:
            The event, or None when it was handled already (answer 2xx all the same).

        Raises:
            WebhookVerificationError: The delivery failed verification (answer 400).
        """
        event = verify(payload, headers, self._secret, tolerance=self.tolerance)
        if isinstance(self.store, RedisDedupeStore):
            return await self._leased(self.store, event, handler)
        if not await self.store.claim(event.id, self.ttl):
            return None
        try:
            await handler(event)
        except BaseException:
            with _store_cleanup():
                await self.store.release(event.id)
            raise
        return event

    async def _leased(self, store: RedisDedupeStore, event: WebhookEvent, handler: Handler) -> WebhookEvent | None:
        """Claim a lease, renew it while the handler runs, then mark the event done (or give the lease up)."""
        token = await store.acquire(event.id)
        if token is None:
            return None  # handled, or being handled, elsewhere
        failed: Exception | None = None
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(_renew_while_running, store, event.id, token)
                try:
                    await handler(event)
                except Exception as exc:  # raised below, as itself (not wrapped by the task group)
                    failed = exc
                tg.cancel_scope.cancel()
        except BaseException:  # cancelled
            failed = None
            with _store_cleanup():
                await store.abandon(event.id, token)
            raise
        if failed is not None:
            with _store_cleanup():
                await store.abandon(event.id, token)
            raise failed
        with _store_cleanup():
            await store.complete(event.id, token, self.ttl)
        return event


def _store_cleanup() -> anyio.CancelScope:
    """The scope of a store call after the handler ran (release, abandon, complete): it runs even when the caller
    was cancelled, and for at most `CLEANUP_SECONDS`: a slow store never hangs the receiver."""
    return anyio.move_on_after(CLEANUP_SECONDS, shield=True)


async def _renew_while_running(store: RedisDedupeStore, msg_id: str, token: str) -> None:
    while True:
        await anyio.sleep(store.lease / 3)
        await store.renew(msg_id, token)
