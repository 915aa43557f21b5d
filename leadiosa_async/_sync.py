"""Leadiosa: the synchronous client, for scripts, notebooks, threads and sync code called from async code.

Design: the sync client owns an `AsyncLeadiosa` and runs it on an event loop in a thread of its own
(an anyio blocking portal). There is one pipeline — every retry, throttle, limit, hook and error of the
async client applies unchanged — and the generated sync namespaces only hop each call onto that loop.
Chosen over generated sync code on `httpx.Client` because the policies would then exist twice (the
design's rule is one pipeline), and because the loop thread makes the client work anywhere: plain
scripts, many threads at once (the loop serves them concurrently), and inside a running event loop
(Jupyter, a sync function called from async code), where `asyncio.run()` would fail.

What the hop means: about one thread handoff per call (`benchmarks/sync_overhead.py`); hooks run on the
loop thread; deprecation warnings are collected there and emitted in the caller's thread, pointing at
the caller's line; Ctrl-C (or any exception) while waiting cancels the call on the loop, sleeps included.
"""

from __future__ import annotations

import asyncio
import contextvars
import threading
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import Future
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import anyio
import anyio.from_thread

from ._client import AsyncLeadiosa
from ._generated.namespaces import SyncNamespaces
from ._pagination import Paginator
from ._protocol import Page, PageCall, SyncPage
from ._transport.deprecation import RELAY, emit_deprecation
from ._transport.ratelimit import RateLimit

T = TypeVar("T")


class Portal:
    """An event loop in a daemon thread, and the hop onto it (implements `_protocol.SyncRunner`)."""

    def __init__(self) -> None:
        ready: Future[anyio.from_thread.BlockingPortal] = Future()
        self._stopped = threading.Event()

        async def serve() -> None:
            self._loop = asyncio.get_running_loop()
            self._context = contextvars.copy_context()  # the loop's own (a caller's may say "trio" to sniffio)
            async with anyio.from_thread.BlockingPortal() as portal:
                ready.set_result(portal)
                await portal.sleep_until_stopped()

        def run() -> None:
            try:
                anyio.run(serve)
            except BaseException as exc:  # pragma: no cover - the loop could not start
                if not ready.done():
                    ready.set_exception(exc)
            finally:
                self._stopped.set()

        self._thread = threading.Thread(target=run, name="leadiosa-sync", daemon=True)
        self._thread.start()
        self._portal = ready.result()

    def call(self, func: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
        """`await func(*args, **kwargs)` on the loop; warnings it raised are emitted here, at the caller."""
        relay: list[str] = []
        # asyncio's own hop, started from an empty context: the caller's may say "trio" to sniffio
        # asyncio's own hop, started from an empty context: the caller's may say "trio" to sniffio (a trio
        # program calling the sync client), and the task would then take its loop for trio's
        future: Future[T] = contextvars.Context().run(
            asyncio.run_coroutine_threadsafe, _relayed(relay, func, args, kwargs), self._loop
        )
        try:
            return future.result()  # a blocked wait still sees Ctrl-C: SIGINT interrupts it (POSIX)
        except BaseException:
            future.cancel()  # Ctrl-C while waiting: the task is cancelled on the loop too, sleeps included
            raise
        finally:
            for message in relay:
                emit_deprecation(message)

    def run_sync(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`func(*args, **kwargs)` on the loop thread (objects that bind to the running loop are built there)."""
        future: Future[T] = Future()

        def run() -> None:
            try:
                future.set_result(func(*args, **kwargs))
            except BaseException as exc:
                future.set_exception(exc)

        self._loop.call_soon_threadsafe(run, context=self._context)
        return future.result()

    def page(self, call: PageCall[T]) -> SyncPage[T]:
        """The first page of a list call, fetched now; the rest through the call's paginator, as iterated."""
        first: Page[T] = self.call(_await, call)

        def more() -> Iterator[Page[T]]:
            yield from self.iterate(call.paginator(after=first.next_cursor).pages())

        return SyncPage(first, more)

    def iterate(self, iterator: Any) -> Iterator[Any]:
        """Step an async iterator on the loop, one item per hop; closed on the loop when left early."""
        try:
            while True:
                try:
                    yield self.call(iterator.__anext__)
                except StopAsyncIteration:
                    return
        finally:
            if hasattr(iterator, "aclose") and not self._stopped.is_set():
                self.call(iterator.aclose)

    def stop(self) -> None:
        if not self._stopped.is_set():
            self._portal.call(self._portal.stop)
            self._thread.join(5)


async def _relayed(relay: list[str], func: Callable[..., Awaitable[T]], args: tuple[Any, ...], kwargs: Any) -> T:
    """The call, with its deprecation warnings collected for the caller's thread."""
    RELAY.set(relay)  # this task's context only
    return await func(*args, **kwargs)


async def _await(call: PageCall[T]) -> Page[T]:
    return await call


class SyncPaginator(Generic[T]):
    """`Leadiosa.paginate(...)`: iterate it for items, `.pages()` for pages."""

    def __init__(self, portal: Portal, paginator: Paginator[T]) -> None:
        self._portal = portal
        self._paginator = paginator

    def __iter__(self) -> Iterator[T]:
        return self._portal.iterate(self._paginator.__aiter__())

    def pages(self) -> Iterator[Page[T]]:
        return self._portal.iterate(self._paginator.pages())


class Leadiosa(SyncNamespaces):
    """Synchronous client for the Leadiosa REST API v1: the same namespaces, methods, arguments, results
    and errors as `AsyncLeadiosa` (it takes the same arguments), called without `await`:

        with Leadiosa() as client:
            conv = client.conversations.get("conv_1")
            for contact in client.contacts.list():  # every item of every page
                ...

    List methods return a `SyncPage`: the first page, iterable over every item. Use `with` or `close()`.
    """

    _async_client: AsyncLeadiosa
    _portal: Portal

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._portal = Portal()
        self._async_client = self._portal.run_sync(AsyncLeadiosa, *args, **kwargs)  # built on its loop
        self._owns_portal = True

    @property
    def base_url(self) -> str:
        return self._async_client.base_url

    @property
    def rate_limit(self) -> RateLimit | None:
        """The latest rate-limit state the API reported (None before the first response)."""
        return self._async_client.rate_limit

    def __repr__(self) -> str:
        return f"Leadiosa(base_url={self.base_url!r})"

    def with_options(self, **options: Any) -> Leadiosa:
        """`AsyncLeadiosa.with_options`, for the sync client: shares the pool, the loop thread and (same
        token) the rate-limit state."""
        child = object.__new__(type(self))
        child._async_client = self._portal.run_sync(self._async_client.with_options, **options)
        child._portal = self._portal
        child._owns_portal = False
        return child

    def paginate(self, method: Callable[..., SyncPage[T]], *path_args: Any, **params: Any) -> SyncPaginator[T]:
        """Every item of a list, with the options of `AsyncLeadiosa.paginate` (prefetch aside):
        `for c in client.paginate(client.contacts.list, max_items=500)`; `.pages()` for pages."""
        namespace = getattr(method, "__self__", None)
        async_method = getattr(getattr(namespace, "_async", None), getattr(method, "__name__", ""), None)
        if async_method is None:
            raise TypeError(
                f"paginate() needs a list method of this client, such as client.contacts.list; got {method!r}"
            )
        if params.get("prefetch"):
            raise ValueError("prefetch needs the async client (AsyncLeadiosa.paginate)")
        return SyncPaginator(self._portal, self._async_client.paginate(async_method, *path_args, **params))

    def close(self) -> None:
        """Close the connection pool (when the client created it) and stop the loop thread; a client made
        by `with_options` closes nothing of its parent's."""
        if self._owns_portal and not self._portal._stopped.is_set():
            self._portal.call(self._async_client.aclose)
            self._portal.stop()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
