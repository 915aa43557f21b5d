"""Bounds on one attempt: its end-to-end deadline and how many response bytes it may read.

httpx timeouts are per operation (each read may take `read` seconds), so a server that drips one
byte every half second keeps a call alive forever. The SDK puts one deadline over the whole attempt
— connect, send, headers and the whole body — and reads bodies while streaming, counting *decoded*
bytes, so neither a slow server nor a large or compressed-bomb body can hold a call or the memory.
Gate waits and retry sleeps happen outside attempts and are bounded by `max_retry_after` instead.
"""

from __future__ import annotations

import contextlib
import functools
import math
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import httpx

from .._stacks.asyncio_private import running_loop
from .._stacks.httpx_private import body_reader, keep_body, read_already

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")

MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # default cap on a success body, decoded
MAX_ERROR_BODY_BYTES = 64 * 1024  # error bodies are read up to this and cut
ABANDON_CHUNKS = 16
RAW_CHUNK = 16 * 1024


class BodyTooLarge(Exception):
    """Raised by `read_body` for a success body over its cap (the pipeline makes it typed)."""


async def within(seconds: float, awaitable: Awaitable[T]) -> T | None:
    """`await awaitable` under a deadline `seconds` from now: its result, or None if the deadline cut
    it short. Cancellation from outside propagates as usual. In an asyncio task the deadline is the
    loop's watchdog (`watchdog.py`: one timer for all attempts, about a third of `asyncio.timeout`'s cost
    per call); elsewhere (trio) an anyio cancel scope."""
    if seconds == math.inf:
        return await awaitable
    task = asyncio_task()
    if task is not None:
        return await _watched()(seconds, awaitable, task.get_loop(), task)  # type: ignore[no-any-return]
    with anyio.CancelScope(deadline=anyio.current_time() + seconds):
        return await awaitable
    return None  # the scope's deadline cancelled the awaitable


def asyncio_task() -> asyncio.Task[Any] | None:
    """The asyncio task running this code; None elsewhere (trio, or trio as asyncio's guest). asyncio is not
    imported with the SDK: a loop that runs has loaded it."""
    loop = running_loop()
    return sys.modules["asyncio"].current_task(loop) if loop is not None else None


@functools.cache
def _watched() -> Callable[..., Awaitable[Any]]:
    from .watchdog import watched  # it imports asyncio, which the SDK's import does not

    return watched


def attempt_seconds(timeout: float | httpx.Timeout | None) -> float:
    """The end-to-end bound of one attempt: a float as given; for an `httpx.Timeout`, its largest
    finite field (its fields keep their fine-grained httpx meaning inside the attempt); inf for none."""
    if timeout is None:
        return math.inf
    if isinstance(timeout, httpx.Timeout):
        fields = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None]
        finite = [t for t in fields if math.isfinite(t)]
        return max(finite) if finite else math.inf
    return float(timeout)


async def read_body(response: httpx.Response, limit: int, *, cut: bool) -> tuple[httpx.Response, bool]:
    """Read the body of a streamed `response`, decoded, up to `limit` bytes; return the response holding it as its
    `content` (`keep_body`: the same one unless the public way is taken) and whether it was over the limit.

    Over the limit: with `cut`, keep the first `limit` bytes; otherwise raise `BodyTooLarge`. Either way the
    connection is closed, not drained. Raw bytes are decoded in RAW_CHUNK pieces, so one step of a compression
    bomb inflates to ~1000 x RAW_CHUNK at most. `httpx.DecodingError` (a body that is not the gzip/deflate it
    claims) propagates.
    """
    body = read_already(response)  # a transport that hands back a read response
    if body is not None:
        if len(body) > limit and not cut:
            raise BodyTooLarge(len(body))
        return (await keep_body(response, body[:limit]), True) if len(body) > limit else (response, False)
    chunks: list[bytes] = []
    size = 0
    over = False
    raw, decode, flush = body_reader(response, RAW_CHUNK)
    try:
        async for piece in raw:
            chunk = decode(piece)
            size += len(chunk)
            if size > limit:
                over = True
                break
            chunks.append(chunk)
        else:
            chunk = flush()
            size += len(chunk)
            over = size > limit
            if not over:
                chunks.append(chunk)
    except Exception:
        await _abandon(response, raw)
        raise
    if over:
        await _abandon(response, raw)
        if not cut:
            raise BodyTooLarge(size)
        chunks.append(chunk[: len(chunk) - (size - limit)])
    # what httpx's own Response.aread() stores; .content / .json() / .text then work as usual
    return await keep_body(response, b"".join(chunks)), over


async def _abandon(response: httpx.Response, raw: AsyncIterator[bytes]) -> None:
    """Stop reading mid-body: close the connection, then let the raw stream run out (a closed
    connection fails at once), so every async generator of httpx's stream chain finishes instead of
    being garbage-collected half-way (which trio reports as a ResourceWarning)."""
    await response.aclose()
    with contextlib.suppress(Exception):  # StopAsyncIteration, or the closed connection's error
        for _ in range(ABANDON_CHUNKS):  # an in-memory stream (MockTransport) may still hold a few
            await anext(raw)
