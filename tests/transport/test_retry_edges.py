"""The retry decision at its edges, end to end through the client on a FakeClock: waits exactly at the limits,
a skewed server clock under an HTTP-date Retry-After, the backoff when a 429 says nothing, the call's deadline
met exactly, and what each retry and refusal reports (log lines, hook events)."""

from __future__ import annotations

import datetime
import email.utils
import logging
import random

import anyio
import anyio.lowlevel
import httpx
import pytest
import respx

from leadiosa_async import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncLeadiosa,
    Hooks,
    InternalServerError,
    RateLimitError,
    RequestEnd,
    ResponseTooLargeError,
    RetryBudget,
    RetryScheduled,
    ThrottleWait,
)
from leadiosa_async._generated._operations import OPERATIONS
from leadiosa_async._transport.connections import ConnectionSlots
from leadiosa_async._transport.retry import backoff_delay
from leadiosa_async.testing import FakeClock
from tests.conftest import BASE_URL, TOKEN
from tests.transport.conftest import WORKSPACE, MakeClient, rl_headers

pytestmark = pytest.mark.anyio

OK = httpx.Response(200, json=WORKSPACE)


async def test_a_wait_of_exactly_max_retry_after_is_still_waited(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    for status in (429, 503):
        mock_api.get("/workspace").mock(side_effect=[httpx.Response(status, headers={"Retry-After": "60"}), OK])
        await make_client(max_retry_after=60).workspace.get()
    assert clock.sleeps == [60.0, 60.0]
    mock_api.get("/workspace").respond(429, headers={"Retry-After": "60.5"})
    with pytest.raises(RateLimitError):
        await make_client(max_retry_after=60).workspace.get()
    assert clock.sleeps == [60.0, 60.0]


async def test_an_http_date_retry_after_is_read_on_the_server_s_clock(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    server_now = clock.now + 100  # the server's clock runs 100 s ahead
    headers = {"Date": email.utils.formatdate(server_now, usegmt=True),
               "Retry-After": email.utils.formatdate(server_now + 30, usegmt=True)}  # fmt: skip
    mock_api.get("/workspace").mock(side_effect=[httpx.Response(503, headers=headers), OK])
    await make_client().workspace.get()
    assert clock.sleeps == [30.0]  # not 130 s: "30 s after the server's now"


async def test_a_429_without_retry_after_or_a_known_reset_backs_off(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    mock_api.get("/workspace").mock(side_effect=[httpx.Response(429), httpx.Response(429), OK])
    client = make_client()
    client._transport._rng = random.Random(7)
    await client.workspace.get()
    expected = random.Random(7)
    assert clock.sleeps == [backoff_delay(0, expected), backoff_delay(1, expected)]


async def test_a_429_is_retried_up_to_max_retries_exactly(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    route = mock_api.get("/workspace").mock(side_effect=[httpx.Response(429, headers={"Retry-After": "1"}), OK])
    await make_client(max_retries=1).workspace.get()
    assert route.call_count == 2 and clock.sleeps == [1.0]


async def test_a_retry_that_would_start_exactly_at_the_deadline_is_refused(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    mock_api.get("/workspace").respond(503, headers={"Retry-After": "5"})
    with pytest.raises(APITimeoutError) as caught:
        await make_client(deadline=5).workspace.get()
    error = caught.value
    assert str(error).startswith("workspace_get: the call's deadline leaves no time to retry in 5.00s (last attempt:")
    assert error.request is not None and error.request.url.path.endswith("/workspace")
    assert isinstance(error.__cause__, InternalServerError)
    assert clock.sleeps == []
    mock_api.get("/workspace").mock(side_effect=[httpx.Response(503, headers={"Retry-After": "4.9"}), OK])
    await make_client(deadline=5).workspace.get()
    assert clock.sleeps == [4.9]


async def test_retries_and_refusals_say_what_and_why(
    make_client: MakeClient, mock_api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    scheduled: list[RetryScheduled] = []
    mock_api.get("/workspace").mock(side_effect=[httpx.Response(503, headers={"Retry-After": "2"}), OK])
    with caplog.at_level(logging.INFO, logger="leadiosa_async"):
        await make_client(hooks=Hooks(on_retry=scheduled.append)).workspace.get()
        mock_api.get("/workspace").respond(503)
        client = make_client(retry_budget=RetryBudget(capacity=1, ratio=0.0))
        with pytest.raises(InternalServerError):
            await client.workspace.get()
    lines = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "leadiosa_async"]
    assert ("INFO", "retrying workspace_get in 2.00s after attempt 1 (HTTP 503)") in lines
    assert ("WARNING", "not retrying workspace_get (HTTP 503): the client's retry budget is used up") in lines
    [event] = scheduled
    assert (event.operation_id, event.attempt, event.delay, event.reason) == ("workspace_get", 1, 2.0, "HTTP 503")


async def test_a_retry_the_enclosing_deadline_would_cut_is_not_started_and_says_so(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    mock_api.get("/workspace").respond(503, headers={"Retry-After": "30"})
    with (
        caplog.at_level(logging.INFO, logger="leadiosa_async"),
        anyio.fail_after(10),
        pytest.raises(InternalServerError),
    ):
        await make_client().workspace.get()
    assert clock.sleeps == []
    assert [r.getMessage() for r in caplog.records if r.name == "leadiosa_async"] == [
        "not retrying workspace_get: the enclosing deadline ends before 30.00s"
    ]


def test_a_retry_that_would_end_exactly_at_the_enclosing_deadline_is_not_started() -> None:
    """Under trio's MockClock no time passes while the call runs: `Retry-After: 2` inside `fail_after(2)` leaves
    exactly 2 s, and a retry that would end at the deadline is refused (the 429 is raised, not a timeout).
    A plain test on trio, so `make mutate` (asyncio only) runs it too."""
    import trio.testing

    async def main() -> None:
        with respx.mock(base_url=BASE_URL, assert_all_mocked=True) as router:
            route = router.get("/workspace").respond(429, headers={"Retry-After": "2"})
            async with AsyncLeadiosa(TOKEN, base_url=BASE_URL) as client:
                with anyio.fail_after(2), pytest.raises(RateLimitError):
                    await client.workspace.get()
            assert route.call_count == 1

    anyio.run(main, backend="trio", backend_options={"clock": trio.testing.MockClock(autojump_threshold=0)})


async def never_answers(request: httpx.Request) -> httpx.Response:
    """A server that takes the request and never answers."""
    await anyio.sleep(3600)
    raise AssertionError("unreachable")


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_an_attempt_cut_by_its_timeout_says_whether_its_request_had_gone_out() -> None:
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(never_answers))
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, http_client=http_client, timeout=0.05, max_retries=0) as client:
        with pytest.raises(APITimeoutError) as sent:
            await client.workspace.get()  # sent, then no answer in time
        assert (
            str(sent.value) == "workspace_get: timed out (ReadTimeout: the attempt took longer than 0.05s end to end)"
        )
        assert sent.value.request_sent is None  # it may have reached the server
        assert (
            isinstance(sent.value.__cause__, httpx.ReadTimeout) and sent.value.__cause__.request is sent.value.request
        )
        client._transport.slots = ConnectionSlots(1)
        await client._transport.slots.acquire()  # every connection is busy
        with pytest.raises(APITimeoutError) as queued:
            await client.workspace.get()  # never got a connection: never sent
        assert "(PoolTimeout: " in str(queued.value) and queued.value.request_sent is False


async def test_each_attempt_s_end_and_a_paused_gate_s_wait_say_which_call_and_why(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    ends: list[RequestEnd] = []
    waits: list[ThrottleWait] = []
    mock_api.get("/workspace").mock(side_effect=[httpx.Response(429, headers={"Retry-After": "3"}), OK, OK])
    client = make_client(hooks=Hooks(on_request_end=ends.append, on_throttle=waits.append))
    clock.advance(1000)  # a monotonic clock far from zero: elapsed times are differences
    raw = await client.workspace.with_raw_response.get()
    assert raw.elapsed == pytest.approx(3.0)
    assert [(e.operation_id, e.method, e.url, e.attempt, e.status_code) for e in ends] == [
        ("workspace_get", "GET", BASE_URL + "/workspace", 1, 429),
        ("workspace_get", "GET", BASE_URL + "/workspace", 2, 200),
    ]
    assert raw.http_response.elapsed < datetime.timedelta(seconds=60)  # the time the exchange took
    # while the client is paused (after a 429), a call waits at the gate for the pause, and says so
    await client._transport.limiter.pause(5)
    with caplog.at_level(logging.DEBUG, logger="leadiosa_async"):
        await client.workspace.get()
    assert [(w.operation_id, w.delay, w.reason) for w in waits] == [("workspace_get", 5.0, "paused")]
    assert "throttling workspace_get (interactive) for 5.00s (paused)" in [r.getMessage() for r in caplog.records]


async def test_an_attempt_the_deadline_has_overtaken_at_the_gate_is_not_sent_and_frees_its_slot(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    route = mock_api.get("/workspace").respond(200, json=WORKSPACE, headers=rl_headers(clock, 0, 5))
    overrun = Hooks(on_throttle=lambda wait: clock.advance(5))  # the wait takes 5 s longer than foreseen
    client = make_client(hooks=overrun)
    await client.workspace.get()  # the window is used up for 5 s
    with pytest.raises(APITimeoutError) as caught:
        await client.workspace.get(deadline=10)
    assert str(caught.value) == "workspace_get: the call's deadline passed before attempt 1"
    assert caught.value.request is not None and route.call_count == 1 and caught.value.request_sent is False
    assert client._transport.limiter.in_flight == 0  # its reservation was given back


async def test_a_request_that_cannot_be_built_frees_its_slot(make_client: MakeClient) -> None:
    client = make_client()
    operation = OPERATIONS["workspace_get"]
    with pytest.raises(TypeError):
        await client._transport.request(operation, {"url": "/workspace", "json": object()}, lambda d: d, {})
    assert client._transport.limiter.in_flight == 0


async def test_the_debug_line_of_an_attempt(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    mock_api.get("/workspace").mock(
        side_effect=[httpx.Response(200, json=WORKSPACE, headers={"X-Request-Id": "req_7"}), OK]
    )
    clock.advance(1000)  # a monotonic clock far from zero: the time is a difference
    with caplog.at_level(logging.DEBUG, logger="leadiosa_async"):
        client = make_client()
        await client.workspace.get()
        await client.workspace.get()
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("GET ")]
    assert lines == [
        f"GET {BASE_URL}/workspace -> 200 in 0.0 ms (attempt 1, request_id req_7)",
        f"GET {BASE_URL}/workspace -> 200 in 0.0 ms (attempt 1, request_id -)",
    ]


async def test_an_attempt_that_fails_after_its_headers_reports_their_status(
    make_client: MakeClient, mock_api: respx.MockRouter
) -> None:
    ends: list[RequestEnd] = []
    mock_api.get("/workspace").respond(200, content=b"x" * 2000, headers={"Content-Type": "application/json"})
    client = make_client(max_response_bytes=1000, hooks=Hooks(on_request_end=ends.append))
    with pytest.raises(ResponseTooLargeError):
        await client.workspace.get()
    [end] = ends
    assert end.status_code == 200 and isinstance(end.error, ResponseTooLargeError)


async def test_header_parameters_and_a_per_call_timeout_reach_the_attempt(
    make_client: MakeClient, mock_api: respx.MockRouter
) -> None:
    route = mock_api.get("/workspace").respond(200, json=WORKSPACE)
    client = make_client(timeout=30)
    operation = OPERATIONS["workspace_get"]
    kwargs = {"url": "/workspace", "headers": {"X-Header-Parameter": "v"}}  # as generated code passes them
    await client._transport.request(operation, kwargs, lambda data: data, {"timeout": 2.5})
    request = route.calls.last.request
    assert request.headers["x-header-parameter"] == "v"
    assert request.extensions["timeout"] == httpx.Timeout(2.5).as_dict()


async def test_a_per_call_timeout_bounds_the_attempt_end_to_end() -> None:
    """On asyncio the watchdog cuts the attempt, on trio a cancel scope: both at the call's 0.05 s, not the
    client's 30 s."""
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(never_answers))
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, http_client=http_client, timeout=30, max_retries=0) as client:
        with anyio.fail_after(2), pytest.raises(APITimeoutError, match=r"longer than 0\.05s end to end"):
            await client.workspace.get(timeout=0.05)


async def test_a_connection_error_is_retried_after_the_first_backoff(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    mock_api.get("/workspace").mock(side_effect=[httpx.ConnectError("refused"), OK])
    retries: list[RetryScheduled] = []
    client = make_client(hooks=Hooks(on_retry=[retries.append]))
    client._transport._rng = random.Random(3)
    await client.workspace.get()
    assert clock.sleeps == [backoff_delay(0, random.Random(3))]
    assert [(r.attempt, r.reason) for r in retries] == [(1, "ConnectError")]  # named by the error's class


async def test_a_connection_error_s_retry_that_would_pass_the_deadline_is_refused_with_its_cause(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    mock_api.get("/workspace").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APITimeoutError) as caught:
        await make_client(deadline=0.5).workspace.get()  # the first backoff is 0.5-1 s: no time for it
    error = caught.value
    assert str(error).startswith("workspace_get: the call's deadline leaves no time to retry in ")
    assert str(error).endswith("s (last attempt: workspace_get: no response (ConnectError: refused))")
    assert error.request is not None and error.request.url.path.endswith("/workspace")
    assert isinstance(error.__cause__, APIConnectionError) and clock.sleeps == []


async def test_a_3xx_is_no_success(make_client: MakeClient, mock_api: respx.MockRouter) -> None:
    """Redirects are never followed, and a 300 is not a 2xx: an error, whatever its body."""
    mock_api.get("/workspace").respond(300, json=WORKSPACE)
    with pytest.raises(APIStatusError) as caught:
        await make_client(max_retries=0).workspace.get()
    assert caught.value.status_code == 300
