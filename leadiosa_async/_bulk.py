"""`client.bulk(method, items)`: one operation over many argument sets, bounded, through the throttle.

    async with client.bulk(client.contacts.update, items) as results:
        async for result in results:          # as they finish (ordered=True: in input order)
            if result.outcome != "ok":
                print(result.index, result.outcome, result.error)
    print(results.summary)

Each item is a dict of the method's keyword arguments, path parameters by name. Every call is an ordinary
call of the client: the same gate, retries and retry budget. Input is read lazily, one item per free slot;
results are yielded as they finish (or in input order, with a reorder window no larger than the
concurrency); nothing is kept per item beyond that.

Outcomes: "ok"; "failed" (a typed error, and the item did not take effect: a 4xx, or nothing was sent);
"unknown" (a non-idempotent call that may have reached the server without an answer, or got a 5xx:
reconcile it, never re-send it blindly). 401 and 403 stop the run at once: the iteration raises that error,
with a note of where it stopped. Leaving early (`break` inside `async with`, cancellation) cancels every call
in flight; `summary` then says where the run stopped.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar

import anyio
import attrs

from ._exceptions import APIConnectionError, APIStatusError, AuthenticationError, PermissionDeniedError
from ._operation import Lane, check_lane

if TYPE_CHECKING:
    from anyio.abc import TaskGroup
    from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

T = TypeVar("T")
Outcome = Literal["ok", "failed", "unknown"]
logger = logging.getLogger("leadiosa_async")
COLD_CONCURRENCY = 4  # calls at once before the first response sizes the run
MAX_CONCURRENCY = 64  # the most calls at once when sized from the rate limit (override with concurrency=)
NO_LIMIT_CONCURRENCY = 16  # when the API reports no rate limit
FATAL = (AuthenticationError, PermissionDeniedError)


@attrs.frozen(slots=True)
class BulkResult(Generic[T]):
    """One item's result.

    Attributes:
        index: The item's position in the input (0-based).
        value: The operation's result, for "ok"; None otherwise.
        error: The typed error, for "failed" and "unknown"; None for "ok".
        outcome: "ok"; "failed" (the API refused it, or it was never sent); "unknown" (a write that may have
            been applied: reconcile before running it again).
    """

    index: int
    value: T | None
    error: Exception | None
    outcome: Outcome


@attrs.frozen(slots=True)
class BulkProgress:
    """Passed to `on_progress` after each item.

    Attributes:
        done: Items with a result so far.
        ok: Of those, succeeded.
        failed: Of those, failed.
        unknown: Of those, writes whose outcome is unknown.
        in_flight: Calls running now.
        rate: Items finished per second so far.
        eta: Seconds left at that rate; None when the input's length is unknown.
        lane: The lane of the run's calls at the rate-limit gate ("background" unless `priority=` said).
        gate_waited: Seconds the client's calls of that lane have waited at the rate-limit gate since the run
            started (the run's, and any others of the lane): how much the reserve and interactive calls held it.
    """

    done: int
    ok: int
    failed: int
    unknown: int
    in_flight: int
    rate: float
    eta: float | None
    lane: str = "background"
    gate_waited: float = 0.0


@attrs.define
class BulkSummary:
    """Where a run stands (`Bulk.summary`).

    Attributes:
        ok: Items that succeeded.
        failed: Items that failed.
        unknown: Writes whose outcome is unknown.
        elapsed: Seconds since the run started.
        finished: Whether every item has a result.
        stopped_at: The first input index without a result when the run ended early (None when every item
            has one): where a resumed run starts.
    """

    ok: int = 0
    failed: int = 0
    unknown: int = 0
    elapsed: float = 0.0
    finished: bool = False
    stopped_at: int | None = None

    @property
    def done(self) -> int:
        """Items with a result: `ok + failed + unknown`."""
        return self.ok + self.failed + self.unknown


class Bulk(Generic[T]):
    """What `client.bulk(...)` returns: an async iterator of `BulkResult`s (use it under `async with` when you
    may leave early), with `summary`.

    Args:
        method: The operation, such as `client.contacts.update`.
        items: Its arguments, one dict per call; read lazily.
        concurrency: Calls in flight at once (default: 4, then sized from the rate limit, at most 64).
        ordered: Yield in input order rather than as results come.
        on_progress: Called with a `BulkProgress` after each item.
        priority: The lane of its calls at the rate-limit gate (an item's own `priority` wins).
    """

    def __init__(
        self,
        method: Callable[..., Awaitable[T]],
        items: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        ordered: bool = False,
        on_progress: Callable[[BulkProgress], object] | None = None,
        priority: Lane = "background",
    ) -> None:
        operation = getattr(method, "__leadiosa_operation__", None)
        if operation is None or not callable(method):
            raise TypeError(f"bulk() needs a method of this client, such as client.contacts.update; got {method!r}")
        if not isinstance(items, Iterable | AsyncIterable) or isinstance(items, str | bytes | Mapping):
            raise TypeError(f"bulk() needs an iterable of argument dicts; got {type(items).__name__}")
        if concurrency is not None and (type(concurrency) is not int or concurrency < 1):
            raise ValueError(f"concurrency must be a positive int, got {concurrency!r}")
        if on_progress is not None and not callable(on_progress):
            raise TypeError(f"on_progress must be callable, got {type(on_progress).__name__}")
        self._method = method
        self._idempotent: bool = operation.idempotent
        self._items = items
        self._fixed = concurrency
        self._ordered = ordered
        self._on_progress = on_progress
        self._priority = check_lane("priority", priority)
        self._total = len(items) if hasattr(items, "__len__") else None  # type: ignore[arg-type]
        self._transport = getattr(getattr(method, "__self__", None), "_transport", None)
        self._iterator: AsyncIterator[BulkResult[T]] | None = None
        self.summary = BulkSummary()

    def __aiter__(self) -> AsyncIterator[BulkResult[T]]:
        if self._iterator is None:  # not under `async with`: the run owns its task group (leave it by exhausting it)
            self._iterator = self._standalone()
        return self._iterator

    async def __aenter__(self) -> Self:
        """Start the run in a task group opened here, outside any scope of the loop body."""
        self._tg = anyio.create_task_group()
        await self._tg.__aenter__()
        self._iterator = self._results(self._start(self._tg), self._tg)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self._tg.cancel_scope.cancel()  # whatever is still in flight
            await self.aclose()
        finally:
            await self._tg.__aexit__(None, None, None)

    async def aclose(self) -> None:
        """Stop: cancel every call in flight (the summary says where the run stopped)."""
        if self._iterator is not None:
            await self._iterator.aclose()  # type: ignore[attr-defined]

    def _start(self, tg: TaskGroup) -> MemoryObjectReceiveStream[BulkResult[T]]:
        self._started = time.monotonic()
        self._gate_waited = self._lane_waited()
        self._slots = anyio.CapacityLimiter(self._fixed or COLD_CONCURRENCY)
        self._window = _Window()
        send, receive = anyio.create_memory_object_stream[BulkResult[T]](0)
        tg.start_soon(self._dispatch, tg, send)
        return receive

    async def _results(
        self, receive: MemoryObjectReceiveStream[BulkResult[T]], tg: TaskGroup
    ) -> AsyncIterator[BulkResult[T]]:
        """The results as they come (or in input order): counted, with the run stopped by a fatal error."""
        window = self._window
        try:
            async with receive:
                waiting: dict[int, BulkResult[T]] = {}  # ordered: results ahead of the next index
                async for result in receive:
                    self._count(result)
                    if isinstance(result.error, FATAL):
                        tg.cancel_scope.cancel()
                        self._stop()
                        result.error.add_note(
                            f"bulk(): stopped after {self.summary.done} of the items (next without a result: "
                            f"#{self.summary.stopped_at}); the rest were not sent"
                        )
                        raise result.error
                    waiting[result.index] = result
                    if not self._ordered:
                        yield waiting.pop(result.index)
                    while self._ordered and window.next_index in waiting:
                        window.next_index += 1
                        yield waiting.pop(window.next_index - 1)
                    window.moved()
            if window.input_error is not None:
                raise window.input_error
            self.summary.finished = True
        finally:
            if not self.summary.finished and self.summary.stopped_at is None:
                self._stop()
            self.summary.elapsed = time.monotonic() - self._started

    async def _standalone(self) -> AsyncIterator[BulkResult[T]]:
        fatal: Exception | None = None
        async with anyio.create_task_group() as tg:
            results = self._results(self._start(tg), tg)
            try:
                async for result in results:
                    try:
                        yield result
                    except GeneratorExit:  # left early: a yield inside a task group must not raise out of it
                        tg.cancel_scope.cancel()
                        break
            except Exception as exc:  # raised below, outside the task group (which would wrap it in a group)
                fatal = exc
                tg.cancel_scope.cancel()
            finally:
                await results.aclose()  # type: ignore[attr-defined]
        if fatal is not None:
            raise fatal

    async def _dispatch(self, tg: TaskGroup, send: MemoryObjectSendStream[BulkResult[T]]) -> None:
        window, slots = self._window, self._slots
        async with send, contextlib.aclosing(_items(self._items)) as items:  # type: ignore[type-var]
            index = 0
            try:
                async for item in items:
                    token = object()
                    await slots.acquire_on_behalf_of(token)
                    if self._ordered:  # the reorder window: at most the concurrency ahead of the next index
                        await window.wait_until(index, slots)
                    if window.stopped:  # a fatal answer came in meanwhile: send nothing more
                        slots.release_on_behalf_of(token)
                        return
                    window.pending.add(index)
                    tg.start_soon(self._one, index, item, token, send.clone())
                    index += 1
                    window.dispatched = index
            except Exception as exc:  # the caller's input failed: finish what is in flight, then raise it
                window.input_error = exc
                return
            window.exhausted = True

    async def _one(
        self, index: int, item: Mapping[str, Any], token: object, send: MemoryObjectSendStream[BulkResult[T]]
    ) -> None:
        async with send:
            try:
                if not isinstance(item, Mapping):
                    raise TypeError(f"bulk() item #{index} must be a dict of arguments, got {type(item).__name__}")
                value = await (self._method(**item) if "priority" in item else
                               self._method(**item, priority=self._priority))  # fmt: skip
            except Exception as exc:
                if isinstance(exc, FATAL):
                    self._window.stopped = True
                result = BulkResult[T](index, None, exc, self._outcome(exc))
            else:
                result = BulkResult[T](index, value, None, "ok")
            try:
                await send.send(result)  # the slot is held until the consumer has it: results never pile up
            finally:
                self._slots.release_on_behalf_of(token)

    def _outcome(self, exc: Exception) -> Outcome:
        if self._idempotent:
            return "failed"  # safe to run again
        if isinstance(exc, APIStatusError):
            return "failed" if exc.status_code < 500 else "unknown"
        if isinstance(exc, APIConnectionError):
            return "failed" if exc.request_sent is False else "unknown"
        if isinstance(exc, TypeError | ValueError):  # refused before sending (argument checks)
            return "failed"
        return "unknown"  # e.g. a 2xx whose body did not parse: it took effect

    def _count(self, result: BulkResult[T]) -> None:
        window = self._window
        window.pending.discard(result.index)
        if result.outcome == "ok":
            self.summary.ok += 1
        elif result.outcome == "failed":
            self.summary.failed += 1
        else:
            self.summary.unknown += 1
        if self._fixed is None and self.summary.done == 1 and not window.stopped:  # the first answer sizes the run
            state = getattr(getattr(self._transport, "limiter", None), "state", None)
            sized = state.limit if state else NO_LIMIT_CONCURRENCY
            self._slots.total_tokens = min(MAX_CONCURRENCY, max(COLD_CONCURRENCY, sized))
        if self._on_progress is not None:
            elapsed = max(time.monotonic() - self._started, 1e-9)
            rate = self.summary.done / elapsed
            eta = (self._total - self.summary.done) / rate if self._total is not None and rate > 0 else None
            info = BulkProgress(self.summary.done, self.summary.ok, self.summary.failed, self.summary.unknown,
                                len(window.pending), rate, eta, self._priority,
                                self._lane_waited() - self._gate_waited)  # fmt: skip
            try:
                self._on_progress(info)
            except Exception:
                logger.exception("leadiosa_async bulk on_progress callback failed on %r", info)

    def _lane_waited(self) -> float:
        """Seconds the client's calls of the run's lane have waited at the gate so far (0 without a gate)."""
        limiter = getattr(self._transport, "limiter", None)
        return limiter.waited(self._priority) if limiter is not None else 0.0

    def _stop(self) -> None:
        window = self._window
        window.stopped = True
        first = min(window.pending, default=None)
        if first is None and not window.exhausted:
            first = window.dispatched
        self.summary.stopped_at = first
        logger.info("bulk(): stopped early (%s)", self.summary)


class _Window:
    """What the dispatcher and the consumer share: the next index to yield (ordered runs), indices in flight,
    and whether the run stopped."""

    def __init__(self) -> None:
        self.next_index = 0
        self.dispatched = 0
        self.pending: set[int] = set()
        self.exhausted = False
        self.stopped = False
        self.input_error: Exception | None = None
        self._moved = anyio.Event()

    def moved(self) -> None:
        """The consumer took results: wake the dispatcher's window check."""
        self._moved.set()
        self._moved = anyio.Event()

    async def wait_until(self, index: int, slots: anyio.CapacityLimiter) -> None:
        """Until `index` is within the concurrency of the next index to yield."""
        while index >= self.next_index + int(slots.total_tokens):
            await self._moved.wait()


async def _items(items: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]]) -> AsyncIterator[Any]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


__all__ = ["Bulk", "BulkProgress", "BulkResult", "BulkSummary"]
