"""Observability hooks: plain callables told about request start/end, retries and throttle waits.

A hook runs inline and should be quick; an exception in a hook is logged and never breaks the call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import attrs

logger = logging.getLogger("leadiosa_async")


@attrs.frozen(slots=True)
class RequestStart:
    operation_id: str
    method: str
    url: str
    attempt: int


@attrs.frozen(slots=True)
class RequestEnd:
    operation_id: str
    method: str
    url: str
    attempt: int
    elapsed: float  # seconds, monotonic
    status_code: int | None  # None when no response arrived
    error: BaseException | None = None


@attrs.frozen(slots=True)
class RetryScheduled:
    operation_id: str
    attempt: int  # the attempt that failed
    delay: float  # seconds until the next attempt
    reason: str


@attrs.frozen(slots=True)
class ThrottleWait:
    operation_id: str
    delay: float
    reason: str  # "rate_limit" (window exhausted) or "paused" (after a 429)


def callbacks(value: Callable[[Any], Any] | Sequence[Callable[[Any], Any]] | None) -> tuple[Callable[[Any], Any], ...]:
    """A callable or a sequence of callables, as a tuple; anything else is a TypeError now, not at the
    first event."""
    if value is None:
        return ()
    if callable(value):
        return (value,)
    if isinstance(value, str | bytes) or not isinstance(value, Sequence | set | frozenset):
        raise TypeError(f"a hook must be a callable or a list of callables, got {type(value).__name__}")
    for item in value:
        if not callable(item):
            raise TypeError(
                f"a hook must be a callable or a list of callables; got a {type(item).__name__} in the list"
            )
    return tuple(value)


@attrs.define
class Hooks:
    """Callables told about events, one or a list per event: `Hooks(on_request_end=[record_latency])`
    or `Hooks(on_retry=log_retry)`. Checked at construction: a non-callable is a `TypeError`."""

    on_request_start: Sequence[Callable[[RequestStart], Any]] = attrs.field(default=(), converter=callbacks)
    on_request_end: Sequence[Callable[[RequestEnd], Any]] = attrs.field(default=(), converter=callbacks)
    on_retry: Sequence[Callable[[RetryScheduled], Any]] = attrs.field(default=(), converter=callbacks)
    on_throttle: Sequence[Callable[[ThrottleWait], Any]] = attrs.field(default=(), converter=callbacks)


def emit(callbacks: Sequence[Callable[[Any], Any]], event: object) -> None:
    for callback in callbacks:
        try:
            callback(event)
        except Exception:
            logger.exception("leadiosa_async hook %r failed on %r", callback, event)
