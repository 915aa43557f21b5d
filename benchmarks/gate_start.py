"""What the start of a large queue costs: N calls started at once through one client whose rate-limit window is
already used up, so every call runs its first step and waits at the gate (no server is reached). Reported: how
long asyncio takes to run all N first steps (the time before a response could be read, which is the worst
lateness `gate_scale.py` measures at large N), with Python's garbage collector on and off, each in a fresh
interpreter; and the objects the garbage collector tracks per waiting call, by type.

    .venv/bin/python benchmarks/gate_start.py [--n 50000]
"""

from __future__ import annotations

import argparse
import collections
import gc
import json
import subprocess
import sys
import time
from typing import Any

import anyio

from leadiosa_async import AsyncLeadiosa
from leadiosa_async._transport.rate_window import RateLimit


async def first_steps(n: int, count_objects: bool) -> dict[str, Any]:
    client = AsyncLeadiosa("lds_bench_0123456789abcdef", base_url="http://127.0.0.1:9/api/v1", max_retry_after=600)
    limiter = client._transport.limiter
    limiter.local.get(limiter.key).state = RateLimit(200, 0, time.time() + 500)  # the window is used up
    result: dict[str, Any] = {}

    async def call() -> None:
        await client.workspace.get()

    async def last(started: float) -> None:  # started after the N calls: runs once all N first steps have run
        result["first_steps_s"] = round(time.perf_counter() - started, 3)
        result["queued"] = len(limiter.queues["interactive"])
        if count_objects:
            gc.collect()
            after = collections.Counter(type(o).__name__ for o in gc.get_objects())
            grown = after - result.pop("before")
            result["tracked_per_call"] = round(sum(grown.values()) / n, 1)
            result["by_type"] = {k: round(v / n, 2) for k, v in grown.most_common(12)}
        tg.cancel_scope.cancel()

    if count_objects:
        gc.collect()
        result["before"] = collections.Counter(type(o).__name__ for o in gc.get_objects())
    async with anyio.create_task_group() as tg:
        for _ in range(n):
            tg.start_soon(call)
        tg.start_soon(last, time.perf_counter())
    return result


def run(n: int, mode: str) -> dict[str, Any]:
    out = subprocess.run(  # noqa: S603 - this file, with our own arguments
        [sys.executable, __file__, "--n", str(n), "--mode", mode], check=True, capture_output=True, text=True
    ).stdout
    return dict(json.loads(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--mode", choices=["gc-on", "gc-off", "objects"])
    args = parser.parse_args()
    if args.mode:  # one measurement, in this (fresh) interpreter
        if args.mode != "gc-on":
            gc.disable()
        print(json.dumps(anyio.run(first_steps, args.n, args.mode == "objects")))
        return
    on, off, objects = (run(args.n, mode) for mode in ("gc-on", "gc-off", "objects"))
    print(f"{args.n:,} calls queued at a used-up window (no server)\n")
    print("| garbage collector | all first steps | per call |")
    print("|---|---|---|")
    for label, r in (("on", on), ("off", off)):
        print(f"| {label} | {r['first_steps_s']} s | {r['first_steps_s'] / args.n * 1e6:.1f} µs |")
    print(f"\ntracked objects per waiting call: {objects['tracked_per_call']}")
    print(", ".join(f"{k} {v}" for k, v in objects["by_type"].items()))


if __name__ == "__main__":
    main()
