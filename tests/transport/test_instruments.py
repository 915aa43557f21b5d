"""One way to observe: the pipeline tells each event once, and logging, the client's hooks and an installed observer
(OpenTelemetry's place, `observe.OBSERVER`) each hear the same events in the same order."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
import pytest
import respx

from leadiosa_async import Hooks, RequestEnd, RequestStart, RetryScheduled, ThrottleWait
from leadiosa_async._transport import observe
from leadiosa_async._transport.call import Call
from leadiosa_async.testing import FakeClock
from tests.transport.conftest import WORKSPACE, MakeClient, rl_headers

pytestmark = [pytest.mark.anyio, pytest.mark.both_clients]


class Recording:
    """An observer that writes down what it is told, as (event, attempt, detail)."""

    def __init__(self) -> None:
        self.told: list[tuple[str, int, object]] = []

    @contextmanager
    def call(self, operation: Any) -> Iterator[Any]:
        yield type("Seen", (), {})()

    @asynccontextmanager
    async def attempt(self, operation: Any, request: httpx.Request, attempt: int) -> AsyncIterator[Any]:
        yield type("Seen", (), {})()

    def attempt_started(self, call: Call, request: httpx.Request) -> None:
        self.told.append(("start", call.attempt, request.method))

    def attempt_ended(self, call: Call, request: httpx.Request, elapsed: float, response: Any, error: Any) -> None:
        self.told.append(("end", call.attempt, call.status))

    def retry_scheduled(self, call: Call, delay: float, reason: str) -> None:
        self.told.append(("retry", call.attempt, reason))

    def throttled(self, call: Call, delay: float, reason: str) -> None:
        self.told.append(("throttle", call.attempt, reason))


@pytest.fixture
def observer(monkeypatch: pytest.MonkeyPatch) -> Recording:
    recording = Recording()
    monkeypatch.setattr(observe, "OBSERVER", recording)
    return recording


async def test_logging_the_hooks_and_the_observer_hear_the_same_events_in_order(
    make_client: MakeClient,
    mock_api: respx.MockRouter,
    clock: FakeClock,
    observer: Recording,
    caplog: pytest.LogCaptureFixture,
) -> None:
    answers = iter([
        httpx.Response(200, json=WORKSPACE, headers=rl_headers(clock, remaining=0, reset_in=2)),  # window used up
        httpx.Response(503),
        httpx.Response(200, json=WORKSPACE),
    ])  # fmt: skip
    mock_api.get("/workspace").mock(side_effect=lambda request: next(answers))
    heard: list[tuple[str, int, object]] = []

    def hook(event: object) -> None:
        if isinstance(event, RequestStart):
            heard.append(("start", event.attempt, event.method))
        elif isinstance(event, RequestEnd):
            heard.append(("end", event.attempt, event.status_code))
        elif isinstance(event, RetryScheduled):
            heard.append(("retry", event.attempt, event.reason))
        elif isinstance(event, ThrottleWait):
            heard.append(("throttle", 1, event.reason))

    client = make_client(hooks=Hooks(on_request_start=hook, on_request_end=hook, on_retry=hook, on_throttle=hook))
    with caplog.at_level(logging.DEBUG, logger="leadiosa_async"):
        await client.workspace.get()
        await client.workspace.get()  # waits at the gate for the window's reset, then 503, then 200
    expected = [
        ("start", 1, "GET"), ("end", 1, 200),
        ("throttle", 1, "rate_limit"), ("start", 1, "GET"), ("end", 1, 503), ("retry", 1, "HTTP 503"),
        ("start", 2, "GET"), ("end", 2, 200),
    ]  # fmt: skip
    assert observer.told == expected
    assert heard == expected
    logged = [r.getMessage().split(" ", 1)[0] for r in caplog.records if r.name == "leadiosa_async"]
    assert logged == ["GET", "throttling", "GET", "retrying", "GET"]  # each answered attempt, the wait, the retry


async def test_an_observer_is_told_the_call_the_request_the_time_and_the_outcome(
    make_client: MakeClient, mock_api: respx.MockRouter, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[tuple[Any, ...]] = []

    class Exact(Recording):
        def attempt_started(self, call: Call, request: httpx.Request) -> None:
            told.append(("start", call.operation.operation_id, request.url.path))

        def attempt_ended(self, call: Call, request: httpx.Request, elapsed: float, response: Any, error: Any) -> None:
            status = None if response is None else response.status_code
            told.append(("end", call.operation.operation_id, request.url.path, elapsed, status, type(error).__name__))

        def retry_scheduled(self, call: Call, delay: float, reason: str) -> None:
            told.append(("retry", call.operation.operation_id, reason))

        def throttled(self, call: Call, delay: float, reason: str) -> None:
            told.append(("throttle", call.operation.operation_id, delay, reason))

    monkeypatch.setattr(observe, "OBSERVER", Exact())
    answers: Iterator[httpx.Response | httpx.ConnectError] = iter([
        httpx.Response(200, json=WORKSPACE, headers=rl_headers(clock, remaining=0, reset_in=2)),
        httpx.ConnectError("refused"),
        httpx.Response(200, json=WORKSPACE),
    ])  # fmt: skip

    def answer(request: httpx.Request) -> httpx.Response:
        clock.advance(0.25)
        found = next(answers)
        if isinstance(found, httpx.ConnectError):
            raise found
        return found

    mock_api.get("/workspace").mock(side_effect=answer)
    client = make_client()
    await client.workspace.get()
    await client.workspace.get()
    path = "/api/v1/workspace"
    assert [entry[:2] for entry in told] == [
        (kind, "workspace_get") for kind in ("start", "end", "throttle", "start", "end", "retry", "start", "end")
    ]
    assert {entry[2] for entry in told if entry[0] in ("start", "end")} == {path}
    ends = [entry[3:] for entry in told if entry[0] == "end"]
    assert ends == [(pytest.approx(0.25), 200, "NoneType"), (pytest.approx(0.25), None, "ConnectError"),
                    (pytest.approx(0.25), 200, "NoneType")]  # fmt: skip
    assert told[2][2] > 0 and told[2][3] == "rate_limit" and told[5][2] == "ConnectError"
