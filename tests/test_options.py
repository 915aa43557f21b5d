"""Options that compose: with_options(), default_headers, per-call and per-client deadlines, cheap clients."""

from __future__ import annotations

import httpx
import pytest
import respx

from leadiosa_async import APITimeoutError, AsyncLeadiosa, InternalServerError
from leadiosa_async.testing import FakeClock
from tests.conftest import BASE_URL, TOKEN, WORKSPACE

pytestmark = pytest.mark.anyio
RL = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "30"}


async def test_with_options_shares_the_pool_and_same_token_state(mock_api: respx.MockRouter) -> None:
    mock_api.get("/workspace").respond(200, json=WORKSPACE, headers={**RL, "X-RateLimit-Remaining": "7"})
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as parent:
        child = parent.with_options(timeout=2.0, max_retries=0)
        assert child._http_client is parent._http_client and child._transport.slots is parent._transport.slots
        assert (child.timeout.read, child.max_retries, parent.max_retries) == (2.0, 0, 3)
        await child.workspace.get()
        assert parent.rate_limit is not None and parent.rate_limit.remaining == 7  # one token, one state
        assert child._transport.config.budget is parent._transport.config.budget
        other = parent.with_options(token="another-workspace-token")
        assert other.rate_limit is None and other._transport.limiter is not parent._transport.limiter
        assert other._transport.config.budget is not parent._transport.config.budget
        await other.workspace.get()
        assert mock_api.calls.last.request.headers["authorization"] == "Bearer another-workspace-token"
        await child.aclose()  # closes nothing of the parent's
        await parent.workspace.get()
    assert parent._http_client.is_closed


async def test_default_headers_merge_under_extra_headers_and_over_the_sdks(mock_api: respx.MockRouter) -> None:
    route = mock_api.get("/workspace").respond(200, json=WORKSPACE)
    defaults = {"x-team": "billing", "user-agent": "my-service/2"}
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, default_headers=defaults) as client:
        await client.workspace.get()
        await client.workspace.get(extra_headers={"X-Team": "support"})
        await client.with_options(default_headers={"X-Other": "1"}).workspace.get()
    first, second, third = (call.request.headers for call in route.calls)
    assert first["x-team"] == "billing" and first["user-agent"] == "my-service/2"
    assert second.get_list("x-team") == ["support"]
    assert "x-team" not in third and third["x-other"] == "1" and third["user-agent"].startswith("leadiosa-async/")
    with pytest.raises(ValueError, match="header 'X-Bad'"):
        AsyncLeadiosa(TOKEN, base_url=BASE_URL, default_headers={"X-Bad": "a\nb"})


async def test_a_deadline_bounds_the_whole_call_retries_included(mock_api: respx.MockRouter) -> None:
    clock = FakeClock()
    route = mock_api.get("/workspace").respond(503, json={"error": {"code": "down", "message": "down"}})
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, clock=clock, max_retries=10) as client:
        with pytest.raises(APITimeoutError, match="deadline leaves no time to retry") as info:
            await client.workspace.get(deadline=5)
        assert isinstance(info.value.__cause__, InternalServerError)
        assert clock.elapsed < 5 and route.call_count >= 2  # retried while it could, never slept past 5 s
        client_wide = client.with_options(deadline=0.5)
        with pytest.raises(APITimeoutError):
            await client_wide.workspace.get()  # the first backoff (>= 0.5 s) would pass the deadline


async def test_a_deadline_bounds_a_rate_limit_wait(mock_api: respx.MockRouter) -> None:
    clock = FakeClock()
    route = mock_api.get("/workspace").respond(200, json=WORKSPACE, headers=RL)  # used up for 30 s
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, clock=clock) as client:
        await client.workspace.get()
        with pytest.raises(APITimeoutError, match="would pass the call's deadline"):
            await client.workspace.get(deadline=10)
    assert route.call_count == 1 and clock.sleeps == []


def test_constructing_a_client_is_cheap_and_shares_one_ssl_context() -> None:
    first, second = AsyncLeadiosa("tenant-1", base_url=BASE_URL), AsyncLeadiosa("tenant-2", base_url=BASE_URL)
    pools = [c._http_client._transport._pool for c in (first, second)]  # type: ignore[attr-defined]
    assert pools[0] is not pools[1] and pools[0]._ssl_context is pools[1]._ssl_context
    assert pools[0]._ssl_context.verify_mode.name == "CERT_REQUIRED"


@pytest.mark.parametrize(("value", "error"), [("5", TypeError), (0, ValueError), (float("inf"), ValueError)])
def test_deadline_is_checked(value: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="deadline"):
        AsyncLeadiosa(TOKEN, base_url=BASE_URL, deadline=value)  # type: ignore[arg-type]


async def test_with_options_is_typed_and_keeps_unset_options(mock_api: respx.MockRouter) -> None:
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, timeout=httpx.Timeout(7.0), deadline=30) as parent:
        child: AsyncLeadiosa = parent.with_options(max_retry_after=5)
        assert child.timeout == parent.timeout and child._transport.config.deadline == 30
        assert child._transport.config.max_retry_after == 5 and parent._transport.config.max_retry_after == 60
