"""A connection pool that survives cancel storms, and the bound that keeps it from queueing.

httpcore 1.0.x leaks a pool slot when a request is cancelled after the pool assigned it a *new*
connection but before that connection connected (encode/httpcore#1093, open upstream; fixed in
pydantic/httpx2 PR #983): the connection stays CONNECTING, owned by no request, is never reaped,
and once `max_connections` of them pile up every call fails with `PoolTimeout`. It happens mostly
when requests queue inside the pool, where another task hands a queued request its connection.

Two measures, chosen over switching transports (a different HTTP stack would change behaviour that
users rely on, proxies and `http_client` included):

1. `ConnectionSlots` bounds the SDK's in-flight sends to the pool size, so requests queue in the
   SDK (a FIFO `anyio.Semaphore`, where cancellation is clean and immediate), never inside the pool.
   It applies to any `http_client` whose pool size can be read.
2. `LeadiosaHTTPTransport` is `httpx.AsyncHTTPTransport` with a pool that drops such orphans (not
   connected, not failed, owned by no request) whenever it reassigns connections — the fix of
   httpx2 #983, for the remaining window (a cancel landing between assignment and connect in the
   request's own task) — and that finishes a response's close cut short by a cancellation
   (encode/httpcore#1115; `_stacks/httpcore_pool.py`). The SDK uses it for the client it creates; pass it
   to your own `httpx.AsyncClient(transport=LeadiosaHTTPTransport())` to get the same protection.
"""

from __future__ import annotations

import functools
import math
import ssl
import sys
from typing import Any

import anyio
import httpx

from .._stacks import httpcore_pool, httpx_private


class LeadiosaHTTPTransport(httpx.AsyncHTTPTransport):
    """`httpx.AsyncHTTPTransport` (same arguments) whose pool reclaims connections orphaned by
    cancellation (encode/httpcore#1093) and finishes closes a cancellation cut short (encode/httpcore#1115).
    Proxied transports keep httpx's own pool.

    Args:
        *args: `httpx.AsyncHTTPTransport`'s positional arguments.
        **kwargs: `httpx.AsyncHTTPTransport`'s keyword arguments (`verify`, `limits`, `retries`, ...).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        httpcore_pool.reclaim_orphans(self)


@functools.cache
def shared_ssl_context() -> ssl.SSLContext:
    """One verifying SSL context per process, shared by every client the SDK creates: building one loads
    the CA bundle (~15 ms), which made each client of a multi-tenant service cost that much. An SSLContext
    is safe to share between connections, pools and threads."""
    return httpx.create_ssl_context()


def pool_size(http_client: httpx.AsyncClient) -> float:
    """How many connections `http_client`'s default pool may open (inf when it cannot be read)."""
    transports = httpx_private.transports(http_client)
    transport = transports[0] if transports else None
    size = getattr(transport, "max_connections", None)  # the SDK's aiohttp and httpx2 transports'
    if size is None:
        size = httpcore_pool.pool_limit(transport)  # httpcore's
    return float(size) if isinstance(size, int) and 0 < size < sys.maxsize else math.inf  # httpcore: maxsize for None


class ConnectionSlots:
    """At most `size` sends in flight (FIFO); with an unbounded size, no bookkeeping at all."""

    def __init__(self, size: float) -> None:
        self._semaphore = anyio.Semaphore(int(size), fast_acquire=True) if math.isfinite(size) else None
        self.size = size

    def after_fork(self) -> None:
        """In a forked child: every slot free (the parent's sends are not this process's)."""
        if self._semaphore is not None:
            self._semaphore = anyio.Semaphore(int(self.size), fast_acquire=True)

    async def acquire(self) -> None:
        if self._semaphore is not None:
            await self._semaphore.acquire()

    def release(self) -> None:
        if self._semaphore is not None:
            self._semaphore.release()


def forget_connections(http_client: httpx.AsyncClient) -> None:
    """In a forked child: drop the connections `http_client` inherited, without closing them (their sockets are the
    parent's too); new ones are made as needed. A transport with no pool of its own (httpx's mock and ASGI
    transports) has nothing to drop; one the SDK cannot see into raises `RuntimeError` naming the fix."""
    transports = httpx_private.transports(http_client)
    for transport in transports if transports is not None else [http_client]:
        if hasattr(transport, "forget_after_fork"):  # the SDK's aiohttp and httpx2 transports
            transport.forget_after_fork()
        elif not httpcore_pool.forget_pool(transport) and not isinstance(
            transport, httpx.MockTransport | httpx.ASGITransport
        ):
            raise RuntimeError(
                f"this client was made before os.fork() and its http_client's transport ({type(transport).__name__}) "
                "may hold the parent's connections: make the client in the child process (gunicorn without "
                "--preload or in post_fork, Celery's worker_process_init, or inside the multiprocessing target)"
            )
