"""Leadiosa: the synchronous client, for scripts, notebooks, threads and sync code called from async code.

Design: the sync client owns an `AsyncLeadiosa` and an asyncio event loop, and each call runs the async
client on that loop in the caller's own thread, for as long as the call takes (`Portal`). There is one
pipeline — every retry, throttle, limit, hook and error of the async client applies unchanged — and
the generated sync namespaces only hand each call to the portal. Chosen over generated sync code on
`httpx.Client` because the policies would then exist twice (the design's rule is one pipeline); chosen
over a loop in a thread of its own (round two's first version, an anyio blocking portal) because that
costs two thread wake-ups per call, which driving the loop in the caller's thread does not (the ratio to
the async client is measured by `benchmarks/sync_overhead.py`, in `make bench`).

It works anywhere: plain scripts; many threads at once (one drives the loop, the others' calls run on
it concurrently, and a waiting thread takes the loop over when its driver is done); and inside a running
event loop (Jupyter, a sync function called from async code), where a helper thread drives it.
Deprecation warnings are collected on the loop and emitted at the caller's line; hooks run in whichever
thread drives the loop; Ctrl-C cancels the call on the loop, sleeps included, as `asyncio.run` does.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import signal
import threading
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Mapping
from concurrent.futures import Future
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, Unpack

from ._client import AsyncLeadiosa
from ._generated.namespaces import SyncNamespaces
from ._operation import RequestOptions
from ._pagination import Page, PageCall, Paginator, SyncPage
from ._stacks.asyncio_private import running_loop
from ._transport import fork
from ._transport.rate_window import RateLimit
from ._warnings import RELAY, emit_deprecation

try:
    from sniffio import current_async_library_cvar, thread_local

    def _async_library() -> str | None:
        """The async library this thread is running now (trio sets sniffio's marks), if any."""
        return thread_local.name or current_async_library_cvar.get()

except ImportError:  # pragma: no cover - anyio and trio depend on sniffio

    def _async_library() -> str | None:
        return None


T = TypeVar("T")
SIGINT = int(signal.SIGINT)
_signals: Any = getattr(signal, "_signal", signal)  # the C functions: `signal`'s enum wrapping costs µs per call


class Portal:
    """The sync client's event loop, run by the calling thread while it waits (implements
    `_protocol.SyncRunner`).

    One thread at a time drives the loop: a caller that finds it idle runs it until its own call is done
    (no thread hop: `benchmarks/sync_overhead.py`); a caller that finds it driven by another thread
    queues its call on it and waits, taking the loop over if its driver finishes first. Threads that
    cannot run an asyncio loop themselves (a running asyncio loop or trio in them: a notebook cell, a sync
    function called from async code) have a helper thread drive it for them.
    """

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)  # the loop was released, or a queued call ended
        self._driven = False
        self.closed = False
        self._generation = fork.GENERATION

    def call(self, func: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
        """`await func(*args, **kwargs)` on the loop; warnings it raised are emitted here, at the caller."""
        relay: list[str] = []
        try:
            return self._run(_relayed(relay, func, args, kwargs))
        finally:
            for message in relay:
                emit_deprecation(message)

    def _after_fork(self) -> None:
        """First use in a forked child: a loop and locks of its own (the parent's loop, its selector and any lock
        held by a thread that does not exist here must not be used); the parent's loop is left as it is."""
        self._loop = asyncio.new_event_loop()
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._driven = False
        self._generation = fork.GENERATION

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        if self._generation != fork.GENERATION:
            fork.renew(self, self._after_fork)
        try:
            drivable = _can_drive_here(self._loop)
            with self._lock:
                if self.closed:
                    raise RuntimeError("this Leadiosa client is closed")
                lead = drivable and not self._driven
                if lead:
                    self._driven = True
                else:  # queued on the loop from an empty context: the caller's may say "trio" to sniffio
                    future: Future[T] = contextvars.Context().run(asyncio.run_coroutine_threadsafe, coro, self._loop)
        except BaseException:
            coro.close()
            raise
        if lead:
            try:
                return self._drive(self._loop.create_task(coro, context=contextvars.Context()))
            finally:
                self._release()
        future.add_done_callback(self._notify)  # outside the lock: a call done already runs it at once
        try:
            if drivable:
                self._follow(future)
            else:
                threading.Thread(target=self._follow, args=(future,), name="leadiosa-sync", daemon=True).start()
            return future.result()  # a blocked wait still sees Ctrl-C: SIGINT interrupts it (POSIX)
        except BaseException:
            future.cancel()  # Ctrl-C while waiting: the call is cancelled on the loop, sleeps included
            raise

    def _drive(self, task: asyncio.Future[T]) -> T:
        """Run the loop until `task` is done; Ctrl-C in the main thread cancels it (as `asyncio.run` does)."""
        interrupted = False

        def on_sigint(signum: int, frame: object) -> None:
            nonlocal interrupted
            if interrupted or task.done():
                raise KeyboardInterrupt
            interrupted = True
            task.cancel()
            self._loop.call_soon_threadsafe(_nothing)  # wake the loop from its wait

        handle = threading.current_thread() is threading.main_thread() and (
            _signals.getsignal(SIGINT) is signal.default_int_handler
        )
        if handle:
            _signals.signal(SIGINT, on_sigint)
        try:
            return self._loop.run_until_complete(task)
        except asyncio.CancelledError:
            if interrupted:
                raise KeyboardInterrupt from None
            raise
        finally:
            if handle and _signals.getsignal(SIGINT) is on_sigint:
                _signals.signal(SIGINT, signal.default_int_handler)

    def _follow(self, future: Future[Any]) -> None:
        """Wait until `future` is done, driving the loop whenever no other thread does."""
        while True:
            with self._lock:
                while self._driven and not future.done():
                    self._changed.wait()
                if self.closed:
                    future.cancel()  # the loop is gone: the waiting caller gets CancelledError, not a hang
                if future.done() or self.closed:
                    return
                self._driven = True
            try:  # the call's own outcome is read from `future` by its caller; Ctrl-C goes through
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    self._drive(asyncio.wrap_future(future, loop=self._loop))
            finally:
                self._release()

    def _release(self) -> None:
        with self._lock:
            self._driven = False
            self._changed.notify_all()

    def _notify(self, future: Future[Any]) -> None:
        with self._lock:
            self._changed.notify_all()

    def page(self, call: PageCall[T]) -> SyncPage[T]:
        """The first page of a list call, fetched now; the rest through the call's paginator, as iterated."""
        first: Page[T] = self.call(_await, call)

        def more() -> Iterator[Page[T]]:
            yield from self.iterate(call.paginator(after=first.next_cursor).pages())

        return SyncPage(first, more)

    def iterate(self, iterator: Any) -> Iterator[Any]:
        """Step an async iterator on the loop, one item per call; closed on the loop when left early."""
        try:
            while True:
                try:
                    yield self.call(iterator.__anext__)
                except StopAsyncIteration:
                    return
        finally:
            if hasattr(iterator, "aclose") and not self.closed:
                self.call(iterator.aclose)

    def stop(self) -> None:
        """Cancel what is left on the loop and close it (once the thread driving it lets go)."""
        if _can_drive_here(self._loop):
            self._close_loop()
        else:  # a thread running an event loop of its own
            helper = threading.Thread(target=self._close_loop, name="leadiosa-sync-close")
            helper.start()
            helper.join()

    def _close_loop(self) -> None:
        with self._lock:
            while self._driven:
                self._changed.wait()
            if self.closed:
                return
            self.closed = self._driven = True
        loop = self._loop
        try:
            loop.run_until_complete(_cancel_the_rest())
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()
            self._release()


def _can_drive_here(loop: asyncio.AbstractEventLoop) -> bool:
    """Whether this thread may run the sync client's loop: not while it runs an event loop of its own."""
    running = running_loop()
    if running is loop:
        raise RuntimeError(
            "a Leadiosa (sync) call from inside one of its own calls (a hook?) would wait for itself; "
            "use an AsyncLeadiosa there"
        )
    return running is None and _async_library() is None


def _nothing() -> None:
    pass


async def _cancel_the_rest() -> None:
    await asyncio.sleep(0)  # start the calls queued before closing
    tasks = asyncio.all_tasks() - {asyncio.current_task()}
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def _relayed(relay: list[str], func: Callable[..., Awaitable[T]], args: tuple[Any, ...], kwargs: Any) -> T:
    """The call, with its deprecation warnings collected for the caller's thread."""
    RELAY.set(relay)  # this task's context only
    return await func(*args, **kwargs)


async def _await(call: PageCall[T]) -> Page[T]:
    return await call


async def _build(factory: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`factory(...)` on the loop: what it builds may bind to the running loop."""
    return factory(*args, **kwargs)


class SyncPaginator(Generic[T]):
    """`Leadiosa.paginate(...)`: iterate it for items, `.pages()` for pages."""

    def __init__(self, portal: Portal, paginator: Paginator[T]) -> None:
        """Built by `Leadiosa.paginate()`, not by you.

        Args:
            portal: Runs the async paginator on the sync client's event loop.
            paginator: The async paginator it wraps.
        """
        self._portal = portal
        self._paginator = paginator

    def __iter__(self) -> Iterator[T]:
        return self._portal.iterate(self._paginator.__aiter__())

    def pages(self) -> Iterator[Page[T]]:
        """Every page, in order."""
        return self._portal.iterate(self._paginator.pages())


class Leadiosa(SyncNamespaces):
    """Synchronous client for the Leadiosa REST API v1: the same namespaces, methods, arguments, results
    and errors as `AsyncLeadiosa` (it takes the same arguments), called without `await`:

        with Leadiosa() as client:
            conv = client.conversations.get("conv_1")
            for contact in client.contacts.list():  # every item of every page
                ...

    List methods return a `SyncPage`: the first page, iterable over every item. Use `with` or `close()`.
    Each call drives the client's event loop in the calling thread; many threads may share one client.

    Args:
        *args: `AsyncLeadiosa`'s arguments: `token`.
        **kwargs: `AsyncLeadiosa`'s keyword arguments (`base_url`, `timeout`, `max_retries`, `http_client`,
            `max_retry_after`, `throttle`, `retry_budget`, `hooks`, `clock`, `rate_store`,
            `max_response_bytes`, `default_headers`, `deadline`, `token_refresh`, `priority`, `rate_reserve`), with
            the same meaning; `token` may be a provider, as there.
    """

    _async_client: AsyncLeadiosa
    _portal: Portal

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._portal = Portal()
        self._async_client = self._portal.call(_build, AsyncLeadiosa, *args, **kwargs)  # built on its loop
        self._owns_portal = True

    @property
    def base_url(self) -> str:
        """The API's base URL (`https://leadiosa.com/api/v1` unless given)."""
        return self._async_client.base_url

    @property
    def rate_limit(self) -> RateLimit | None:
        """The latest rate-limit state the API reported (None before the first response), with each lane's time
        at the gate (`.lanes`)."""
        return self._async_client.rate_limit

    def __repr__(self) -> str:
        return f"Leadiosa(base_url={self.base_url!r})"

    def with_options(self, **options: Any) -> Leadiosa:
        """`AsyncLeadiosa.with_options`, for the sync client: shares the pool, the loop and (same token)
        the rate-limit state.

        Args:
            **options: The options of `AsyncLeadiosa.with_options` (`token`, `timeout`, `max_retries`,
                `max_retry_after`, `max_response_bytes`, `default_headers`, `deadline`, `priority`).

        Returns:
            The new client; closing it closes nothing of this one.
        """
        child = object.__new__(type(self))
        child._async_client = self._portal.call(_build, self._async_client.with_options, **options)
        child._portal = self._portal
        child._owns_portal = False
        return child

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        files: Mapping[str, Any] | None = None,
        cast_to: type[T] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Any endpoint through the same pipeline: `AsyncLeadiosa.request`, called without await.

        Args:
            method: The HTTP method.
            path: Relative to the base URL, starting with `/`.
            params: Query parameters.
            json: A JSON body.
            files: A multipart upload, as httpx takes it.
            cast_to: A model class to parse the response into; by default the decoded JSON.
            **options: Per-call options (`RequestOptions`).

        Returns:
            The decoded JSON (or `cast_to.from_dict()` of it); None for a response without a body.
        """
        return self._portal.call(
            self._async_client.request, method, path, params=params, json=json, files=files, cast_to=cast_to,
            **options,
        )  # fmt: skip

    def paginate(self, method: Callable[..., SyncPage[T]], *path_args: Any, **params: Any) -> SyncPaginator[T]:
        """Every item of a list, with the options of `AsyncLeadiosa.paginate` (prefetch aside):
        `for c in client.paginate(client.contacts.list, max_items=500)`; `.pages()` for pages.

        Args:
            method: A list method of this client, such as `client.contacts.list`.
            *path_args: Its path parameters.
            **params: Its query parameters, and `max_items`, `max_pages`, `restart_on_expired`.

        Returns:
            The paginator: iterate it for items, or `.pages()` for pages.
        """
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
        """Close the connection pool (when the client created it) and the loop; a client made by
        `with_options` closes nothing of its parent's."""
        if self._owns_portal and not self._portal.closed:
            self._portal.call(self._async_client.aclose)
            self._portal.stop()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
