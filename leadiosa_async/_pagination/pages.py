"""What a list method returns: a `Page` of items with its cursor, and the sync client's `SyncPage` (the first page,
and every item of every page when iterated)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

from .._values import Value

T = TypeVar("T")


class Page(Value, Generic[T], compare=("data", "has_more", "next_cursor")):
    """One page of a cursor-paginated list. Iterating it (or `len()`) goes over `data`.

    Attributes:
        data: The page's items, typed.
        has_more: Whether a next page exists.
        next_cursor: The cursor of the next page (pass it as `after`); None on the last page.
        raw: The full parsed list response (it keeps any field the API adds).
    """

    __slots__ = ("data", "has_more", "next_cursor", "raw")
    data: list[T]
    has_more: bool
    next_cursor: str | None
    raw: Any  # not compared

    def __init__(self, data: list[T], has_more: bool, next_cursor: str | None, raw: Any = None) -> None:
        self._set(data=data, has_more=has_more, next_cursor=next_cursor, raw=raw)

    def __repr__(self) -> str:  # short, however many items the page holds
        return f"Page({len(self.data)} items, has_more={self.has_more}, next_cursor={self.next_cursor!r})"

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def to_dict(self) -> dict[str, Any]:
        """The page as the API's JSON: `{"data": [...], "pagination": {"has_more", "next_cursor"}}`."""
        data = [item.to_dict() if hasattr(item, "to_dict") else item for item in self.data]
        return {"data": data, "pagination": {"has_more": self.has_more, "next_cursor": self.next_cursor}}

    def __len__(self) -> int:
        return len(self.data)


class SyncPage(Generic[T]):
    """What a list method of the sync client (`Leadiosa`) returns: the first page (`.data`, `.has_more`,
    `.next_cursor`, `.raw`), and, iterated, every item of every page; `.pages()` yields the pages."""

    __slots__ = ("_more", "page")

    def __init__(self, page: Page[T], more: Callable[[], Iterator[Page[T]]]) -> None:
        """Built by the list method, not by you.

        Args:
            page: The first page.
            more: Fetches the pages after it, as they are reached.
        """
        self.page = page
        self._more = more  # the pages after the first, fetched as they are reached

    data = property(lambda self: self.page.data)
    has_more = property(lambda self: self.page.has_more)
    next_cursor = property(lambda self: self.page.next_cursor)
    raw = property(lambda self: self.page.raw)

    def __repr__(self) -> str:
        return f"Sync{self.page!r}"

    def __len__(self) -> int:
        return len(self.page.data)

    def pages(self) -> Iterator[Page[T]]:
        """Every page, in order, the first one included (the rest fetched as they are reached)."""
        yield self.page
        if self.page.has_more:
            yield from self._more()

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.data
