"""Retries end to end through the client: which calls retry, how long they wait, when they stop."""

from __future__ import annotations

import email.utils
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx
import pytest
import respx

from leadiosa_async import (
    APIConnectionError,
    APITimeoutError,
    AsyncLeadiosa,
    InternalServerError,
    RateLimitError,
    RetryBudget,
)
from leadiosa_async.testing import FakeClock
from tests.transport.conftest import CONV, WORKSPACE, MakeClient, rl_headers

pytestmark = [pytest.mark.anyio, pytest.mark.both_clients]


async def test_idempotent_get_retries_5xx_with_jittered_backoff(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    route = mock_api.get("/workspace").mock(
        side_effect=[httpx.Response(503), httpx.Response(502), httpx.Response(500), httpx.Response(200, json=WORKSPACE)]
    )
    workspace = await make_client().workspace.get()
    assert workspace.id == "ws_1"
    assert route.call_count == 4
    low_high = [(0.5, 1), (1, 2), (2, 4)]
    assert len(clock.sleeps) == 3
    assert all(low <= s <= high for s, (low, high) in zip(clock.sleeps, low_high, strict=True))


async def test_gives_up_after_max_retries_per_client_and_per_call(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    route = mock_api.get("/workspace").respond(503)
    client = make_client(max_retries=2)
    with pytest.raises(InternalServerError):
        await client.workspace.get()
    assert route.call_count == 3
    with pytest.raises(InternalServerError):
        await client.workspace.get(max_retries=0)
    assert route.call_count == 4
    with pytest.raises(InternalServerError):
        await client.workspace.get(max_retries=5)
    assert route.call_count == 10
    assert all(4 <= s <= 8 for s in clock.sleeps[-2:])  # backoff caps at 8 s


async def test_post_retries_when_the_caller_opts_in(make_client: MakeClient, mock_api: respx.MockRouter) -> None:
    route = mock_api.post("/conversations").mock(side_effect=[httpx.Response(500), httpx.Response(201, json=CONV)])
    conv = await make_client().conversations.create(channel="email", contact_id="ct_1", retry_non_idempotent=True)
    assert conv.id == "conv_1" and route.call_count == 2
    assert route.calls[0].request.content == route.calls[1].request.content


@pytest.mark.parametrize("failure", [httpx.ConnectError("refused"), httpx.ConnectTimeout("dns")])
async def test_post_retries_errors_raised_before_sending(
    make_client: MakeClient, mock_api: respx.MockRouter, failure: Exception
) -> None:
    route = mock_api.post("/conversations").mock(side_effect=[failure, httpx.Response(201, json=CONV)])
    await make_client().conversations.create(channel="email", contact_id="ct_1")
    assert route.call_count == 2


async def test_get_retries_read_timeouts_and_408(make_client: MakeClient, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/workspace").mock(
        side_effect=[httpx.ReadTimeout("slow"), httpx.Response(408), httpx.Response(200, json=WORKSPACE)]
    )
    await make_client().workspace.get()
    assert route.call_count == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 418, 422, 501])
async def test_other_statuses_are_not_retried(make_client: MakeClient, mock_api: respx.MockRouter, status: int) -> None:
    route = mock_api.get("/workspace").respond(status)
    with pytest.raises(Exception, match=str(status)):
        await make_client().workspace.get()
    assert route.call_count == 1


async def test_429_honours_retry_after_seconds_for_any_method(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    route = mock_api.post("/conversations").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(201, json=CONV)]
    )
    await make_client().conversations.create(channel="email", contact_id="ct_1")
    assert route.call_count == 2
    assert clock.sleeps == [7.0]


async def test_429_honours_retry_after_http_date(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    date = email.utils.formatdate(clock.now + 12, usegmt=True)
    mock_api.get("/workspace").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": date}), httpx.Response(200, json=WORKSPACE)]
    )
    await make_client().workspace.get()
    assert clock.sleeps == [12.0]


async def test_429_without_retry_after_waits_for_the_reset(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    mock_api.get("/workspace").mock(
        side_effect=[httpx.Response(429, headers=rl_headers(clock, 0, 20)), httpx.Response(200, json=WORKSPACE)]
    )
    await make_client().workspace.get()
    assert clock.sleeps == [20.0]


async def test_429_wait_beyond_max_retry_after_raises_instead_of_sleeping(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    route = mock_api.get("/workspace").respond(429, headers={"Retry-After": "120"})
    with pytest.raises(RateLimitError) as info:
        await make_client().workspace.get()
    assert info.value.retry_after == 120.0
    assert route.call_count == 1 and clock.sleeps == []
    with pytest.raises(RateLimitError) as info:
        await make_client(max_retry_after=300).workspace.get(max_retries=0)
    assert info.value.retry_after == 120.0


async def test_429_when_retries_run_out_carries_retry_after(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    mock_api.get("/workspace").respond(429, headers={"Retry-After": "3"})
    with pytest.raises(RateLimitError) as info:
        await make_client(max_retries=1).workspace.get()
    assert info.value.retry_after == 3.0 and info.value.status_code == 429


async def test_5xx_retry_after_is_honoured_and_capped(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    route = mock_api.get("/workspace").mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": "9"}), httpx.Response(200, json=WORKSPACE)]
    )
    await make_client().workspace.get()
    assert clock.sleeps == [9.0]
    route.side_effect = None
    route.return_value = httpx.Response(503, headers={"Retry-After": "3600"})
    with pytest.raises(InternalServerError):
        await make_client().workspace.get()
    assert clock.sleeps == [9.0]


@pytest.mark.async_only("an enclosing anyio deadline bounds awaits; the sync client's is `deadline=` (test_options)")
async def test_retry_never_outlives_an_enclosing_anyio_deadline(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    route = mock_api.get("/workspace").respond(503, headers={"Retry-After": "30"})
    with anyio.fail_after(10), pytest.raises(InternalServerError):
        await make_client().workspace.get()
    assert route.call_count == 1 and clock.sleeps == []


async def test_retry_budget_stops_a_retry_storm(make_client: MakeClient, mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/workspace").respond(503)
    client = make_client(retry_budget=RetryBudget(capacity=4, ratio=0.0))
    for _ in range(3):
        with pytest.raises(InternalServerError):
            await client.workspace.get()
    assert route.call_count == 3 + 4  # 3 calls, and only 4 retries in all


async def test_each_retry_is_logged_at_info(
    make_client: MakeClient, mock_api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    mock_api.get("/workspace").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=WORKSPACE)])
    with caplog.at_level(logging.INFO, logger="leadiosa_async"):
        await make_client().workspace.get()
    retries = [r for r in caplog.records if r.levelno == logging.INFO and "retrying workspace_get" in r.message]
    assert len(retries) == 1 and "HTTP 503" in retries[0].message


CONTACT = {"id": "ct_1", "attributes": {}, "created_at": "2026-05-12T07:28:25Z", "updated_at": "2026-05-12T07:28:25Z"}
# (method, path, success status and body, the call) of each method the server may act on before failing
WRITES: dict[str, tuple[str, str, int, dict[str, Any], Callable[[AsyncLeadiosa], Awaitable[object]]]] = {
    "POST": ("POST", "/conversations", 201, CONV,
             lambda client: client.conversations.create(channel="email", contact_id="ct_1")),
    "PATCH": ("PATCH", "/contacts/ct_1", 200, CONTACT, lambda client: client.contacts.update("ct_1", name="Ana")),
}  # fmt: skip


@pytest.mark.parametrize("write", list(WRITES))
@pytest.mark.parametrize("failure", [httpx.Response(500), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("gone")])
async def test_post_and_patch_are_not_resent_after_the_server_may_have_acted(
    make_client: MakeClient, mock_api: respx.MockRouter, failure: httpx.Response | Exception, write: str
) -> None:
    method, path, status, body, call = WRITES[write]
    route = mock_api.request(method, path).mock(side_effect=[failure, httpx.Response(status, json=body)])
    with pytest.raises((InternalServerError, APITimeoutError, APIConnectionError)):
        await call(make_client())
    assert route.call_count == 1


@pytest.mark.parametrize("failure", [httpx.Response(503), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("gone")])
async def test_delete_is_retried_like_any_idempotent_method(
    make_client: MakeClient, mock_api: respx.MockRouter, failure: httpx.Response | Exception
) -> None:
    route = mock_api.delete("/contacts/ct_1").mock(side_effect=[failure, httpx.Response(204)])
    await make_client().contacts.delete("ct_1")
    assert route.call_count == 2
