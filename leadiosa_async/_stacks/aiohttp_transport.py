"""httpx's transport API on aiohttp's I/O (the `aiohttp` extra): `httpx_aiohttp.AiohttpTransport`, with the
errors told apart the way the pipeline needs them. Imported only by `DefaultAioHttpClient`.

httpx-aiohttp maps every `aiohttp.ClientConnectionError` to `httpx.ConnectTimeout`, a connection dropped
after the request went out (`ServerDisconnectedError`, a reset) included. The pipeline reads
`ConnectError`/`ConnectTimeout` as "never sent", safe to replay even for a POST, so that mapping would
re-send writes the server may have acted on. Here only failures to connect are connect errors; whatever
happens once a connection was made is a read or protocol error, and aiohttp errors that httpx-aiohttp
lets through (a malformed response: `ClientResponseError`) become `httpx.RemoteProtocolError` instead of
escaping untyped. The same holds while the body is read.

aiohttp runs on asyncio only: under another event loop (trio) the first request says so.
"""

from __future__ import annotations

import asyncio
import base64
import functools
from collections.abc import AsyncIterator
from typing import Any, NoReturn

import aiohttp
import httpx
import yarl
from httpx_aiohttp import AiohttpTransport

from .httpx_private import read_response

_CONNECT_TIMEOUTS: tuple[type[BaseException], ...] = tuple(
    cls for cls in (getattr(aiohttp, "ConnectionTimeoutError", None),) if isinstance(cls, type)
)
_READ_TIMEOUTS: tuple[type[BaseException], ...] = tuple(
    cls for cls in (getattr(aiohttp, "SocketTimeoutError", None), aiohttp.ServerTimeoutError) if isinstance(cls, type)
)


def remap(exc: BaseException, request: httpx.Request) -> httpx.TransportError | None:
    """The httpx error for an aiohttp failure (or httpx-aiohttp's mapping of one); None: not ours to map."""
    cause = exc.__cause__ if isinstance(exc, httpx.TransportError) else exc
    if isinstance(exc, httpx.TransportError) and not isinstance(cause, aiohttp.ClientError):
        return exc  # raised by httpx itself, already precise
    message = str(cause) or type(cause).__name__
    if isinstance(cause, aiohttp.ClientConnectorError):  # DNS, refused, TLS handshake: nothing was sent
        return httpx.ConnectError(message, request=request)
    if isinstance(cause, _CONNECT_TIMEOUTS):
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(cause, _READ_TIMEOUTS):
        return httpx.ReadTimeout(message, request=request)
    if isinstance(cause, aiohttp.ClientResponseError | aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(cause, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(message, request=request)
    if isinstance(cause, aiohttp.ClientError):  # payload errors, resets, anything else: it may have been sent
        return httpx.ReadError(message, request=request)
    return None


def raise_mapped(exc: Exception, request: httpx.Request) -> NoReturn:
    """Raise `exc` as its httpx error (`remap`), from `exc`; or `exc` itself when it is not one to map."""
    mapped = remap(exc, request)
    if mapped is None or mapped is exc:
        raise exc
    raise mapped from exc


class _Body(httpx.AsyncByteStream):
    """The aiohttp response's body, with its read errors mapped like the request's."""

    CHUNK = 16 * 1024

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_chunked(self.CHUNK):
                yield chunk
        except Exception as exc:
            raise_mapped(exc, self._request)

    async def aclose(self) -> None:
        await self._response.__aexit__(None, None, None)


SMALL_BODY = 64 * 1024


async def _small_body(response: aiohttp.ClientResponse, request: httpx.Request) -> bytes | None:
    """The whole body, read at once, when it is small and sent as is: a Content-Length of at most SMALL_BODY and
    no Content-Encoding (nothing to inflate). Most answers are; they then skip the stream machinery of httpx's
    `aiter_raw` (about a tenth of the SDK's time per call on this stack). Any other body is streamed (None). The
    attempt's deadline bounds this read as it bounds the stream's."""
    length = response.content_length  # aiohttp's parser refuses one that is not a number
    if length is None or length > SMALL_BODY or "Content-Encoding" in response.headers:
        return None
    try:
        return await response.read()  # on any failure, cancellation included, aiohttp closes the connection
    except Exception as exc:
        raise_mapped(exc, request)


@functools.lru_cache(maxsize=64)
def _client_timeout(connect: float | None, read: float | None, pool: float | None) -> aiohttp.ClientTimeout:
    return aiohttp.ClientTimeout(sock_connect=connect, sock_read=read, connect=pool)  # immutable: shared


class LeadiosaAiohttpTransport(AiohttpTransport):
    """`httpx_aiohttp.AiohttpTransport` (same arguments) with precise errors; asyncio only.

    It hands aiohttp what httpx already prepared: the headers as they go on the wire, the URL as
    already percent-encoded (`encoded=True`: yarl does not quote it again), one `ClientTimeout` per
    distinct timeout; and it wraps the body in one stream rather than two, or reads a small one at once
    (`_small_body`)."""

    def forget_after_fork(self) -> None:
        """In a forked child: drop the session made in the parent (its connections and event loop are the
        parent's) without closing it; a new one is made at the next request."""
        if isinstance(self.client, aiohttp.ClientSession):
            self.client = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            raise RuntimeError(
                "DefaultAioHttpClient runs on asyncio only (aiohttp does): under trio, use the default "
                "http client (leave out http_client=)"
            ) from None
        if not isinstance(self.client, aiohttp.ClientSession):
            self.client = self.get_client()
        timeout = request.extensions.get("timeout", {})
        data: Any
        try:
            data = request.content or None
        except httpx.RequestNotRead:
            data = request.stream
            request.headers.pop("transfer-encoding", None)  # aiohttp frames the stream itself
        proxy = self.proxy
        try:
            response = await self.client.request(
                request.method,
                yarl.URL(str(request.url), encoded=True),
                headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw],
                data=data,
                allow_redirects=False,
                auto_decompress=False,
                compress=False,
                timeout=_client_timeout(timeout.get("connect"), timeout.get("read"), timeout.get("pool")),
                server_hostname=request.extensions.get("sni_hostname"),
                proxy=str(proxy.url) if proxy else None,
                proxy_headers=self._proxy_headers,
            ).__aenter__()
        except Exception as exc:
            raise_mapped(exc, request)
        body = await _small_body(response, request)
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode()
        if body is None:
            return httpx.Response(response.status, headers=response.raw_headers, stream=_Body(response, request),
                                  request=request, extensions=extensions)  # fmt: skip
        # read already (no encoding to decode; aiohttp released the connection): the SDK's body cap sees it so
        return read_response(response.status, response.raw_headers, body, request, extensions)

    @functools.cached_property
    def _proxy_headers(self) -> dict[str, str] | None:
        """The proxy's headers, its credentials as `Proxy-Authorization` (aiohttp 3.14 deprecates `proxy_auth`)."""
        proxy = self.proxy
        if proxy is None:
            return None
        headers = dict(proxy.headers.items())
        if proxy.auth:
            user, password = proxy.auth
            token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            headers["Proxy-Authorization"] = f"Basic {token}"
        return headers

    @property
    def max_connections(self) -> int | None:
        """The pool size (the SDK bounds its in-flight sends to it)."""
        return self.limits.max_connections
