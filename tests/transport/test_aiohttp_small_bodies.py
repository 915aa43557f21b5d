"""The aiohttp transport reads a small body sent as is (a Content-Length of at most 64 KiB, no Content-Encoding)
together with its answer, and streams any other; either way the SDK's rules hold: the size cap, the attempt's
deadline, errors mid-body, and connections reused only when the body was read to its end. Against raw sockets."""

from __future__ import annotations

import gzip
import json
import threading
import time

import anyio
import httpx
import pytest

from leadiosa_async import (
    APIConnectionError,
    APITimeoutError,
    AsyncLeadiosa,
    DefaultAioHttpClient,
    NotFoundError,
    ResponseTooLargeError,
)
from leadiosa_async._stacks.aiohttp_transport import SMALL_BODY, LeadiosaAiohttpTransport
from leadiosa_async.testing import FakeClock
from tests.conftest import TOKEN, WORKSPACE
from tests.raw_server import Conn, Request, head, raw_server, serve_forever

pytestmark = [pytest.mark.anyio, pytest.mark.parametrize("anyio_backend", ["asyncio"])]  # aiohttp: asyncio only
OK = json.dumps(WORKSPACE).encode()


def answers(body: bytes, headers: dict[str, str], status: int = 200) -> object:
    async def script(conn: Conn) -> None:
        async def answer(request: Request) -> None:
            await conn.send(head(status, headers) + body)

        await serve_forever(conn, answer)

    return script


@pytest.mark.parametrize(
    ("body", "headers", "read_at_once"),
    [
        (OK, {"Content-Length": str(len(OK))}, True),
        (b"", {"Content-Length": "0"}, True),
        (b"x" * SMALL_BODY, {"Content-Length": str(SMALL_BODY)}, True),
        (b"x" * (SMALL_BODY + 1), {"Content-Length": str(SMALL_BODY + 1)}, False),
        (gzip.compress(OK), {"Content-Length": str(len(gzip.compress(OK))), "Content-Encoding": "gzip"}, False),
        (b"%x\r\n%b\r\n0\r\n\r\n" % (len(OK), OK), {"Transfer-Encoding": "chunked"}, False),
    ],
    ids=["json", "empty", "64 KiB", "64 KiB + 1", "gzip", "chunked"],
)
async def test_only_a_small_body_sent_as_is_comes_read_with_its_answer(
    body: bytes, headers: dict[str, str], read_at_once: bool
) -> None:
    transport = LeadiosaAiohttpTransport()
    with raw_server(answers(body, headers)) as server:  # type: ignore[arg-type]
        try:
            for _ in range(2):
                request = httpx.Request("GET", server.base_url + "/x")
                response = await transport.handle_async_request(request)
                assert hasattr(response, "_content") is read_at_once
                assert response.request is request and response.reason_phrase == "X"  # the server's own phrase
                expected = OK if "Content-Encoding" in headers or "Transfer-Encoding" in headers else body
                assert await response.aread() == expected
                await response.aclose()
        finally:
            await transport.aclose()
    assert server.connections == 1  # read to its end either way: the connection was reused


async def test_a_small_body_cut_short_is_a_read_error_and_a_get_is_retried_on_a_new_connection() -> None:
    async def script(conn: Conn) -> None:
        if await conn.read_request() is None:
            return
        if conn.server.connections == 1:
            await conn.send(head(200, {"Content-Length": str(len(OK))}) + OK[:10])  # then hang up
            return
        await conn.respond(200, OK)
        await serve_forever(conn, lambda request: conn.respond(200, OK))

    transport = LeadiosaAiohttpTransport()
    with raw_server(script) as server:
        try:
            request = httpx.Request("GET", server.base_url + "/x")
            with anyio.fail_after(10), pytest.raises(httpx.ReadError) as info:
                await transport.handle_async_request(request)
            assert info.value.request is request
        finally:
            await transport.aclose()
    with raw_server(script) as server:
        http_client = DefaultAioHttpClient()
        clock = FakeClock()  # the retry's sleep is virtual
        async with AsyncLeadiosa(TOKEN, base_url=server.base_url, http_client=http_client, clock=clock) as client:
            with anyio.fail_after(10):
                assert (await client.workspace.get()).id == WORKSPACE["id"]
    assert len(clock.sleeps) == 1
    assert server.connections == 2 and len(server.requests) == 2


async def test_a_small_body_that_stops_halfway_is_ended_by_the_attempt_s_deadline_and_its_connection_closed() -> None:
    closed = threading.Event()  # set by the server's thread

    async def script(conn: Conn) -> None:
        if await conn.read_request() is None:
            return
        if conn.server.connections == 1:
            await conn.send(head(200, {"Content-Length": str(len(OK))}) + OK[:10])
            await conn.reader.read()  # until the client closes the connection
            closed.set()
            return
        await conn.respond(200, OK)
        await serve_forever(conn, lambda request: conn.respond(200, OK))

    with raw_server(script) as server:
        http_client = DefaultAioHttpClient()
        async with AsyncLeadiosa(TOKEN, base_url=server.base_url, http_client=http_client, max_retries=0) as client:
            started = time.monotonic()
            with anyio.fail_after(10), pytest.raises(APITimeoutError, match="end to end"):
                await client.workspace.get(timeout=0.3)
            assert time.monotonic() - started < 2.0
            with anyio.fail_after(5):
                assert (await client.workspace.get()).id == WORKSPACE["id"]  # on a new connection
    assert server.connections == 2
    assert closed.wait(5)


async def test_a_small_body_over_max_response_bytes_is_still_a_typed_error() -> None:
    with raw_server(answers(OK, {"Content-Length": str(len(OK))})) as server:  # type: ignore[arg-type]
        http_client = DefaultAioHttpClient()
        async with AsyncLeadiosa(
            TOKEN, base_url=server.base_url, http_client=http_client, max_response_bytes=10
        ) as client:
            with anyio.fail_after(10), pytest.raises(ResponseTooLargeError) as info:
                await client.workspace.get()
    assert info.value.limit == 10 and info.value.status_code == 200


async def test_a_small_error_body_comes_through_with_its_status() -> None:
    error = json.dumps({"error": {"type": "not_found", "message": "no such contact", "request_id": "r1"}}).encode()
    with raw_server(answers(error, {"Content-Length": str(len(error))}, status=404)) as server:  # type: ignore[arg-type]
        async with AsyncLeadiosa(TOKEN, base_url=server.base_url, http_client=DefaultAioHttpClient()) as client:
            with anyio.fail_after(10), pytest.raises(NotFoundError, match="no such contact") as info:
                await client.contacts.get("ct_missing")
    assert info.value.status_code == 404 and info.value.request_id == "r1"


@pytest.mark.parametrize("length", ["abc", "-5", "99999999999999999999999"])
async def test_a_content_length_that_is_not_a_number_is_a_typed_error(length: str) -> None:
    with raw_server(answers(OK, {"Content-Length": length})) as server:  # type: ignore[arg-type]
        async with AsyncLeadiosa(TOKEN, base_url=server.base_url, http_client=DefaultAioHttpClient()) as client:
            with anyio.fail_after(10), pytest.raises(APIConnectionError, match="Content-Length"):
                await client.workspace.get(max_retries=0)
