"""The small runtime protocol between generated code and the hand-written SDK.

`leadiosa_async._generated` imports only itself and this module. Generated operations describe
themselves with an `Operation`, build httpx request arguments, and hand both to a `Transport`
together with a parser for the success body. Everything that decides *how* a request is sent
(auth, retries, rate limits, errors, deprecations) lives behind `Transport.request`.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypedDict, TypeVar
from urllib.parse import quote

import attrs
import httpx

from ._response import APIResponse
from ._uploads import upload

if TYPE_CHECKING:
    from ._pagination import Paginator

# the argument checkers generated operations use (re-exported: generated code imports only this module)
from ._arguments import (
    DATE,
    DATETIME,
    AnyOf,
    Anything,
    Array,
    Bool,
    Enum,
    Instance,
    Model,
    Nullable,
    Number,
    Str,
    at_least,
    check_number,
    deprecated_argument,
    unknown_keyword,
)

__all__ = [
    "DATE",
    "DATETIME",
    "APIResponse",
    "AnyOf",
    "Anything",
    "Array",
    "Bool",
    "Enum",
    "Instance",
    "Model",
    "Nullable",
    "Number",
    "Operation",
    "Page",
    "PageCall",
    "RequestOptions",
    "Str",
    "SyncPage",
    "SyncRunner",
    "Transport",
    "at_least",
    "check_options",
    "coerce_model",
    "deprecated_argument",
    "operation",
    "path_segment",
    "unknown_keyword",
    "upload",
]

T = TypeVar("T")
M = TypeVar("M")
F = TypeVar("F", bound=Callable[..., Any])


@attrs.frozen(slots=True)
class Operation:
    """One operation of `openapi.json`, as the generated operations table records it."""

    operation_id: str
    tag: str
    method: str  # upper case
    path: str  # the path template, e.g. "/conversations/{conversation_id}"
    idempotent: bool
    deprecated: bool
    paginated: bool
    returns_json: bool
    deprecation_note: str = ""  # for deprecated operations: why, and what replaces it
    params: tuple[str, ...] = ()  # the method's argument names (parameters and body fields)
    method_name: str = ""  # `client.<tag>.<method_name>`
    body_optional: bool = False  # `client.request()`: a success without a body (a 204) is None, not an error


class RequestOptions(TypedDict, total=False):
    """Per-call options accepted by every operation as keyword arguments."""

    timeout: float | None
    """Seconds per attempt for this call (overrides the client's timeout)."""
    max_retries: int
    """Retries for this call (overrides the client's max_retries)."""
    extra_headers: Mapping[str, str]
    """Headers added to this call's request."""
    retry_non_idempotent: bool
    """Allow retrying a POST/PATCH after the server may have acted on it (default False)."""
    deadline: float | None
    """Seconds for the whole call: every attempt, retry sleep and rate-limit wait (APITimeoutError after)."""
    extra_query: Mapping[str, Any]
    """Query parameters added to this call, over those the SDK builds (a parameter newer than the SDK)."""
    extra_body: Mapping[str, Any]
    """Fields added to this call's JSON body, over those the SDK builds (a field newer than the SDK)."""


OPTION_NAMES = tuple(RequestOptions.__annotations__)


def check_options(operation: Operation, options: Mapping[str, Any]) -> None:
    """Refuse unknown or wrongly typed per-call options before anything is sent."""
    for name, value in options.items():
        if name not in OPTION_NAMES:
            where = f"{operation.tag}.{operation.method_name}"
            raise unknown_keyword(where, name, (*operation.params, *OPTION_NAMES))
        if name in ("timeout", "deadline"):
            if value is not None and not (name == "timeout" and isinstance(value, httpx.Timeout)):
                check_number(name, value, minimum=0, inclusive=False)
        elif name == "max_retries":
            check_number(name, value, minimum=0, integer=True)
        elif name == "extra_headers":
            if not isinstance(value, Mapping):
                raise TypeError(f"extra_headers must be a mapping of str to str, got {type(value).__name__}")
        elif name in ("extra_query", "extra_body"):
            if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
                raise TypeError(f"{name} must be a mapping with str keys, got {type(value).__name__}")
        elif not isinstance(value, bool):  # retry_non_idempotent
            raise TypeError(f"{name} must be a bool, got {type(value).__name__}")


class Transport(Protocol):
    """What generated code needs from the SDK to run an operation."""

    async def request(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[Any], T],
        options: RequestOptions,
    ) -> T:
        """Send `kwargs` (httpx request arguments, `url` relative to the base URL) for
        `operation`, and return `parse(json_body)` (`parse(None)` when there is no body)."""
        ...

    async def request_raw(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[Any], T],
        options: RequestOptions,
    ) -> APIResponse[T]:
        """The same, returning the response with the parse deferred (`with_raw_response`)."""
        ...


@attrs.frozen(slots=True)
class Page(Generic[T]):
    """One page of a cursor-paginated list. Iterating it (or `len()`) goes over `data`.

    Attributes:
        data: The page's items, typed.
        has_more: Whether a next page exists.
        next_cursor: The cursor of the next page (pass it as `after`); None on the last page.
        raw: The full parsed list response (it keeps any field the API adds).
    """

    data: list[T]
    has_more: bool
    next_cursor: str | None
    raw: Any = attrs.field(default=None, repr=False, eq=False)

    def __repr__(self) -> str:  # short, however many items the page holds
        return f"Page({len(self.data)} items, has_more={self.has_more}, next_cursor={self.next_cursor!r})"

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


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
        from ._pagination import Paginator  # imports this module

        params = self._params()
        return Paginator(self._method, self._args, params if after is None else {**params, "after": after})


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


class SyncRunner(Protocol):
    """What the sync client's generated namespaces need: run an async call on the client's event loop."""

    def call(self, func: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T: ...

    def page(self, call: PageCall[T]) -> SyncPage[T]: ...


def operation(op: Operation) -> Callable[[F], F]:
    """Tag a namespace method with its `Operation` (read by `paginate()`); no wrapper, no overhead."""

    def tag(func: F) -> F:
        func.__leadiosa_operation__ = op  # type: ignore[attr-defined]
        return func

    return tag


def path_segment(name: str, value: object) -> str:
    """Quote one path parameter (a str, an int, or a date); refuse values that would change the path's meaning."""
    if isinstance(value, bool) or not isinstance(value, str | int | datetime.date):
        raise TypeError(f"{name} must be a str, int or date as the spec says, got {type(value).__name__}")
    text = value.isoformat() if isinstance(value, datetime.date) else str(value)
    if text in ("", ".", ".."):
        raise ValueError(f"{name} must be a non-empty ID, got {value!r}")
    return quote(text, safe="")


def coerce_model(cls: type[M], value: Any, name: str) -> M:
    """Accept a nested object as its model class or as a plain dict."""
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        try:
            return cls.from_dict(value)  # type: ignore[attr-defined, no-any-return]
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(f"{name}: the dict does not match {cls.__name__}: {exc!r}") from exc
    raise TypeError(f"{name} must be {cls.__name__} or a dict, got {type(value).__name__}")
