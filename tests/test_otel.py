"""OpenTelemetry: spans and metrics on the sandbox, read back with the SDK's in-memory exporter and reader."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anyio
import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from leadiosa_async import LeadiosaError
from leadiosa_async.otel import LeadiosaInstrumentor
from leadiosa_async.testing import OWNER_TOKEN, FakeClock, Faults, Sandbox

pytestmark = pytest.mark.anyio


class Telemetry:
    def __init__(self) -> None:
        self.spans = InMemorySpanExporter()
        tracer_provider = TracerProvider()
        tracer_provider.add_span_processor(SimpleSpanProcessor(self.spans))
        self.reader = InMemoryMetricReader()
        LeadiosaInstrumentor().instrument(tracer_provider=tracer_provider,
                                          meter_provider=MeterProvider(metric_readers=[self.reader]))  # fmt: skip

    def metric(self, name: str) -> list[Any]:
        data = self.reader.get_metrics_data()
        return [
            point
            for resource in (data.resource_metrics if data else [])
            for scope in resource.scope_metrics
            for metric in scope.metrics
            if metric.name == name
            for point in metric.data.data_points
        ]


@pytest.fixture
def telemetry() -> Iterator[Telemetry]:
    recorded = Telemetry()
    yield recorded
    LeadiosaInstrumentor().uninstrument()


async def test_a_call_is_an_internal_span_over_client_spans_with_trace_context(telemetry: Telemetry) -> None:
    sent: list[str] = []
    async with Sandbox().client() as client:
        client._http_client.event_hooks["request"].append(_record_traceparent(sent))
        conv = await client.conversations.create(channel="chat", contact={"email": "a@example.com"})
        await client.conversations.get(conv.id)
    spans = {span.name: span for span in telemetry.spans.get_finished_spans()}
    call, request = spans["conversations_get"], spans["GET /conversations/{conversation_id}"]
    assert call.kind is SpanKind.INTERNAL and request.kind is SpanKind.CLIENT
    assert request.parent is not None and request.parent.span_id == call.context.span_id
    assert call.attributes is not None and request.attributes is not None
    assert call.attributes["leadiosa.operation_id"] == "conversations_get" and call.attributes["leadiosa.attempts"] == 1
    assert str(call.attributes["leadiosa.request_id"]).startswith("req_")
    assert request.attributes["http.request.method"] == "GET" and request.attributes["http.response.status_code"] == 200
    assert request.attributes["url.template"] == "/conversations/{conversation_id}"
    assert request.attributes["server.address"] == "sandbox.localhost" and request.attributes["server.port"] == 80
    trace_id = format(request.context.trace_id, "032x")
    assert sent[-1].startswith(f"00-{trace_id}-{format(request.context.span_id, '016x')}-")  # then the flags
    everything = repr([(s.name, s.attributes, [e.attributes for e in s.events]) for s in spans.values()])
    assert OWNER_TOKEN not in everything and "a@example.com" not in everything  # no token, no bodies
    durations = telemetry.metric("http.client.request.duration")
    assert sum(point.count for point in durations) == 2


async def test_retries_throttling_and_429s_show_as_events_spans_and_metrics(telemetry: Telemetry) -> None:
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=2, rate_window=10, clock=clock.time, faults=Faults(seed=5, error_rates={503: 0.5}))
    async with sandbox.client(clock=clock, max_retries=5) as client:
        for _ in range(6):
            await client.workspace.get()
    spans = telemetry.spans.get_finished_spans()
    calls = [s for s in spans if s.name == "workspace_get"]
    requests = [s for s in spans if s.name == "GET /workspace"]
    assert len(calls) == 6 and len(requests) > 6
    assert any("http.request.resend_count" in (s.attributes or {}) for s in requests)  # set from the 2nd attempt
    events = [event.name for call in calls for event in call.events]
    assert "leadiosa.retry" in events and "leadiosa.throttle" in events
    retries = [dict(e.attributes or {}) for call in calls for e in call.events if e.name == "leadiosa.retry"]
    assert retries and all(set(r) == {"leadiosa.delay_s", "leadiosa.reason"} for r in retries)
    assert all(isinstance(r["leadiosa.delay_s"], float) and r["leadiosa.delay_s"] > 0 for r in retries)
    assert {r["leadiosa.reason"] for r in retries} == {"HTTP 503"}
    waits = [dict(e.attributes or {}) for call in calls for e in call.events if e.name == "leadiosa.throttle"]
    assert waits and all(set(w) == {"leadiosa.delay_s", "leadiosa.reason", "leadiosa.lane"} for w in waits)
    assert {w["leadiosa.lane"] for w in waits} == {"interactive"}
    assert {w["leadiosa.reason"] for w in waits} <= {"rate_limit", "paused"}
    histogram = telemetry.metric("leadiosa.throttle.wait")
    assert [dict(point.attributes) for point in histogram] == [{"leadiosa.lane": "interactive"}]
    assert histogram[0].count == len(waits)
    assert sum(point.value for point in telemetry.metric("leadiosa.retries")) == events.count("leadiosa.retry")
    assert telemetry.metric("leadiosa.rate_limit.remaining")


async def test_a_429_is_counted_and_a_cancelled_call_ends_its_spans(telemetry: Telemetry) -> None:
    async with Sandbox(faults=Faults(seed=1, error_rates={429: 1.0})).client(max_retries=0) as client:
        with pytest.raises(LeadiosaError):
            await client.workspace.get()
    assert sum(point.value for point in telemetry.metric("leadiosa.rate_limited")) == 1
    failed = next(s for s in telemetry.spans.get_finished_spans() if s.name == "workspace_get")
    assert (failed.attributes or {})["error.type"] == "RateLimitError"
    async with Sandbox(faults=Faults(latency=5)).client() as client:
        with anyio.move_on_after(0.1):
            await client.workspace.get()
    ended = [s for s in telemetry.spans.get_finished_spans() if s.end_time is not None]
    assert {"workspace_get", "GET /workspace"} <= {s.name for s in ended[-2:]}
    assert all((s.attributes or {}).get("error.type") for s in ended[-2:])  # cancelled: the spans say so


async def test_uninstrument_stops_the_spans(telemetry: Telemetry) -> None:
    LeadiosaInstrumentor().uninstrument()
    async with Sandbox().client() as client:
        await client.workspace.get()
    assert telemetry.spans.get_finished_spans() == ()
    assert not LeadiosaInstrumentor().is_instrumented


def _record_traceparent(sent: list[str]) -> Any:
    async def hook(request: Any) -> None:
        sent.append(request.headers.get("traceparent", ""))

    return hook


def test_the_console_example_prints_the_spans() -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    done = subprocess.run([sys.executable, str(ROOT / "examples" / "otel_console.py")],  # noqa: S603
                          capture_output=True, text=True, check=True, timeout=60)  # fmt: skip
    assert (
        '"name": "conversations_create"' in done.stdout
        and '"name": "GET /conversations/{conversation_id}"' in done.stdout
    )


def test_the_trace_example_shows_a_throttled_and_retried_call() -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    done = subprocess.run([sys.executable, str(ROOT / "examples" / "otel_trace.py")],  # noqa: S603
                          capture_output=True, text=True, check=True, timeout=60)  # fmt: skip
    lines = done.stdout.splitlines()
    assert lines[0].startswith("INTERNAL workspace_get") and "event leadiosa.throttle: 10.0 s" in done.stdout
    assert (
        sum("event leadiosa.retry" in line for line in lines)
        == sum("CLIENT GET /workspace" in line for line in lines) - 1
    )


async def test_an_instrumented_call_reads_its_response_as_any_other(telemetry: Telemetry) -> None:
    """Under OpenTelemetry the attempt runs inside its span: the response is still read for its operation (the
    deprecation header names it, the size cap names it)."""
    import httpx

    from leadiosa_async import AsyncLeadiosa, LeadiosaDeprecationWarning, ResponseTooLargeError

    def server(request: httpx.Request) -> httpx.Response:
        body = {"id": "ws_1", "name": "Acme", "plan": "pro", "created_at": "2026-01-01T00:00:00Z"}
        return httpx.Response(200, json=body, headers={"X-API-Deprecation": "use v2"})

    http_client = httpx.AsyncClient(transport=httpx.MockTransport(server))
    async with AsyncLeadiosa(OWNER_TOKEN, base_url="https://x.test/api/v1", http_client=http_client,
                             max_response_bytes=20) as client:  # fmt: skip
        deprecated = r"^workspace_get \(GET /workspace\) is deprecated: use v2$"
        with pytest.warns(LeadiosaDeprecationWarning, match=deprecated), pytest.raises(ResponseTooLargeError) as big:
            await client.workspace.get()
        assert "workspace_get" in str(big.value)
    assert [span.name for span in telemetry.spans.get_finished_spans()] == ["GET /workspace", "workspace_get"]
