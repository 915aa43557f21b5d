"""What a call is: the `Operation` it runs (one of `openapi.json`, as the generated operations table records it, or
one `client.request()` describes) and the per-call options every operation accepts (`RequestOptions`), checked
before anything is sent."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypedDict

import httpx

from ._arguments import check_number, unknown_keyword
from ._values import Value

Lane = Literal["interactive", "background"]  # a call's lane at the rate-limit gate (`_transport/rate_window.py`)
LANES: tuple[Lane, ...] = ("interactive", "background")


def check_lane(name: str, value: object) -> Lane:
    """`value` as a lane, or a ValueError naming the two."""
    if value not in LANES:
        raise ValueError(f"{name} must be 'interactive' or 'background', got {value!r}")
    return value


class Operation(Value):
    """One operation of `openapi.json`, as the generated operations table records it."""

    __slots__ = (
        "body_optional",
        "deprecated",
        "deprecation_note",
        "idempotent",
        "method",
        "method_name",
        "operation_id",
        "paginated",
        "params",
        "path",
        "returns_json",
        "tag",
    )  # fmt: skip
    operation_id: str
    tag: str
    method: str  # upper case
    path: str  # the path template, e.g. "/conversations/{conversation_id}"
    idempotent: bool
    deprecated: bool
    paginated: bool
    returns_json: bool
    deprecation_note: str  # for deprecated operations: why, and what replaces it
    params: tuple[str, ...]  # the method's argument names (parameters and body fields)
    method_name: str  # `client.<tag>.<method_name>`
    body_optional: bool  # `client.request()`: a success without a body (a 204) is None, not an error

    def __init__(
        self,
        operation_id: str,
        tag: str,
        method: str,
        path: str,
        idempotent: bool,
        deprecated: bool,
        paginated: bool,
        returns_json: bool,
        deprecation_note: str = "",
        params: tuple[str, ...] = (),
        method_name: str = "",
        body_optional: bool = False,
    ) -> None:
        self._set(operation_id=operation_id, tag=tag, method=method, path=path, idempotent=idempotent,
                  deprecated=deprecated, paginated=paginated, returns_json=returns_json,
                  deprecation_note=deprecation_note, params=params, method_name=method_name,
                  body_optional=body_optional)  # fmt: skip


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
    priority: Lane
    """This call's lane at the rate-limit gate: "interactive" (a person waits for it) goes before queued background
    calls and may use the window's reserve; "background" (bulk work) leaves the reserve (default: the client's)."""


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
        elif name == "priority":
            check_lane("priority", value)
        elif not isinstance(value, bool):  # retry_non_idempotent
            raise TypeError(f"{name} must be a bool, got {type(value).__name__}")
