"""Small transport rules `make mutate` found unguarded: where a failed attempt leaves "was it sent?", reading
the server's clock, the real clock's waits, header errors, the redacted token, the gate queue's bookkeeping and
the log line of a failing hook."""

from __future__ import annotations

import logging
import math
import ssl
import time

import anyio
import httpcore
import httpx
import pytest

from leadiosa_async import (
    APIConnectionError,
    APITimeoutError,
    Clock,
    DefaultAioHttpClient,
    Hooks,
    LeadiosaDeprecationWarning,
    RetryBudget,
)
from leadiosa_async._generated._operations import OPERATIONS
from leadiosa_async._protocol import Operation
from leadiosa_async._stacks import httpx_private
from leadiosa_async._stacks.httpcore_pool import reclaiming_pool_class
from leadiosa_async._transport.clock import SKEW_TOLERANCE, parse_http_date, server_offset
from leadiosa_async._transport.connections import LeadiosaHTTPTransport, pool_size
from leadiosa_async._transport.deprecation import DeprecationTracker
from leadiosa_async._transport.headers import Secret, check_header, merge_headers
from leadiosa_async._transport.hooks import emit
from leadiosa_async._transport.outcomes import connection_error
from leadiosa_async._transport.retry import sent_so_far
from leadiosa_async._transport.wait_queue import WaitQueue

REQUEST = httpx.Request("POST", "https://leadiosa.test/api/v1/notes")


@pytest.mark.parametrize(
    ("before", "error", "after"),
    [
        (True, httpx.ConnectError("refused", request=REQUEST), True),  # answered before: stays answered
        (True, httpx.ReadTimeout("slow", request=REQUEST), True),
        (False, httpx.ConnectError("refused", request=REQUEST), False),  # never left: nothing changes
        (None, httpx.ConnectError("refused", request=REQUEST), None),
        (False, httpx.ReadTimeout("slow", request=REQUEST), None),  # may have been sent: unknown
        (False, httpx.RemoteProtocolError("dropped", request=REQUEST), None),
    ],
)
def test_a_failed_attempt_updates_whether_the_call_reached_the_server(
    before: bool | None, error: httpx.TransportError, after: bool | None
) -> None:
    assert sent_so_far(before, error) is after


def test_the_server_clock_counts_only_beyond_the_tolerance() -> None:
    now = 1_767_225_600.0  # Thu, 01 Jan 2026 00:00:00 GMT
    assert server_offset(None, now) == 0.0 and server_offset("", now) == 0.0
    assert server_offset("Thu, 01 Jan 2026 00:00:02 GMT", now) == 0.0  # exactly the tolerance: no skew
    assert SKEW_TOLERANCE == 2.0
    assert server_offset("Thu, 01 Jan 2026 00:00:03 GMT", now) == 3.0
    assert server_offset("Wed, 31 Dec 2025 23:59:50 GMT", now) == -10.0
    assert server_offset("not a date", now) == 0.0


def test_an_asctime_date_is_gmt_whatever_the_local_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert time.localtime(0).tm_hour == 19  # the zone took effect: 1970-01-01 00:00 UTC is 19:00 there
        assert parse_http_date("Sun Nov  6 08:49:37 1994") == 784111777.0
        assert parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT") == 784111777.0
    finally:
        monkeypatch.undo()  # TZ as it was (set or not), then the C library told
        time.tzset()


@pytest.mark.anyio
async def test_the_real_clock_sleeps_and_waits_for_real() -> None:
    clock = Clock()
    started = time.monotonic()
    await clock.sleep(0.05)
    assert time.monotonic() - started >= 0.045
    event = anyio.Event()
    started = time.monotonic()
    await clock.wait_event(event, 0.05)  # never set: waits its bound
    assert time.monotonic() - started >= 0.045
    event.set()
    started = time.monotonic()
    await clock.wait_event(event, 10)  # set: returns at once
    assert time.monotonic() - started < 1


def test_header_errors_name_the_header_and_the_type() -> None:
    with pytest.raises(TypeError) as caught:
        check_header(b"X-Team", "a")
    assert str(caught.value) == "header names must be str, got bytes"
    with pytest.raises(ValueError, match="is not a valid HTTP header name") as bad_name:
        check_header("X Team" + "x" * 100, "a")
    assert str(bad_name.value) == f"header name {('X Team' + 'x' * 100)[:64]!r} is not a valid HTTP header name"
    with pytest.raises(TypeError) as caught:
        check_header("X-Team", 5)
    assert str(caught.value) == "header 'X-Team' must have a str value, got int"
    with pytest.raises(ValueError, match="cannot be sent") as bad_value:
        check_header("X-Team", "a\r\nb")
    assert str(bad_value.value) == (
        "header 'X-Team' has a value that cannot be sent (control characters such as CR/LF, "
        "non-ASCII characters, or leading/trailing whitespace)"
    )


def test_a_secret_never_shows_its_value() -> None:
    token = Secret("sk_live_123")
    assert repr(token) == "'[redacted]'" and repr({"auth": token}) == "{'auth': '[redacted]'}"
    assert token == "sk_live_123"


def test_leaving_the_gate_queue_twice_or_unqueued_is_harmless() -> None:
    queue = WaitQueue()
    first, second = queue.join(), queue.join()
    queue.leave(first)
    queue.leave(first)  # a cancelled waiter may leave again on its way out
    assert queue.is_head(second)
    queue.leave(second)
    assert len(queue) == 0


def test_a_failing_hook_is_logged_with_the_hook_and_the_event(caplog: pytest.LogCaptureFixture) -> None:
    def broken(event: object) -> None:
        raise RuntimeError("bug in the hook")

    with caplog.at_level(logging.ERROR, logger="leadiosa_async"):
        emit([broken], "the-event")
    [record] = caplog.records
    assert record.getMessage() == f"leadiosa_async hook {broken!r} failed on 'the-event'"
    assert record.exc_info is not None and "bug in the hook" in str(record.exc_info[1])


def test_hooks_take_a_callable_or_a_collection_of_them_and_say_what_else_they_got() -> None:
    assert Hooks(on_retry=print).on_retry == (print,)
    assert Hooks(on_retry=[print, repr]).on_retry == (print, repr) and Hooks(on_retry={print}).on_retry == (print,)  # type: ignore[arg-type]
    for wrong, name in (("log", "str"), (b"log", "bytes"), (5, "int")):
        with pytest.raises(TypeError) as caught:
            Hooks(on_retry=wrong)  # type: ignore[arg-type]
        assert str(caught.value) == f"a hook must be a callable or a list of callables, got {name}"
    with pytest.raises(TypeError) as caught:
        Hooks(on_retry=[print, 5])  # type: ignore[list-item]
    assert str(caught.value) == "a hook must be a callable or a list of callables; got a int in the list"


def test_a_retry_budget_needs_a_burst_of_one_and_a_ratio_within_zero_and_one() -> None:
    assert RetryBudget(capacity=1, ratio=1).tokens == 1 and RetryBudget(capacity=1, ratio=0).ratio == 0
    for capacity, ratio in ((0.5, 0.2), (10, 1.5), (10, -0.1)):
        with pytest.raises(ValueError, match="RetryBudget needs") as caught:
            RetryBudget(capacity=capacity, ratio=ratio)
        assert str(caught.value) == "RetryBudget needs capacity >= 1 and 0 <= ratio <= 1"


def test_headers_given_as_something_else_than_a_mapping_are_refused() -> None:
    with pytest.raises(TypeError) as caught:
        merge_headers({}, [("X-Team", "a")])  # type: ignore[arg-type]
    assert str(caught.value) == "headers must be a mapping of str to str, got list"


@pytest.mark.fast_paths
def test_the_sdk_s_transport_passes_every_argument_on_and_reclaims_only_its_own_pool() -> None:
    transport = LeadiosaHTTPTransport(False, retries=2)  # verify given by position, retries by name
    assert type(transport._pool) is reclaiming_pool_class()
    assert transport._pool._retries == 2
    assert transport._pool._ssl_context is not None and transport._pool._ssl_context.verify_mode == ssl.CERT_NONE
    proxied = LeadiosaHTTPTransport(proxy="http://127.0.0.1:3128")
    assert type(proxied._pool) is httpcore.AsyncHTTPProxy  # a proxy's pool is left as httpx made it


def test_a_timeout_and_a_connection_error_both_say_whether_the_request_was_sent() -> None:
    request = httpx.Request("GET", "https://api.example/workspace")
    failures: list[tuple[httpx.TransportError, type[APIConnectionError], str]] = [
        (httpx.ReadTimeout("slow"), APITimeoutError, "timed out"),
        (httpx.ConnectError("refused"), APIConnectionError, "no response"),
    ]
    for exc, cls, what in failures:
        for sent in (True, False, None):
            error = connection_error(OPERATIONS["workspace_get"], request, exc, sent)
            assert type(error) is cls and error.request_sent is sent and error.request is request
            assert str(error) == f"workspace_get: {what} ({type(exc).__name__}: {exc})"


def test_a_spec_deprecation_without_a_note_says_where_it_comes_from() -> None:
    operation = Operation("x_get", "x", "GET", "/x", idempotent=True, deprecated=True, paginated=False,
                          returns_json=True)  # fmt: skip
    with pytest.warns(LeadiosaDeprecationWarning) as caught:
        DeprecationTracker().check_operation(operation)
    assert [str(w.message) for w in caught] == ["x_get (GET /x) is deprecated: marked deprecated in openapi.json"]


@pytest.mark.fast_paths
def test_the_pool_size_is_read_from_either_stack_and_is_unbounded_when_it_cannot_be() -> None:
    assert pool_size(httpx.AsyncClient(limits=httpx.Limits(max_connections=7))) == 7.0  # httpcore's pool
    assert pool_size(httpx.AsyncClient(limits=httpx.Limits(max_connections=1))) == 1.0
    assert pool_size(DefaultAioHttpClient(limits=httpx.Limits(max_connections=9))) == 9.0  # the aiohttp stack's
    assert pool_size(httpx.AsyncClient(limits=httpx.Limits(max_connections=None))) == math.inf
    assert pool_size(httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200)))) == math.inf
    assert pool_size(httpx.AsyncClient(limits=httpx.Limits(max_connections=0))) == math.inf
    assert pool_size(object()) == math.inf  # type: ignore[arg-type]  # a stand-in without httpx's insides


@pytest.mark.parametrize(
    ("timeout", "bound"),
    [
        (None, math.inf),
        (7, 7.0),
        (httpx.Timeout(None), math.inf),  # no field set: no bound, not max() of nothing
        (httpx.Timeout(5.0, connect=math.inf), 5.0),  # infinite fields are left out
        (httpx.Timeout(2.0, read=9.0), 9.0),  # the largest finite field
    ],
)
def test_an_attempts_end_to_end_bound_is_the_largest_finite_timeout_field(timeout: object, bound: float) -> None:
    from leadiosa_async._transport.attempt_bounds import attempt_seconds

    assert attempt_seconds(timeout) == bound  # type: ignore[arg-type]


def test_the_default_retry_budget_is_the_documented_burst_of_10_then_a_fifth_of_calls() -> None:
    from leadiosa_async import RetryBudget

    budget = RetryBudget()
    assert [budget.try_spend() for _ in range(11)] == [True] * 10 + [False]  # the burst of 10
    for _ in range(5):
        budget.deposit()
    assert budget.try_spend() and not budget.try_spend()  # 5 calls earn one retry


def test_no_asyncio_task_is_found_where_asyncio_is_not_even_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from leadiosa_async._transport.attempt_bounds import asyncio_task

    assert asyncio_task() is None  # loaded, but no loop runs here
    monkeypatch.delitem(sys.modules, "asyncio")  # as in a trio program that never imported it
    assert asyncio_task() is None


@pytest.mark.parametrize("fast", [True, False], ids=["fast path", "public way"])
def test_a_response_read_already_is_the_same_either_way(monkeypatch: pytest.MonkeyPatch, fast: bool) -> None:
    """What the aiohttp and httpx2 stacks hand back for a small body they read at once: on the fast path built
    without httpx's decoder chain, and indistinguishable from `httpx.Response(content=...)`, the public way."""
    monkeypatch.setattr(httpx_private, "FAST", fast)
    request = httpx.Request("GET", "https://api.example/workspace")
    headers = [(b"Content-Type", b"application/json"), (b"Content-Length", b"2")]
    response = httpx_private.read_response(200, headers, b"{}", request, {"reason_phrase": b"Fine"})
    assert response.content == b"{}" and response.json() == {} and httpx_private.read_already(response) == b"{}"
    assert response.is_stream_consumed and response.is_closed and response.request is request
    assert response.headers.raw == headers and response.reason_phrase == "Fine"
    with pytest.raises(httpx.StreamConsumed):
        next(iter(response.iter_raw()))  # nothing left to stream, as after httpx's own read


def test_a_transport_config_s_defaults_are_the_client_s() -> None:
    import inspect

    import httpx

    from leadiosa_async import AsyncLeadiosa, Clock, Hooks, RetryBudget
    from leadiosa_async._transport.auth import TokenSource
    from leadiosa_async._transport.config import TransportConfig

    config = TransportConfig("https://leadiosa.test/api/v1", TokenSource("lds_t_0123456789", Clock(), None),
                             httpx.Timeout(30), "ua")  # fmt: skip
    client = inspect.signature(AsyncLeadiosa).parameters
    for name in ("max_retries", "max_retry_after", "throttle", "deadline", "priority", "rate_reserve"):
        assert getattr(config, name) == client[name].default, name
    assert isinstance(config.budget, RetryBudget) and isinstance(config.hooks, Hooks)
    assert type(config.clock) is Clock and config.default_headers == {} and config.rate_store is None
