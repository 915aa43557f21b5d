"""A throttled and retried call, as OpenTelemetry sees it: the spans of one `workspace.get` against the sandbox (one
request per 10 s window, a 503 now and then; virtual time), printed as a tree from the in-memory exporter.

    python examples/otel_trace.py      # needs opentelemetry-sdk
"""

from __future__ import annotations

import asyncio

from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from leadiosa_async.otel import LeadiosaInstrumentor
from leadiosa_async.testing import FakeClock, Faults, Sandbox

SHOWN = ("leadiosa.attempts", "http.response.status_code", "http.request.resend_count", "error.type")


async def main() -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    LeadiosaInstrumentor().instrument(tracer_provider=provider)
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=1, rate_window=10, clock=clock.time, faults=Faults(seed=2, error_rates={503: 0.3}))
    async with sandbox.client(clock=clock, max_retries=5) as client:
        await client.workspace.get()  # uses up the window
        exporter.clear()
        await client.workspace.get()  # waits for the next window, then meets 503s
    LeadiosaInstrumentor().uninstrument()
    for span in sorted(exporter.get_finished_spans(), key=lambda s: s.start_time or 0):
        indent = "  " if span.kind.name == "CLIENT" else ""
        attributes = {key: value for key, value in (span.attributes or {}).items() if key in SHOWN}
        print(f"{indent}{span.kind.name} {span.name} {attributes}")
        for event in span.events:
            attributes = dict(event.attributes or {})
            print(f"  event {event.name}: {attributes['leadiosa.delay_s']:.1f} s ({attributes['leadiosa.reason']})")


if __name__ == "__main__":
    asyncio.run(main())
