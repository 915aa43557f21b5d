"""Endpoints and fields newer than the SDK: `client.request()` sends any request through the same pipeline as the
generated methods (retries by method, typed errors, deprecation warnings, hooks), and every generated method takes
`extra_query=` and `extra_body=`, merged over what the SDK builds."""

from __future__ import annotations

import json
import warnings
from typing import Any

import httpx
import pytest
import respx

from leadiosa_async import (
    AsyncLeadiosa,
    File,
    Hooks,
    InternalServerError,
    LeadiosaDeprecationWarning,
    NotFoundError,
)
from leadiosa_async.models import Conversation
from leadiosa_async.testing import FakeClock, Sandbox
from tests.conftest import BASE_URL, CONV, TOKEN

pytestmark = [pytest.mark.anyio, pytest.mark.off_spec]  # requests outside openapi.json, on purpose


async def test_request_reaches_any_endpoint_and_parses_as_asked() -> None:
    sandbox = Sandbox()
    async with sandbox.client() as client:
        made = await client.request("POST", "/conversations", json={"channel": "chat", "contact": {"email": "a@b.co"}})
        assert isinstance(made, dict) and made["status"] == "open"
        listed = await client.request("GET", "/conversations", params={"limit": 1, "status": None})
        assert [c["id"] for c in listed["data"]] == [made["id"]]
        typed = await client.request("GET", f"/conversations/{made['id']}", cast_to=Conversation)
        assert isinstance(typed, Conversation) and typed.id == made["id"]
        with pytest.raises(NotFoundError):
            await client.request("GET", "/conversations/conv_missing")
        hook = await client.request(
            "POST", "/webhooks", json={"url": "https://h.example/x", "events": ["message.created"]}
        )
        assert await client.request("DELETE", f"/webhooks/{hook['id']}") is None  # 204: no body


async def test_request_retries_by_method_as_generated_operations_do(mock_api: respx.MockRouter) -> None:
    starts: list[str] = []
    hooks = Hooks(on_request_start=[lambda event: starts.append(event.operation_id)])
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, hooks=hooks, clock=FakeClock()) as client:
        get = mock_api.get("/widgets").mock(side_effect=[httpx.Response(503), httpx.Response(200, json={"ok": 1})])
        assert await client.request("GET", "/widgets") == {"ok": 1}
        assert get.call_count == 2  # GET is idempotent: retried
        post = mock_api.post("/widgets").respond(503)
        with pytest.raises(InternalServerError):
            await client.request("POST", "/widgets", json={"a": 1})
        assert post.call_count == 1  # POST may have acted: never re-sent
        assert starts == ["GET /widgets", "GET /widgets", "POST /widgets"]
        mock_api.get("/old").respond(200, json={}, headers={"X-API-Deprecation": "use /new"})
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await client.request("GET", "/old")
        assert [type(w.message) for w in caught] == [LeadiosaDeprecationWarning]


@pytest.mark.parametrize(
    ("method", "path", "error", "message"),
    [
        ("TRACE", "/x", ValueError, "method must be one of"),
        ("GET", "https://elsewhere.example/x", ValueError, "relative to the base URL"),
        ("GET", "//elsewhere.example/x", ValueError, "relative to the base URL"),
        ("GET", "widgets", ValueError, "starting with one '/'"),
        ("GET", 5, TypeError, "path must be a str"),
    ],
)
async def test_request_refuses_what_would_leave_the_api(
    mock_api: respx.MockRouter, method: str, path: Any, error: type[Exception], message: str
) -> None:
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        with pytest.raises(error, match=message):
            await client.request(method, path)
    assert mock_api.calls.call_count == 0


async def test_extra_query_and_extra_body_go_over_what_the_sdk_builds(mock_api: respx.MockRouter) -> None:
    listed = mock_api.get("/conversations").respond(200, json={"data": [], "pagination": {"has_more": False}})
    created = mock_api.post("/conversations").respond(201, json=CONV)
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        await client.conversations.list(status="open", extra_query={"label": "vip", "status": "pending"})
        await client.conversations.create(
            channel="chat", contact={"email": "a@b.co"}, extra_body={"priority": "high", "channel": "email"}
        )
    params = listed.calls.last.request.url.params
    assert (params["label"], params["status"]) == ("vip", "pending")  # added, and over the SDK's own
    body = json.loads(created.calls.last.request.content)
    assert body == {"channel": "email", "contact": {"email": "a@b.co"}, "priority": "high"}


async def test_extras_are_checked_before_sending(mock_api: respx.MockRouter) -> None:
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        with pytest.raises(TypeError, match="extra_query must be a mapping with str keys, got list"):
            await client.conversations.list(extra_query=[("a", "b")])  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="extra_body adds JSON fields: this call's body is not JSON"):
            await client.knowledge.ingest(file=File(payload=b"x", file_name="a.txt"), extra_body={"x": 1})
    assert mock_api.calls.call_count == 0


def test_the_sync_client_has_request_too() -> None:
    with Sandbox().sync_client() as client:
        made = client.request("POST", "/conversations", json={"channel": "chat", "contact": {"email": "s@b.co"}})
        assert client.request("GET", f"/conversations/{made['id']}", cast_to=Conversation).id == made["id"]
