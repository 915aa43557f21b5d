"""What the start of a large queue costs: N calls started at once through one client whose rate-limit window is
already used up, so every call runs its first step and waits at the gate (no server is reached). Reported: how
long asyncio takes to run all N first steps (the time before a response could be read, which is the worst
lateness `gate_scale.py` measures at large N), with Python's garbage collector on and off, each in a fresh
interpreter; the same for N bare tasks of the same task group, each waiting on a future with no SDK call (what
the tasks themselves cost: the rest is the SDK's share); and the objects the garbage collector tracks per waiting
call, by type.

    .venv/bin/python benchmarks/gate_start.py [--n 50000]
"""

from __future__ import annotations

import argparse
import asyncio
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


async def first_steps(n: int, count_objects: bool, bare: bool = False) -> dict[str, Any]:
    client = AsyncLeadiosa("lds_bench_0123456789abcdef", base_url="http://127.0.0.1:9/api/v1", max_retry_after=600)
    limiter = client._transport.limiter
    limiter.local.get(limiter.key).state = RateLimit(200, 0, time.time() + 500)  # the window is used up
    result: dict[str, Any] = {}

    async def call() -> None:
        await client.workspace.get()

    async def bare_task() -> None:  # the least a waiting task holds: its coroutine, waiting on a future
        await asyncio.get_running_loop().create_future()

    async def last(started: float) -> None:  # started after the N calls: runs once all N first steps have run
        result["first_steps_s"] = round(time.perf_counter() - started, 3)
        result["queued"] = len(limiter.queues["interactive"])  # 0 for bare tasks
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
            tg.start_soon(bare_task if bare else call)
        tg.start_soon(last, time.perf_counter())
    return result


def run(n: int, mode: str) -> dict[str, Any]:
    out = subprocess.run(  # noqa: S603 - this file, with our own arguments
        [sys.executable, __file__, "--n", str(n), "--mode", mode], check=True, capture_output=True, text=True
    ).stdout
    return dict(json.loads(out))


def median_runs(n: int, modes: tuple[str, ...], repeat: int) -> list[dict[str, Any]]:
    """For each mode, its run of median first-steps time among `repeat` fresh interpreters; the modes take turns,
    so a noisy moment of the machine touches all of them alike."""
    runs: dict[str, list[dict[str, Any]]] = {mode: [] for mode in modes}
    for _ in range(repeat):
        for mode in modes:
            runs[mode].append(run(n, mode))
    return [sorted(runs[mode], key=lambda r: float(r["first_steps_s"]))[repeat // 2] for mode in modes]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5, help="fresh interpreters per figure (the median)")
    parser.add_argument("--mode", choices=["gc-on", "gc-off", "bare", "objects"])
    args = parser.parse_args()
    if args.mode:  # one measurement, in this (fresh) interpreter
        if args.mode not in ("gc-on", "bare"):
            gc.disable()
        print(json.dumps(anyio.run(first_steps, args.n, args.mode == "objects", args.mode == "bare")))
        return
    on, off, bare = median_runs(args.n, ("gc-on", "gc-off", "bare"), args.repeat)
    objects = run(args.n, "objects")
    print(
        f"{args.n:,} calls queued at a used-up window (no server); each figure the median of {args.repeat} "
        "fresh interpreters\n"
    )
    print("| first steps of | garbage collector | all first steps | per call |")
    print("|---|---|---|---|")
    for what, label, r in (("the SDK's calls", "on", on), ("the SDK's calls", "off", off),
                           ("bare tasks (no SDK)", "on", bare)):  # fmt: skip
        print(f"| {what} | {label} | {r['first_steps_s']} s | {r['first_steps_s'] / args.n * 1e6:.1f} µs |")
    share = on["first_steps_s"] - bare["first_steps_s"]
    print(f"\nthe SDK's share, garbage collector on: {share:.3f} s ({share / on['first_steps_s']:.0%} of them)")
    print(f"\ntracked objects per waiting call: {objects['tracked_per_call']}")
    print(", ".join(f"{k} {v}" for k, v in objects["by_type"].items()))


if __name__ == "__main__":
    main()
