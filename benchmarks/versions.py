"""This checkout's SDK against another commit's, on one HTTP stack, taking turns: is a figure that moved a regression
of the code or the machine's noise?

    .venv/bin/python benchmarks/versions.py COMMIT [--stack aiohttp] [--runs 8] [--requests 3000] [--concurrency 50]

The other commit is checked out in a temporary git worktree. Each run is a fresh interpreter with one of the two
SDKs first on `PYTHONPATH` (the libraries are this environment's, so only the SDK's code differs), doing
`--requests` GETs with `--concurrency` workers against one canned server (`benchmarks/canned_server.py`) after 200
to warm up; the two take turns, which goes first alternating. Printed: each SDK's median req/s and client CPU µs per
call, and the median of the paired runs' CPU ratios (this checkout's over the other's; below 1: cheaper now).
`--stack`: `httpx` (the SDK's default client), `aiohttp` (`DefaultAioHttpClient`), `httpx2` (`DefaultHttpx2Client`,
where the other commit has it).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "lds_bench_0123456789abcdef"


async def _measure(url: str, stack: str, requests: int, concurrency: int) -> tuple[float, float]:
    import anyio
    import httpx

    import leadiosa_async as sdk

    http_client: Any = None  # httpx: the SDK's default client
    if stack == "aiohttp":
        http_client = sdk.DefaultAioHttpClient(limits=httpx.Limits(max_connections=100, max_keepalive_connections=100))
    elif stack == "httpx2":
        http_client = sdk.DefaultHttpx2Client()
    async with sdk.AsyncLeadiosa(TOKEN, base_url=url + "/api/v1", http_client=http_client) as client:
        for _ in range(200):
            await client.workspace.get()
        left = requests

        async def worker() -> None:
            nonlocal left
            while left > 0:
                left -= 1
                await client.workspace.get()

        started, cpu = time.perf_counter(), time.process_time()
        async with anyio.create_task_group() as tg:
            for _ in range(concurrency):
                tg.start_soon(worker)
        return requests / (time.perf_counter() - started), (time.process_time() - cpu) / requests * 1e6


def _child(url: str, stack: str, requests: int, concurrency: int) -> None:
    import anyio

    print(json.dumps(anyio.run(_measure, url, stack, requests, concurrency)))


def _run(sdk_root: Path, url: str, args: argparse.Namespace) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(sdk_root)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # both SDKs import from their bytecode caches, as installed ones do
    command = [sys.executable, __file__, "--child", url, args.stack, str(args.requests), str(args.concurrency)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        raise SystemExit(f"the SDK at {sdk_root} failed:\n{done.stderr[-2000:]}")
    value = json.loads(done.stdout.strip().splitlines()[-1])
    return float(value[0]), float(value[1])


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("commit")
    parser.add_argument("--stack", choices=("httpx", "aiohttp", "httpx2"), default="aiohttp")
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=50)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from benchmarks.servers import canned_server

    with tempfile.TemporaryDirectory() as scratch:
        other = Path(scratch) / "other"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(other), args.commit], cwd=ROOT, check=True)  # noqa: S603, S607
        try:
            sdks = {"this checkout": ROOT, args.commit: other}
            found: dict[str, list[tuple[float, float]]] = {name: [] for name in sdks}
            with canned_server() as url:
                for i in range(args.runs):
                    for name in list(sdks) if i % 2 == 0 else list(sdks)[::-1]:
                        found[name].append(_run(sdks[name], url, args))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(other)], cwd=ROOT, check=False)  # noqa: S603, S607
    print(f"{args.stack}, {args.requests:,} GETs with {args.concurrency} workers, {args.runs} runs each, in turns\n")
    print("| SDK | req/s, median (min–max) | client CPU µs per call, median (min–max) |\n|---|---|---|")
    for name, runs in found.items():
        rates, cpus = [r for r, _ in runs], [c for _, c in runs]
        print(f"| {name} | {statistics.median(rates):,.0f} ({min(rates):,.0f}–{max(rates):,.0f}) | "
              f"{statistics.median(cpus):,.1f} ({min(cpus):,.1f}–{max(cpus):,.1f}) |")  # fmt: skip
    this, that = found.values()
    paired = statistics.median(a[1] / b[1] for a, b in zip(this, that, strict=True))
    print(f"\n| stack | client CPU per call, this checkout / {args.commit} (median of the paired runs) |\n|---|---|")
    print(f"| {args.stack} | {paired:.2f}× |")


if __name__ == "__main__":
    main()
