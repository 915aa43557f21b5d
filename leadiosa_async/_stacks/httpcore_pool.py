"""The httpcore pool behind the SDK's httpx transport: its size, forgetting it after a fork, and a pool class that
survives cancellations where httpcore 1.0's own does not. Private names of httpcore, each behind `httpcore_fast()`
(a tested httpcore release, the fast paths on); the public way is httpcore's own pool, unchanged.

Two leaks of httpcore, both open upstream, both fixed here by `reclaiming_pool_class()`:

1. **An orphaned connection** (encode/httpcore#1093): a request cancelled after the pool gave it a *new* connection,
   before that connection connected, leaves the connection CONNECTING, owned by no request and never reaped. The
   pool drops such orphans whenever it reassigns connections (the fix of pydantic/httpx2 #983).
2. **A close cut short** (encode/httpcore#1115, encode/httpx#3782): a response's close marks itself done before its
   awaited cleanup (the connection's state lock, the socket's close, the pool's bookkeeping). An asyncio
   cancellation landing there (`task.cancel()`, `asyncio.timeout`, or an attempt's deadline the moment its body
   was read) goes through httpcore's shield, which holds only against anyio's own cancel scopes: the request stays
   listed and its connection ACTIVE for good, one pool slot lost. The pool's responses finish such a close in a
   task of their own: the connection is closed (whether the body was read to its end is unknown), the request
   leaves the pool, the slot comes back. Under trio a cancellation respects the shield, so a close is not cut.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import httpx

from .asyncio_private import running_loop
from .httpx_private import httpcore_fast

if TYPE_CHECKING:
    import httpcore

_FINISHING: set[Any] = set()  # the tasks finishing cut closes (the loop holds tasks only weakly)


def pool_limit(transport: Any) -> Any:
    """The `max_connections` of an httpx transport's httpcore pool (None when there is none to read)."""
    pool = getattr(transport, "_pool", None)
    return getattr(pool, "_max_connections", None) if pool is not None and httpcore_fast() else None


def forget_pool(transport: Any) -> bool:
    """Drop the connections of an httpx transport's httpcore pool without closing them (in a forked child: their
    sockets are the parent's too); False when the transport has no pool this can see into."""
    pool = getattr(transport, "_pool", None)
    if pool is None or not httpcore_fast() or not (hasattr(pool, "_connections") and hasattr(pool, "_requests")):
        return False
    pool._connections, pool._requests = [], []
    return True


def finish_close(stream: Any) -> None:
    """After a close of `stream` (httpcore's `PoolByteStream`) that raised: if it was cut short (its request is
    still listed in the pool), finish it in a task of its own, which the caller's cancellation does not reach."""
    pool, request = stream._pool, stream._pool_request
    if stream.__dict__.get("finishing") or request not in pool._requests:
        return
    loop = running_loop()
    if loop is None:  # pragma: no cover - trio: its cancellations respect httpcore's shield
        return
    stream.finishing = True
    task = loop.create_task(_finish(pool, request))
    _FINISHING.add(task)
    task.add_done_callback(_FINISHING.discard)


async def _finish(pool: Any, request: Any) -> None:
    import httpcore

    connection = request.connection
    http11 = isinstance(getattr(connection, "_connection", None), httpcore.AsyncHTTP11Connection)
    try:
        if http11 and not connection.is_idle() and not connection.is_closed():
            await connection.aclose()  # HTTP/1.1 serves one response at a time: this one's (HTTP/2's, others too)
    finally:  # the connection is CLOSED as its close starts, so the pool drops it even if the socket's close fails
        with pool._optional_thread_lock:
            if request in pool._requests:
                pool._requests.remove(request)
            closing = pool._assign_requests_to_connections()
        await pool._close_connections(closing)


@functools.cache
def reclaiming_pool_class() -> type[httpcore.AsyncConnectionPool]:
    """`httpcore.AsyncConnectionPool` that drops orphaned connections and finishes cut closes (above).
    (Built on first use: httpcore, like httpx's transport, is imported only when a client is made.)"""
    import httpcore
    from httpcore._async.connection_pool import PoolByteStream

    def orphaned(connection: object, owned: set[int]) -> bool:
        """Never connected, did not fail, and no request owns it: it can never be used."""
        return (
            isinstance(connection, httpcore.AsyncHTTPConnection)
            and id(connection) not in owned
            and getattr(connection, "_connection", True) is None
            and getattr(connection, "_connect_failed", True) is False
        )

    class FinishingStream(PoolByteStream):
        async def aclose(self) -> None:  # also what its iterator calls when reading fails
            try:
                await super().aclose()
            except BaseException:
                finish_close(self)
                raise

    class ReclaimingConnectionPool(httpcore.AsyncConnectionPool):
        async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
            response = await super().handle_async_request(request)
            if type(response.stream) is PoolByteStream:
                response.stream.__class__ = FinishingStream
            return response

        def _assign_requests_to_connections(self) -> list[httpcore.AsyncConnectionInterface]:
            owned = {id(request.connection) for request in self._requests if request.connection is not None}
            self._connections = [c for c in self._connections if not orphaned(c, owned)]
            return super()._assign_requests_to_connections()

    return ReclaimingConnectionPool


def reclaim_orphans(transport: httpx.AsyncHTTPTransport) -> None:
    """Give `transport`'s httpcore pool the reclaiming class (same state, methods overridden); a proxied
    transport, or the public way, keeps httpcore's own pool."""
    import httpcore

    pool = getattr(transport, "_pool", None)
    if httpcore_fast() and type(pool) is httpcore.AsyncConnectionPool:
        pool.__class__ = reclaiming_pool_class()
