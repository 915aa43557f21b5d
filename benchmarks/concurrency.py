"""Throughput at concurrency C on both HTTP stacks: concurrent GETs against one canned local server in its own
process (`benchmarks/canned_server.py`), each response's JSON parsed. Five clients, in one run:

- raw httpx (`httpx.AsyncClient`, `json.loads`) and the SDK on its default stack (`AsyncLeadiosa()`);
- raw httpx-aiohttp (`httpx_aiohttp.HttpxAiohttpClient`) and the SDK on it (`DefaultAioHttpClient()`);
- raw aiohttp (`aiohttp.ClientSession`), for reference.

Two servers: a plain one, and one that gzip-compresses every body (every client here asks for gzip, the SDK
included), where no client can take a small-body shortcut. For each server and each C (10, 50, 200 by default)
every client does `--requests` GETs with C workers, `--repeats` times (rounds interleave the clients, so machine
noise hits them alike). Each cell is the median req/s with the min and max over the runs; ratios and the targets
of `make bench` use the medians. Needs the `aiohttp` extra (installed by `make install`).

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
import httpx_aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.servers import canned_server
from leadiosa_async import AsyncLeadiosa, DefaultAioHttpClient

TOKEN = "lds_bench_0123456789abcdef"
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)  # aiohttp's default pool size, too


async def _httpx(
    stack: AsyncExitStack, url: str, client_class: type[httpx.AsyncClient]
) -> Callable[[], Awaitable[Any]]:
    client = await stack.enter_async_context(client_class(limits=LIMITS))
    target = url + "/api/v1/workspace"

    async def get() -> Any:
        return json.loads((await client.get(target)).content)

    return get


async def raw_httpx(stack: AsyncExitStack, url: str) -> Callable[[], Awaitable[Any]]:
    return await _httpx(stack, url, httpx.AsyncClient)


async def raw_httpx_aiohttp(stack: AsyncExitStack, url: str) -> Callable[[], Awaitable[Any]]:
    return await _httpx(stack, url, httpx_aiohttp.HttpxAiohttpClient)


async def sdk_default(stack: AsyncExitStack, url: str) -> Callable[[], Awaitable[Any]]:
    client = await stack.enter_async_context(AsyncLeadiosa(TOKEN, base_url=url + "/api/v1"))
    return client.workspace.get


async def sdk_aiohttp(stack: AsyncExitStack, url: str) -> Callable[[], Awaitable[Any]]:
    http_client = DefaultAioHttpClient(limits=LIMITS)
    client = await stack.enter_async_context(AsyncLeadiosa(TOKEN, base_url=url + "/api/v1", http_client=http_client))
    return client.workspace.get


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
    "raw httpx-aiohttp": raw_httpx_aiohttp,
    "SDK (DefaultAioHttpClient)": sdk_aiohttp,
    "raw aiohttp": raw_aiohttp,
}


async def rate(make: Any, url: str, concurrency: int, requests: int) -> float:
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

        started = time.perf_counter()
        async with anyio.create_task_group() as tg:
            for _ in range(concurrency):
                tg.start_soon(worker)
        return requests / (time.perf_counter() - started)


RATIOS = {
    "SDK aiohttp / SDK default": ("SDK (DefaultAioHttpClient)", "SDK (default, httpx)"),
    "SDK default / raw httpx": ("SDK (default, httpx)", "raw httpx"),
    "SDK aiohttp / raw httpx-aiohttp": ("SDK (DefaultAioHttpClient)", "raw httpx-aiohttp"),
}
SERVERS = {"plain": (), "gzip": ("--gzip",)}


def table(results: dict[tuple[str, int], list[float]], levels: list[int]) -> list[str]:
    """One server's rows: each client's median (min–max) req/s per C, then the ratios of medians."""
    median = {key: statistics.median(values) for key, values in results.items()}
    lines = ["| client | " + " | ".join(f"C = {c}" for c in levels) + " |", "|---|" + "---|" * len(levels)]
    for name in CLIENTS:
        cells = (f"{median[name, c]:,.0f} ({min(results[name, c]):,.0f}–{max(results[name, c]):,.0f})" for c in levels)
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    for label, (a, b) in RATIOS.items():
        lines.append(f"| {label} | " + " | ".join(f"{median[a, c] / median[b, c]:.2f}×" for c in levels) + " |")
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
        with canned_server(*options) as url:
            for _ in range(args.repeats):
                for c in levels:
                    for name, make in CLIENTS.items():
                        results.setdefault((name, c), []).append(anyio.run(rate, make, url, c, args.requests))
        print(f"{server} server: req/s, median (min–max) of {args.repeats} runs of {args.requests:,} GETs\n")
        print("\n".join(table(results, levels)) + "\n")


if __name__ == "__main__":
    main()
