"""Signing and verifying deliveries: Standard Webhooks v1, as the spec's `webhooks` section documents. A delivery
carries `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`: space-separated
`v1,<base64 HMAC-SHA256>` entries over `"{id}.{timestamp}.{body}"`, keyed with the base64-decoded part of the
`whsec_...` secret. Several entries appear while a secret is rotated."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Mapping, Sequence

from .._exceptions import WebhookVerificationError
from .._generated.webhook_events import WebhookEvent, parse_event

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
