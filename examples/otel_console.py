"""OpenTelemetry: the SDK's spans printed to the console, for a few calls against the built-in sandbox.

python examples/otel_console.py      # needs opentelemetry-sdk (pip install opentelemetry-sdk)
"""

from __future__ import annotations

import asyncio

from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import ConsoleSpanExporter, SimpleSpanProcessor

from leadiosa_async.otel import LeadiosaInstrumentor
from leadiosa_async.testing import Sandbox


async def main() -> None:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter()))
    LeadiosaInstrumentor().instrument(tracer_provider=provider)
    async with Sandbox().client() as client:
        conv = await client.conversations.create(channel="chat", contact={"email": "ana@example.com"})
        await client.conversations.get(conv.id)
    LeadiosaInstrumentor().uninstrument()


if __name__ == "__main__":
    asyncio.run(main())
