"""Chaos soak: many calls through the sandbox served over real HTTP on 127.0.0.1 with seeded faults.

Faults: 500/502/503/504, 429 with and without Retry-After, dropped connections (before and after the
server acted), responses slower than the client's timeout, truncated and non-JSON 2xx bodies.
The report counts what a user of the SDK cares about; every count but `succeeded`/`typed errors`
must be zero. The same seed replays the same faults against the same calls.

    .venv/bin/python benchmarks/soak.py [--calls 10000] [--concurrency 32] [--seed 7]
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import time
import urllib.request
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx2

from benchmarks.servers import served_sandbox
from leadiosa_async import AsyncLeadiosa, DefaultAioHttpClient, DefaultHttpx2Client, LeadiosaError
from leadiosa_async.testing import OWNER_TOKEN, FakeClock

CLIENT_TIMEOUT = 0.5
MAX_REQUESTS_PER_CALL = 1.5  # with these fault rates about 1.2; a retry flood would pass it
SETUP_REQUESTS = 50  # seeding the conversation, retried through the faults
# a slow response takes twice the client's timeout (run_soak)
FAULTS = [
    "--error-rates", "500=0.02,502=0.02,503=0.02,504=0.02,429=0.03", "--retry-after-rate", "0.5",
    "--drop-rate", "0.02", "--slow-rate", "0.01",
    "--truncate-rate", "0.01", "--garbage-rate", "0.01", "--rate-limit", "0",
]  # fmt: skip


@dataclass
class Report:
    calls: int
    seed: int
    succeeded: int = 0
    typed_errors: collections.Counter[str] = field(default_factory=collections.Counter)
    untyped: list[str] = field(default_factory=list)
    hung: int = 0
    duplicate_writes: int = -1
    connections_checked_out: int = -1  # measured before the client closes (closing empties any pool)
    connections_open: int = -1  # idem: kept-alive connections, at most one per worker
    concurrency: int = 0
    requests_served: int = 0
    wall_time: float = 0.0

    @property
    def clean(self) -> bool:
        checks = (self.hung, self.duplicate_writes, self.connections_checked_out)
        return (
            not self.untyped
            and all(value == 0 for value in checks)
            and 0 <= self.connections_open <= self.concurrency
            and self.requests_served <= MAX_REQUESTS_PER_CALL * self.calls + SETUP_REQUESTS  # no retry flood
        )

    def table(self) -> str:
        errors = ", ".join(f"{name} {count}" for name, count in sorted(self.typed_errors.items())) or "none"
        rows = [
            ("calls (seed)", f"{self.calls:,} ({self.seed})"),
            ("succeeded", f"{self.succeeded:,}"),
            ("failed with typed errors", f"{sum(self.typed_errors.values()):,} ({errors})"),
            ("untyped exceptions", str(len(self.untyped))),
            ("non-idempotent writes applied twice", str(self.duplicate_writes)),
            ("hung calls", str(self.hung)),
            (
                "connections checked out / open before closing",
                f"{self.connections_checked_out} / {self.connections_open} (at most {self.concurrency})",
            ),
            ("requests the server saw", f"{self.requests_served:,} ({self.requests_served / self.calls:.2f} a call)"),
            ("wall time", f"{self.wall_time:.1f} s"),
        ]
        return "\n".join(["| measure | value |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows)])


def _calls(
    client: AsyncLeadiosa, conversation_id: str, seed: int, count: int
) -> Iterator[Callable[[], Awaitable[object]]]:
    rng = random.Random(seed)  # noqa: S311
    for i in range(count):
        key = {"X-Request-Key": f"soak-{i}"}  # lets the server replay the same faults for the same call
        roll = rng.random()
        if roll < 0.27:
            yield lambda key=key: client.workspace.get(extra_headers=key)  # type: ignore[misc]
        elif roll < 0.35:  # PATCH: never re-sent after the server may have acted (each body unique)
            yield lambda i=i, key=key: client.conversations.update(  # type: ignore[misc]
                conversation_id, subject=f"soak {seed} update #{i}", extra_headers=key
            )
        elif roll < 0.55:
            yield lambda key=key: client.conversations.get(conversation_id, extra_headers=key)  # type: ignore[misc]
        elif roll < 0.65:
            yield lambda key=key: client.conversations.list(limit=10, extra_headers=key)  # type: ignore[misc]
        elif roll < 0.85:
            yield lambda i=i, key=key: client.conversations.create(  # type: ignore[misc]
                channel="chat",
                contact={"email": f"soak{i}@example.com"},
                subject=f"soak {seed} #{i}",
                extra_headers=key,
            )
        else:
            yield lambda i=i, key=key: client.messages.create(  # type: ignore[misc]
                conversation_id, body=f"soak {seed} message #{i}", extra_headers=key
            )


async def run_soak(
    calls: int = 10_000,
    concurrency: int = 32,
    seed: int = 7,
    stack: str = "httpx",
    client_timeout: float = CLIENT_TIMEOUT,
) -> Report:
    """`stack`: "httpx" (the default), "httpx2" (`DefaultHttpx2Client`) or "aiohttp" (`DefaultAioHttpClient`, asyncio
    only). `client_timeout`: the
    client's per-attempt timeout; the server's slow responses take twice as long."""
    report = Report(calls=calls, seed=seed, concurrency=concurrency)
    with served_sandbox("--seed", str(seed), *FAULTS, "--slow-seconds", str(client_timeout * 2)) as server:
        makers: dict[str, Callable[[], Any]] = {"aiohttp": DefaultAioHttpClient, "httpx2": DefaultHttpx2Client}
        http_client = makers[stack]() if stack in makers else None
        client = AsyncLeadiosa(OWNER_TOKEN, base_url=server + "/api/v1", timeout=client_timeout,
                               http_client=http_client, clock=FakeClock(start=time.time()))  # fmt: skip
        async with client:
            conversation_id = await _seed_conversation(client)
            work = _calls(client, conversation_id, seed, calls)
            started = time.perf_counter()
            async with anyio.create_task_group() as tg:
                for _ in range(concurrency):
                    tg.start_soon(_worker, work, report)
            report.wall_time = time.perf_counter() - started
            report.connections_checked_out, report.connections_open = pool_counts(client)
        stats = await anyio.to_thread.run_sync(_stats, server + "/_sandbox/stats")
        report.duplicate_writes, report.requests_served = stats["duplicate_writes"], stats["requests"]
    return report


def pool_counts(client: AsyncLeadiosa) -> tuple[int, int]:
    """(connections checked out, connections open) in the client's pool, on any stack."""
    transport: Any = client._http_client._transport
    if isinstance(getattr(transport, "client", None), httpx2.AsyncClient):  # httpcore2's pool, behind httpx2's client
        transport = transport.client._transport
    pool = getattr(transport, "_pool", None)
    if pool is not None:  # httpcore's or httpcore2's
        return sum(not c.is_idle() and not c.is_closed() for c in pool.connections), len(pool.connections)
    connector = getattr(getattr(transport, "client", None), "connector", None)  # aiohttp's, once it was used
    if connector is None or connector.closed:
        return 0, 0
    acquired = len(connector._acquired)
    return acquired, acquired + sum(len(idle) for idle in connector._conns.values())


def _stats(url: str) -> dict[str, int]:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our own loopback server
        stats: dict[str, int] = json.loads(response.read())
    return stats


async def _seed_conversation(client: AsyncLeadiosa) -> str:
    for attempt in range(50):  # the faults apply to this call too
        try:
            conv = await client.conversations.create(channel="chat", contact={"email": "soak@example.com"},
                                                     subject=f"soak anchor {attempt}")  # fmt: skip
            return conv.id
        except LeadiosaError:
            continue
    raise RuntimeError("could not create the anchor conversation")


async def _worker(work: Iterator[Callable[[], Awaitable[object]]], report: Report) -> None:
    for call in work:  # one shared iterator: the workers split the calls between them
        try:
            with anyio.fail_after(30):
                await call()
            report.succeeded += 1
        except TimeoutError:
            report.hung += 1
        except LeadiosaError as exc:
            report.typed_errors[type(exc).__name__] += 1
        except Exception as exc:
            report.untyped.append(f"{type(exc).__name__}: {exc}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--stack", choices=["httpx", "httpx2", "aiohttp"], default="httpx")
    args = parser.parse_args()
    report = anyio.run(run_soak, args.calls, args.concurrency, args.seed, args.stack)
    print(report.table())
    for line in report.untyped[:10]:
        print("untyped:", line)
    sys.exit(0 if report.clean else 1)


if __name__ == "__main__":
    main()
