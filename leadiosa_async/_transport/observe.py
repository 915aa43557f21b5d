"""Where an observer (OpenTelemetry: `leadiosa_async.otel`) plugs into the pipeline. `OBSERVER` is None unless
something instruments the SDK, and the pipeline then only reads that one global per call and per attempt: off
costs nothing measurable (`benchmarks/otel_overhead.py`)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import httpx

    from .._operation import Operation


class Observer(Protocol):
    def call(self, operation: Operation) -> AbstractContextManager[Any]:
        """Around a whole call (attempts, waits and sleeps); the value has `.attempts` and `.response` to set."""
        ...

    def attempt(self, operation: Operation, request: httpx.Request, attempt: int) -> AbstractAsyncContextManager[Any]:
        """Around one physical request, until its body is read; may add headers (trace context) to `request`.
        The value has `.response` to set."""
        ...

    def event(self, name: str, attributes: dict[str, Any]) -> None:
        """A throttle wait or a retry sleep, on the current call."""
        ...


OBSERVER: Observer | None = None
