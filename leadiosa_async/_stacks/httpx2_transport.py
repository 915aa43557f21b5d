"""httpx's transport API over an `httpx2.AsyncClient` (the `httpx2` extra): the SDK's pipeline, unchanged, sends
through pydantic's continuation of httpx. Imported only when an httpx2 client is handed to the SDK or
`DefaultHttpx2Client` is made.

Each `httpx.Request` the pipeline built goes out with the same method, URL, headers (as on the wire), body and
timeout extension. Its response comes back as an `httpx.Response` over the raw bytes, so httpx's decoder and the
SDK's size caps and deadlines apply as on the other stacks; a small body sent as is (Content-Length up to 64 KiB, no
Content-Encoding) is read at once, as on aiohttp's stack. httpx2's and httpcore2's errors become the httpx errors of
the same name (the classes mirror httpx's), so the pipeline reads "never sent" and "may have been sent" the same way.
httpx2's pool (httpcore2's) carries the fix of the pool leak on cancellation (httpcore#1093) itself.

Two ways to send; the fast one holds the only private names of httpx2 and httpcore2 the SDK uses:

- fast path (private): for a client the SDK made with no proxy, mount, auth, event hook or transport other than
  httpx2's own, each request goes straight to the pool of its transport (`_mounts`, `_transport`, `_pool`), as
  `httpx2.AsyncHTTPTransport` hands it over;
- public way: an `httpx2.Request` through the client's `send` (no redirects, body streamed).

The fast path is on when the installed httpx2 and httpcore2 are releases the suite ran on (`TESTED`) and
`LEADIOSA_PUBLIC_ONLY` is not set. It skips what `send` does that no such client uses (auth flow, redirect loop,
event hooks, a cookie jar nothing reads) and httpx2's request and response objects. `make bench` at b7ab851 measured
the SDK on httpx2 at 1.00-1.04x the req/s of raw httpx2 (C = 10, 50, 200), where 58d04d4's run, through `send`,
measured 0.84-0.92x.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable
from typing import Any, NoReturn

import httpcore2
import httpx
import httpx2

from . import PUBLIC_ONLY, known_release
from .httpx_private import read_response

SMALL_BODY = 64 * 1024
EXTENSIONS: tuple[str, ...] = ("http_version", "reason_phrase")  # what httpx reads from a response's extensions
# (lowest, highest) minor releases the fast path was tested on
TESTED = {"httpx2": ((2, 17), (2, 17)), "httpcore2": ((2, 17), (2, 17))}
# httpx2's errors, and httpcore2's (which httpx2's transport maps to its own): the same names as httpx's
MAPPED = (
    httpx2.RequestError,
    httpcore2.ProtocolError,
    httpcore2.TimeoutException,
    httpcore2.NetworkError,
    httpcore2.ProxyError,
    httpcore2.UnsupportedProtocol,
)


FAST = (
    not PUBLIC_ONLY
    and known_release(httpx2.__version__, *TESTED["httpx2"])
    and known_release(httpcore2.__version__, *TESTED["httpcore2"])
)


def mapped(exc: BaseException, request: httpx.Request) -> BaseException:
    """The httpx error for an httpx2 or httpcore2 one (the class of the same name); any other exception as it is."""
    if isinstance(exc, httpx2.InvalidURL):
        return httpx.UnsupportedProtocol(str(exc), request=request)
    if not isinstance(exc, MAPPED):
        return exc
    for cls in type(exc).__mro__:
        target = getattr(httpx, cls.__name__, None)
        if isinstance(target, type) and issubclass(target, httpx.RequestError) and target is not httpx.RequestError:
            return target(str(exc) or cls.__name__, request=request)
    return httpx.ReadError(str(exc) or type(exc).__name__, request=request)  # it may have been sent


def raise_mapped(exc: BaseException, request: httpx.Request) -> NoReturn:
    error = mapped(exc, request)
    if error is exc:
        raise exc
    raise error from exc


class _Body(httpx.AsyncByteStream):
    """A response's raw bytes (httpx decodes them), with its errors mapped like the request's."""

    def __init__(
        self, chunks: AsyncIterable[bytes], close: Callable[[], Awaitable[None]], request: httpx.Request
    ) -> None:
        self._chunks = chunks
        self._close = close
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._chunks:
                yield chunk
        except Exception as exc:
            raise_mapped(exc, self._request)

    async def aclose(self) -> None:
        await self._close()


def direct_pool(client: httpx2.AsyncClient) -> Any:
    """The httpcore2 pool `client` sends every request through, when nothing of `client`'s own applies between:
    no mount or proxy, httpx2's own transport, no auth and no event hook; None on the public way."""
    if not FAST or client.auth is not None or any(client.event_hooks.values()):
        return None
    if client._mounts:  # a proxy (given or from the environment) or a mount
        return None
    transport = client._transport
    return transport._pool if type(transport) is httpx2.AsyncHTTPTransport else None


def _small(headers: list[tuple[bytes, bytes]]) -> bool:
    """Is the body small and sent as is: one Content-Length of at most `SMALL_BODY`, no Content-Encoding?"""
    length = None
    for key, value in headers:
        name = key.lower()
        if name == b"content-encoding" or (name == b"content-length" and length is not None):
            return False
        if name == b"content-length":
            length = value
    return length is not None and length.isdigit() and int(length) <= SMALL_BODY


async def _response(
    request: httpx.Request,
    status: int,
    headers: list[tuple[bytes, bytes]],
    extensions: dict[str, Any],
    chunks: AsyncIterable[bytes],
    close: Callable[[], Awaitable[None]],
) -> httpx.Response:
    """The `httpx.Response` to `request` over a response's raw `chunks`: a small body read at once (nothing left to
    stream), any other streamed."""
    kept = {key: extensions[key] for key in EXTENSIONS if key in extensions}
    if not _small(headers):
        return httpx.Response(status, headers=headers, stream=_Body(chunks, close, request), request=request,
                              extensions=kept)  # fmt: skip
    try:
        body = b"".join([chunk async for chunk in chunks])  # a failure closes the connection
    except Exception as exc:
        raise_mapped(exc, request)
    finally:
        await close()
    return read_response(status, headers, body, request, kept)


class Httpx2Transport(httpx.AsyncBaseTransport):
    """Sends httpx requests with an `httpx2.AsyncClient`.

    Args:
        client: The httpx2 client. With `owned`, closing this transport closes it.
        owned: Whether the SDK made `client` (`DefaultHttpx2Client`): it is closed with the transport, renewed in a
            forked child (`forget_after_fork`), and its requests go straight to its pool when nothing of the client
            applies (`direct_pool`). A client of yours is none of these: its requests go through its `send`.
        remake: Makes a new client like `client` (for a forked child); only with `owned`.
        max_connections: `client`'s pool size when known (the SDK bounds its in-flight sends to it).
    """

    def __init__(
        self,
        client: httpx2.AsyncClient,
        *,
        owned: bool = False,
        remake: Callable[[], httpx2.AsyncClient] | None = None,
        max_connections: int | None = None,
    ) -> None:
        self.owned = owned
        self._remake = remake
        self.max_connections = max_connections
        self._use(client)

    def _use(self, client: httpx2.AsyncClient) -> None:
        self.client = client
        self._pool = direct_pool(client) if self.owned else None

    def forget_after_fork(self) -> None:
        """In a forked child: drop the client made in the parent (its connections are the parent's too) without
        closing it, for a new one. A client of yours cannot be renewed by the SDK: that raises `RuntimeError`."""
        if self._remake is None:
            raise RuntimeError(
                "this client was made before os.fork() with your own httpx2.AsyncClient, which may hold the "
                "parent's connections: make both in the child process (gunicorn without --preload or in post_fork, "
                "Celery's worker_process_init, or inside the multiprocessing target)"
            )
        self._use(self._remake())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._pool is not None and not self.client.is_closed and not request.url.userinfo:
            return await self._send_to_pool(self._pool, request)
        return await self._send(request)

    async def _send_to_pool(self, pool: Any, request: httpx.Request) -> httpx.Response:
        """`request` through httpcore2's pool, as `httpx2.AsyncHTTPTransport` sends it."""
        url = request.url
        outgoing = httpcore2.Request(
            method=request.method,
            url=httpcore2.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            response = await pool.handle_async_request(outgoing)
        except Exception as exc:
            raise_mapped(exc, request)
        stream = response.stream
        return await _response(request, response.status, response.headers, response.extensions, stream, stream.aclose)

    async def _send(self, request: httpx.Request) -> httpx.Response:
        """`request` as an `httpx2.Request` through the client's `send`."""
        content: Any
        try:
            content = request.content
        except httpx.RequestNotRead:
            content = request.stream  # an upload's multipart stream: async-iterable, its length in the headers
        outgoing = httpx2.Request(
            request.method,
            str(request.url),
            headers=request.headers.raw,
            content=content,
            extensions=request.extensions,
        )
        try:
            response = await self.client.send(outgoing, stream=True, follow_redirects=False)
        except Exception as exc:
            raise_mapped(exc, request)
        headers = response.headers.raw
        if response.is_stream_consumed:  # read by its transport (a mock's, say): the body as httpx2 decoded it
            headers = [(key, value) for key, value in headers if key.lower() != b"content-encoding"]
            chunks = response.aiter_bytes()
        else:
            chunks = response.aiter_raw()
        return await _response(request, response.status_code, headers, response.extensions, chunks, response.aclose)

    async def aclose(self) -> None:
        if self.owned:
            await self.client.aclose()
