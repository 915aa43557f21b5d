"""The small runtime protocol between generated code and the hand-written SDK: the one face generated code imports.

`leadiosa_async._generated` imports only itself and this module, which hands on what generated code needs from
the modules that hold it (`_operation.py`, `_pagination/`, `_arguments.py`, `_uploads.py`) and defines the rest.
Generated operations describe themselves with an `Operation`, build httpx request arguments, and hand both to a
`Transport` together with a parser for the success body. Everything that decides *how* a request is sent (auth,
retries, rate limits, errors, deprecations) lives behind `Transport.request`.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol, TypeVar
from urllib.parse import quote

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
    deprecated_argument,
    unknown_keyword,
)
from ._operation import Operation, RequestOptions, check_options
from ._pagination import Page, PageCall, SyncPage
from ._transport.raw_response import APIResponse
from ._uploads import upload

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
