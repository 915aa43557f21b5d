"""Where an observer (OpenTelemetry: `leadiosa_async.otel`) plugs into the pipeline. `OBSERVER` is None unless
something instruments the SDK, and the pipeline then only reads that one global per call, per attempt and per
event: off costs nothing measurable (`benchmarks/otel_overhead.py`). An observer is an `Instrument`
(told each event, as logging and the hooks are: `instruments.py`) that also wraps each call and each attempt."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import httpx

    from .._operation import Operation
    from .call import Call


class Instrument(Protocol):
    """What an observer of the pipeline is told. Each method does nothing here: an implementation that subclasses
    this protocol overrides the events it reports and leaves the others."""

    def attempt_started(self, call: Call, request: httpx.Request) -> None:
        """`request` is about to be sent, for `call.attempt`."""
        return None

    def attempt_ended(
        self,
        call: Call,
        request: httpx.Request,
        elapsed: float,
        response: httpx.Response | None,
        error: BaseException | None,
    ) -> None:
        """The attempt ended after `elapsed` seconds: answered (`response`, its status in `call.status`) or not
        (`error`)."""
        return None

    def retry_scheduled(self, call: Call, delay: float, reason: str) -> None:
        """`call.attempt` failed (`reason`: `HTTP 503`, `ConnectTimeout`, ...); the next one starts in `delay`
        seconds."""
        return None

    def throttled(self, call: Call, delay: float, reason: str) -> None:
        """The call waits `delay` seconds at the rate-limit gate (`reason`: "rate_limit" or "paused")."""
        return None


class Observer(Instrument, Protocol):
    def call(self, operation: Operation) -> AbstractContextManager[Any]:
        """Around a whole call (attempts, waits and sleeps); the value has `.attempts` and `.response` to set."""
        ...

    def attempt(self, operation: Operation, request: httpx.Request, attempt: int) -> AbstractAsyncContextManager[Any]:
        """Around one physical request, until its body is read; may add headers (trace context) to `request`.
        The value has `.response` to set."""
        ...


OBSERVER: Observer | None = None
