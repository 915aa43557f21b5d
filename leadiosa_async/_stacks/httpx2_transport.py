"""httpx's transport API over an `httpx2.AsyncClient` (the `httpx2` extra): the SDK's pipeline, unchanged, sends
through pydantic's continuation of httpx. Imported only when an httpx2 client is handed to the SDK or
`DefaultHttpx2Client` is made.

Each `httpx.Request` the pipeline built goes out as the `httpx2.Request` with the same method, URL, headers (as on
the wire), body and timeout extension, through the httpx2 client's public `send` (no redirects, body streamed). Its
response comes back as an `httpx.Response` over the httpx2 response's raw bytes, so httpx's decoder and the SDK's
size caps and deadlines apply as on the other stacks; a small body sent as is (Content-Length up to 64 KiB, no
Content-Encoding) is read at once, as on aiohttp's stack. httpx2's errors become the httpx errors of the same name
(the classes mirror httpx's), so the pipeline reads "never sent" and "may have been sent" the same way.
httpx2 carries the fix of the pool leak on cancellation (httpcore#1093) itself.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any, NoReturn

import httpx
import httpx2

from .httpx_private import read_response

SMALL_BODY = 64 * 1024
EXTENSIONS: tuple[str, ...] = ("http_version", "reason_phrase")  # what httpx reads from a response's extensions


def mapped(exc: BaseException, request: httpx.Request) -> BaseException:
    """The httpx error for an httpx2 one (the class of the same name); any other exception as it is."""
    if isinstance(exc, httpx2.InvalidURL):
        return httpx.UnsupportedProtocol(str(exc), request=request)
    if not isinstance(exc, httpx2.RequestError):
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
    """The httpx2 response's raw bytes (httpx decodes them), with its errors mapped like the request's."""

    def __init__(self, response: httpx2.Response, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.aiter_raw():
                yield chunk
        except Exception as exc:
            raise_mapped(exc, self._request)

    async def aclose(self) -> None:
        await self._response.aclose()


class Httpx2Transport(httpx.AsyncBaseTransport):
    """Sends httpx requests with an `httpx2.AsyncClient`.

    Args:
        client: The httpx2 client. With `owned`, closing this transport closes it.
        owned: Whether the SDK made `client` (`DefaultHttpx2Client`): it is closed with the transport, and renewed
            in a forked child (`forget_after_fork`). A client of yours is neither.
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
        self.client = client
        self.owned = owned
        self._remake = remake
        self.max_connections = max_connections

    def forget_after_fork(self) -> None:
        """In a forked child: drop the client made in the parent (its connections are the parent's too) without
        closing it, for a new one. A client of yours cannot be renewed by the SDK: that raises `RuntimeError`."""
        if self._remake is None:
            raise RuntimeError(
                "this client was made before os.fork() with your own httpx2.AsyncClient, which may hold the "
                "parent's connections: make both in the child process (gunicorn without --preload or in post_fork, "
                "Celery's worker_process_init, or inside the multiprocessing target)"
            )
        self.client = self._remake()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
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
        extensions: dict[str, Any] = {key: response.extensions[key] for key in EXTENSIONS if key in response.extensions}
        headers = response.headers.raw
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) <= SMALL_BODY and "content-encoding" not in response.headers:
            try:
                body = await response.aread()  # a failure closes the connection
            except Exception as exc:
                raise_mapped(exc, request)
            return read_response(response.status_code, headers, body, request, extensions)  # nothing left to stream
        return httpx.Response(
            response.status_code,
            headers=headers,
            stream=_Body(response, request),
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        if self.owned:
            await self.client.aclose()
