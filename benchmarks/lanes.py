"""Priority lanes on one token's budget, against the served sandbox in its own process: fixed windows of `--rate`
requests per `--window` seconds that start `--start` seconds off whole multiples (so resets carry a fraction).

- rollover: one client runs 200, 2,000 and 10,000 calls in turn, each batch started at once: the 429s met (window
  rollovers included) and the share of what the spanned windows allowed that the calls used;
- lanes: a background bulk run of 10,000 items saturating the budget while a person makes an interactive call
  every 300 ms: each interactive call's time at the gate (p50, p99, max), the 429s;
- background alone: a bulk run of 4,000 items: the share of the allowed rate it used (the reserve is not lost);
- redis: two processes share the token through one redis-server: one starts 1,000 background calls at once and
  then a bulk run of 3,000; the other makes an interactive call every 300 ms meanwhile. The 429s in both, the
  interactive gate times, and how often a store fell back to local throttling (it must not). Then background
  alone on Redis: the same first process beside a second running a bulk run of 3,000, and the share of the
  allowed rate the two used together.

    .venv/bin/python benchmarks/lanes.py [--rate 400] [--window 1.5] [--start 0.37]
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import anyio

from leadiosa_async import AsyncLeadiosa, Hooks
from leadiosa_async.testing import OWNER_TOKEN

ROOT = Path(__file__).resolve().parent.parent
PERSON_EVERY = 0.3


class Run:
    """One client's figures: 429s met, the windows its answers came from, its interactive calls' gate times."""

    def __init__(self, url: str, store: Any = None) -> None:
        self.refused = 0
        self.windows: set[float] = set()
        self.gate_ms: list[float] = []
        self.client = AsyncLeadiosa(OWNER_TOKEN, base_url=url, max_retry_after=600, rate_store=store,
                                    hooks=Hooks(on_request_end=self._ended))  # fmt: skip
        self.fallbacks = _FallbackCount()
        logging.getLogger("leadiosa_async").addHandler(self.fallbacks)

    def _ended(self, event: Any) -> None:
        self.refused += event.status_code == 429
        state = self.client.rate_limit
        if state is not None and state.window is not None:
            self.windows.add(state.window)

    async def calls(self, n: int, priority: str = "interactive") -> None:
        async with anyio.create_task_group() as tg:
            for _ in range(n):
                tg.start_soon(lambda: self.client.workspace.get(priority=priority))  # type: ignore[arg-type]

    async def bulk(self, n: int) -> None:
        async with self.client.bulk(self.client.workspace.get, ({} for _ in range(n))) as results:
            async for result in results:
                if result.error is not None:
                    raise result.error

    async def person(self, until: anyio.Event) -> None:
        """An interactive call every PERSON_EVERY seconds until `until`; each call's time at the gate."""
        while not until.is_set():
            await anyio.sleep(PERSON_EVERY)
            before = self.interactive_waited()
            await self.client.workspace.get()
            self.gate_ms.append((self.interactive_waited() - before) * 1000)

    def interactive_waited(self) -> float:
        """Seconds this client's interactive calls have waited at the gate so far."""
        state = self.client.rate_limit
        return state.lanes["interactive"].waited if state is not None and state.lanes is not None else 0.0

    def share(self, calls: int, rate: int, window: float) -> float:
        """`calls` over what the windows its answers came from allowed (the first window counted whole)."""
        spanned = round((max(self.windows) - min(self.windows)) / window) + 1 if self.windows else 0
        return calls / (spanned * rate) if spanned else 0.0


class _FallbackCount(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += "rate-limit store failed" in record.getMessage()


def gate_figures(gate_ms: list[float]) -> dict[str, Any]:
    ordered = sorted(gate_ms) or [0.0]
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return {"interactive": len(gate_ms), "gate_p50_ms": round(statistics.median(ordered), 1),
            "gate_p99_ms": round(p99, 1), "gate_max_ms": round(ordered[-1], 1)}  # fmt: skip


async def at_window_start(window: float, start: float) -> None:
    await anyio.sleep(window - (time.time() - start) % window)


async def rollover(url: str, rate: int, window: float, start: float, sizes: list[int]) -> list[dict[str, Any]]:
    run, rows = Run(url), []
    async with run.client:
        for n in sizes:
            run.windows.clear()
            refused_before = run.refused
            await at_window_start(window, start)
            await run.calls(n)
            rows.append({"n": n, "429s": run.refused - refused_before, "share": run.share(n, rate, window)})
    return rows


async def lanes(url: str, rate: int, window: float, start: float, n: int) -> dict[str, Any]:
    run, done = Run(url), anyio.Event()
    async with run.client, anyio.create_task_group() as tg:
        await at_window_start(window, start)  # the run before may have used up the window this client cannot know
        await run.client.workspace.get()
        tg.start_soon(run.person, done)
        await run.bulk(n)
        done.set()
    return {"n": n, "429s": run.refused, **gate_figures(run.gate_ms)}


async def background_alone(url: str, rate: int, window: float, start: float, n: int) -> dict[str, Any]:
    run = Run(url)
    async with run.client:
        await at_window_start(window, start)
        await run.client.workspace.get()
        await at_window_start(window, start)
        run.windows.clear()
        await run.bulk(n)
    return {"n": n, "429s": run.refused, "share": run.share(n, rate, window)}


async def redis_worker(role: str, url: str, redis_url: str, go_at: float, size: int = 3000) -> dict[str, Any]:
    """One process of a Redis pair: "bulk" starts 1,000 background calls at once, then a bulk run of 3,000;
    "bulk2" a bulk run of 3,000; "person" makes an interactive call every PERSON_EVERY seconds until its stdin
    closes (the others are done)."""
    from redis.asyncio import Redis

    from leadiosa_async.redis_ratelimit import RedisRateStore

    connection = Redis.from_url(redis_url)
    run = Run(url, RedisRateStore(connection))
    async with run.client:
        await anyio.sleep(max(0.0, go_at - time.time()))
        if role == "bulk":
            await run.calls(1000, "background")
            await run.bulk(size)
        elif role == "bulk2":
            await run.bulk(size)
        else:
            done = anyio.Event()

            async def watch() -> None:
                await anyio.to_thread.run_sync(sys.stdin.read)  # until the parent closes it
                done.set()

            async with anyio.create_task_group() as tg:
                tg.start_soon(watch)
                await run.person(done)
    await connection.aclose()
    windows = sorted(run.windows)[:: max(1, len(run.windows) - 1)]  # the first and the last
    figures = {"role": role, "429s": run.refused, "fallbacks": run.fallbacks.count, "windows": windows}
    return {**figures, **gate_figures(run.gate_ms)}


def redis_pair(
    url: str, redis_url: str, roles: tuple[str, str], window: float, start: float, size: int
) -> list[dict[str, Any]]:
    """Two processes sharing the token through Redis, started together at a window's start (3 s from now, once
    both are ready); a "person" runs until the other is done."""
    go_at = start + window * math.ceil((time.time() + 3 - start) / window)
    command = [sys.executable, __file__, "--url", url, "--redis", redis_url, "--go-at", repr(go_at), "--redis-bulk",
               str(size)]  # fmt: skip
    workers = [
        subprocess.Popen([*command, "--worker", role], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # noqa: S603
        for role in roles
    ]
    ordered = sorted(zip(roles, workers, strict=True), key=lambda pair: pair[0] == "person")  # the person last
    outputs = {role: worker.communicate(input="", timeout=600)[0] for role, worker in ordered}
    return [json.loads(outputs[role].strip().splitlines()[-1]) for role in roles]


def pair_share(rows: list[dict[str, Any]], calls: int, rate: int, window: float) -> float:
    """The calls of a Redis pair over what the windows either process was answered in allowed."""
    seen = [end for row in rows for end in row["windows"]]
    return calls / ((round((max(seen) - min(seen)) / window) + 1) * rate) if seen else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=int, default=400)
    parser.add_argument("--window", type=float, default=1.5)
    parser.add_argument("--start", type=float, default=0.37)
    parser.add_argument("--sizes", default="200,2000,10000", help="the rollover run's batches")
    parser.add_argument("--bulk", type=int, default=10000)
    parser.add_argument("--alone", type=int, default=4000)
    parser.add_argument("--redis-bulk", type=int, default=3000, help="the bulk runs' items in the Redis pairs")
    parser.add_argument("--worker", choices=("bulk", "bulk2", "person"))
    parser.add_argument("--url")
    parser.add_argument("--redis")
    parser.add_argument("--go-at", type=float)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(anyio.run(redis_worker, args.worker, args.url, args.redis, args.go_at, args.redis_bulk)))
        return
    sys.path.insert(1, str(ROOT))
    from benchmarks.servers import redis_server, served_sandbox

    os.environ["PYTHONPATH"] = str(ROOT)
    rate, window, start = args.rate, args.window, args.start
    options = ("--rate-limit", str(rate), "--rate-window", repr(window), "--rate-window-start", repr(start))
    with served_sandbox(*options) as base, redis_server() as redis_url:
        url = base + "/api/v1"
        rolled = anyio.run(rollover, url, rate, window, start, [int(n) for n in args.sizes.split(",")])
        laned = anyio.run(lanes, url, rate, window, start, args.bulk)
        alone = anyio.run(background_alone, url, rate, window, start, args.alone)
        shared = redis_pair(url, redis_url, ("bulk", "person"), window, start, args.redis_bulk)
        alone_pair = redis_pair(url, redis_url, ("bulk", "bulk2"), window, start, args.redis_bulk)
    print(
        f"\n{rate} requests per {window:g} s window, windows starting {start:g} s off whole multiples (resets "
        f"with a fraction); the default reserve (10 %); an interactive call every {PERSON_EVERY * 1000:.0f} ms\n"
    )
    print("| run | calls | 429s | share of the allowed rate | interactive calls | gate p50 | gate p99 | gate max "
          "| store fallbacks |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rolled:
        print(f"| rollover, {r['n']:,} at once | {r['n']:,} | {r['429s']} | {r['share']:.1%} | – | – | – | – | – |")
    print(
        f"| lanes: background bulk + a person | {laned['n']:,} | {laned['429s']} | – | {laned['interactive']} | "
        f"{laned['gate_p50_ms']} ms | {laned['gate_p99_ms']} ms | {laned['gate_max_ms']} ms | – |"
    )
    print(f"| background alone | {alone['n']:,} | {alone['429s']} | {alone['share']:.1%} | – | – | – | – | – |")
    bulk, person = shared
    print(
        f"| redis, two processes: 1,000 at once + bulk {args.redis_bulk:,} | {1000 + args.redis_bulk:,} | "
        f"{bulk['429s']} | – | – | – | – | – "
        f"| {bulk['fallbacks']} |"
    )
    print(
        f"| redis, two processes: the person | {person['interactive']} | {person['429s']} | – | "
        f"{person['interactive']} | {person['gate_p50_ms']} ms | {person['gate_p99_ms']} ms | "
        f"{person['gate_max_ms']} ms | {person['fallbacks']} |"
    )
    share = pair_share(alone_pair, 1000 + 2 * args.redis_bulk, rate, window)
    print(
        f"| redis, background alone: 1,000 at once + bulk {args.redis_bulk:,}, and bulk {args.redis_bulk:,} | "
        f"{1000 + 2 * args.redis_bulk:,} | "
        f"{sum(r['429s'] for r in alone_pair)} | {share:.1%} | – | – | – | – "
        f"| {sum(r['fallbacks'] for r in alone_pair)} |"
    )


if __name__ == "__main__":
    main()
