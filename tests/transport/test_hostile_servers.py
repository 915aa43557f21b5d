"""Hostile servers on raw sockets: every call ends in bounded time with a typed error or a result.

Each server is a script over a real TCP connection (tests/raw_server.py), so httpcore's pool, h11
and httpx's decoders all run for real. Sleeps are only what each behaviour needs (a drip, a
half-second window); the memory cases run in a subprocess (test_hostile_memory.py).
"""

from __future__ import annotations

import email.utils
import gzip
import json
import time
import zlib
from collections.abc import Callable
from typing import Any, cast

import anyio
import httpx
import pytest

from leadiosa_async import (
    APIConnectionError,
    APITimeoutError,
    AsyncLeadiosa,
    DefaultAioHttpClient,
    DefaultHttpx2Client,
    Hooks,
    InternalServerError,
    Leadiosa,
    LeadiosaDeprecationWarning,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from leadiosa_async.testing import FakeClock
from tests.conftest import TOKEN, WORKSPACE
from tests.raw_server import Conn, Request, raw_server, serve_forever
from tests.sync_facade import AsyncFacade

pytestmark = [pytest.mark.anyio, pytest.mark.both_clients, pytest.mark.both_stacks]
OK = json.dumps(WORKSPACE).encode()


ClientFor = Callable[..., AsyncLeadiosa]


@pytest.fixture
def client_for(client_kind: str) -> ClientFor:
    """A client for a raw server's base URL: the async client or the sync one behind `AsyncFacade`, on httpx,
    httpx2 or aiohttp."""

    def make(base_url: str, **kwargs: Any) -> AsyncLeadiosa:
        stack = client_kind.removeprefix("sync-")
        if stack == "aiohttp":
            kwargs["http_client"] = DefaultAioHttpClient()
        if stack == "httpx2":
            kwargs["http_client"] = DefaultHttpx2Client()
        if client_kind.startswith("sync"):
            return cast(AsyncLeadiosa, AsyncFacade(Leadiosa(TOKEN, base_url=base_url, **kwargs)))
        return AsyncLeadiosa(TOKEN, base_url=base_url, **kwargs)

    return make


def window(limit: int, remaining: int, reset: float | str) -> dict[str, str]:
    return {"X-RateLimit-Limit": str(limit), "X-RateLimit-Remaining": str(remaining), "X-RateLimit-Reset": str(reset)}


# 1. time at the gate is bounded ------------------------------------------------------------------


async def test_a_window_of_limit_zero_is_waited_out_then_the_call_goes(client_for: ClientFor) -> None:
    async def script(conn: Conn) -> None:
        async def answer(request: Request) -> None:
            first = len(conn.server.requests) == 1
            await conn.respond(200, OK, window(0, 0, 0.5) if first else window(10, 9, 60))

        await serve_forever(conn, answer)

    with raw_server(script) as server:
        async with client_for(server.base_url) as client:
            await client.workspace.get()
            started = time.monotonic()
            with anyio.fail_after(5):
                await client.workspace.get()
            assert 0.3 <= time.monotonic() - started < 2.5
    assert len(server.requests) == 2


async def test_a_gate_wait_longer_than_max_retry_after_is_not_sent(client_for: ClientFor) -> None:
    async def script(conn: Conn) -> None:
        await serve_forever(conn, lambda request: conn.respond(200, OK, window(0, 0, 30)))

    with raw_server(script) as server:
        async with client_for(server.base_url, max_retry_after=1) as client:
            await client.workspace.get()
            with anyio.fail_after(2), pytest.raises(RateLimitError, match="not sent") as info:
                await client.workspace.get()
    assert len(server.requests) == 1
    assert info.value.sent is False and info.value.response is None and 25 < (info.value.retry_after or 0) <= 30


@pytest.mark.async_only("an enclosing anyio deadline bounds awaits; the sync client's is `deadline=` (test_options)")
async def test_an_enclosing_deadline_ends_a_gate_wait_as_it_ends_anything(client_for: ClientFor) -> None:
    async def script(conn: Conn) -> None:
        await serve_forever(conn, lambda request: conn.respond(200, OK, window(5, 0, 20)))

    with raw_server(script) as server:
        async with client_for(server.base_url) as client:
            await client.workspace.get()
            started = time.monotonic()
            with pytest.raises(TimeoutError):
                with anyio.fail_after(0.3):
                    await client.workspace.get()
            assert time.monotonic() - started < 1.5
    assert len(server.requests) == 1


async def test_concurrent_calls_beyond_the_window_raise_without_sending(client_for: ClientFor) -> None:
    """60 calls against 40 per 30 s with max_retry_after=5: 40 go, 20 raise unsent, the server sends no 429."""
    sent_429 = 0

    async def script(conn: Conn) -> None:
        async def answer(request: Request) -> None:
            nonlocal sent_429
            used = len(conn.server.requests)
            if used > 40:
                sent_429 += 1
                await conn.respond(429, b'{"error":{"code":"rate_limited","message":"slow down"}}', window(40, 0, 30))
            else:
                await conn.respond(200, OK, window(40, 40 - used, 30))

        await serve_forever(conn, answer)

    results: list[object] = []
    with raw_server(script) as server:
        async with client_for(server.base_url, max_retry_after=5, max_retries=0) as client:

            async def call() -> None:
                try:
                    results.append(await client.workspace.get())
                except RateLimitError as exc:
                    results.append(exc)

            with anyio.fail_after(10):
                async with anyio.create_task_group() as tg:
                    for _ in range(60):
                        tg.start_soon(call)
    unsent = [r for r in results if isinstance(r, RateLimitError) and not r.sent]
    assert sent_429 == 0 and len(server.requests) == 40
    assert len(unsent) == 20 and all("not sent" in str(r) for r in unsent)


# 2. absurd and skewed rate-limit headers ------------------------------------------------------


async def test_an_absurd_reset_is_ignored_and_later_windows_are_recognised(client_for: ClientFor) -> None:
    async def script(conn: Conn) -> None:
        async def answer(request: Request) -> None:
            n = len(conn.server.requests)
            if n == 1:
                await conn.respond(200, OK, window(300, 0, 32503680000))  # the year 3000
            elif n == 2:
                await conn.respond(200, OK, window(300, 0, 1.5))  # used up for 1.5 s
            else:
                await conn.respond(200, OK, window(300, 299, 60))

        await serve_forever(conn, answer)

    with raw_server(script) as server:
        async with client_for(server.base_url) as client:
            await client.workspace.get()
            assert client.rate_limit is None  # not pinned in the year 3000
            await client.workspace.get()
            assert client.rate_limit is not None and client.rate_limit.reset_at < time.time() + 2
            started = time.monotonic()
            await client.workspace.get()
            assert 1.0 <= time.monotonic() - started < 3.0  # the sane window was honoured


async def test_a_skewed_server_clock_is_corrected(client_for: ClientFor) -> None:
    """The server's clock is an hour ahead; its absolute reset means 1.5 s from now, not 3601.5 s."""

    async def script(conn: Conn) -> None:
        async def answer(request: Request) -> None:
            server_now = time.time() + 3600
            date = email.utils.formatdate(server_now, usegmt=True)
            first = len(conn.server.requests) == 1
            rl = window(300, 0, int(server_now) + 2) if first else window(300, 299, int(server_now) + 60)
            await conn.respond(200, OK, {**rl, "Date": date})

        await serve_forever(conn, answer)

    with raw_server(script) as server:
        async with client_for(server.base_url, max_retry_after=10) as client:
            await client.workspace.get()
            assert client.rate_limit is not None and client.rate_limit.reset_at < time.time() + 4
            started = time.monotonic()
            await client.workspace.get()  # waits ~1-2 s, instead of refusing a one-hour wait
            assert time.monotonic() - started < 4


# 3. one deadline per attempt, end to end ---------------------------------------------------------


async def drip(conn: Conn) -> None:
    """Headers at once, then one body byte every 0.5 s."""
    while await conn.read_request() is not None:
        await conn.send(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n")
        for _ in range(100):
            await anyio.sleep(0.5)
            await conn.send(b" ")


@pytest.mark.parametrize("timeout", [1.0, httpx.Timeout(1.0), httpx.Timeout(None, read=0.8, connect=1.0)])
async def test_timeout_bounds_the_whole_attempt_against_a_dripping_body(
    timeout: float | httpx.Timeout,  # noqa: ASYNC109
    client_for: ClientFor,
) -> None:
    with raw_server(drip) as server:
        async with client_for(server.base_url, timeout=timeout, max_retries=0) as client:
            started = time.monotonic()
            with anyio.fail_after(10), pytest.raises(APITimeoutError, match="end to end"):
                await client.workspace.get()
            assert 0.9 <= time.monotonic() - started < 2.0


async def test_a_per_call_timeout_bounds_each_attempt_and_retries_are_outside_it(client_for: ClientFor) -> None:
    clock = FakeClock()  # retry sleeps are virtual; attempts take real time
    with raw_server(drip) as server:
        async with client_for(server.base_url, clock=clock) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.workspace.get(timeout=0.5, max_retries=2)
            assert 1.4 <= time.monotonic() - started < 3.0  # three attempts of 0.5 s
    assert len(server.requests) == 3 and len(clock.sleeps) == 2


# 4 + 5. response size, bombs, broken encodings -----------------------------------------------------


async def test_a_body_over_max_response_bytes_is_a_typed_error_and_the_connection_is_closed(
    client_for: ClientFor,
) -> None:
    async def script(conn: Conn) -> None:
        async def answer(request: Request) -> None:
            if request.path.endswith("/workspace"):
                await conn.send(b"HTTP/1.1 200 OK\r\nContent-Length: 300000000\r\n\r\n")
                for _ in range(300):  # 300 MB, if anyone reads it
                    await conn.send(b"x" * 1_000_000)
            else:
                await conn.respond(200, b'{"status": "active"}')

        await serve_forever(conn, answer)

    with raw_server(script) as server:
        async with client_for(server.base_url, max_response_bytes=1_000_000) as client:
            with anyio.fail_after(10), pytest.raises(ResponseTooLargeError) as info:
                await client.workspace.get()
            assert info.value.limit == 1_000_000 and info.value.status_code == 200
            pool = getattr(client._http_client._transport, "_pool", None)  # httpcore's (the default stack)
            assert pool is None or pool.connections == []  # closed mid-body, not returned to the pool
            assert (await client.workspace.get_archive_status()).status == "active"  # the client still works
    assert server.connections == 2


async def test_a_compression_bomb_stops_at_the_cap(client_for: ClientFor) -> None:
    bomb = gzip.compress(b"\0" * 64_000_000, compresslevel=9)  # 62 KB on the wire

    async def script(conn: Conn) -> None:
        await serve_forever(
            conn,
            lambda request: conn.respond(200, bomb, {"Content-Encoding": "gzip", "Content-Type": "application/json"}),
        )

    with raw_server(script) as server:
        async with client_for(server.base_url, max_response_bytes=1_000_000) as client:
            with anyio.fail_after(10), pytest.raises(ResponseTooLargeError, match="max_response_bytes"):
                await client.workspace.get()


async def test_an_error_body_is_cut_and_keeps_its_status_class(client_for: ClientFor) -> None:
    message = "m" * 60_000
    envelope = json.dumps({"error": {"code": "boom", "message": message, "request_id": "req_1"}}).encode()

    async def script(conn: Conn) -> None:
        async def answer(request: Request) -> None:
            big = len(conn.server.requests) == 1
            await conn.respond(500, b"<html>" + b"x" * 10_000_000 if big else envelope)

        await serve_forever(conn, answer)

    with raw_server(script) as server:
        async with client_for(server.base_url, max_retries=0) as client:
            with anyio.fail_after(10), pytest.raises(InternalServerError) as info:
                await client.workspace.get()
            assert len(info.value.body) == 64 * 1024 and len(str(info.value)) < 1200
            with pytest.raises(InternalServerError) as info:
                await client.workspace.get()
            assert info.value.code == "boom" and info.value.request_id == "req_1"
            assert info.value.body["error"]["message"] == message  # the whole body is kept
            assert len(str(info.value)) < 1200 and "(60000 chars)" in str(info.value)


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
@pytest.mark.parametrize(("status", "expected"), [(200, ResponseValidationError), (500, InternalServerError)])
async def test_a_body_that_is_not_the_encoding_it_claims_is_a_typed_error(
    encoding: str, status: int, expected: type[Exception], client_for: ClientFor
) -> None:
    async def script(conn: Conn) -> None:
        await serve_forever(
            conn, lambda request: conn.respond(status, b"definitely not compressed", {"Content-Encoding": encoding})
        )

    with raw_server(script) as server:
        async with client_for(server.base_url, max_retries=0) as client:
            with anyio.fail_after(5), pytest.raises(expected) as info:
                await client.workspace.get()
    assert type(info.value) is expected
    if status == 200:
        assert "could not be decoded" in str(info.value)


async def test_a_well_formed_compressed_body_still_decodes(client_for: ClientFor) -> None:
    body = zlib.compress(OK)

    async def script(conn: Conn) -> None:
        await serve_forever(conn, lambda request: conn.respond(200, body, {"Content-Encoding": "deflate"}))

    with raw_server(script) as server:
        async with client_for(server.base_url) as client:
            assert (await client.workspace.get()).id == WORKSPACE["id"]


# 7 + 8. headers ---------------------------------------------------------------------------------------


async def test_a_caller_header_replaces_the_sdks_whatever_its_case(client_for: ClientFor) -> None:
    async def script(conn: Conn) -> None:
        await serve_forever(conn, lambda request: conn.respond(200, OK))

    with raw_server(script) as server:
        async with client_for(server.base_url) as client:
            await client.workspace.get(extra_headers={"authorization": "Bearer other", "user-agent": "mine/1"})
    request = server.requests[0]
    assert request.header_values("Authorization") == ["Bearer other"]
    assert request.header_values("User-Agent") == ["mine/1"]


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Evil": "a\r\nInjected: 1"},
        {"X-Evil\r\nInjected": "1"},
        {"X-Nul": "a\0b"},
        {"X Space": "1"},
        {"X-Lead": " a"},
    ],
)
async def test_a_header_that_cannot_be_sent_is_refused_before_sending(
    headers: dict[str, str], client_for: ClientFor
) -> None:
    async def script(conn: Conn) -> None:
        await serve_forever(conn, lambda request: conn.respond(200, OK))

    with raw_server(script) as server:
        async with client_for(server.base_url) as client:
            with pytest.raises(ValueError, match="header") as info:
                await client.workspace.get(extra_headers=headers)
    assert server.requests == [] and TOKEN not in str(info.value)


# 9. hooks -----------------------------------------------------------------------------------------------


def test_hooks_take_one_callable_or_a_list_and_refuse_anything_else() -> None:
    def log(event: object) -> None: ...

    assert Hooks(on_retry=log).on_retry == (log,)
    assert Hooks(on_retry=[log, log]).on_retry == (log, log)
    for bad in (5, "log", [log, 5]):
        with pytest.raises(TypeError, match="callable"):
            Hooks(on_retry=bad)  # type: ignore[arg-type]


async def test_a_single_callable_hook_runs_at_a_retry(client_for: ClientFor) -> None:
    seen: list[object] = []

    async def script(conn: Conn) -> None:
        async def answer(request: Request) -> None:
            await conn.respond(503 if len(conn.server.requests) == 1 else 200, OK)

        await serve_forever(conn, answer)

    with raw_server(script) as server:
        async with client_for(server.base_url, hooks=Hooks(on_retry=seen.append), clock=FakeClock()) as client:
            await client.workspace.get()
    assert len(seen) == 1


# 10 + 11. bounded warnings, every Retry-After date form ----------------------------------------------------


async def test_a_huge_deprecation_header_is_cut_in_the_warning(client_for: ClientFor) -> None:
    async def script(conn: Conn) -> None:
        # 8,000: under aiohttp's limit for a header line (8,190; a longer one: test_aiohttp_stack)
        await serve_forever(conn, lambda request: conn.respond(200, OK, {"X-API-Deprecation": "d" * 8_000}))

    with raw_server(script) as server:
        async with client_for(server.base_url) as client:
            with pytest.warns(LeadiosaDeprecationWarning) as record:
                await client.workspace.get()
    message = str(record[0].message)
    assert len(message) < 1200 and "(8000 chars)" in message


@pytest.mark.parametrize("form", ["imf", "rfc850", "asctime"])
async def test_retry_after_in_every_http_date_form_is_honoured(form: str, client_for: ClientFor) -> None:
    clock = FakeClock()
    when = time.gmtime(clock.now + 7)
    dates = {
        "imf": time.strftime("%a, %d %b %Y %H:%M:%S GMT", when),
        "rfc850": time.strftime("%A, %d-%b-%y %H:%M:%S GMT", when),
        "asctime": time.strftime("%a %b %e %H:%M:%S %Y", when),
    }

    async def script(conn: Conn) -> None:
        async def answer(request: Request) -> None:
            first = len(conn.server.requests) == 1
            await conn.respond(503 if first else 200, OK, {"Retry-After": dates[form]} if first else {})

        await serve_forever(conn, answer)

    with raw_server(script) as server:
        async with client_for(server.base_url, clock=clock) as client:
            await client.workspace.get()
    assert clock.sleeps == [7.0]


# 6. a cancelled cold-start probe -----------------------------------------------------------------------


@pytest.mark.async_only("cancels an await from the test's task; a sync call is cancelled by Ctrl-C (test_sync_client)")
async def test_a_cancelled_cold_start_probe_lets_the_next_call_go(client_for: ClientFor) -> None:
    """Before the first response one request goes alone; cancelling it must not hold the others back."""

    async def script(conn: Conn) -> None:
        async def answer(request: Request) -> None:
            if len(conn.server.requests) == 1:
                await anyio.sleep(5)  # the probe hangs until it is cancelled
            await conn.respond(200, OK, window(300, 299, 60))

        await serve_forever(conn, answer)

    with raw_server(script) as server:
        async with client_for(server.base_url) as client:
            with anyio.move_on_after(0.3):
                await client.workspace.get()
            assert client._transport.limiter.in_flight == 0
            with anyio.fail_after(2):
                async with anyio.create_task_group() as tg:
                    for _ in range(5):
                        tg.start_soon(client.workspace.get)
    assert len(server.requests) == 6


# 7. whether a failed call may have reached the server (APIConnectionError.request_sent) --------------------


async def test_request_sent_says_whether_a_failed_call_may_have_reached_the_server(client_for: ClientFor) -> None:
    async def hang_up(conn: Conn) -> None:
        await conn.read_request()  # read, then close without an answer: it may have been acted on

    async def answer_then_hang_up(conn: Conn) -> None:
        async def answer(request: Request) -> None:
            if len(conn.server.requests) == 1:
                await conn.respond(503, b'{"error": {"code": "unavailable", "message": "x"}}')
            else:
                raise ConnectionError("hang up")  # the retry gets no answer

        await serve_forever(conn, answer)

    async with client_for("http://127.0.0.1:9/api/v1", max_retries=1, clock=FakeClock()) as client:
        with anyio.fail_after(10), pytest.raises(APIConnectionError) as refused:
            await client.workspace.get()
    assert refused.value.request_sent is False  # nothing left this machine
    with raw_server(hang_up) as server:
        async with client_for(server.base_url, max_retries=0) as client:
            with anyio.fail_after(10), pytest.raises(APIConnectionError) as dropped:
                await client.conversations.create(channel="chat", contact={"email": "a@example.com"})
    assert dropped.value.request_sent is None and len(server.requests) == 1  # sent, unanswered, not re-sent
    with raw_server(answer_then_hang_up) as server:
        async with client_for(server.base_url, max_retries=1, clock=FakeClock()) as client:
            with anyio.fail_after(10), pytest.raises(APIConnectionError) as after_answer:
                await client.workspace.get()
    # the first attempt was answered (aiohttp itself re-sends a GET once on a kept-alive connection found closed)
    assert after_answer.value.request_sent is True and len(server.requests) >= 2
