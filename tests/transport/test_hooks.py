"""Observability hooks: request start/end with latency and status, retries, throttle waits."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from leadiosa_async import APIConnectionError, Hooks, RequestEnd, RequestStart, RetryScheduled
from leadiosa_async.testing import FakeClock
from tests.transport.conftest import WORKSPACE, MakeClient

pytestmark = [pytest.mark.anyio, pytest.mark.both_clients]


async def test_hooks_see_every_attempt_and_retry(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    starts: list[RequestStart] = []
    ends: list[RequestEnd] = []
    retries: list[RetryScheduled] = []

    def slow_server(request: httpx.Request) -> httpx.Response:
        clock.advance(0.25)
        return httpx.Response(503) if len(ends) == 0 else httpx.Response(200, json=WORKSPACE)

    mock_api.get("/workspace").mock(side_effect=slow_server)
    client = make_client(hooks=Hooks(on_request_start=[starts.append], on_request_end=[ends.append],
                                     on_retry=[retries.append]))  # fmt: skip
    await client.workspace.get()
    assert [(s.operation_id, s.method, s.attempt) for s in starts] == [
        ("workspace_get", "GET", 1),
        ("workspace_get", "GET", 2),
    ]
    assert starts[0].url == "https://leadiosa.test/api/v1/workspace"
    assert [(e.attempt, e.status_code) for e in ends] == [(1, 503), (2, 200)]
    assert [e.elapsed for e in ends] == pytest.approx([0.25, 0.25])
    assert len(retries) == 1 and retries[0].reason == "HTTP 503" and 0.5 <= retries[0].delay <= 1


async def test_request_end_reports_connection_errors(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock
) -> None:
    ends: list[RequestEnd] = []

    def refused_late(request: httpx.Request) -> httpx.Response:
        clock.advance(1.5)
        raise httpx.ConnectError("refused")

    mock_api.get("/workspace").mock(side_effect=refused_late)
    clock.advance(10)  # the attempt's time is measured from its own start, not the clock's
    with pytest.raises(APIConnectionError):
        await make_client(hooks=Hooks(on_request_end=[ends.append])).workspace.get(max_retries=0)
    assert len(ends) == 1 and ends[0].status_code is None and isinstance(ends[0].error, httpx.ConnectError)
    assert ends[0].elapsed == pytest.approx(1.5)


def test_hooks_are_equal_when_their_callables_are_and_show_them() -> None:
    def one(event: object) -> None:
        pass

    def two(event: object) -> None:
        pass

    assert Hooks(on_retry=one) == Hooks(on_retry=[one]) and Hooks() == Hooks()
    assert Hooks(on_retry=one) != Hooks(on_retry=two) and Hooks(on_retry=one) != Hooks(on_throttle=one)
    assert Hooks() != object() and Hooks().__eq__(object()) is NotImplemented
    shown = repr(Hooks(on_retry=one))
    assert (
        shown.startswith("Hooks(on_request_end=(), on_request_start=(), on_retry=(<function ") and ".one at " in shown
    )
    assert shown.endswith(">,), on_throttle=())")


async def test_a_failing_hook_is_logged_and_never_breaks_the_call(
    make_client: MakeClient, mock_api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(event: object) -> None:
        raise RuntimeError("metrics backend down")

    mock_api.get("/workspace").respond(200, json=WORKSPACE)
    with caplog.at_level(logging.ERROR, logger="leadiosa_async"):
        workspace = await make_client(hooks=Hooks(on_request_end=[broken])).workspace.get()
    assert workspace.id == "ws_1"
    assert "hook" in caplog.text and "metrics backend down" in caplog.text


async def test_the_debug_line_of_an_attempt_gives_its_time_in_milliseconds(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    def slow_server(request: httpx.Request) -> httpx.Response:
        clock.advance(0.25)
        return httpx.Response(200, json=WORKSPACE, headers={"X-Request-Id": "req_9"})

    mock_api.get("/workspace").mock(side_effect=slow_server)
    client = make_client()
    with caplog.at_level(logging.DEBUG, logger="leadiosa_async"):
        await client.workspace.get()
    lines = [r.getMessage() for r in caplog.records if "-> 200" in r.getMessage()]
    assert lines == ["GET https://leadiosa.test/api/v1/workspace -> 200 in 250.0 ms (attempt 1, request_id req_9)"]
