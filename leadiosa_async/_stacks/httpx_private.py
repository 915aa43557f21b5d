"""Every private name of httpx and httpcore the SDK uses, and only here (a test keeps it so).

Each is a fast path with a public way beside it. The fast paths are on when the installed httpx and httpcore are
releases the suite ran on (`TESTED`) and `LEADIOSA_PUBLIC_ONLY` is not set; otherwise every function here takes
the public way, which behaves the same and costs more (CI runs the transport suite once that way). So a release
that renames one of these names breaks this file's fast path, not the SDK.

| fast path (private) | public way |
|---|---|
| a read body stored as httpx's `aread()` stores it (`_content`) | a new `httpx.Response` holding the decoded body |
| bodies decoded by httpx's decoder (`_get_content_decoder`) | gzip and deflate decoded with `zlib` alike |
| a request straight to the transport (`_transport_for_url`, ...) | `AsyncClient.send` |
| no cookie jar (`_cookies`) | httpx's jar, and so `send` |
| the URL of a path appended to the parsed base (`_urlparse`) | httpx parses each URL |
| the pool size and the pool (`_transport`, `_mounts`, `_pool`) | the pool is unknown: no bound, no fork renewal |
| httpcore's pool: its size, fork renewal, surviving cancellations (`httpcore_pool.py`) | httpcore's own pool |
| transports for `DefaultAioHttpClient` (`_init_transport`) | `transport=` (proxies: `mounts=`) |
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import logging
import time
import zlib
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar, cast

import httpx

from . import PUBLIC_ONLY, known_release

T = TypeVar("T", bound=httpx.AsyncClient)

# (lowest, highest) minor releases the fast paths were tested on
TESTED = {"httpx": ((0, 28), (0, 29)), "httpcore": ((1, 0), (1, 0))}


# httpcore's version is checked where its pool is touched: it is imported only when a pool is made
FAST = not PUBLIC_ONLY and known_release(httpx.__version__, *TESTED["httpx"])


@functools.cache
def httpcore_fast() -> bool:
    """The fast paths are on and the installed httpcore is a tested release."""
    import httpcore

    return FAST and known_release(httpcore.__version__, *TESTED["httpcore"])


# bodies --------------------------------------------------------------------------------------------------------


def read_response(
    status: int, headers: Any, body: bytes, request: httpx.Request, extensions: dict[str, Any]
) -> httpx.Response:
    """A response whose whole body is read already (`body`, sent as is: no Content-Encoding, a Content-Length), as
    `httpx.Response(content=body)` leaves it (content set, stream consumed, closed), without running the bytes
    through httpx's stream and decoder chain again: about 13 µs a call on the fast path, a sixth of the SDK's own
    time per call on the httpx2 stack. The public way is `content=` itself."""
    if not FAST:
        return httpx.Response(status, headers=headers, content=body, request=request, extensions=extensions)
    response = httpx.Response(status, headers=headers, stream=httpx.ByteStream(body), request=request,
                              extensions=extensions)  # fmt: skip
    response._content = body
    response.is_stream_consumed = response.is_closed = True
    return response


def read_already(response: httpx.Response) -> bytes | None:
    """The body when it was read already (a transport that hands back a read response); None if not."""
    try:
        return response.content
    except httpx.ResponseNotRead:
        return None


async def keep_body(response: httpx.Response, body: bytes) -> httpx.Response:
    """`response` holding `body` (decoded) as its content, as httpx's `aread()` leaves it: the same response on the
    fast path; on the public way `response` is closed and a new one made with the same status, request, elapsed
    time and headers, less the encoding and length that described the bytes on the wire."""
    if FAST:
        response._content = body
        return response
    await response.aclose()
    headers = [(k, v) for k, v in response.headers.raw if k.lower() not in (b"content-encoding", b"content-length")]
    kept = httpx.Response(response.status_code, headers=headers, content=body, extensions=response.extensions)
    with contextlib.suppress(RuntimeError):  # a response made without a request
        kept.request = response.request
    with contextlib.suppress(RuntimeError):  # one its sender never timed
        kept.elapsed = response.elapsed
    kept.default_encoding = response.default_encoding
    kept.next_request = response.next_request
    return kept


class _Zlib:
    """gzip or deflate, decoded as httpx decodes them (a deflate body may come with or without its zlib header)."""

    def __init__(self, encoding: str) -> None:
        self._deflate = encoding == "deflate"
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS if self._deflate else zlib.MAX_WBITS | 16)

    def decode(self, data: bytes) -> bytes:
        try:
            return self._zlib.decompress(data)
        except zlib.error as exc:
            if self._deflate:  # the first piece tells: raw deflate, without the zlib header
                self._deflate, self._zlib = False, zlib.decompressobj(-zlib.MAX_WBITS)
                return self.decode(data)
            raise httpx.DecodingError(str(exc)) from exc
        finally:
            self._deflate = False

    def flush(self) -> bytes:
        try:
            return self._zlib.flush()
        except zlib.error as exc:  # pragma: no cover - zlib's flush does not fail on a truncated stream
            raise httpx.DecodingError(str(exc)) from exc


def _nothing() -> bytes:
    return b""


def body_reader(
    response: httpx.Response, raw_chunk: int
) -> tuple[AsyncIterator[bytes], Callable[[bytes], bytes], Callable[[], bytes]]:
    """(the raw body in `raw_chunk` pieces, decode one piece, what the decoder holds back at the end): httpx's own
    decoder for the response's Content-Encoding, so a step of a compression bomb inflates to ~1000 x `raw_chunk` at
    most. The public way decodes gzip, deflate and chains of them the same way; another encoding (br, zstd) is read
    through `aiter_bytes()`, a transport chunk (up to 64 KiB on httpcore) at a time."""
    if FAST:
        decoder = response._get_content_decoder()  # as Response.aiter_bytes() uses
        return response.aiter_raw(raw_chunk), decoder.decode, decoder.flush
    encodings = [e.strip().lower() for e in response.headers.get_list("content-encoding", split_commas=True)]
    encodings = [e for e in encodings if e not in ("", "identity")]
    if any(e not in ("gzip", "deflate") for e in encodings):
        return response.aiter_bytes(), bytes, _nothing
    decoders = [_Zlib(e) for e in reversed(encodings)]  # the last encoding applied is undone first

    def decode(data: bytes) -> bytes:
        for decoder in decoders:
            data = decoder.decode(data)
        return data

    def flush() -> bytes:
        data = b""
        for decoder in decoders:
            data = decoder.flush() if not data else decoder.decode(data) + decoder.flush()
        return data

    return response.aiter_raw(raw_chunk), decode, flush


# sending -------------------------------------------------------------------------------------------------------


class _NoCookies(httpx.Cookies):
    """A cookie jar that keeps nothing: the API authenticates by token, and httpx's cookie extraction (urllib's
    cookiejar) costs about a tenth of a call."""

    def extract_cookies(self, response: httpx.Response) -> None:
        pass


def cookieless(http_client: T) -> T:
    """`http_client` (one the SDK made) without cookie handling: the API authenticates by token. On the public way
    it keeps httpx's jar."""
    if FAST:
        http_client._cookies = _NoCookies()
    return http_client


def keeps_no_cookies(http_client: httpx.AsyncClient) -> bool:
    return type(http_client.cookies) is _NoCookies


_httpx_logger = logging.getLogger("httpx")


class _Timed(httpx.AsyncByteStream):
    """The transport's body stream, setting `response.elapsed` when closed: httpx's `BoundAsyncStream`, without a
    generator of its own between the reader and the transport's chunks, and letting go of the response when
    closed (the reference cycle would otherwise keep each response for the cycle collector)."""

    _response: httpx.Response | None

    def __init__(self, stream: httpx.AsyncByteStream, response: httpx.Response, start: float) -> None:
        self._stream = stream
        self._response = response
        self._start = start

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._stream.__aiter__()

    async def aclose(self) -> None:
        response, self._response = self._response, None
        if response is not None:
            response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._start)
        await self._stream.aclose()


async def send_direct(http_client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response | None:
    """`request` sent to the transport httpx would pick (mounts and proxies included), with the response finished
    as `AsyncClient.send` finishes it (request, errors tagged, `elapsed`, encoding, redirect, log line); None on
    the public way (the caller uses `send`)."""
    if not FAST:
        return None
    transport = http_client._transport_for_url(request.url)
    start = time.perf_counter()
    try:
        response = await transport.handle_async_request(request)
    except httpx.RequestError as exc:
        exc.request = request
        raise
    response.request = request
    response.stream = _Timed(cast(httpx.AsyncByteStream, response.stream), response, start)
    response.default_encoding = http_client._default_encoding
    if response.has_redirect_location:  # a 301, 302, 303, 307 or 308 with a Location
        response.next_request = http_client._build_redirect_request(request, response)
    if _httpx_logger.isEnabledFor(logging.INFO):
        _httpx_logger.info(
            'HTTP Request: %s %s "%s %d %s"',
            request.method, request.url, response.http_version, response.status_code, response.reason_phrase,
        )  # fmt: skip
    return response


# URLs ----------------------------------------------------------------------------------------------------------

PARSE_RESULT: Any = None  # httpx's parsed URL (a named tuple)
if FAST:
    try:
        from httpx._urlparse import ParseResult as PARSE_RESULT
    except ImportError:  # pragma: no cover - a tested release has it
        PARSE_RESULT = None


def parsed(url: httpx.URL) -> Any:
    """httpx's parsed form of `url` (scheme, userinfo, host, port, path, query, fragment); None on the public way."""
    if PARSE_RESULT is None:
        return None
    result = getattr(url, "_uri_reference", None)
    return result if isinstance(result, PARSE_RESULT) else None


def url_from_parts(head: tuple[Any, ...], path: str, query: str | None) -> httpx.URL:
    """The `httpx.URL` of parts already in the form httpx's parser produces (see `_transport/urls.py`)."""
    url = httpx.URL.__new__(httpx.URL)
    url._uri_reference = PARSE_RESULT(*head, path, query, None)
    return url


# the pool ------------------------------------------------------------------------------------------------------


def transports(http_client: httpx.AsyncClient) -> list[Any] | None:
    """`http_client`'s transports (its own, then its mounts'): those the SDK made for it (`sdk_transports`), or else
    read from httpx's insides; None on the public way for a client the SDK did not make (unknown)."""
    made = getattr(http_client, "sdk_transports", None)
    if made:
        return list(made)
    own = getattr(http_client, "_transport", None) if FAST else None
    if own is None:
        return None
    return [own, *(t for t in getattr(http_client, "_mounts", {}).values() if t is not None)]


# clients whose transports the SDK makes ------------------------------------------------------------------------


def client_class_with_transports(make: Callable[..., httpx.AsyncBaseTransport]) -> type[httpx.AsyncClient]:
    """An `httpx.AsyncClient` subclass whose transports (its own and each proxy's, from `proxy=` or the
    environment) are `make(**the transport arguments httpx passes)`. On the public way the subclass makes its own
    transport and a proxy's mount from its arguments (`verify`, `cert`, `trust_env`, `limits`, `proxy`), and the
    environment's proxies are not used."""

    class WithTransports(httpx.AsyncClient):
        def __init__(self, **kwargs: Any) -> None:
            if FAST or "transport" in kwargs:
                super().__init__(**kwargs)
                return
            options = {k: kwargs.pop(k) for k in ("verify", "cert", "trust_env", "limits", "http1", "http2")
                       if k in kwargs}  # fmt: skip
            proxy = kwargs.pop("proxy", None)
            own = self._made(make(**options))
            mounts = {"all://": self._made(make(proxy=httpx.Proxy(proxy) if isinstance(proxy, str | httpx.URL)
                                                else proxy, **options))} if proxy else None  # fmt: skip
            super().__init__(transport=own, mounts=mounts, trust_env=False, **kwargs)

        def _made(self, transport: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
            self.__dict__.setdefault("sdk_transports", []).append(transport)  # read by `_transport/connections.py`
            return transport

        def _init_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
            transport = kwargs.pop("transport", None)
            return transport if transport is not None else self._made(make(**kwargs))

        def _init_proxy_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
            return self._made(make(proxy=args[0] if args else kwargs.pop("proxy"), **kwargs))

    return WithTransports
