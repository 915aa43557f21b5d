"""client.bulk() memory and speed: N items from a generator through one client on an in-process transport
(`httpx.MockTransport`, canned workspace answers, no rate limit). Peak RSS is read at checkpoints: if
nothing is kept per item, it stops growing after the first few thousand items.

    .venv/bin/python benchmarks/bulk.py [--items 1000000] [--concurrency 64]
"""

from __future__ import annotations

import argparse
import json
import resource
import time

import anyio
import httpx

from benchmarks.overhead import BASE_URL, TOKEN
from leadiosa_async import AsyncLeadiosa

WORKSPACE = json.dumps(
    {"id": "ws_1", "name": "Acme", "status": "active", "owner_id": "u", "created_at": "2026-05-12T07:28:25Z"}
).encode()


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


async def run(items: int, concurrency: int) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=WORKSPACE))
    checkpoints = {10_000, items // 10, items // 2, items}
    print(f"{items:,} items, concurrency {concurrency}\n")
    print("| items done | peak RSS (MiB) | items/s |")
    print("|---|---|---|")
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport)) as client:
        started = time.perf_counter()
        async with client.bulk(client.workspace.get, ({} for _ in range(items)), concurrency=concurrency) as results:
            async for result in results:
                done = results.summary.done
                if done in checkpoints:
                    print(f"| {done:,} | {peak_mib():.1f} | {done / (time.perf_counter() - started):,.0f} |")
                assert result.outcome == "ok"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    anyio.run(run, args.items, args.concurrency)


if __name__ == "__main__":
    main()
