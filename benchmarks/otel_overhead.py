"""Cost of the OpenTelemetry hooks: `conversations.get` per call on an in-process transport, interleaved rounds:

- baseline: the pipeline with the observer check taken out of `execute` (what it cost before the hooks);
- off: as shipped, nothing instrumented (one global read per call and per attempt);
- on: `LeadiosaInstrumentor().instrument()` with the OpenTelemetry SDK's providers (spans recorded, not exported).

    .venv/bin/python benchmarks/otel_overhead.py [--rounds 20] [--calls 200]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.trace import TracerProvider

from benchmarks.overhead import bodies, get_round, make_transport
from leadiosa_async._transport.pipeline import HTTPTransport
from leadiosa_async.otel import LeadiosaInstrumentor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    transport = make_transport(bodies())
    shipped = HTTPTransport.execute
    times: dict[str, list[float]] = {"baseline": [], "off": [], "on": []}
    for _ in range(args.rounds):
        HTTPTransport.execute = HTTPTransport._execute  # type: ignore[method-assign]
        times["baseline"].append(asyncio.run(get_round(transport, args.calls)))
        HTTPTransport.execute = shipped  # type: ignore[method-assign]
        times["off"].append(asyncio.run(get_round(transport, args.calls)))
        LeadiosaInstrumentor().instrument(tracer_provider=TracerProvider(), meter_provider=MeterProvider())
        times["on"].append(asyncio.run(get_round(transport, args.calls)))
        LeadiosaInstrumentor().uninstrument()
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"per-call time of conversations.get, median of {args.rounds} rounds x {args.calls} calls (µs)\n")
    print("| baseline (no hooks) | instrumentation off | instrumentation on |")
    print("|---|---|---|")
    base = median["baseline"]
    print(f"| {base:.1f} | {median['off']:.1f} ({median['off'] / base:.2f}×) | {median['on']:.1f} "
          f"({median['on'] / base:.2f}×) |")  # fmt: skip


if __name__ == "__main__":
    main()
