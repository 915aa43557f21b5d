"""The sync client (`Leadiosa`) behind the async client's surface, so the async suites run against it too.

Parametrize, don't copy: the transport and pagination suites take their client from `make_client` /
`client`, which hand out either an `AsyncLeadiosa` or an `AsyncFacade` over a `Leadiosa`. Every call
through the facade runs the sync method in a worker thread (which drives the sync client's own loop),
and its result comes back as the async client's would: a `SyncPage` as its `Page`, a sync iterator as
an async one. Private attributes (`_transport`, `_http_client`) are the sync client's async core.

Tests that cannot hold for a sync caller by construction (cancelling an `await` from the test's own
task group, `prefetch`, driving `_transport` directly) carry `@pytest.mark.async_only("why")` and run
for the async client alone (see `pytest_generate_tests` in conftest.py; nothing is skipped).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from typing import Any

import anyio.to_thread

from leadiosa_async import Leadiosa, SyncPage
from leadiosa_async._sync import SyncPaginator

_DONE = object()


async def in_thread(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    result = await anyio.to_thread.run_sync(lambda: func(*args, **kwargs))
    return result.page if isinstance(result, SyncPage) else result


class AsyncFacade:
    """A `Leadiosa` that answers like an `AsyncLeadiosa` (for the suites only)."""

    def __init__(self, client: Leadiosa) -> None:
        self.sync_client = client

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            return getattr(self.sync_client._async_client, name)
        value = getattr(self.sync_client, name)
        return _Namespace(value) if hasattr(value, "_portal") else value

    def paginate(self, method: _Method, *path_args: Any, **params: Any) -> _Iterator:
        return _Iterator(self.sync_client.paginate(method.func, *path_args, **params))

    def with_options(self, **options: Any) -> AsyncFacade:
        return AsyncFacade(self.sync_client.with_options(**options))

    async def aclose(self) -> None:
        await in_thread(self.sync_client.close)

    async def __aenter__(self) -> AsyncFacade:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class _Namespace:
    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._namespace, name)
        return _Namespace(value) if hasattr(value, "_portal") else _Method(value)


class _Method:
    def __init__(self, func: Callable[..., Any]) -> None:
        self.func = func
        self.__name__ = self.__qualname__ = getattr(func, "__name__", "method")
        async_method = getattr(getattr(getattr(func, "__self__", None), "_async", None), self.__name__, None)
        operation = getattr(async_method, "__leadiosa_operation__", None)
        self.paginated = bool(operation and operation.paginated)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.paginated:
            return _Call(self.func, args, kwargs)
        return in_thread(self.func, *args, **kwargs)  # a coroutine, as the async client's methods return


class _Call:
    """Awaitable like a call of the async client; async-iterable like its `PageCall`."""

    def __init__(self, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self.func, self.args, self.kwargs = func, args, kwargs

    def __await__(self) -> Generator[Any, None, Any]:
        return in_thread(self.func, *self.args, **self.kwargs).__await__()

    def __aiter__(self) -> _Iterator:
        return _Iterator(_lazy(lambda: iter(self.func(*self.args, **self.kwargs))))

    def pages(self) -> _Iterator:
        return _Iterator(_lazy(lambda: self.func(*self.args, **self.kwargs).pages()))


def _lazy(make: Callable[[], Iterator[Any]]) -> Iterator[Any]:
    yield from make()


class _Iterator:
    """A sync iterator stepped in worker threads, as an async iterator (closed in one when left early)."""

    def __init__(self, iterator: Iterator[Any] | SyncPaginator[Any]) -> None:
        self._source = iterator
        self._iterator: Iterator[Any] | None = None

    def pages(self) -> _Iterator:
        assert isinstance(self._source, SyncPaginator)
        return _Iterator(self._source.pages())

    def __aiter__(self) -> _Iterator:
        return self

    async def __anext__(self) -> Any:
        if self._iterator is None:
            self._iterator = iter(self._source)
        item = await anyio.to_thread.run_sync(next, self._iterator, _DONE)
        if item is _DONE:
            raise StopAsyncIteration
        return item

    async def aclose(self) -> None:
        close = getattr(self._iterator, "close", None)
        if close is not None:
            await anyio.to_thread.run_sync(close)
