"""The SDK's third HTTP stack in the respx-based suites: an `httpx2.AsyncClient` whose transport hands each request
to httpx's own transport, where respx intercepts it, and hands the answer back as httpx2's. So the SDK runs its
httpx2 adapter (`leadiosa_async/_stacks/httpx2_transport.py`: requests and responses converted, bodies streamed,
httpx2's errors mapped) against the same mocked routes as on httpx; respx itself does not patch httpx2. The
hostile-server suite runs httpx2 over real sockets instead.

And what tells whether a stack puts on the wire what the default one does: `sent_through` makes the same varied
calls through a client on each stack, and `wire` makes what each raw server received comparable."""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection
from typing import Any, NoReturn

import httpx
import httpx2

from leadiosa_async import AsyncLeadiosa, File
from tests.conftest import TOKEN
from tests.raw_server import Request, Script, raw_server


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


async def varied_calls(client: AsyncLeadiosa) -> None:
    """A query with characters to encode, a quoted path segment, a JSON body and a multipart upload: what each stack
    must put on the wire as the default stack does."""
    await client.conversations.with_raw_response.list(status="open", limit=5, after="c/ü &x=1")
    await client.conversations.with_raw_response.get("conv 1ü?%")
    await client.conversations.with_raw_response.create(
        channel="chat", contact={"email": "a+b@example.com"}, subject='Grüße "x"'
    )
    upload = File(payload=b"# FAQ\r\n\x00\xff", file_name="faq ü.md", mime_type="text/markdown")
    await client.knowledge.with_raw_response.ingest(file=upload, title="FAQ")


def wire(request: Request, ignored: Collection[str]) -> tuple[str, str, list[tuple[str, str]], bytes]:
    """What a raw server received, comparable across stacks: the multipart boundary replaced, `ignored` headers
    (lower case) left out."""
    headers = {k.lower(): v for k, v in request.headers}
    boundary = headers.get("content-type", "").partition("boundary=")[2]
    body = request.body.replace(boundary.encode(), b"BOUNDARY") if boundary else request.body
    kept = sorted((k, v.replace(boundary, "BOUNDARY") if boundary else v) for k, v in headers.items()
                  if k not in ignored)  # fmt: skip
    return request.method, request.path, kept, body


async def sent_through(http_clients: dict[str, Any], script: Script) -> dict[str, list[Request]]:
    """`varied_calls` through a client on each of `http_clients` (None: the default stack), each against a raw server
    of its own running `script`: what each server received."""
    sent = {}
    for name, http_client in http_clients.items():
        with raw_server(script) as server:
            async with AsyncLeadiosa(TOKEN, base_url=server.base_url, http_client=http_client) as client:
                await varied_calls(client)
            sent[name] = server.requests
    return sent
