"""`with_raw_response`: the HTTP side of a call, with the typed result one `.parse()` away."""

from __future__ import annotations

import httpx
import pytest
import respx

from leadiosa_async import APIResponse, AsyncLeadiosa, NotFoundError, Page, RateLimit, ResponseValidationError
from leadiosa_async.models import Conversation
from leadiosa_async.testing import FakeClock
from tests.conftest import BASE_URL, CONV, TOKEN

pytestmark = pytest.mark.anyio
RL = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "299", "X-RateLimit-Reset": "60", "X-Request-Id": "req_9"}


async def test_a_raw_response_after_a_retry(mock_api: respx.MockRouter) -> None:
    clock = FakeClock()
    route = mock_api.get("/conversations/conv_1")
    route.side_effect = [httpx.Response(503, json={}), httpx.Response(200, json=CONV, headers=RL)]
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, clock=clock) as client:
        raw = await client.conversations.with_raw_response.get("conv_1")
    assert isinstance(raw, APIResponse) and raw.status_code == 200 and raw.headers["x-ratelimit-limit"] == "300"
    assert raw.request_id == "req_9" and raw.attempts == 2 and raw.elapsed == pytest.approx(clock.sleeps[0])
    assert raw.rate_limit == RateLimit(300, 299, clock.now + 60)  # what the last response said
    assert raw.http_request.url.path == "/api/v1/conversations/conv_1" and raw.http_response.status_code == 200
    conv = raw.parse()
    assert isinstance(conv, Conversation) and conv.id == "conv_1" and raw.parse() is conv  # parsed once
    assert "-> 200" in repr(raw) and "2 attempt(s)" in repr(raw)
    assert f"in {raw.elapsed * 1000:.0f} ms," in repr(raw) and raw.elapsed >= 0.5  # the backoff: half a second at least


async def test_errors_still_raise_and_off_shape_bodies_fail_at_parse(mock_api: respx.MockRouter) -> None:
    mock_api.get("/conversations/missing").respond(404, json={"error": {"code": "not_found", "message": "no"}},
                                                   headers={"X-Request-Id": "req_404"})  # fmt: skip
    mock_api.get("/conversations/odd").respond(200, json={"id": 5})
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        with pytest.raises(NotFoundError) as info:
            await client.conversations.with_raw_response.get("missing")
        assert info.value.request_id == "req_404"  # from the header when the envelope has none
        raw = await client.conversations.with_raw_response.get("odd")
        assert raw.status_code == 200 and raw.rate_limit is None
        with pytest.raises(ResponseValidationError):
            raw.parse()


async def test_raw_list_and_body_operations(mock_api: respx.MockRouter) -> None:
    mock_api.get("/conversations").respond(200, json={"data": [CONV], "pagination": {"has_more": False}})
    created = mock_api.post("/conversations").respond(201, json=CONV)
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
        page = (await client.conversations.with_raw_response.list(status="open")).parse()
        assert isinstance(page, Page) and page.data[0].id == "conv_1"
        raw = await client.conversations.with_raw_response.create(channel="email", contact={"email": "a@b.co"})
        assert raw.status_code == 201 and created.calls.last.request.content.startswith(b'{"channel":"email"')
        with pytest.raises(ValueError, match="channel"):
            await client.conversations.with_raw_response.create(channel="fax")  # type: ignore[arg-type]


def test_a_raw_response_s_repr_gives_the_call_s_time_in_milliseconds() -> None:
    request = httpx.Request("GET", f"{BASE_URL}/conversations/conv_1")
    response = httpx.Response(200, headers={"X-Request-Id": "req_1"}, request=request)
    raw = APIResponse(response, lambda: None, attempts=1, elapsed=1.5, rate_limit=None)
    expected = "<APIResponse GET /api/v1/conversations/conv_1 -> 200 in 1500 ms, 1 attempt(s), request_id='req_1'>"
    assert repr(raw) == expected
