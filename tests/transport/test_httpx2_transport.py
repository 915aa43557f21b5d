"""The httpx2 stack's transport on its own, over `httpx2.MockTransport`: what each request carries to httpx2 and what
each response and failure brings back (the request it belongs to, the server's reason phrase, the error's message
and cause), for a small body read at once and a body streamed, and what the transport leaves to the client's owner.
And its fast path, over a real socket: which clients' requests go straight to httpcore2's pool, and that those
bring back what the public way does.
"""

from __future__ import annotations

import gzip
from collections.abc import AsyncIterator, Callable

import anyio
import httpcore2
import httpx
import httpx2
import pytest

from leadiosa_async import DefaultHttpx2Client
from leadiosa_async._stacks import httpx2_transport
from leadiosa_async._stacks.httpx2_transport import SMALL_BODY, Httpx2Transport, direct_pool, mapped, raise_mapped
from tests.raw_server import Conn, Request, head, raw_server, serve_forever

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Failing(httpx2.AsyncByteStream):
    """A body whose first chunk arrives and whose reading then fails as a dropped connection does."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"{"
        raise httpx2.ReadError("connection dropped mid-body")


def over(handler: Callable[[httpx2.Request], httpx2.Response], **client: object) -> Httpx2Transport:
    return Httpx2Transport(httpx2.AsyncClient(transport=httpx2.MockTransport(handler), **client))  # type: ignore[arg-type]


def test_an_invalid_url_and_an_unknown_failure_keep_their_message_and_their_request() -> None:
    request = httpx.Request("GET", "http://127.0.0.1/")
    invalid = mapped(httpx2.InvalidURL("no host"), request)
    assert type(invalid) is httpx.UnsupportedProtocol and str(invalid) == "no host" and invalid.request is request

    class Unknown(httpx2.RequestError):
        pass

    for exc, text in ((Unknown("odd"), "odd"), (Unknown(""), "Unknown")):  # with no message: its class's name
        error = mapped(exc, request)
        assert type(error) is httpx.ReadError and str(error) == text and error.request is request


def test_a_raised_failure_is_the_mapped_one_caused_by_httpx2s() -> None:
    request = httpx.Request("GET", "http://127.0.0.1/")
    original = httpx2.ConnectError("refused")
    with pytest.raises(httpx.ConnectError) as info:
        raise_mapped(original, request)
    assert info.value.request is request and info.value.__cause__ is original


async def test_a_request_reaches_httpx2_as_built_with_its_timeouts_and_a_streamed_upload() -> None:
    seen: list[httpx2.Request] = []

    async def handler(request: httpx2.Request) -> httpx2.Response:
        await request.aread()
        seen.append(request)
        return httpx2.Response(201, content=b"{}")

    transport = over(handler)  # type: ignore[arg-type]

    async def upload() -> AsyncIterator[bytes]:
        yield b"part one, "
        yield b"part two"

    timeout = {"connect": 1.0, "read": 2.0, "write": 3.0, "pool": 4.0}
    request = httpx.Request("POST", "http://127.0.0.1/files?q=a%20b", content=upload(), headers={"X-A": "1"},
                            extensions={"timeout": timeout})  # fmt: skip
    response = await transport.handle_async_request(request)
    assert response.status_code == 201
    (sent,) = seen
    assert sent.method == "POST" and str(sent.url) == "http://127.0.0.1/files?q=a%20b"
    assert sent.content == b"part one, part two" and sent.headers["x-a"] == "1"
    assert sent.extensions["timeout"] == timeout


async def test_a_redirect_comes_back_to_the_sdk_even_from_a_client_that_follows_them() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/moved":
            return httpx2.Response(302, headers={"Location": "/elsewhere"})
        return httpx2.Response(200, content=b"followed")

    transport = over(handler, follow_redirects=True)
    response = await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1/moved"))
    assert response.status_code == 302 and response.headers["location"] == "/elsewhere"


async def test_a_failed_send_is_the_httpx_error_for_this_request() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("refused", request=request)

    request = httpx.Request("GET", "http://127.0.0.1/")
    with pytest.raises(httpx.ConnectError) as info:
        await over(handler).handle_async_request(request)
    assert info.value.request is request and type(info.value.__cause__) is httpx2.ConnectError


@pytest.mark.parametrize("size", [1, SMALL_BODY])
async def test_a_small_body_is_read_at_once_and_keeps_its_request_and_reason_phrase(size: int) -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, content=b"x" * size, extensions={"reason_phrase": b"Fine Thanks"})

    request = httpx.Request("GET", "http://127.0.0.1/")
    response = await over(handler).handle_async_request(request)
    assert response.is_stream_consumed and response.content == b"x" * size  # nothing left to stream
    assert response.request is request and response.reason_phrase == "Fine Thanks"


@pytest.mark.parametrize("length", [str(SMALL_BODY + 1), None])
async def test_a_larger_body_or_one_of_unknown_length_is_streamed_with_its_request_and_reason_phrase(
    length: str | None,
) -> None:
    body = b"y" * (SMALL_BODY + 1)

    def handler(request: httpx2.Request) -> httpx2.Response:
        headers = {"Content-Length": length} if length else {"Transfer-Encoding": "chunked"}

        async def chunks() -> AsyncIterator[bytes]:
            yield body

        return httpx2.Response(200, headers=headers, content=chunks(), extensions={"reason_phrase": b"Streaming"})

    request = httpx.Request("GET", "http://127.0.0.1/")
    response = await over(handler).handle_async_request(request)
    assert not response.is_stream_consumed  # the SDK's caps and deadlines apply while it is read
    assert response.request is request and response.reason_phrase == "Streaming"
    assert await response.aread() == body


@pytest.mark.parametrize(
    "headers",
    [[("Content-Length", "3"), ("Content-Length", "3")], [("Content-Length", "+3")],
     [("Content-Length", "3"), ("Content-Encoding", "identity")]],
)  # fmt: skip
async def test_a_body_of_two_lengths_a_length_not_in_digits_or_an_encoding_is_streamed(
    headers: list[tuple[str, str]],
) -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        async def chunks() -> AsyncIterator[bytes]:
            yield b"abc"

        return httpx2.Response(200, headers=headers, content=chunks())

    response = await over(handler).handle_async_request(httpx.Request("GET", "http://127.0.0.1/"))
    assert not response.is_stream_consumed and await response.aread() == b"abc"


async def test_a_small_body_in_pieces_is_read_whole() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        async def pieces() -> AsyncIterator[bytes]:
            for piece in (b"{", b'"a"', b": 1}"):
                yield piece

        return httpx2.Response(200, headers={"Content-Length": "8"}, content=pieces())

    response = await over(handler).handle_async_request(httpx.Request("GET", "http://127.0.0.1/"))
    assert response.is_stream_consumed and response.content == b'{"a": 1}'


@pytest.mark.parametrize("length", [10, SMALL_BODY])
async def test_a_small_body_that_fails_fails_the_send_with_the_error_for_this_request(length: int) -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, headers={"Content-Length": str(length)}, stream=Failing())

    request = httpx.Request("GET", "http://127.0.0.1/")
    with pytest.raises(httpx.ReadError, match="connection dropped mid-body") as info:
        await over(handler).handle_async_request(request)
    assert info.value.request is request and type(info.value.__cause__) is httpx2.ReadError


async def test_a_streamed_body_that_fails_fails_its_reading_with_the_error_for_this_request() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, headers={"Content-Length": str(SMALL_BODY + 1)}, stream=Failing())

    request = httpx.Request("GET", "http://127.0.0.1/")
    response = await over(handler).handle_async_request(request)  # the send itself succeeded
    with pytest.raises(httpx.ReadError, match="connection dropped mid-body") as info:
        await response.aread()
    assert info.value.request is request and type(info.value.__cause__) is httpx2.ReadError


async def test_a_client_handed_in_is_not_the_sdks_to_close_and_its_pool_size_is_kept() -> None:
    client = httpx2.AsyncClient()
    transport = Httpx2Transport(client, max_connections=7)
    assert not transport.owned and transport.max_connections == 7
    await transport.aclose()
    assert not client.is_closed
    await client.aclose()


def test_a_client_of_yours_in_a_forked_child_is_refused_saying_where_to_make_it() -> None:
    with pytest.raises(RuntimeError) as info:
        Httpx2Transport(httpx2.AsyncClient()).forget_after_fork()
    assert str(info.value).endswith("post_fork, Celery's worker_process_init, or inside the multiprocessing target)")


async def test_a_body_its_transport_read_already_comes_back_as_httpx2_decoded_it() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:  # a mock's response is read when made
        return httpx2.Response(200, content=gzip.compress(b"z" * 100), headers={"Content-Encoding": "gzip"})

    response = await over(handler).handle_async_request(httpx.Request("GET", "http://127.0.0.1/"))
    assert response.content == b"z" * 100 and "content-encoding" not in response.headers


@pytest.mark.parametrize(
    ("name", "expected"),
    [("ConnectError", httpx.ConnectError), ("ReadTimeout", httpx.ReadTimeout), ("PoolTimeout", httpx.PoolTimeout),
     ("RemoteProtocolError", httpx.RemoteProtocolError), ("LocalProtocolError", httpx.LocalProtocolError),
     ("WriteError", httpx.WriteError), ("ProxyError", httpx.ProxyError),
     ("UnsupportedProtocol", httpx.UnsupportedProtocol)],
)  # fmt: skip
def test_httpcore2s_errors_are_the_httpx_errors_of_the_same_name(name: str, expected: type[Exception]) -> None:
    request = httpx.Request("GET", "http://127.0.0.1/")
    error = mapped(getattr(httpcore2, name)("went wrong"), request)
    assert isinstance(error, httpx.RequestError) and type(error) is expected
    assert str(error) == "went wrong" and error.request is request


async def _make_calls(transport: Httpx2Transport, base: str) -> list[httpx.Response]:
    """A small body, a large one (streamed), a gzipped one, a 204 and a POST, each read to the end."""
    responses = []
    for method, path in (("GET", "/small"), ("GET", "/large"), ("GET", "/gzip"), ("GET", "/empty"), ("POST", "/")):
        content = b'{"a": 1}' if method == "POST" else None
        timeout = {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
        request = httpx.Request(method, base + path + "?q=a%20b", content=content, headers={"X-Call": path},
                                extensions={"timeout": timeout})  # fmt: skip
        response = await transport.handle_async_request(request)
        assert response.request is request
        await response.aread()
        await response.aclose()
        responses.append(response)
    return responses


async def answer_by_path(conn: Conn) -> None:
    async def answer(request: Request) -> None:
        path = request.path.split("?")[0]
        if path == "/large":
            await conn.respond(200, b"L" * (SMALL_BODY + 1), reason="Large")
        elif path == "/gzip":
            await conn.respond(200, gzip.compress(b"G" * 50), {"Content-Encoding": "gzip"})
        elif path == "/empty":
            await conn.send(head(204, {}, "Nothing"))
        else:
            await conn.respond(200, b"S:" + request.body, reason="Small")

    await serve_forever(conn, answer)


@pytest.mark.fast_paths
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_the_sdks_client_sends_straight_to_the_pool_and_gets_what_the_public_way_gets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with raw_server(answer_by_path) as server:
        base = f"http://127.0.0.1:{server.port}"
        fast = DefaultHttpx2Client().sdk_transports[0]
        assert isinstance(fast._pool, httpcore2.AsyncConnectionPool)
        sent = fast.client.send
        monkeypatch.setattr(fast.client, "send", None)  # never called on the fast path
        direct = await _make_calls(fast, base)
        monkeypatch.setattr(fast.client, "send", sent)
        await fast.aclose()
        monkeypatch.setattr(httpx2_transport, "FAST", False)
        public = DefaultHttpx2Client().sdk_transports[0]
        assert public._pool is None
        through_send = await _make_calls(public, base)
        await public.aclose()
    assert [r.status_code for r in direct] == [200, 200, 200, 204, 200]
    for one, other in zip(direct, through_send, strict=True):
        assert (one.status_code, one.reason_phrase, one.http_version) == (
            other.status_code, other.reason_phrase, other.http_version)  # fmt: skip
        assert one.headers.raw == other.headers.raw and one.content == other.content
    assert direct[1].content == b"L" * (SMALL_BODY + 1) and direct[2].content == b"G" * 50
    assert direct[4].content == b'S:{"a": 1}'
    assert [r.header_values("x-call") for r in server.requests] == [[p] for p in
            ("/small", "/large", "/gzip", "/empty", "/")] * 2  # fmt: skip
    assert server.requests[:5] == server.requests[5:]  # the same on the wire, both ways


@pytest.mark.fast_paths
async def test_a_client_with_anything_of_its_own_between_goes_through_its_send() -> None:
    async def hook(request: httpx2.Request) -> None:
        pass

    clients = [
        httpx2.AsyncClient(proxy="http://127.0.0.1:1"),
        httpx2.AsyncClient(auth=("user", "secret")),
        httpx2.AsyncClient(event_hooks={"request": [hook]}),
        httpx2.AsyncClient(transport=httpx2.MockTransport(lambda request: httpx2.Response(200))),
        httpx2.AsyncClient(mounts={"http://other.example": httpx2.AsyncHTTPTransport()}),
    ]
    assert [direct_pool(client) for client in clients] == [None] * len(clients)
    assert isinstance(direct_pool(httpx2.AsyncClient()), httpcore2.AsyncConnectionPool)
    assert Httpx2Transport(httpx2.AsyncClient())._pool is None  # a client of yours: always its send
    for client in clients:
        await client.aclose()


async def test_a_closed_client_and_a_url_with_credentials_go_through_its_send() -> None:
    with raw_server(answer_by_path) as server:
        transport = DefaultHttpx2Client().sdk_transports[0]
        request = httpx.Request("GET", f"http://user:secret@127.0.0.1:{server.port}/small")
        await (await transport.handle_async_request(request)).aclose()
        assert server.requests[0].header_values("authorization") == ["Basic dXNlcjpzZWNyZXQ="]  # httpx2's basic auth
        await transport.aclose()
        with pytest.raises(RuntimeError, match="the client has been closed"):
            await transport.handle_async_request(httpx.Request("GET", f"http://127.0.0.1:{server.port}/small"))
    assert len(server.requests) == 1


async def never_answer(conn: Conn) -> None:
    await conn.read_request()
    await anyio.sleep(30)  # the connection stays open, silent


@pytest.mark.fast_paths
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_straight_to_the_pool_a_failure_is_the_httpx_error_for_this_request_within_its_timeouts() -> None:
    transport = DefaultHttpx2Client().sdk_transports[0]
    assert transport._pool is not None
    with raw_server(never_answer) as server:
        timeout = {"connect": 5.0, "read": 0.2, "write": 5.0, "pool": 5.0}
        request = httpx.Request("GET", f"http://127.0.0.1:{server.port}/", extensions={"timeout": timeout})
        with anyio.fail_after(5), pytest.raises(httpx.ReadTimeout) as timed_out:
            await transport.handle_async_request(request)  # the request's read timeout reaches httpcore2
    refused = httpx.Request("GET", f"http://127.0.0.1:{server.port}/")  # the server is gone: nothing listens
    with pytest.raises(httpx.ConnectError) as failed:
        await transport.handle_async_request(refused)
    await transport.aclose()
    assert timed_out.value.request is request and type(timed_out.value.__cause__) is httpcore2.ReadTimeout
    assert failed.value.request is refused and type(failed.value.__cause__) is httpcore2.ConnectError
