"""Webhook verification (Standard Webhooks v1), typed events, idempotent handling, the example receiver."""

from __future__ import annotations

import base64
import datetime
import json
from typing import Any

import anyio.lowlevel
import httpx
import pytest
from standardwebhooks.webhooks import Webhook

from examples.webhook_receiver import create_app
from leadiosa_async._generated.webhook_events import ContactDeletedEvent, ConversationCreatedEvent
from leadiosa_async.models import Conversation
from leadiosa_async.testing import Sandbox
from leadiosa_async.webhooks import (
    InMemoryDedupeStore,
    UnknownWebhookEvent,
    WebhookApp,
    WebhookEvent,
    WebhookReceiver,
    WebhookVerificationError,
    asgi_app,
    sign,
    verify,
)
from tests.conftest import CONV

SECRET = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()
OTHER = "whsec_" + base64.b64encode(b"another secret, another key.....").decode()
NOW = 1_767_225_600


def delivery(event_type: str = "conversation.created", data: Any = None, msg_id: str = "msg_1") -> bytes:
    body = {"id": msg_id, "type": event_type, "timestamp": "2026-05-12T07:28:25Z", "data": data or CONV}
    return json.dumps(body).encode()


def test_verify_returns_the_typed_event() -> None:
    payload = delivery()
    event = verify(payload, sign(payload, SECRET, msg_id="msg_1", timestamp=NOW), SECRET, now=NOW)
    assert isinstance(event, ConversationCreatedEvent)
    assert event.type == "conversation.created" and isinstance(event.data, Conversation) and event.data.id == "conv_1"
    deleted = delivery("contact.deleted", {"id": "ct_1"})
    event = verify(deleted, sign(deleted, SECRET, msg_id="msg_1", timestamp=NOW), SECRET, now=NOW)
    assert isinstance(event, ContactDeletedEvent) and event.data == {"id": "ct_1"}


def test_unknown_event_types_arrive_as_generic_events() -> None:
    payload = delivery("invoice.paid", {"id": "inv_1", "amount": 10})
    event = verify(payload, sign(payload, SECRET, msg_id="msg_1", timestamp=NOW), SECRET, now=NOW)
    assert isinstance(event, UnknownWebhookEvent)
    assert (event.type, event.data) == ("invoice.paid", {"id": "inv_1", "amount": 10})


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda p, h: (p.replace(b"conv_1", b"conv_2"), h), "no matching signature"),
        (lambda p, h: (p + b" ", h), "no matching signature"),
        (lambda p, h: (p, {**h, "webhook-id": "msg_2"}), "no matching signature"),
        (lambda p, h: (p, {k: v for k, v in h.items() if k != "webhook-id"}), "missing webhook-id header"),
        (lambda p, h: (p, {k: v for k, v in h.items() if k != "webhook-timestamp"}), "missing webhook-timestamp"),
        (lambda p, h: (p, {k: v for k, v in h.items() if k != "webhook-signature"}), "missing webhook-signature"),
        (lambda p, h: (p, {**h, "webhook-signature": " "}), "empty webhook-signature"),
        (lambda p, h: (p, {**h, "webhook-timestamp": "12abc"}), "malformed webhook-timestamp"),
        (lambda p, h: (p, {**h, "webhook-timestamp": "-5"}), "malformed webhook-timestamp"),
        (lambda p, h: (p, {**h, "webhook-signature": "v1,@@not base64@@"}), "no v1 signature"),
        (lambda p, h: (p, {**h, "webhook-signature": "v2," + h["webhook-signature"][3:]}), "no v1 signature"),
        (lambda p, h: (p, {**h, "webhook-timestamp": str(NOW - 301)}), "too old"),
        (lambda p, h: (p, {**h, "webhook-timestamp": str(NOW + 301)}), "too new"),
    ],
)
def test_failures_say_which_check_failed(mutate: Any, reason: str) -> None:
    payload = delivery()
    body, headers = mutate(payload, sign(payload, SECRET, msg_id="msg_1", timestamp=NOW))
    with pytest.raises(WebhookVerificationError, match=reason):
        verify(body, headers, SECRET, now=NOW)


def test_wrong_secret_and_headers_in_any_case() -> None:
    payload = delivery()
    headers = {k.upper(): v for k, v in sign(payload, SECRET, msg_id="msg_1", timestamp=NOW).items()}
    assert verify(payload, headers, SECRET, now=NOW).id == "msg_1"
    with pytest.raises(WebhookVerificationError, match="no matching signature"):
        verify(payload, headers, OTHER, now=NOW)


def test_tolerance_applies_both_ways_and_is_configurable() -> None:
    payload = delivery()
    headers = sign(payload, SECRET, msg_id="msg_1", timestamp=NOW)
    assert verify(payload, headers, SECRET, now=NOW + 300).id == "msg_1"
    assert verify(payload, headers, SECRET, now=NOW - 300).id == "msg_1"
    with pytest.raises(WebhookVerificationError, match="too old"):
        verify(payload, headers, SECRET, now=NOW + 61, tolerance=60)


def test_secret_rotation_both_ways() -> None:
    payload = delivery()
    old, new = (sign(payload, s, msg_id="msg_1", timestamp=NOW)["webhook-signature"] for s in (OTHER, SECRET))
    both = {"webhook-id": "msg_1", "webhook-timestamp": str(NOW), "webhook-signature": f"{old} {new}"}
    assert verify(payload, both, SECRET, now=NOW).id == "msg_1"  # the sender signs with both secrets
    only_old = {**both, "webhook-signature": old}
    assert verify(payload, only_old, [SECRET, OTHER], now=NOW).id == "msg_1"  # the receiver accepts both


def test_signed_payloads_that_are_not_events_are_refused() -> None:
    deep = b'{"id": "msg_1", "type": "x", "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    for payload in (b"not json", b"[1]", json.dumps({"id": "msg_1", "type": "x"}).encode(), deep):
        with pytest.raises(WebhookVerificationError, match="not a valid event"):
            verify(payload, sign(payload, SECRET, msg_id="msg_1", timestamp=NOW), SECRET, now=NOW)
    other_id = delivery(msg_id="msg_9")
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify(other_id, sign(other_id, SECRET, msg_id="msg_1", timestamp=NOW), SECRET, now=NOW)


def test_bad_input_types_and_secrets_are_clear_errors() -> None:
    payload = delivery()
    headers = sign(payload, SECRET, msg_id="msg_1", timestamp=NOW)
    with pytest.raises(TypeError, match="raw body as bytes"):
        verify(payload.decode(), headers, SECRET, now=NOW)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="whsec_"):
        WebhookReceiver("whsec_***")


def test_signatures_match_the_standardwebhooks_reference_both_ways() -> None:
    payload = delivery()
    now = int(datetime.datetime.now(datetime.UTC).timestamp())
    theirs = Webhook(SECRET)
    their_signature = theirs.sign("msg_1", datetime.datetime.fromtimestamp(now, datetime.UTC), payload.decode())
    headers = {"webhook-id": "msg_1", "webhook-timestamp": str(now), "webhook-signature": their_signature}
    assert verify(payload, headers, SECRET).id == "msg_1"
    ours = sign(payload, SECRET, msg_id="msg_1", timestamp=now)
    assert ours["webhook-signature"] == their_signature
    assert theirs.verify(payload, ours)["id"] == "msg_1"


@pytest.mark.anyio
async def test_receiver_runs_the_handler_once_per_event() -> None:
    handled: list[str] = []

    async def handler(event: WebhookEvent) -> None:
        handled.append(event.id)

    receiver = WebhookReceiver(SECRET, tolerance=10**10)
    payload = delivery()
    headers = sign(payload, SECRET, msg_id="msg_1", timestamp=NOW)
    first = await receiver.receive(payload, headers, handler)
    again = await receiver.receive(payload, headers, handler)
    assert first is not None and again is None and handled == ["msg_1"]


@pytest.mark.anyio
async def test_a_failed_handler_lets_the_redelivery_through() -> None:
    calls = 0

    async def flaky(event: WebhookEvent) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("database down")

    receiver = WebhookReceiver(SECRET, tolerance=10**10)
    payload = delivery()
    headers = sign(payload, SECRET, msg_id="msg_1", timestamp=NOW)
    with pytest.raises(RuntimeError):
        await receiver.receive(payload, headers, flaky)
    assert await receiver.receive(payload, headers, flaky) is not None
    assert calls == 2


@pytest.mark.anyio
async def test_in_memory_store_forgets_after_the_ttl() -> None:
    now = [0.0]
    store = InMemoryDedupeStore(clock=lambda: now[0])
    assert await store.claim("a", ttl=60) is True
    assert await store.claim("a", ttl=60) is False
    now[0] = 61
    assert await store.claim("a", ttl=60) is True
    for i in range(2000):
        await store.claim(f"m{i}", ttl=1)
    now[0] = 100
    await store.claim("b", ttl=1)
    assert len(store) <= 2  # expired entries are dropped


@pytest.mark.anyio
async def test_sandbox_deliveries_verify_with_the_secret_it_returned() -> None:
    sandbox = Sandbox()
    async with sandbox.client() as client:
        endpoint = await client.webhooks.create(url="https://h.example/x", events=["conversation.created"])
        conv = await client.conversations.create(channel="chat", contact={"email": "a@b.co"})
    [sent] = sandbox.deliveries
    event = verify(sent.body, sent.headers, endpoint.secret)
    assert isinstance(event, ConversationCreatedEvent) and event.data.id == conv.id


@pytest.mark.anyio
@pytest.mark.off_spec  # webhook deliveries, not API requests
async def test_example_receiver_answers_fast_dedupes_and_processes_in_background(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    processed: list[str] = []

    async def process(event: WebhookEvent) -> None:
        processed.append(event.id)

    monkeypatch.setenv("LEADIOSA_WEBHOOK_SECRET", SECRET)
    example = create_app()
    assert isinstance(example, WebhookApp)
    app = asgi_app(WebhookReceiver(SECRET), process)
    payload = delivery()
    now = int(datetime.datetime.now(datetime.UTC).timestamp())
    headers = sign(payload, SECRET, msg_id="msg_1", timestamp=now)
    async with app.running(), httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http:
        url = "http://receiver.test/leadiosa/webhooks"
        assert (await http.post(url, content=payload, headers=headers)).status_code == 204
        assert (await http.post(url, content=payload, headers=headers)).status_code == 204
        assert (await http.post(url, content=payload + b" ", headers=headers)).status_code == 400
        assert (await http.get(url)).status_code == 405
        while not processed:
            await anyio.lowlevel.checkpoint()
    assert processed == ["msg_1"]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http:
        later = sign(delivery(msg_id="msg_2"), SECRET, msg_id="msg_2", timestamp=now)
        response = await http.post("http://receiver.test/x", content=delivery(msg_id="msg_2"), headers=later)
        assert response.status_code == 204  # after the lifespan ended: the workers start again by themselves
        with anyio.fail_after(10):
            while len(processed) < 2:
                await anyio.lowlevel.checkpoint()
    assert processed == ["msg_1", "msg_2"]


def _refusal(payload: bytes, headers: dict[str, str], secret: str = SECRET) -> str:
    with pytest.raises(WebhookVerificationError) as refused:
        verify(payload, headers, secret, tolerance=300, now=NOW)
    return str(refused.value)


def test_each_refusal_says_exactly_which_check_failed() -> None:
    payload = delivery()
    good = sign(payload, SECRET, msg_id="msg_1", timestamp=NOW)
    assert _refusal(payload, good | {"webhook-timestamp": "1" * 20 + "x" * 20}) == (
        f"malformed webhook-timestamp {'1' * 20 + 'x' * 12!r}"  # the first 32 characters
    )
    ahead = sign(payload, SECRET, msg_id="msg_1", timestamp=NOW + 400)
    assert _refusal(payload, ahead) == "webhook-timestamp is too new (400 s ahead, tolerance 300 s)"
    assert _refusal(payload, good | {"webhook-signature": "v2,abc"}) == "webhook-signature has no v1 signature"
    assert _refusal(payload, good, OTHER) == "no matching signature (wrong secret, or the body was altered)"
    not_json = b"not json"
    assert _refusal(not_json, sign(not_json, SECRET, msg_id="msg_1", timestamp=NOW)) == (
        "signed payload is not a valid event: JSONDecodeError"
    )
    other_id = sign(payload, SECRET, msg_id="msg_2", timestamp=NOW)
    assert _refusal(payload, other_id) == "the event id does not match the webhook-id header"
    with pytest.raises(TypeError, match=r"^verify\(\) needs the raw body as bytes, exactly as received$"):
        verify(payload.decode(), good, SECRET, now=NOW)  # type: ignore[arg-type]


def test_a_garbled_signature_entry_is_skipped_and_one_with_stray_characters_never_matches() -> None:
    payload = delivery()
    good = sign(payload, SECRET, msg_id="msg_1", timestamp=NOW)
    valid = good["webhook-signature"]  # "v1,<base64>"
    assert verify(payload, good | {"webhook-signature": f"v1,!!garbled!! {valid}"}, SECRET, now=NOW).id == "msg_1"
    stray = valid[:10] + "*" + valid[10:]  # base64 with a character outside it: refused, not cleaned up
    assert _refusal(payload, good | {"webhook-signature": stray}) == "webhook-signature has no v1 signature"


@pytest.mark.parametrize(
    ("secret", "message"),
    [("whsec_!!!", "a webhook secret is 'whsec_' followed by base64"), ("whsec_", "the webhook secret is empty")],
)
def test_a_bad_secret_is_refused_by_name(secret: str, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{message}$"):
        sign(b"{}", secret, msg_id="msg_1", timestamp=NOW)
