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
    """`Hooks.on_request_start`: an attempt is about to be sent.

    Attributes:
        operation_id: The operation (`conversations_get`).
        method: The HTTP method.
        url: The full URL.
        attempt: 1 for the first attempt, 2 for the first retry, ...
    """

    operation_id: str
    method: str
    url: str
    attempt: int


@attrs.frozen(slots=True)
class RequestEnd:
    """`Hooks.on_request_end`: an attempt ended, answered or not.

    Attributes:
        operation_id: The operation.
        method: The HTTP method.
        url: The full URL.
        attempt: Which attempt (1 for the first).
        elapsed: Seconds the attempt took (monotonic).
        status_code: The status; None when no response arrived.
        error: What ended the attempt without a response (a timeout, a dropped connection); None otherwise.
    """

    operation_id: str
    method: str
    url: str
    attempt: int
    elapsed: float  # seconds, monotonic
    status_code: int | None  # None when no response arrived
    error: BaseException | None = None


@attrs.frozen(slots=True)
class RetryScheduled:
    """`Hooks.on_retry`: a failed attempt will be retried.

    Attributes:
        operation_id: The operation.
        attempt: The attempt that failed.
        delay: Seconds until the next attempt.
        reason: Why: `HTTP 503`, `ConnectTimeout`, ...
    """

    operation_id: str
    attempt: int  # the attempt that failed
    delay: float  # seconds until the next attempt
    reason: str


@attrs.frozen(slots=True)
class ThrottleWait:
    """`Hooks.on_throttle`: a call waits at the rate-limit gate before sending.

    Attributes:
        operation_id: The operation.
        delay: Seconds it will wait.
        reason: "rate_limit" (the window is used up) or "paused" (after a 429).
    """

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
    or `Hooks(on_retry=log_retry)`. Checked at construction: a non-callable is a `TypeError`. A hook that
    raises is logged, never breaks the call.

    Attributes:
        on_request_start: Called with a `RequestStart` before each attempt.
        on_request_end: Called with a `RequestEnd` after each attempt.
        on_retry: Called with a `RetryScheduled` before each retry's wait.
        on_throttle: Called with a `ThrottleWait` when a call waits at the gate.
    """

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
