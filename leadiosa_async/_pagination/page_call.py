"""`PageCall`: what an async list method returns, awaited for its first page or iterated for every item."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Generator
from typing import Any, TypeVar

from .pages import Page
from .paginator import Paginator

T = TypeVar("T")


class PageCall(Awaitable[Page[T]], AsyncIterable[T]):
    """What a list method returns: `await` it for the first `Page` (as before), or iterate it for every
    item of every page (`async for c in client.contacts.list(): ...`; `.pages()` for pages), through
    `client.paginate()`'s paginator (expired and repeated cursors handled the same way). For prefetch,
    `max_items` and the other options, use `client.paginate(client.contacts.list, ...)`."""

    __slots__ = ("_args", "_first", "_method", "_params")

    def __init__(
        self,
        method: Callable[..., PageCall[T]],
        args: tuple[Any, ...],
        params: Callable[[], dict[str, Any]],
        first: Callable[[], Awaitable[Page[T]]],
    ) -> None:
        """Built by the list method, not by you.

        Args:
            method: The list method that made it.
            args: Its positional arguments (path parameters).
            params: Builds its keyword arguments (called when the call is iterated, not when it is awaited).
            first: Fetches the first page.
        """
        self._method, self._args, self._params, self._first = method, args, params, first

    def __repr__(self) -> str:
        op = getattr(self._method, "__leadiosa_operation__", None)
        return f"<PageCall {op.operation_id if op else '?'}: await for the first page, iterate for every item>"

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self._first().__await__()

    def __aiter__(self) -> AsyncIterator[T]:
        return self.paginator().__aiter__()

    def pages(self) -> AsyncIterator[Page[T]]:
        """Every page, in order."""
        return self.paginator().pages()

    def paginator(self, after: str | None = None) -> Paginator[T]:
        """This call's paginator.

        Args:
            after: Start after this cursor instead of at the first page (the sync client continues after a
                first page it already has).

        Returns:
            The paginator over every item from there.
        """
        params = self._params()
        return Paginator(self._method, self._args, params if after is None else {**params, "after": after})
