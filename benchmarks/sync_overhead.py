"""Per-call cost of the sync client (`Leadiosa`) vs the async client, on the same in-process transport.

Both clients call `conversations.get` on one `httpx.MockTransport`; rounds alternate between them, and
the table reports medians of per-call time and their ratio. The sync client's extra cost is driving the
client's event loop from the calling thread for each call (`leadiosa_async/_sync.py`, `Portal`).

    .venv/bin/python benchmarks/sync_overhead.py [--rounds 20] [--calls 200]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

import httpx

from benchmarks.overhead import BASE_URL, TOKEN, bodies, get_round, make_transport
from leadiosa_async import Leadiosa


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    transport = make_transport(bodies())
    sync_times: list[float] = []
    async_times: list[float] = []
    with Leadiosa(TOKEN, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport)) as sync_client:
        for _ in range(args.calls):
            sync_client.conversations.get("conv_1")  # warm up
        for _ in range(args.rounds):
            async_times.append(asyncio.run(get_round(transport, args.calls)))
            started = time.perf_counter()
            for _ in range(args.calls):
                sync_client.conversations.get("conv_1")
            sync_times.append((time.perf_counter() - started) / args.calls * 1e6)
    a, s = statistics.median(async_times), statistics.median(sync_times)
    print(f"per-call time of conversations.get, median of {args.rounds} rounds x {args.calls} calls (µs)\n")
    print("| AsyncLeadiosa | Leadiosa (sync) | ratio |")
    print("|---|---|---|")
    print(f"| {a:.1f} | {s:.1f} | {s / a:.2f}× |")


if __name__ == "__main__":
    main()
