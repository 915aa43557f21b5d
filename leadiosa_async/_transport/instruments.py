"""One way to observe the pipeline. `Instrument` (in `observe.py`) is what an observer is told of a call: an attempt
started or ended, a retry scheduled, a wait at the rate-limit gate. It has three implementations: stdlib logging
(`LogInstrument`), the client's `Hooks` (`HooksInstrument`), and OpenTelemetry (`leadiosa_async.otel`, installed as
`observe.OBSERVER`, which also opens a span around each call and each attempt: spans wrap work, so they are context
managers of their own). The pipeline and the gate tell one `Instruments`, which passes each event on to logging,
the hooks and the observer when one is installed, in that order. Off (no hook given, DEBUG logging off, nothing
instrumented), an event costs a few attribute tests (`benchmarks/otel_overhead.py` measures it)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from . import observe
from .hooks import Hooks, RequestEnd, RequestStart, RetryScheduled, ThrottleWait, emit
from .observe import Instrument

if TYPE_CHECKING:
    import httpx

    from .call import Call

logger = logging.getLogger("leadiosa_async")


class LogInstrument(Instrument):
    """stdlib logging under `leadiosa_async`: each answered attempt at DEBUG, retries at INFO, gate waits at DEBUG."""

    def attempt_ended(
        self,
        call: Call,
        request: httpx.Request,
        elapsed: float,
        response: httpx.Response | None,
        error: BaseException | None,
    ) -> None:
        if response is not None and logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %s in %.1f ms (attempt %d, request_id %s)",
                request.method, request.url, call.status, elapsed * 1000, call.attempt,
                response.headers.get("x-request-id", "-"),
            )  # fmt: skip

    def retry_scheduled(self, call: Call, delay: float, reason: str) -> None:
        logger.info("retrying %s in %.2fs after attempt %d (%s)", call.operation.operation_id, delay, call.attempt,
                    reason)  # fmt: skip

    def throttled(self, call: Call, delay: float, reason: str) -> None:
        logger.debug("throttling %s (%s) for %.2fs (%s)", call.operation.operation_id, call.lane, delay, reason)


class HooksInstrument:
    """The client's `Hooks`: each event, as its event object, to the callables given for it (none: nothing made)."""

    __slots__ = ("hooks",)

    def __init__(self, hooks: Hooks) -> None:
        self.hooks = hooks

    def attempt_started(self, call: Call, request: httpx.Request) -> None:
        if self.hooks.on_request_start:
            event = RequestStart(call.operation.operation_id, request.method, str(request.url), call.attempt)
            emit(self.hooks.on_request_start, event)

    def attempt_ended(
        self,
        call: Call,
        request: httpx.Request,
        elapsed: float,
        response: httpx.Response | None,
        error: BaseException | None,
    ) -> None:
        if self.hooks.on_request_end:
            event = RequestEnd(call.operation.operation_id, request.method, str(request.url), call.attempt, elapsed,
                               call.status, error)  # fmt: skip
            emit(self.hooks.on_request_end, event)

    def retry_scheduled(self, call: Call, delay: float, reason: str) -> None:
        if self.hooks.on_retry:
            emit(self.hooks.on_retry, RetryScheduled(call.operation.operation_id, call.attempt, delay, reason))

    def throttled(self, call: Call, delay: float, reason: str) -> None:
        if self.hooks.on_throttle:
            emit(self.hooks.on_throttle, ThrottleWait(call.operation.operation_id, delay, reason, call.lane))


LOG = LogInstrument()


class Instruments:
    """Every instrument of one client: logging, its hooks, and OpenTelemetry while `observe.OBSERVER` is set (read
    at each event: instrumenting or not applies to calls under way too)."""

    __slots__ = ("hooks",)

    def __init__(self, hooks: Hooks) -> None:
        self.hooks = HooksInstrument(hooks)

    def attempt_started(self, call: Call, request: httpx.Request) -> None:
        self.hooks.attempt_started(call, request)
        if observe.OBSERVER is not None:
            observe.OBSERVER.attempt_started(call, request)

    def attempt_ended(
        self,
        call: Call,
        request: httpx.Request,
        elapsed: float,
        response: httpx.Response | None,
        error: BaseException | None,
    ) -> None:
        LOG.attempt_ended(call, request, elapsed, response, error)
        self.hooks.attempt_ended(call, request, elapsed, response, error)
        if observe.OBSERVER is not None:
            observe.OBSERVER.attempt_ended(call, request, elapsed, response, error)

    def retry_scheduled(self, call: Call, delay: float, reason: str) -> None:
        LOG.retry_scheduled(call, delay, reason)
        self.hooks.retry_scheduled(call, delay, reason)
        if observe.OBSERVER is not None:
            observe.OBSERVER.retry_scheduled(call, delay, reason)

    def throttled(self, call: Call, delay: float, reason: str) -> None:
        LOG.throttled(call, delay, reason)
        self.hooks.throttled(call, delay, reason)
        if observe.OBSERVER is not None:
            observe.OBSERVER.throttled(call, delay, reason)
