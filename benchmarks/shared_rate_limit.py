"""One token, many processes: 4 processes x 25 coroutines against the sandbox over HTTP, with a
compressed window (60 requests per 2 s), for 10 windows. For each mode: the 429s received, and the
successful requests as a fraction of what the limit allowed.

  (a) no throttling        throttle=False
  (b) per-process headers  the default: each process throttles on what its own responses say
  (c) Redis store          RedisRateStore: one budget shared by every process

    .venv/bin/python benchmarks/shared_rate_limit.py [--windows 10]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import anyio

from leadiosa_async import AsyncLeadiosa, LeadiosaError, RateLimitError
from leadiosa_async.testing import OWNER_TOKEN

LIMIT, WINDOW, PROCESSES, COROUTINES = 60, 2.0, 4, 25
MODES = {"none": "(a) no throttling", "local": "(b) per-process header throttling", "redis": "(c) Redis store"}


async def worker(mode: str, url: str, redis_url: str, start_at: float, end_at: float) -> dict[str, int]:
    counts = {"ok": 0, "429": 0, "other": 0}
    store = None
    if mode == "redis":
        from redis.asyncio import Redis

        from leadiosa_async.redis_ratelimit import RedisRateStore

        connection = Redis.from_url(redis_url)
        store = RedisRateStore(connection)
    client = AsyncLeadiosa(OWNER_TOKEN, base_url=url, max_retries=0, throttle=mode != "none", rate_store=store)
    await anyio.sleep(max(0.0, start_at - time.time()))

    async def loop() -> None:
        while time.time() < end_at:
            try:
                await client.workspace.get()
            except RateLimitError:
                counts["429"] += 1
            except LeadiosaError:
                counts["other"] += 1
            else:
                counts["ok"] += time.time() < end_at

    async with client, anyio.create_task_group() as tg:
        for _ in range(COROUTINES):
            tg.start_soon(loop)
    if store is not None:
        await connection.aclose()
    return counts


def run_mode(mode: str, url: str, redis_url: str, windows: int) -> dict[str, float]:
    start_at = (int(time.time() / WINDOW) + 2) * WINDOW  # a window boundary, once every process is up
    end_at = start_at + windows * WINDOW
    command = [sys.executable, str(Path(__file__)), "--worker", mode, "--url", url, "--redis", redis_url,
               "--start-at", repr(start_at), "--end-at", repr(end_at)]  # fmt: skip
    workers = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(PROCESSES)]  # noqa: S603
    totals = {"ok": 0, "429": 0, "other": 0}
    for process in workers:
        out, _ = process.communicate(timeout=windows * WINDOW + 60)
        for key, value in json.loads(out).items():
            totals[key] += value
    allowed = LIMIT * windows
    return {**totals, "allowed": allowed, "fraction": totals["ok"] / allowed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--windows", type=int, default=10)
    parser.add_argument("--worker", choices=list(MODES))
    parser.add_argument("--url")
    parser.add_argument("--redis", default="")
    parser.add_argument("--start-at", type=float)
    parser.add_argument("--end-at", type=float)
    args = parser.parse_args()
    if args.worker:
        counts = anyio.run(worker, args.worker, args.url, args.redis, args.start_at, args.end_at)
        print(json.dumps(counts))
        return
    from benchmarks.servers import redis_server, served_sandbox

    results: dict[str, Any] = {}
    with redis_server() as redis_url, served_sandbox("--rate-limit", str(LIMIT), "--rate-window", str(WINDOW)) as url:
        for mode in MODES:
            results[mode] = run_mode(mode, url + "/api/v1", redis_url, args.windows)
    setup = f"{PROCESSES} processes x {COROUTINES} coroutines, {LIMIT} requests per {WINDOW:g} s"
    print(f"{setup}, {args.windows} windows\n")
    print("| mode | 429s received | successful requests | of the allowed rate |")
    print("|---|---|---|---|")
    for mode, label in MODES.items():
        r = results[mode]
        print(f"| {label} | {r['429']:,} | {r['ok']:,} of {r['allowed']:,} | {r['fraction']:.1%} |")


if __name__ == "__main__":
    main()
