"""The SDK's third HTTP stack in the respx-based suites: an `httpx2.AsyncClient` whose transport hands each request
to httpx's own transport, where respx intercepts it, and hands the answer back as httpx2's. So the SDK runs its
httpx2 adapter (`leadiosa_async/_stacks/httpx2_transport.py`: requests and responses converted, bodies streamed,
httpx2's errors mapped) against the same mocked routes as on httpx; respx itself does not patch httpx2. The
hostile-server suite runs httpx2 over real sockets instead."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, NoReturn

import httpx
import httpx2


def _as_httpx2(exc: httpx.RequestError) -> NoReturn:
    """Raise the httpx2 error of `exc`'s class name: what httpx2 would raise for the same failure."""
    cls = getattr(httpx2, type(exc).__name__, httpx2.ReadError)
    raise cls(str(exc)) from exc


class _Forward(httpx2.AsyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except httpx.RequestError as exc:
            _as_httpx2(exc)

    async def aclose(self) -> None:
        await self._stream.aclose()


class _ToRespx(httpx2.AsyncBaseTransport):
    def __init__(self) -> None:
        self._httpx = httpx.AsyncHTTPTransport()  # respx.mock patches what this sends through

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        body = await request.aread()
        outgoing = httpx.Request(request.method, str(request.url), headers=request.headers.raw, content=body,
                                 extensions=request.extensions)  # fmt: skip
        try:
            response = await self._httpx.handle_async_request(outgoing)
        except httpx.RequestError as exc:
            _as_httpx2(exc)
        return httpx2.Response(response.status_code, headers=response.headers.raw, stream=_Forward(response.stream),
                               extensions=response.extensions)  # fmt: skip

    async def aclose(self) -> None:
        await self._httpx.aclose()


def httpx2_over_respx() -> httpx2.AsyncClient:
    """An httpx2 client that respx's active mock answers."""
    return httpx2.AsyncClient(transport=_ToRespx())
