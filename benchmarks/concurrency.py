"""Throughput at concurrency C on the three HTTP stacks: concurrent GETs against one canned local server in its own
process (`benchmarks/canned_server.py`), each response's JSON parsed. Seven clients, in one run:

- raw httpx (`httpx.AsyncClient`, `json.loads`) and the SDK on its default stack (`AsyncLeadiosa()`);
- raw httpx2 (`httpx2.AsyncClient`) and the SDK on it (`DefaultHttpx2Client()`);
- raw httpx-aiohttp (`httpx_aiohttp.HttpxAiohttpClient`) and the SDK on it (`DefaultAioHttpClient()`);
- raw aiohttp (`aiohttp.ClientSession`), for reference.

Two servers: a plain one, and one that gzip-compresses every body (every client here asks for gzip, the SDK
included), where no client can take a small-body shortcut. For each server and each C (10, 50, 200 by default)
every client does `--requests` GETs with C workers, `--repeats` times (rounds interleave the clients, so machine
noise hits them alike). Each cell is the median req/s with the min and max over the runs; a ratio is the median of
the rounds' own ratios (the two clients of a round run seconds apart, while the host's speed changes from one
stretch of time to the next: the steadiness line of `make bench`'s targets), and the targets use those. The
client's CPU time per call (this process's; the server runs in its own) is reported the same way as req/s. Needs
the `aiohttp` and `httpx2` extras (installed by `make install`).

    .venv/bin/python benchmarks/concurrency.py [--concurrency 10,50,200] [--requests 3000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import aiohttp
import anyio
import httpx
import httpx2
import httpx_aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.servers import canned_server
from leadiosa_async import AsyncLeadiosa, DefaultAioHttpClient, DefaultHttpx2Client

TOKEN = "lds_bench_0123456789abcdef"
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)  # aiohttp's default pool size, too
HTTPX2_LIMITS = httpx2.Limits(max_connections=100, max_keepalive_connections=100)


async def _httpx(stack: AsyncExitStack, url: str, client: Any) -> Callable[[], Awaitable[Any]]:
    client = await stack.enter_async_context(client)
    target = url + "/api/v1/workspace"

    async def get() -> Any:
        return json.loads((await client.get(target)).content)

    return get


async def raw_httpx(stack: AsyncExitStack, url: str) -> Callable[[], Awaitable[Any]]:
    return await _httpx(stack, url, httpx.AsyncClient(limits=LIMITS))


async def raw_httpx2(stack: AsyncExitStack, url: str) -> Callable[[], Awaitable[Any]]:
    return await _httpx(stack, url, httpx2.AsyncClient(limits=HTTPX2_LIMITS))


async def raw_httpx_aiohttp(stack: AsyncExitStack, url: str) -> Callable[[], Awaitable[Any]]:
    return await _httpx(stack, url, httpx_aiohttp.HttpxAiohttpClient(limits=LIMITS))


async def _sdk_on(stack: AsyncExitStack, url: str, http_client: Any) -> Callable[[], Awaitable[Any]]:
    client = await stack.enter_async_context(AsyncLeadiosa(TOKEN, base_url=url + "/api/v1", http_client=http_client))
    return client.workspace.get


async def sdk_default(stack: AsyncExitStack, url: str) -> Callable[[], Awaitable[Any]]:
    return await _sdk_on(stack, url, None)


async def sdk_httpx2(stack: AsyncExitStack, url: str) -> Callable[[], Awaitable[Any]]:
    return await _sdk_on(stack, url, DefaultHttpx2Client(limits=HTTPX2_LIMITS))


async def sdk_aiohttp(stack: AsyncExitStack, url: str) -> Callable[[], Awaitable[Any]]:
    return await _sdk_on(stack, url, DefaultAioHttpClient(limits=LIMITS))


async def raw_aiohttp(stack: AsyncExitStack, url: str) -> Callable[[], Awaitable[Any]]:
    session = await stack.enter_async_context(aiohttp.ClientSession())
    target = url + "/api/v1/workspace"

    async def get() -> Any:
        async with session.get(target) as response:
            return json.loads(await response.read())

    return get


CLIENTS = {
    "raw httpx": raw_httpx,
    "SDK (default, httpx)": sdk_default,
    "raw httpx2": raw_httpx2,
    "SDK (DefaultHttpx2Client)": sdk_httpx2,
    "raw httpx-aiohttp": raw_httpx_aiohttp,
    "SDK (DefaultAioHttpClient)": sdk_aiohttp,
    "raw aiohttp": raw_aiohttp,
}


async def rate(make: Any, url: str, concurrency: int, requests: int) -> tuple[float, float]:
    """(req/s, this process's CPU µs per call) for `requests` GETs with `concurrency` workers."""
    async with AsyncExitStack() as stack:
        get = await make(stack, url)
        for _ in range(20):
            await get()  # connect and warm up
        left = requests

        async def worker() -> None:
            nonlocal left
            while left > 0:
                left -= 1
                await get()

        started, cpu = time.perf_counter(), time.process_time()
        async with anyio.create_task_group() as tg:
            for _ in range(concurrency):
                tg.start_soon(worker)
        return requests / (time.perf_counter() - started), (time.process_time() - cpu) / requests * 1e6


RATIOS = {
    "SDK aiohttp / SDK default": ("SDK (DefaultAioHttpClient)", "SDK (default, httpx)"),
    "SDK default / raw httpx": ("SDK (default, httpx)", "raw httpx"),
    "SDK httpx2 / raw httpx2": ("SDK (DefaultHttpx2Client)", "raw httpx2"),
    "SDK aiohttp / raw httpx-aiohttp": ("SDK (DefaultAioHttpClient)", "raw httpx-aiohttp"),
}
SERVERS = {"plain": (), "gzip": ("--gzip",)}


def table(
    results: dict[tuple[str, int], list[float]], cpu: dict[tuple[str, int], list[float]], levels: list[int]
) -> list[str]:
    """One server's rows: each client's median (min–max) req/s per C, the medians of the rounds' ratios, then each
    client's CPU µs per call, median (min–max)."""
    lines = ["| client | " + " | ".join(f"C = {c}" for c in levels) + " |", "|---|" + "---|" * len(levels)]

    def spread(values: list[float]) -> str:
        return f"{statistics.median(values):,.0f} ({min(values):,.0f}–{max(values):,.0f})"

    for name in CLIENTS:
        lines.append(f"| {name} | " + " | ".join(spread(results[name, c]) for c in levels) + " |")
    for label, (a, b) in RATIOS.items():
        ratios = [statistics.median(x / y for x, y in zip(results[a, c], results[b, c], strict=True)) for c in levels]
        lines.append(f"| {label} | " + " | ".join(f"{ratio:.2f}×" for ratio in ratios) + " |")
    for name in CLIENTS:
        lines.append(f"| CPU µs per call: {name} | " + " | ".join(spread(cpu[name, c]) for c in levels) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", default="10,50,200")
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    levels = [int(c) for c in args.concurrency.split(",")]
    for server, options in SERVERS.items():
        results: dict[tuple[str, int], list[float]] = {}
        cpu: dict[tuple[str, int], list[float]] = {}
        with canned_server(*options) as url:
            for _ in range(args.repeats):
                for c in levels:
                    for name, make in CLIENTS.items():
                        per_second, per_call = anyio.run(rate, make, url, c, args.requests)
                        results.setdefault((name, c), []).append(per_second)
                        cpu.setdefault((name, c), []).append(per_call)
        print(
            f"{server} server: req/s, median (min–max) of {args.repeats} runs of {args.requests:,} GETs; each ratio the"
        )
        print("median of the rounds' ratios\n")
        print("\n".join(table(results, cpu, levels)) + "\n")


if __name__ == "__main__":
    main()
