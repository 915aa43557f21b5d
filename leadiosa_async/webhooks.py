"""Webhook signatures per Standard Webhooks v1, as the spec's `webhooks` section documents.

A delivery carries `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`:
space-separated `v1,<base64 HMAC-SHA256>` entries over `"{id}.{timestamp}.{body}"`, keyed with the
base64-decoded part of the `whsec_...` secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

SECRET_PREFIX = "whsec_"  # noqa: S105 - a prefix, not a secret


def secret_key(secret: str) -> bytes:
    """The HMAC key of a `whsec_...` secret."""
    try:
        return base64.b64decode(secret.removeprefix(SECRET_PREFIX), validate=True)
    except ValueError as exc:
        raise ValueError("a webhook secret is 'whsec_' followed by base64") from exc


def signature(payload: bytes, secret: str, *, msg_id: str, timestamp: int) -> str:
    """The `v1,<base64>` signature of one delivery."""
    signed = f"{msg_id}.{timestamp}.".encode() + payload
    digest = hmac.new(secret_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def sign(payload: bytes, secret: str, *, msg_id: str, timestamp: int) -> dict[str, str]:
    """The three headers of a delivery of `payload` (the raw body bytes, as sent)."""
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature(payload, secret, msg_id=msg_id, timestamp=timestamp),
    }
