"""Pagination: what prefetch buys, and that memory stays flat over a million items.

1. 100 pages with 20 ms simulated server latency and 20 ms consumer work per page: wall time of
   sequential iteration vs `prefetch=1`, interleaved, median of `--repeats` runs each.
2. 1,000,000 items (10,000 pages of 100) from a zero-latency server: growth of peak RSS over the
   whole iteration, beyond the peak of a 10-page warm-up, sequential and with prefetch=1, each mode in
   a fresh interpreter (peak RSS never goes down, so a second mode measured in the same process would
   start from the first one's peak). Holding items or pages would grow it by hundreds of MB.

    .venv/bin/python benchmarks/pagination.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import httpx

from leadiosa_async import AsyncLeadiosa

ROOT = Path(__file__).resolve().parent.parent
BASE_URL = "https://leadiosa.com/api/v1"


def page_body(spec: dict[str, Any], items: int) -> bytes:
    example = spec["components"]["schemas"]["Contact"]
    contact = spec["paths"]["/contacts/{contact_id}"]["get"]["responses"]["200"]["content"]["application/json"][
        "example"
    ]
    assert set(example["required"]) <= set(contact)
    data = [dict(contact, id=f"ct_{i}") for i in range(items)]
    return json.dumps({"data": data, "pagination": {"has_more": True, "next_cursor": "CURSOR"}}).encode()


def server(body: bytes, pages: int, latency: float) -> httpx.AsyncBaseTransport:
    last = body.replace(b'"has_more": true, "next_cursor": "CURSOR"', b'"has_more": false')

    async def handler(request: httpx.Request) -> httpx.Response:
        if latency:
            await anyio.sleep(latency)
        n = int(request.url.params.get("after", "0"))
        content = last if n + 1 >= pages else body.replace(b"CURSOR", str(n + 1).encode())
        return httpx.Response(200, content=content, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


async def iterate(client: AsyncLeadiosa, prefetch: int, work: float) -> int:
    count = 0
    async with client.paginate(client.contacts.list, limit=100, prefetch=prefetch) as paginator:
        async for page in paginator.pages():
            count += len(page.data)
            if work:
                await anyio.sleep(work)
    return count


async def wall_times(body: bytes, repeats: int) -> dict[int, float]:
    samples: dict[int, list[float]] = {0: [], 1: []}
    transport = server(body, pages=100, latency=0.02)
    async with AsyncLeadiosa("t", base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport)) as client:
        for _ in range(repeats):
            for prefetch in (0, 1):
                start = time.perf_counter()
                assert await iterate(client, prefetch, work=0.02) == 100 * 20
                samples[prefetch].append(time.perf_counter() - start)
    return {k: statistics.median(v) for k, v in samples.items()}


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def memory_growth(body: bytes, prefetch: int, pages: int = 10_000) -> tuple[float, float, int]:
    transport = server(body, pages=pages, latency=0.0)
    async with AsyncLeadiosa("t", base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport)) as client:
        start_rss = max_rss_mb()  # after a warm-up run of 10 pages (see main): growth beyond what 2 pages need
        start = time.perf_counter()
        count = await iterate(client, prefetch, work=0.0)
        return max_rss_mb() - start_rss, time.perf_counter() - start, count


def measure_memory(prefetch: int) -> None:
    """In this fresh interpreter: a warm-up of 10 pages, then the 1,000,000 items; one JSON line out."""
    spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    body = page_body(spec, 100)
    asyncio.run(memory_growth(body, prefetch, pages=10))  # warm-up: imports, caches, one page in flight
    growth, wall, count = asyncio.run(memory_growth(body, prefetch))
    print(json.dumps({"growth": growth, "wall": wall, "count": count}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--memory-of", type=int, choices=[0, 1], help=argparse.SUPPRESS)  # the child's part
    args = parser.parse_args()
    if args.memory_of is not None:
        measure_memory(args.memory_of)
        return
    spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    times = asyncio.run(wall_times(page_body(spec, 20), args.repeats))
    print(f"100 pages, 20 ms server latency + 20 ms consumer work per page, median of {args.repeats} runs\n")
    print("| sequential | prefetch=1 | ratio |")
    print("|---|---|---|")
    print(f"| {times[0]:.2f} s | {times[1]:.2f} s | {times[1] / times[0]:.2f}× |")
    print(
        "\n1,000,000 items (10,000 pages of 100): peak RSS growth over the iteration (each mode in a fresh process)\n"
    )
    print("| mode | items | peak RSS growth | wall time |")
    print("|---|---|---|---|")
    for prefetch in (0, 1):
        child = [sys.executable, __file__, "--memory-of", str(prefetch)]
        found = json.loads(subprocess.run(child, capture_output=True, text=True, check=True).stdout)  # noqa: S603
        mode = "sequential" if prefetch == 0 else "prefetch=1"
        print(f"| {mode} | {found['count']:,} | {found['growth']:.1f} MB | {found['wall']:.1f} s |")


if __name__ == "__main__":
    main()
