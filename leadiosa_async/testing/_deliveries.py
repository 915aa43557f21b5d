"""The sandbox's webhook deliveries: each one recorded, and with `Sandbox(forward_to=URL)` also sent to a local
endpoint (as `stripe listen --forward-to` does: the registered endpoint URL is https and public, your service
runs on this machine), the way the API sends it: a signed POST, delivered again (up to `ATTEMPTS` times, backing
off) while the answer is a 5xx or no answer. Sending runs in a thread of its own, so it works whichever event loop
(or none) serves the sandbox, and never holds up the call that caused the event."""

from __future__ import annotations

import ipaddress
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import attrs

ATTEMPTS = 4
BACKOFF = 0.25  # seconds before the second attempt; doubled for each one after


@attrs.define
class Delivery:
    """A webhook delivery the sandbox made (recorded in `Sandbox.deliveries`; sent only with `forward_to=`).

    Attributes:
        endpoint_id: The webhook endpoint it was for.
        url: The endpoint's URL.
        event_type: The event (`conversation.created`, ...).
        headers: The signed headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`).
        body: The JSON body, as bytes.
        attempts: With `forward_to=`: each attempt's status code, or why it got no answer.
    """

    endpoint_id: str
    url: str
    event_type: str
    headers: dict[str, str]
    body: bytes
    attempts: list[int | str] = attrs.field(factory=list)

    def summary(self) -> dict[str, object]:
        """What `GET /_sandbox/deliveries` shows of it."""
        return {
            "id": self.headers.get("webhook-id"),
            "endpoint_id": self.endpoint_id,
            "url": self.url,
            "event_type": self.event_type,
            "attempts": list(self.attempts),
        }


def on_this_machine(url: str) -> bool:
    """Whether `url` is http(s) to a loopback host: the only place the sandbox sends anything."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


def send_in_background(delivery: Delivery, url: str) -> None:
    """POST `delivery` to `url` from a daemon thread (the caller checked `on_this_machine`)."""
    threading.Thread(target=_send, args=(delivery, url), name="sandbox webhook delivery", daemon=True).start()


def _send(delivery: Delivery, url: str) -> None:
    headers = {**delivery.headers, "content-type": "application/json"}
    for attempt in range(ATTEMPTS):
        if attempt:
            time.sleep(BACKOFF * 2 ** (attempt - 1))
        request = urllib.request.Request(url, data=delivery.body, headers=headers, method="POST")  # noqa: S310
        try:
            # a loopback URL only (on_this_machine), http(s) (bandit B310)
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310  # nosec B310
                delivery.attempts.append(response.status)
                return
        except urllib.error.HTTPError as exc:
            delivery.attempts.append(exc.code)
            if exc.code < 500:
                return
        except OSError as exc:
            delivery.attempts.append(f"no answer: {exc}")
