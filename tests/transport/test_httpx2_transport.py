"""The httpx2 stack's transport on its own, over `httpx2.MockTransport`: what each request carries to httpx2 and what
each response and failure brings back (the request it belongs to, the server's reason phrase, the error's message
and cause), for a small body read at once and a body streamed, and what the transport leaves to the client's owner.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import httpx2
import pytest

from leadiosa_async._stacks.httpx2_transport import SMALL_BODY, Httpx2Transport, mapped, raise_mapped

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
