"""Cursor pagination as async iteration: `client.paginate(method, *path_args, **params)`.

    async for conv in client.paginate(client.conversations.list, status="open"):
        ...
    async for page in client.paginate(client.messages.list, "conv_1").pages():
        ...
    async with client.paginate(client.contacts.list, prefetch=1) as contacts:   # fetch ahead
        async for contact in contacts:
            ...

Only the current page (plus `prefetch` pages fetched ahead) is held, so memory stays flat over any
number of items. Without `prefetch` nothing is in flight between items, so breaking out of the loop
needs no clean-up; with `prefetch`, `async with` owns the fetching task and ends it (and its request)
on exit, whether the loop finished, broke out, raised or was cancelled. Wrap `.pages()` or the item
iterator in `contextlib.aclosing(...)` to close it deterministically yourself.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import anyio

if TYPE_CHECKING:  # loaded with prefetch, not with the SDK
    from anyio.abc import TaskGroup
    from anyio.streams.memory import MemoryObjectSendStream

from .._arguments import unknown_keyword
from .._exceptions import CursorExpiredError, LeadiosaError
from .._operation import OPTION_NAMES
from .pages import Page

T = TypeVar("T")
CURSOR_WINDOW = 1000  # recent cursors remembered to catch a server that loops
MAX_RESTARTS = 3


class _Failure:
    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error


class Paginator(Generic[T]):
    """Async iterable over the items of every page; `.pages()` iterates pages instead. Made by
    `client.paginate()` and by iterating a list call.

    Args:
        method: A cursor-paginated list method, such as `client.contacts.list`.
        path_args: Its path parameters.
        params: Its query parameters (filters, `limit`, and `after` to start from a cursor).
        max_items: Stop after this many items.
        max_pages: Stop after this many pages.
        restart_on_expired: Start again from the first page when the cursor expires, skipping items already
            yielded (counted in `restarts`); otherwise raise `CursorExpiredError`.
        prefetch: Pages fetched ahead; needs `async with`. Pages after the first are then fetched as
            "background" calls at the rate-limit gate (unless `priority` is among `params`): nobody waits for them
            yet.
    """

    def __init__(
        self,
        method: Callable[..., Awaitable[Page[T]]],
        path_args: tuple[Any, ...],
        params: dict[str, Any],
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        restart_on_expired: bool = False,
        prefetch: int = 0,
    ) -> None:
        operation = getattr(method, "__leadiosa_operation__", None)
        if operation is None or not operation.paginated:
            name = getattr(method, "__qualname__", repr(method))
            raise TypeError(f"paginate() needs a cursor-paginated list method such as client.contacts.list, got {name}")
        valid = (*operation.params, *OPTION_NAMES)
        for name in params:
            if name not in valid:  # a misspelled filter must not silently list everything
                own = ("max_items", "max_pages", "restart_on_expired", "prefetch")
                raise unknown_keyword("paginate", name, (*valid, *own))
        for name, value in (("max_items", max_items), ("max_pages", max_pages)):
            if value is not None and value < 1:
                raise ValueError(f"{name} must be >= 1, got {value}")
        if prefetch < 0:
            raise ValueError(f"prefetch must be >= 0, got {prefetch}")
        self._method = method
        self._path_args = path_args
        self._params = params
        self.operation_id: str = operation.operation_id
        self.max_items = max_items
        self.max_pages = max_pages
        self.restart_on_expired = restart_on_expired
        self.restarts = 0  # how often an expired cursor made it start over (restart_on_expired=True)
        self.prefetch = prefetch
        self._task_group: TaskGroup | None = None
        self._live: list[AsyncGenerator[Any]] = []

    def __repr__(self) -> str:
        return f"Paginator({self.operation_id}, prefetch={self.prefetch})"

    async def __aenter__(self) -> Self:
        if self.prefetch:
            self._task_group = anyio.create_task_group()
            await self._task_group.__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> bool | None:
        live, self._live = self._live, []
        for generator in reversed(live):
            await generator.aclose()
        group, self._task_group = self._task_group, None
        if group is None:
            return None
        group.cancel_scope.cancel()  # ends the fetching task and its request, whatever happened
        if exc_type is not None and issubclass(exc_type, anyio.get_cancelled_exc_class()):
            return await group.__aexit__(exc_type, exc, tb)
        # Any other error of the loop propagates as itself, not wrapped in an ExceptionGroup.
        await group.__aexit__(None, None, None)
        return None

    def __aiter__(self) -> AsyncIterator[T]:
        return self._track(self._items())

    def pages(self) -> AsyncGenerator[Page[T]]:
        """Iterate pages (until `has_more` is false, or `max_pages` / `max_items` is reached)."""
        return self._track(self._pages())

    def _track(self, generator: AsyncGenerator[Any]) -> AsyncGenerator[Any]:
        if self._task_group is not None:  # closed by __aexit__ if the loop did not finish
            self._live.append(generator)
        return generator

    async def _items(self) -> AsyncGenerator[T]:
        pages = self._pages()
        try:
            async for page in pages:
                for item in page.data:
                    yield item
        finally:
            await pages.aclose()

    async def _pages(self) -> AsyncGenerator[Page[T]]:
        if self.prefetch and self._task_group is None:
            raise LeadiosaError("prefetch needs `async with client.paginate(..., prefetch=N) as items:`")
        seen_ids: set[Any] | None = set() if self.restart_on_expired else None
        items = pages = 0
        last_cursor: str | None = None
        source = self._prefetched() if self.prefetch else self._fetch()
        try:
            while True:
                try:
                    page = await source.__anext__()
                except StopAsyncIteration:
                    return
                except CursorExpiredError as exc:
                    exc.items_yielded, exc.pages_fetched, exc.last_cursor = items, pages, last_cursor
                    raise
                pages += 1
                last_cursor = page.next_cursor
                data = page.data if seen_ids is None else _unseen(page.data, seen_ids)
                if self.max_items is not None and items + len(data) >= self.max_items:
                    data = data[: self.max_items - items]
                    yield _with(page, data, has_more=False)
                    return
                items += len(data)
                yield page if data is page.data else _with(page, data)
                if self.max_pages is not None and pages >= self.max_pages:
                    return
        finally:
            await source.aclose()

    async def _fetch(self) -> AsyncGenerator[Page[T]]:
        """The pages as the API serves them: follow `next_cursor` verbatim, restart if allowed."""
        cursor: str | None = self._params.get("after")
        recent: deque[str] = deque(maxlen=CURSOR_WINDOW)
        params = {k: v for k, v in self._params.items() if k != "after"}
        while True:
            try:
                page = await self._method(*self._path_args, **params, **({"after": cursor} if cursor else {}))
            except CursorExpiredError:
                if not self.restart_on_expired or cursor is None or self.restarts >= MAX_RESTARTS:
                    raise
                self.restarts += 1
                cursor = None
                recent.clear()
                continue
            yield page
            if not page.has_more:
                return
            if self.prefetch and "priority" not in self._params:  # fetched ahead of need: background work
                params["priority"] = "background"
            cursor = page.next_cursor
            if not cursor:
                raise LeadiosaError(f"{self.operation_id}: the API said has_more but sent no next_cursor")
            if cursor in recent:
                raise LeadiosaError(f"{self.operation_id}: the API sent cursor {cursor!r} again; stopping a loop")
            recent.append(cursor)

    async def _prefetched(self) -> AsyncGenerator[Page[T]]:
        """`_fetch()` run ahead by a task in the `async with` task group, `prefetch` pages ahead."""
        if self._task_group is None:  # pages() checked; kept for type checkers and future callers
            raise LeadiosaError("prefetch needs `async with client.paginate(..., prefetch=N)`")
        send, receive = anyio.create_memory_object_stream[Page[T] | _Failure](self.prefetch - 1)
        self._task_group.start_soon(self._produce, send)
        async with receive:
            async for message in receive:
                if isinstance(message, _Failure):
                    raise message.error
                yield message

    async def _produce(self, send: MemoryObjectSendStream[Page[T] | _Failure]) -> None:
        async with send:
            source = self._fetch()
            try:
                async for page in source:
                    await send.send(page)
            except anyio.BrokenResourceError:
                return  # the consumer stopped reading
            except Exception as exc:  # hand the error to the consumer, where it belongs
                with contextlib.suppress(anyio.BrokenResourceError):
                    await send.send(_Failure(exc))
            finally:
                await source.aclose()


def _unseen(data: list[T], seen_ids: set[Any]) -> list[T]:
    fresh = []
    for item in data:
        item_id = getattr(item, "id", None)
        if item_id is None:
            raise LeadiosaError("restart_on_expired needs items with an `id` to skip the ones already yielded")
        if item_id not in seen_ids:
            seen_ids.add(item_id)
            fresh.append(item)
    return fresh


def _with(page: Page[T], data: list[T], *, has_more: bool | None = None) -> Page[T]:
    more = page.has_more if has_more is None else has_more
    return Page(data, more, page.next_cursor if more else None, page.raw)


__all__ = ["Page", "Paginator"]
