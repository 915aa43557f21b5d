"""Cancel storm: rounds of concurrent calls, each cancelled at a random moment, through one client.

A raw-socket server on 127.0.0.1 answers with random latency and some 503s and 429s. After every
round the report checks what a long-lived service depends on: no connection stuck in the pool, no
rate-limit reservation leaked, a fresh call succeeds at once, and how late cancellations took
effect (cancel requested -> call returned) and how long the event loop was ever blocked.

    .venv/bin/python benchmarks/cancel_storm.py [--rounds 3] [--calls 500] [--cancel-within 1.5] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx

from leadiosa_async import APIStatusError, AsyncLeadiosa, DefaultHttpx2Client, LeadiosaError
from leadiosa_async._transport.connections import ConnectionSlots
from tests.raw_server import Conn, Request, raw_server, serve_forever

WORKSPACE = json.dumps(
    {"id": "ws_1", "name": "Acme", "status": "active", "owner_id": "u", "created_at": "2026-05-12T07:28:25Z"}
).encode()
ERROR = b'{"error": {"code": "x", "message": "try again", "request_id": "r"}}'


@dataclass
class StormReport:
    rounds: int
    calls: int
    completed: int = 0
    cancelled: int = 0
    typed_errors: int = 0
    untyped: list[str] = field(default_factory=list)
    lateness: list[float] = field(default_factory=list)  # seconds from cancel() to the call returning
    max_loop_block: float = 0.0
    stuck_connections: int = 0  # after the last round: connections no request owns and none can use
    leaked_reservations: int = 0
    next_call_seconds: float = 0.0  # a fresh call after the storm
    next_call_ok: bool = False
    next_call_error: str = ""

    @property
    def clean(self) -> bool:
        return not self.untyped and self.stuck_connections == 0 and self.leaked_reservations == 0 and self.next_call_ok

    def table(self) -> str:
        late = sorted(self.lateness)
        outcome = "ok" if self.next_call_ok else "FAILED"
        next_call = f"{outcome} in {self.next_call_seconds * 1000:.1f} ms {self.next_call_error}".rstrip()
        counts = f"{self.cancelled:,} / {self.completed:,} / {self.typed_errors:,}"
        rows = [
            ("calls (rounds x calls)", f"{self.rounds * self.calls:,} ({self.rounds} x {self.calls:,})"),
            ("cancelled / completed / typed errors", counts),
            ("untyped exceptions", str(len(self.untyped))),
            ("cancel -> return, median / max", f"{statistics.median(late) * 1000:.1f} / {late[-1] * 1000:.1f} ms"
             if late else "-"),
            ("event loop blocked at most", f"{self.max_loop_block * 1000:.1f} ms"),
            ("connections stuck in the pool afterwards", str(self.stuck_connections)),
            ("rate-limit reservations leaked", str(self.leaked_reservations)),
            ("next call after the storm", next_call),
        ]  # fmt: skip
        return "| measure | value |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in rows)


def stuck(client: AsyncLeadiosa) -> int:
    """Connections in the pool that no request owns and that never connected (httpcore#1093): httpcore's pool, or
    httpcore2's behind the SDK's httpx2 transport."""
    transport: Any = getattr(client._http_client, "_transport", None)
    if hasattr(transport, "client"):  # the httpx2 stack: the pool of the httpx2 client's transport
        transport = getattr(transport.client, "_transport", None)
    pool = getattr(transport, "_pool", None)
    if pool is None:
        return 0
    owned = {id(r.connection) for r in pool._requests if r.connection is not None}
    return sum(
        1 for c in pool.connections if id(c) not in owned and getattr(c, "_connection", 1) is None and not c.is_closed()
    )


async def run_storm(
    rounds: int = 3,
    calls: int = 500,
    cancel_within: float = 1.5,
    max_latency: float = 0.5,
    seed: int = 7,
    unmitigated: bool = False,
    stack: str = "httpx",
) -> StormReport:
    """`unmitigated`: a plain httpx pool and no SDK bound on in-flight sends (what round one did). `stack`: "httpx"
    (the default) or "httpx2" (`DefaultHttpx2Client`, whose own pool carries the fix)."""
    rng = random.Random(seed)  # noqa: S311
    report = StormReport(rounds, calls)

    async def script(conn: Conn) -> None:
        async def answer(request: Request) -> None:
            await anyio.sleep(rng.uniform(0, max_latency))
            roll = rng.random()
            if roll < 0.05:
                await conn.respond(503, ERROR)
            elif roll < 0.08:
                await conn.respond(429, ERROR, {"Retry-After": "0.2"})
            else:
                await conn.respond(200, WORKSPACE, {"X-RateLimit-Limit": "100000", "X-RateLimit-Remaining": "99999",
                                                    "X-RateLimit-Reset": "60"})  # fmt: skip

        await serve_forever(conn, answer)

    async def ticker(stop: anyio.Event) -> None:
        while not stop.is_set():
            before = time.monotonic()
            await anyio.sleep(0.01)
            report.max_loop_block = max(report.max_loop_block, time.monotonic() - before - 0.01)

    async def one_call(client: AsyncLeadiosa, delay: float) -> None:
        """One outcome per call: a call that ended before its cancel landed counts as what it ended with."""
        cancelled_at: list[float] = []
        ended = False
        with anyio.CancelScope() as scope:
            async with anyio.create_task_group() as tg:

                async def canceller() -> None:
                    await anyio.sleep(delay)
                    cancelled_at.append(time.monotonic())
                    scope.cancel()

                tg.start_soon(canceller)
                try:
                    await client.workspace.get(max_retries=1)
                    report.completed += 1
                except LeadiosaError:
                    report.typed_errors += 1
                except Exception as exc:
                    report.untyped.append(repr(exc))
                ended = True
                tg.cancel_scope.cancel()
        if scope.cancelled_caught and not ended:
            report.cancelled += 1
            report.lateness.append(time.monotonic() - cancelled_at[0])

    with raw_server(script) as server:
        plain = httpx.AsyncClient() if unmitigated else DefaultHttpx2Client() if stack == "httpx2" else None
        async with AsyncLeadiosa(
            "storm-token", base_url=server.base_url, max_retry_after=5, http_client=plain
        ) as client:
            if unmitigated:
                client._transport.slots = ConnectionSlots(math.inf)
            stop = anyio.Event()
            async with anyio.create_task_group() as outer:
                outer.start_soon(ticker, stop)
                for _ in range(rounds):
                    async with anyio.create_task_group() as tg:
                        for _ in range(calls):
                            tg.start_soon(one_call, client, rng.uniform(0, cancel_within))
                stop.set()
            report.stuck_connections = stuck(client)
            report.leaked_reservations = client._transport.limiter.in_flight
            started = time.monotonic()
            try:
                with anyio.fail_after(5):
                    await client.workspace.get(max_retries=3, timeout=2)
                report.next_call_ok = True
            except APIStatusError as exc:  # a scripted 503/429 with the retry budget spent by the storm: answered
                report.next_call_ok = True
                report.next_call_error = f"(answered {exc.status_code})"
            except (LeadiosaError, TimeoutError) as exc:  # no answer: the pool or the gate is stuck
                report.next_call_error = repr(exc)[:300]
            report.next_call_seconds = time.monotonic() - started
        if unmitigated and plain is not None:
            await plain.aclose()
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--cancel-within", type=float, default=1.5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--backend", default="asyncio", choices=["asyncio", "trio"])
    parser.add_argument("--unmitigated", action="store_true", help="a plain httpx pool, no in-flight bound")
    parser.add_argument("--stack", default="httpx", choices=["httpx", "httpx2"])
    args = parser.parse_args()
    logging.getLogger("leadiosa_async").setLevel(logging.ERROR)  # retries and budget notices are expected
    report = anyio.run(
        run_storm, args.rounds, args.calls, args.cancel_within, 0.5, args.seed, args.unmitigated, args.stack,
        backend=args.backend,
    )  # fmt: skip
    print(report.table())
    return 0 if report.clean else 1


if __name__ == "__main__":
    sys.exit(main())
