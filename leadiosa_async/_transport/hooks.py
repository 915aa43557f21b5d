"""Observability hooks: plain callables told about request start/end, retries and throttle waits.

A hook runs inline and should be quick; an exception in a hook is logged and never breaks the call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from .._values import Value

logger = logging.getLogger("leadiosa_async")


class RequestStart(Value):
    """`Hooks.on_request_start`: an attempt is about to be sent.

    Attributes:
        operation_id: The operation (`conversations_get`).
        method: The HTTP method.
        url: The full URL.
        attempt: 1 for the first attempt, 2 for the first retry, ...
    """

    __slots__ = ("attempt", "method", "operation_id", "url")
    operation_id: str
    method: str
    url: str
    attempt: int

    def __init__(self, operation_id: str, method: str, url: str, attempt: int) -> None:
        self._set(operation_id=operation_id, method=method, url=url, attempt=attempt)


class RequestEnd(Value):
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

    __slots__ = ("attempt", "elapsed", "error", "method", "operation_id", "status_code", "url")
    operation_id: str
    method: str
    url: str
    attempt: int
    elapsed: float  # seconds, monotonic
    status_code: int | None  # None when no response arrived
    error: BaseException | None

    def __init__(
        self,
        operation_id: str,
        method: str,
        url: str,
        attempt: int,
        elapsed: float,
        status_code: int | None,
        error: BaseException | None = None,
    ) -> None:
        self._set(operation_id=operation_id, method=method, url=url, attempt=attempt, elapsed=elapsed,
                  status_code=status_code, error=error)  # fmt: skip


class RetryScheduled(Value):
    """`Hooks.on_retry`: a failed attempt will be retried.

    Attributes:
        operation_id: The operation.
        attempt: The attempt that failed.
        delay: Seconds until the next attempt.
        reason: Why: `HTTP 503`, `ConnectTimeout`, ...
    """

    __slots__ = ("attempt", "delay", "operation_id", "reason")
    operation_id: str
    attempt: int  # the attempt that failed
    delay: float  # seconds until the next attempt
    reason: str

    def __init__(self, operation_id: str, attempt: int, delay: float, reason: str) -> None:
        self._set(operation_id=operation_id, attempt=attempt, delay=delay, reason=reason)


class ThrottleWait(Value):
    """`Hooks.on_throttle`: a call waits at the rate-limit gate before sending.

    Attributes:
        operation_id: The operation.
        delay: Seconds it will wait.
        reason: "rate_limit" (the window is used up, or for a background call, all but the reserve) or "paused"
            (after a 429).
        lane: The call's lane: "interactive" or "background".
    """

    __slots__ = ("delay", "lane", "operation_id", "reason")
    operation_id: str
    delay: float
    reason: str  # "rate_limit" (window exhausted) or "paused" (after a 429)
    lane: str

    def __init__(self, operation_id: str, delay: float, reason: str, lane: str = "interactive") -> None:
        self._set(operation_id=operation_id, delay=delay, reason=reason, lane=lane)


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


class Hooks:
    """Callables told about events, one or a list per event: `Hooks(on_request_end=[record_latency])`
    or `Hooks(on_retry=log_retry)`. Checked at construction (and when one is set later): a non-callable is a
    `TypeError`. A hook that raises is logged, never breaks the call.

    Attributes:
        on_request_start: Called with a `RequestStart` before each attempt.
        on_request_end: Called with a `RequestEnd` after each attempt.
        on_retry: Called with a `RetryScheduled` before each retry's wait.
        on_throttle: Called with a `ThrottleWait` when a call waits at the gate.
    """

    __slots__ = ("on_request_end", "on_request_start", "on_retry", "on_throttle")
    on_request_start: Sequence[Callable[[RequestStart], Any]]
    on_request_end: Sequence[Callable[[RequestEnd], Any]]
    on_retry: Sequence[Callable[[RetryScheduled], Any]]
    on_throttle: Sequence[Callable[[ThrottleWait], Any]]

    def __init__(
        self,
        on_request_start: Callable[[RequestStart], Any] | Sequence[Callable[[RequestStart], Any]] | None = (),
        on_request_end: Callable[[RequestEnd], Any] | Sequence[Callable[[RequestEnd], Any]] | None = (),
        on_retry: Callable[[RetryScheduled], Any] | Sequence[Callable[[RetryScheduled], Any]] | None = (),
        on_throttle: Callable[[ThrottleWait], Any] | Sequence[Callable[[ThrottleWait], Any]] | None = (),
    ) -> None:
        self.on_request_start = on_request_start  # type: ignore[assignment]  # made a tuple by __setattr__
        self.on_request_end = on_request_end  # type: ignore[assignment]
        self.on_retry = on_retry  # type: ignore[assignment]
        self.on_throttle = on_throttle  # type: ignore[assignment]

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, callbacks(value))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__slots__)

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"Hooks({fields})"


def emit(callbacks: Sequence[Callable[[Any], Any]], event: object) -> None:
    for callback in callbacks:
        try:
            callback(event)
        except Exception:
            logger.exception("leadiosa_async hook %r failed on %r", callback, event)
