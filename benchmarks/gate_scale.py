"""The rate-limit gate at scale: N calls started at once through one client, against a server process that
allows `--rate` requests per `--window` seconds per token (429 beyond): the served sandbox, fixed windows.

For each N, one run (throttling on, `max_retry_after` 600 s so the queue's tail waits instead of raising):

- wall time, and the fixed windows the run spanned on the server (told by the `X-RateLimit-Reset` of the
  responses: the first window to the last; each run starts as a window starts, so the first is all its own);
  what those windows allowed is rate x windows, and the share of it the calls used is N / that (uncapped: a
  server letting more through would show over 100 %);
- the client process's CPU time per call (`time.process_time`; the server runs in its own process);
- 429s received (counted by a hook) and calls that failed;
- worst lateness: the largest `finish_i - i / rate` over the calls in the order they were started — how far a
  call finished behind its FIFO position's ideal (one window or less is the promise).

    .venv/bin/python benchmarks/gate_scale.py [--sizes 100,1000,10000,50000] [--rate 200] [--window 1]

`--json` prints the rows as JSON lines; the table goes to stdout either way. To measure another version of the
SDK against the same server, run this file with that version first on `PYTHONPATH` (the server is started from
this checkout).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import anyio

from leadiosa_async import AsyncLeadiosa, Hooks, LeadiosaError
from leadiosa_async.testing import OWNER_TOKEN

ROOT = Path(__file__).resolve().parent.parent


async def one_run(url: str, n: int, rate: int, window: float) -> dict[str, Any]:
    finished = [0.0] * n
    resets: set[float] = set()  # the windows the server answered in (their reset times)
    statuses: list[int] = []
    failures = 0

    def on_end(event: Any) -> None:
        if getattr(event, "status_code", None) == 429:
            statuses.append(429)

    client = AsyncLeadiosa(OWNER_TOKEN, base_url=url, max_retry_after=600, hooks=Hooks(on_request_end=on_end))

    async def call(i: int, starts: list[float]) -> None:
        nonlocal failures
        try:
            await client.workspace.get()
        except LeadiosaError:
            failures += 1
        finished[i] = time.monotonic() - starts[0]
        if client.rate_limit is not None:
            resets.add(client.rate_limit.reset_at)

    async with client:
        await anyio.sleep(window - time.time() % window)  # start at a window's start: all of it is this run's
        cpu, spawning = time.process_time(), time.monotonic()
        async with anyio.create_task_group() as tg:
            starts = [time.monotonic()]  # the calls' clock starts once all N are started (their tasks run)
            for i in range(n):
                tg.start_soon(call, i, starts)  # started in order: i is the call's FIFO position
            starts[0] = started = time.monotonic()
        wall, cpu = time.monotonic() - started, time.process_time() - cpu
    windows = round((max(resets) - min(resets)) / window) + 1 if resets else 0
    return {
        "n": n,
        "spawn_s": round(started - spawning, 2),
        "wall_s": round(wall, 2),
        "windows": windows,
        "allowed": windows * rate,
        "rate_share": n / (windows * rate) if windows else 0.0,
        "cpu_ms_per_call": round(cpu / n * 1000, 3),
        "429s": len(statuses),
        "failed": failures,
        "worst_lateness_s": round(max(f - i / rate for i, f in enumerate(finished)), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000,50000")
    parser.add_argument("--rate", type=int, default=200)
    parser.add_argument("--window", type=float, default=1.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sys.path.insert(1, str(ROOT))  # benchmarks.servers from this checkout, whichever SDK is imported
    from benchmarks.servers import served_sandbox

    os.environ["PYTHONPATH"] = str(ROOT)  # the server process: this checkout's sandbox
    rows = []
    with served_sandbox("--rate-limit", str(args.rate), "--rate-window", str(args.window)) as base:
        for n in (int(size) for size in args.sizes.split(",")):
            row = anyio.run(one_run, base + "/api/v1", n, args.rate, args.window)
            rows.append(row)
            if args.json:
                print(json.dumps(row), flush=True)
    sdk = Path(sys.modules["leadiosa_async"].__file__ or "").parent
    elsewhere = "" if sdk == ROOT / "leadiosa_async" else f"; the SDK at {sdk}"  # a "before" run (PYTHONPATH)
    print(f"\n{args.rate} requests per {args.window:g} s window{elsewhere}\n")
    print("| N | wall | windows spanned | the windows allowed | share of the allowed rate | client CPU per call | 429s "
          "| failed | worst lateness vs FIFO |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['n']:,} | {r['wall_s']} s | {r['windows']} | {r['allowed']:,} | {r['rate_share']:.1%} | "
              f"{r['cpu_ms_per_call']} ms | {r['429s']} | {r['failed']} | {r['worst_lateness_s']} s |")  # fmt: skip


if __name__ == "__main__":
    main()
