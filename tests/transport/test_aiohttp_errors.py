"""The aiohttp transport's error mapping (`_stacks/aiohttp_transport.py`), on its own: each aiohttp failure
becomes the httpx error that says whether the request may have reached the server, carrying the request and
aiohttp's message, raised from the original; what httpx raised itself, or what is not aiohttp's, passes as it is.
(The end-to-end behaviour on real sockets is in `test_aiohttp_stack.py` and the hostile-server suite.)"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
import pytest
import yarl
from aiohttp.client_reqrep import ConnectionKey
from multidict import CIMultiDict, CIMultiDictProxy

from leadiosa_async._stacks.aiohttp_transport import LeadiosaAiohttpTransport, _Body, raise_mapped, remap

REQUEST = httpx.Request("GET", "https://api.example/x")
KEY = ConnectionKey("api.example", 443, True, True, None, None, None, None)
URL = yarl.URL("https://api.example/x")
INFO = aiohttp.RequestInfo(URL, "GET", CIMultiDictProxy(CIMultiDict()), URL)

CASES: list[tuple[BaseException, type[httpx.TransportError], str]] = [
    (aiohttp.ClientConnectorError(KEY, OSError(111, "refused")), httpx.ConnectError, "Cannot connect to host"),
    (aiohttp.ConnectionTimeoutError("connect took too long"), httpx.ConnectTimeout, "connect took too long"),
    (aiohttp.SocketTimeoutError("read took too long"), httpx.ReadTimeout, "read took too long"),
    (aiohttp.ServerTimeoutError("server timed out"), httpx.ReadTimeout, "server timed out"),
    (aiohttp.ServerDisconnectedError("gone"), httpx.RemoteProtocolError, "gone"),
    (
        aiohttp.ClientResponseError(INFO, (), status=400, message="bad status line"),
        httpx.RemoteProtocolError,
        "bad status line",
    ),
    (aiohttp.InvalidURL("ftp://x"), httpx.UnsupportedProtocol, "ftp://x"),
    (aiohttp.ClientPayloadError("body cut short"), httpx.ReadError, "body cut short"),
    (aiohttp.ClientOSError(104, "reset by peer"), httpx.ReadError, "reset by peer"),
]


@pytest.mark.parametrize(("cause", "expected", "message"), CASES, ids=lambda c: type(c).__name__)
@pytest.mark.parametrize("wrapped", [False, True], ids=["raw", "as-httpx-aiohttp-wraps-it"])
def test_each_aiohttp_failure_maps_to_the_httpx_error_that_says_where_it_failed(
    cause: BaseException, expected: type[httpx.TransportError], message: str, wrapped: bool
) -> None:
    exc: BaseException = cause
    if wrapped:  # httpx-aiohttp's own mapping: every connection error as ConnectTimeout, the cause kept
        exc = httpx.ConnectTimeout("mapped by httpx-aiohttp", request=REQUEST)
        exc.__cause__ = cause
    mapped = remap(exc, REQUEST)
    assert type(mapped) is expected
    assert mapped.request is REQUEST
    assert message in str(mapped) and str(mapped) == str(cause)


def test_an_aiohttp_error_without_a_message_is_named_by_its_class() -> None:
    mapped = remap(aiohttp.ServerDisconnectedError(""), REQUEST)
    assert isinstance(mapped, httpx.RemoteProtocolError) and str(mapped) == "ServerDisconnectedError"
    mapped = remap(aiohttp.ClientPayloadError(), REQUEST)
    assert isinstance(mapped, httpx.ReadError) and str(mapped) == "ClientPayloadError"


def test_what_is_not_aiohttp_s_to_map_passes_as_it_is() -> None:
    own = httpx.ReadTimeout("httpx's own", request=REQUEST)  # raised by httpx itself: already precise
    assert remap(own, REQUEST) is own
    wrapped_other = httpx.ConnectError("x", request=REQUEST)
    wrapped_other.__cause__ = OSError("not aiohttp's")
    assert remap(wrapped_other, REQUEST) is wrapped_other
    assert remap(ValueError("not a transport error"), REQUEST) is None


def test_raise_mapped_raises_the_mapping_from_the_original_or_the_original_itself() -> None:
    original = aiohttp.ServerDisconnectedError("gone")
    with pytest.raises(httpx.RemoteProtocolError) as caught:
        raise_mapped(original, REQUEST)
    assert caught.value.__cause__ is original and caught.value.request is REQUEST
    own = httpx.ReadTimeout("httpx's own", request=REQUEST)
    with pytest.raises(httpx.ReadTimeout) as same:
        raise_mapped(own, REQUEST)
    assert same.value is own and own.__cause__ is None  # not re-raised "from" itself
    other = ValueError("not ours")
    with pytest.raises(ValueError, match="not ours") as passed:
        raise_mapped(other, REQUEST)
    assert passed.value is other


class _Content:
    def __init__(self, chunks: list[bytes], error: BaseException) -> None:
        self.chunks, self.error = chunks, error

    async def iter_chunked(self, size: int) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        raise self.error


class _Response:
    def __init__(self, content: _Content) -> None:
        self.content = content


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_body_read_error_is_mapped_like_the_request_s(anyio_backend: str) -> None:
    failure = aiohttp.ClientPayloadError("body cut short")
    body = _Body(_Response(_Content([b"ab", b"c"], failure)), REQUEST)  # type: ignore[arg-type]
    read: list[bytes] = []
    with pytest.raises(httpx.ReadError) as caught:
        async for chunk in body:
            read.append(chunk)
    assert read == [b"ab", b"c"]
    assert caught.value.request is REQUEST and caught.value.__cause__ is failure
    other: Any = _Body(_Response(_Content([], KeyError("not aiohttp's"))), REQUEST)  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        async for _ in other:
            pass


class _Stop(Exception):
    """Raised by the recording session instead of any I/O."""


async def handed(
    monkeypatch: pytest.MonkeyPatch, transport: LeadiosaAiohttpTransport, request: httpx.Request
) -> tuple[str, Any, dict[str, Any]]:
    """What `transport` hands `aiohttp.ClientSession.request` for `request` (method, URL, keyword arguments);
    the session then sends nothing."""
    seen: list[tuple[str, Any, dict[str, Any]]] = []

    def record(self: aiohttp.ClientSession, method: str, url: Any, **kwargs: Any) -> Any:
        seen.append((method, url, kwargs))
        raise _Stop

    monkeypatch.setattr(aiohttp.ClientSession, "request", record)
    with pytest.raises(_Stop):
        await transport.handle_async_request(request)
    await transport.aclose()
    [call] = seen
    return call


async def one_chunk() -> AsyncIterator[bytes]:
    """A request body as a stream, of unknown length."""
    yield b"part"


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_transport_hands_aiohttp_the_request_as_httpx_prepared_it(
    anyio_backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = httpx.Proxy("http://user:pw@proxy.test:3128", headers={"X-Proxy": "1"})
    transport = LeadiosaAiohttpTransport(proxy=proxy)
    timeout = httpx.Timeout(5, connect=2, pool=7)
    request = httpx.Request("GET", "https://api.example/a%2Fb?q=%C3%A9", headers={"X-Call": "c"},
                            extensions={"timeout": timeout.as_dict(), "sni_hostname": "sni.example"})  # fmt: skip
    method, url, kwargs = await handed(monkeypatch, transport, request)
    assert method == "GET" and str(url) == "https://api.example/a%2Fb?q=%C3%A9"  # encoded once, not again
    assert kwargs["headers"] == [(k.decode(), v.decode()) for k, v in request.headers.raw]
    assert kwargs["data"] is None and kwargs["allow_redirects"] is False and kwargs["compress"] is False
    assert kwargs["auto_decompress"] is False  # httpx decodes the body, as for the default stack
    assert kwargs["timeout"] == aiohttp.ClientTimeout(sock_connect=2, sock_read=5, connect=7)
    assert kwargs["server_hostname"] == "sni.example"
    assert kwargs["proxy"] == "http://proxy.test:3128" and "proxy_auth" not in kwargs  # deprecated in aiohttp 3.14
    assert kwargs["proxy_headers"] == {"x-proxy": "1", "Proxy-Authorization": "Basic dXNlcjpwdw=="}


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_streamed_body_goes_to_aiohttp_as_a_stream_it_frames_itself(
    anyio_backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = httpx.Request("POST", "https://api.example/upload", content=one_chunk())
    assert request.headers["transfer-encoding"] == "chunked"
    _, _, kwargs = await handed(monkeypatch, LeadiosaAiohttpTransport(), request)
    assert kwargs["data"] is request.stream and kwargs["proxy"] is None and kwargs["proxy_headers"] is None
    assert "transfer-encoding" not in {k.lower() for k, _ in kwargs["headers"]}  # aiohttp frames it itself
    assert kwargs["timeout"] == aiohttp.ClientTimeout()  # no timeout extension: none


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_streamed_body_of_known_length_keeps_it(anyio_backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    headers = {"Content-Length": "4"}  # no Transfer-Encoding to take out
    request = httpx.Request("PUT", "https://api.example/upload", content=one_chunk(), headers=headers)
    _, _, kwargs = await handed(monkeypatch, LeadiosaAiohttpTransport(), request)
    assert ("Content-Length", "4") in kwargs["headers"]


class _Answer:
    """What `ClientSession.request(...).__aenter__()` gives: an aiohttp response, as far as the transport reads it."""

    status = 503
    reason = "Back Soon"  # not httpx's phrase for 503: the server's own must come through
    raw_headers = ((b"Content-Type", b"application/json"), (b"Retry-After", b"1"))
    content_length = None  # no Content-Length: the body is streamed

    def __init__(self, failure: BaseException) -> None:
        self.content = _Content([b'{"error"'], failure)
        self.headers = {"Content-Type": "application/json", "Retry-After": "1"}

    async def __aexit__(self, *args: object) -> None:
        return None


class _Request:
    def __init__(self, outcome: BaseException | _Answer) -> None:
        self.outcome = outcome

    async def __aenter__(self) -> _Answer:
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        return self.outcome


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_aiohttp_s_answer_becomes_an_httpx_response_of_the_request(
    anyio_backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    outcomes: list[BaseException | _Answer] = [aiohttp.ServerDisconnectedError("gone"),
                                               _Answer(aiohttp.ClientPayloadError("cut"))]  # fmt: skip
    monkeypatch.setattr(aiohttp.ClientSession, "request", lambda self, method, url, **kw: _Request(outcomes.pop(0)))
    transport = LeadiosaAiohttpTransport()
    request = httpx.Request("GET", "https://api.example/x")
    with pytest.raises(httpx.RemoteProtocolError) as failed:
        await transport.handle_async_request(request)
    assert failed.value.request is request
    response = await transport.handle_async_request(request)
    assert response.status_code == 503 and response.reason_phrase == "Back Soon"
    assert response.http_version == "HTTP/1.1" and response.request is request
    assert response.headers.raw == list(_Answer.raw_headers)
    with pytest.raises(httpx.ReadError) as cut:
        await response.aread()
    assert cut.value.request is request
    await transport.aclose()
