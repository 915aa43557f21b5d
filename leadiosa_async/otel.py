"""OpenTelemetry for leadiosa-async (the `otel` extra: `opentelemetry-api` only), in the style of the
opentelemetry-instrumentation packages:

    from leadiosa_async.otel import LeadiosaInstrumentor

    LeadiosaInstrumentor().instrument(tracer_provider=..., meter_provider=...)  # global providers by default
    ...
    LeadiosaInstrumentor().uninstrument()

It instruments every client, existing and new. Off by default; when off, the pipeline reads one global per call.

Spans (HTTP client semantic conventions): one INTERNAL span per operation call, named by its operationId
(`conversations_get`; `leadiosa.operation_id`, `leadiosa.request_id`, `leadiosa.attempts`, `error.type`), with
throttle waits and retry sleeps as events; under it one CLIENT span per physical request, named
`{method} {url.template}` (`http.request.method`, `server.address`, `server.port`, `url.template`,
`http.response.status_code`, `http.request.resend_count`, `error.type`); the trace context goes out in
`traceparent` on every request. Never the token, never bodies.

Metrics: `http.client.request.duration` (s; per operation and status class), `leadiosa.retries`,
`leadiosa.throttle.wait` (s), `leadiosa.rate_limited` (429s), `leadiosa.rate_limit.remaining` (gauge),
`leadiosa.deprecation_notices`.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any

import httpx
from opentelemetry import metrics, propagate, trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from ._operation import Operation
from ._transport import observe
from ._version import __version__

if TYPE_CHECKING:
    from ._transport.call import Call

SCOPE = "leadiosa_async"


class _Seen:
    """What the pipeline reports back into an open span."""

    __slots__ = ("attempts", "response")

    def __init__(self) -> None:
        self.response: httpx.Response | None = None
        self.attempts = 0


class _OTelObserver(observe.Instrument):
    def __init__(self, tracer_provider: Any = None, meter_provider: Any = None) -> None:
        self.tracer = trace.get_tracer(SCOPE, __version__, tracer_provider)
        meter = metrics.get_meter(SCOPE, __version__, meter_provider)
        self.duration = meter.create_histogram("http.client.request.duration", unit="s",
                                               description="Duration of HTTP client requests.")  # fmt: skip
        self.retries = meter.create_counter("leadiosa.retries", description="Retries scheduled.")
        self.throttle_wait = meter.create_histogram(
            "leadiosa.throttle.wait", unit="s", description="Time calls waited at the rate-limit gate."
        )
        self.rate_limited = meter.create_counter("leadiosa.rate_limited", description="429 responses received.")
        self.remaining = meter.create_gauge("leadiosa.rate_limit.remaining",
                                            description="X-RateLimit-Remaining of the latest response.")  # fmt: skip
        self.deprecations = meter.create_counter("leadiosa.deprecation_notices",
                                                 description="Responses carrying X-API-Deprecation.")  # fmt: skip

    @contextmanager
    def call(self, operation: Operation) -> Iterator[_Seen]:
        seen = _Seen()
        attributes = {"leadiosa.operation_id": operation.operation_id}
        with self.tracer.start_as_current_span(
            operation.operation_id, kind=SpanKind.INTERNAL, attributes=attributes, record_exception=False,
            set_status_on_exception=False,
        ) as span:  # fmt: skip
            try:
                yield seen
            except BaseException as exc:
                span.set_attribute("error.type", type(exc).__qualname__)
                request_id = getattr(exc, "request_id", None)
                if request_id:
                    span.set_attribute("leadiosa.request_id", str(request_id))
                span.set_status(Status(StatusCode.ERROR, type(exc).__qualname__))
                raise
            else:
                span.set_attribute("leadiosa.attempts", seen.attempts)
                if seen.response is not None and seen.response.headers.get("x-request-id"):
                    span.set_attribute("leadiosa.request_id", seen.response.headers["x-request-id"])

    @asynccontextmanager
    async def attempt(self, operation: Operation, request: httpx.Request, attempt: int) -> AsyncIterator[_Seen]:
        seen = _Seen()
        url = request.url
        port = url.port or (443 if url.scheme == "https" else 80)
        attributes: dict[str, Any] = {
            "http.request.method": request.method,
            "server.address": url.host,
            "server.port": port,
            "url.template": operation.path,
        }
        if attempt > 1:
            attributes["http.request.resend_count"] = attempt - 1
        name = f"{request.method} {operation.path}"
        started = time.monotonic()
        status_class = "error"
        with self.tracer.start_as_current_span(
            name, kind=SpanKind.CLIENT, attributes=attributes, record_exception=False, set_status_on_exception=False
        ) as span:
            propagate.inject(request.headers)  # traceparent (and whatever propagators are set)
            try:
                yield seen
            except BaseException as exc:
                span.set_attribute("error.type", type(exc).__qualname__)
                span.set_status(Status(StatusCode.ERROR, type(exc).__qualname__))
                raise
            finally:
                response = seen.response
                if response is not None:
                    status = response.status_code
                    status_class = f"{status // 100}xx"
                    span.set_attribute("http.response.status_code", status)
                    if status >= 400:
                        span.set_attribute("error.type", str(status))
                        span.set_status(Status(StatusCode.ERROR))
                    self._response_metrics(operation, response)
                self.duration.record(time.monotonic() - started, {
                    "leadiosa.operation_id": operation.operation_id, "http.request.method": request.method,
                    "leadiosa.status_class": status_class,
                })  # fmt: skip

    def _response_metrics(self, operation: Operation, response: httpx.Response) -> None:
        labels = {"leadiosa.operation_id": operation.operation_id}
        if response.status_code == 429:
            self.rate_limited.add(1, labels)
        remaining = response.headers.get("x-ratelimit-remaining")
        if remaining is not None and remaining.isdigit():
            self.remaining.set(int(remaining))
        if response.headers.get("x-api-deprecation") is not None:
            self.deprecations.add(1, labels)

    # the events (`observe.Instrument`, whose attempt events it leaves as they are: attempts are spans of their own);
    # retries and gate waits are events on the call's span, and counted
    def retry_scheduled(self, call: Call, delay: float, reason: str) -> None:
        trace.get_current_span().add_event("leadiosa.retry", {"leadiosa.delay_s": delay, "leadiosa.reason": reason})
        self.retries.add(1, {"leadiosa.reason": reason})

    def throttled(self, call: Call, delay: float, reason: str) -> None:
        attributes: dict[str, str | float] = {
            "leadiosa.delay_s": delay,
            "leadiosa.reason": reason,
            "leadiosa.lane": call.lane,
        }
        trace.get_current_span().add_event("leadiosa.throttle", attributes)
        self.throttle_wait.record(delay, {"leadiosa.lane": call.lane})


class LeadiosaInstrumentor:
    """Instruments every leadiosa-async client in the process (existing and new) until `uninstrument()`:
    a span per call and per attempt, and request metrics (OpenTelemetry's HTTP client conventions)."""

    def instrument(self, tracer_provider: Any = None, meter_provider: Any = None) -> None:
        """Start tracing and measuring every client's calls.

        Args:
            tracer_provider: The `TracerProvider` to use; the global one when None.
            meter_provider: The `MeterProvider` to use; the global one when None.
        """
        observe.OBSERVER = _OTelObserver(tracer_provider, meter_provider)

    def uninstrument(self) -> None:
        """Stop: calls made from now on are not traced."""
        observe.OBSERVER = None

    @property
    def is_instrumented(self) -> bool:
        """Whether `instrument()` is in effect."""
        return isinstance(observe.OBSERVER, _OTelObserver)


__all__ = ["LeadiosaInstrumentor"]
