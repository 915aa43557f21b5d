"""Caller mistakes are refused before anything is sent: TypeError for types and unknown keywords,
ValueError for values outside the spec's documented bounds and enums (checks generated from the spec)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from leadiosa_async import AsyncLeadiosa, Hooks
from leadiosa_async.models import ContactInput
from tests.conftest import BASE_URL, CONV, TOKEN

pytestmark = pytest.mark.anyio
LIST = {"data": [], "pagination": {"has_more": False}}


@pytest.fixture
def routes(mock_api: respx.MockRouter) -> respx.MockRouter:
    mock_api.get("/conversations").respond(200, json=LIST)
    mock_api.post("/conversations").respond(201, json=CONV)
    mock_api.get("/contacts").respond(200, json=LIST)
    return mock_api


BAD_CALLS: list[tuple[str, dict[str, Any], type[Exception], str]] = [
    ("list", {"limit": 0}, ValueError, "limit must be between 1 and 100, got 0"),
    ("list", {"limit": 10**9}, ValueError, "between 1 and 100"),
    ("list", {"limit": -1}, ValueError, "between 1 and 100"),
    ("list", {"limit": "10"}, TypeError, "limit must be an int, got str"),
    ("list", {"limit": True}, TypeError, "limit must be an int, got bool"),
    ("list", {"limit": 2.0}, TypeError, "limit must be an int, got float"),
    ("list", {"status": "archived"}, ValueError, "status must be one of 'open', 'pending', 'snoozed', 'closed'"),
    ("list", {"assignee_id": ""}, ValueError, "at least 1 characters"),
    ("list", {"stauts": "open"}, TypeError, "unexpected keyword argument 'stauts'; did you mean 'status'"),
    ("create", {"channel": 5}, TypeError, "channel must be one of"),
    ("create", {"channel": "fax"}, ValueError, "channel must be one of 'email', 'chat', 'whatsapp', 'sms'"),
    ("create", {"channel": "email", "subject": 123}, TypeError, "subject must be a str, got int"),
    ("create", {"channel": "email", "subject": "s" * 501}, ValueError, "at most 500 characters"),
    ("create", {"channel": "email", "tags": "abc"}, TypeError, "tags must be a list, got str"),
    ("create", {"channel": "email", "tags": [1]}, TypeError, r"tags\[0\] must be a str, got int"),
    ("create", {"channel": "email", "tags": ["t"] * 51}, ValueError, "at most 50 items"),
    (
        "create",
        {"channel": "email", "contact": {"emial": "a@b.c"}},
        TypeError,
        "unknown key 'emial'; did you mean 'email'",
    ),
    ("create", {"channel": "email", "contact": {"email": 5}}, TypeError, r"contact\['email'\] must be a str"),
    ("create", {"channel": "email", "contact": {"name": "Ana"}}, TypeError, "missing the required key"),
    ("create", {"channel": "email", "contact": "ana@example.com"}, TypeError, "ContactInput or a dict"),
    ("create", {"channel": "email", "timeut": 1}, TypeError, "did you mean 'timeout'"),
]


@pytest.mark.parametrize(("method", "kwargs", "error", "message"), BAD_CALLS)
async def test_a_caller_mistake_is_refused_before_sending(
    client: AsyncLeadiosa, routes: respx.MockRouter, method: str, kwargs: dict[str, Any], error: type[Exception],
    message: str,
) -> None:  # fmt: skip
    with pytest.raises(error, match=message):
        await getattr(client.conversations, method)(**kwargs)
    assert routes.calls.call_count == 0


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda c: c.conversations.get(5), TypeError, "conversation_id must be a str, got int"),
        (lambda c: c.conversations.get(None), TypeError, "conversation_id must be a str, got NoneType"),
        (lambda c: c.messages.list(b"conv_1"), TypeError, "conversation_id must be a str, got bytes"),
        (lambda c: c.conversations.get(""), ValueError, "conversation_id must be at least 1 characters long"),
        (lambda c: c.contacts.update(7, attributes={}), TypeError, "contact_id must be a str, got int"),
    ],
)
async def test_path_parameters_are_typed_as_the_spec_says(
    client: AsyncLeadiosa, mock_api: respx.MockRouter, call: Any, error: type[Exception], message: str
) -> None:
    """The spec types every ID as a string: an int is a TypeError before sending, not `/conversations/5`."""
    with pytest.raises(error, match=message):
        await call(client)
    assert mock_api.calls.call_count == 0


async def test_documented_values_and_both_nested_forms_still_go_out(
    client: AsyncLeadiosa, routes: respx.MockRouter
) -> None:
    await client.conversations.list(limit=1, status="open")
    await client.conversations.list(limit=100)
    await client.conversations.create(channel="email", contact={"email": "a@b.c"}, tags=["vip"])
    await client.conversations.create(channel="chat", contact=ContactInput(email="a@b.c"), tags=["a"])
    assert routes.calls.call_count == 4
    assert routes.calls[2].request.content == b'{"channel":"email","contact":{"email":"a@b.c"},"tags":["vip"]}'


async def test_misspelled_filters_never_list_everything(client: AsyncLeadiosa, routes: respx.MockRouter) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'emial'; did you mean 'email'"):
        await client.contacts.list(emial="a@b.c")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="did you mean 'timeout'"):
        await client.contacts.get("ct_1", timeut=1)  # type: ignore[call-arg]
    with pytest.raises(
        TypeError, match=r"paginate\(\) got an unexpected keyword argument 'emial'; did you mean 'email'"
    ):
        client.paginate(client.contacts.list, emial="a@b.c")
    assert routes.calls.call_count == 0
    async for _ in client.paginate(client.contacts.list, email="a@b.c", timeout=5):
        pass
    assert routes.calls.call_count == 1


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"timeout": "5"}, TypeError, "timeout must be a number"),
        ({"timeout": 0}, ValueError, "timeout must be > 0"),
        ({"timeout": float("nan")}, ValueError, "timeout must be > 0"),
        ({"max_retries": -1}, ValueError, "max_retries must be >= 0"),
        ({"max_retries": 1.5}, TypeError, "max_retries must be an int"),
        ({"extra_headers": [("a", "b")]}, TypeError, "extra_headers must be a mapping"),
        ({"extra_headers": {"X-A": 1}}, TypeError, "header 'X-A' must have a str value"),
        ({"retry_non_idempotent": "yes"}, TypeError, "retry_non_idempotent must be a bool"),
    ],
)
async def test_per_call_options_are_checked(
    client: AsyncLeadiosa, routes: respx.MockRouter, options: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        await client.conversations.list(**options)
    assert routes.calls.call_count == 0


async def test_a_body_that_needs_at_least_one_field(client: AsyncLeadiosa, mock_api: respx.MockRouter) -> None:
    route = mock_api.patch("/conversations/conv_1").respond(200, json=CONV)
    with pytest.raises(TypeError, match=r"conversations.update\(\) needs at least 1 of status, assignee_id"):
        await client.conversations.update("conv_1")
    await client.conversations.update("conv_1", status="closed")
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"max_retries": -1}, ValueError, "max_retries must be >= 0"),
        ({"max_retries": "3"}, TypeError, "max_retries must be an int"),
        ({"timeout": -1}, ValueError, "timeout must be > 0"),
        ({"timeout": "30"}, TypeError, "timeout must be a number"),
        ({"max_retry_after": float("nan")}, ValueError, "max_retry_after"),
        ({"max_response_bytes": 0}, ValueError, "max_response_bytes must be >= 1"),
        ({"hooks": [print]}, TypeError, "hooks must be a Hooks"),
        ({"http_client": object()}, TypeError, "http_client must be an httpx.AsyncClient, an httpx2"),
        ({"base_url": 5}, TypeError, "base_url must be a str"),
    ],
)
def test_constructor_mistakes_follow_the_same_rule(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        AsyncLeadiosa(TOKEN, **{"base_url": BASE_URL, **kwargs})


def test_a_missing_token_is_a_value_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LEADIOSA_TOKEN", raising=False)
    with pytest.raises(ValueError, match="no API token"):
        AsyncLeadiosa(base_url=BASE_URL)
    with pytest.raises(TypeError, match="token must be a str"):
        AsyncLeadiosa(b"tok", base_url=BASE_URL)  # type: ignore[arg-type]
    assert AsyncLeadiosa(TOKEN, base_url=BASE_URL, hooks=Hooks(), http_client=httpx.AsyncClient())


async def test_a_per_call_deadline_is_checked_under_its_own_name(
    client: AsyncLeadiosa, routes: respx.MockRouter
) -> None:
    with pytest.raises(TypeError, match="deadline must be a number"):
        await client.conversations.list(deadline="5")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="deadline must be > 0"):
        await client.conversations.list(deadline=-1)
    assert routes.calls.call_count == 0
