"""`send(http_client, request)`: `httpx.AsyncClient.send(request, stream=True, follow_redirects=False)`, less
the machinery a plain client never uses.

`AsyncClient.send` runs every request through an auth-flow generator, a redirect loop, the event hooks, a
context manager that tags errors with the request, cookie extraction and a stream wrapper: about 10 µs a
request, a fifth of the SDK's time per call on aiohttp's stack. For a client with no auth, no event hooks and
no cookie jar (the clients the SDK makes), none of that applies, so this calls the transport httpx would pick
(mounts and proxies included) directly, and does to the response what `send` does: the request and its
errors tagged, `elapsed` set when the response closes, the client's default encoding, a redirect's
`next_request`, httpx's log line. Any other client, or one already closed, goes through `send` itself.
"""

from __future__ import annotations

import datetime
import logging
import time
from collections.abc import AsyncIterator
from typing import cast

import httpx

from .pool import _NoCookies

_httpx_logger = logging.getLogger("httpx")


class _Timed(httpx.AsyncByteStream):
    """The transport's body stream, setting `response.elapsed` when closed: httpx's `BoundAsyncStream`,
    without a generator of its own between the reader and the transport's chunks, and letting go of the
    response when closed (the reference cycle would otherwise keep each response for the cycle collector)."""

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


def plain(http_client: httpx.AsyncClient) -> bool:
    """Would `send` do anything but call the transport: auth, event hooks, a cookie jar, a closed client?"""
    hooks = http_client.event_hooks
    return (
        type(http_client.cookies) is _NoCookies
        and http_client.auth is None
        and not hooks["request"]
        and not hooks["response"]
        and not http_client.is_closed
    )


async def send(http_client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    """Send `request` without following redirects; the response's body is left to read (`stream=True`).
    `request` carries its timeout extension (the pipeline builds it so); one whose URL carries userinfo goes
    through `send`, which turns it into basic auth."""
    if not plain(http_client) or request.url.userinfo:
        return await http_client.send(request, stream=True, follow_redirects=False)
    transport = http_client._transport_for_url(request.url)  # httpx pinned: see pyproject.toml
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
