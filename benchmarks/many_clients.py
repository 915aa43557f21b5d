"""Many tenants: construct N clients (one per workspace token) and make each one's first call.

Each mode runs in a fresh interpreter, so peak RSS growth is its own. A raw-socket server on 127.0.0.1
answers; clients stay open until the end, as a multi-tenant service keeps them.

- `shared`: `AsyncLeadiosa(token)` as it is now (one SSL context per process, shared);
- `per-client`: what round one did, `httpx.AsyncClient()` per client (a new SSL context each time).

    .venv/bin/python benchmarks/many_clients.py [--clients 1000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import anyio
import httpx

ROOT = Path(__file__).resolve().parent.parent
BODY = b'{"id": "ws_1", "name": "Acme", "status": "active", "owner_id": "u", "created_at": "2026-05-12T07:28:25Z"}'


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def measure(mode: str, clients: int) -> dict[str, float]:
    from leadiosa_async import AsyncLeadiosa
    from tests.raw_server import Conn, raw_server, serve_forever

    async def script(conn: Conn) -> None:
        await serve_forever(conn, lambda request: conn.respond(200, BODY))

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 4 * clients + 256)), hard))
    with raw_server(script) as server:
        AsyncLeadiosa("warm", base_url=server.base_url)  # imports and the shared context, outside the count
        made = []
        before, started = rss_mb(), time.perf_counter()
        for i in range(clients):
            http = httpx.AsyncClient() if mode == "per-client" else None
            made.append(AsyncLeadiosa(f"tenant-{i}", base_url=server.base_url, http_client=http))
        constructed = time.perf_counter()
        for client in made:
            await client.workspace.get()
        finished = time.perf_counter()
        growth = rss_mb() - before
        for client in made:
            await client.aclose()
            await client._http_client.aclose()
    return {
        "construct_ms": (constructed - started) / clients * 1000,
        "first_call_ms": (finished - constructed) / clients * 1000,
        "rss_kb": growth * 1024 / clients,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--mode", choices=["shared", "per-client"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(anyio.run(measure, args.mode, args.clients)))
        return
    rows = {}
    for mode in ("shared", "per-client"):
        done = subprocess.run(  # noqa: S603 - this interpreter, this script
            [sys.executable, __file__, "--mode", mode, "--clients", str(args.clients)],
            cwd=ROOT, capture_output=True, text=True, check=True, env={"PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        rows[mode] = json.loads(done.stdout.splitlines()[-1])
    print(f"{args.clients:,} clients, one token each; per client (one run)\n")
    print("| mode | construct | first call | peak RSS growth |")
    print("|---|---|---|---|")
    for mode, row in rows.items():
        label = "shared SSL context (default)" if mode == "shared" else "an SSL context per client (round one)"
        print(f"| {label} | {row['construct_ms']:.2f} ms | {row['first_call_ms']:.2f} ms | {row['rss_kb']:.0f} KB |")


if __name__ == "__main__":
    main()
