"""Per-call overhead of leadiosa-async vs raw httpx + json.loads vs plain openapi-python-client output.

All three talk to the same `httpx.MockTransport` serving the same bytes (the spec's examples), so
the numbers are client-side cost only. Contenders are interleaved round by round in one run; the
table reports medians of per-call time and their ratios to raw httpx. The plain client is generated
from openapi.json with the pinned openapi-python-client and its default templates, into a temporary
folder, at the start of the run. Cold import is measured in fresh interpreters, interleaved too, each importing
httpx first and then the package, so each interpreter gives its own ratio.

    .venv/bin/python benchmarks/overhead.py [--rounds 30] [--calls 50]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from leadiosa_async import AsyncLeadiosa

ROOT = Path(__file__).resolve().parent.parent
BASE_URL = "https://leadiosa.com/api/v1"
TOKEN = "bench-token"
HEADERS = {
    "content-type": "application/json",
    "x-ratelimit-limit": "300",
    "x-ratelimit-remaining": "299",
    "x-ratelimit-reset": "60",
}


def bodies() -> dict[str, bytes]:
    spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    op = spec["paths"]["/conversations/{conversation_id}"]["get"]
    conv = op["responses"]["200"]["content"]["application/json"]["example"]

    def page(n: int) -> bytes:
        items = [dict(conv, id=f"conv_{i}") for i in range(n)]
        return json.dumps({"data": items, "pagination": {"has_more": True, "next_cursor": "cur_x"}}).encode()

    return {"get": json.dumps(conv).encode(), "list-1": page(1), "list-100": page(100)}


def make_transport(payloads: dict[str, bytes]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/conversations"):
            key = "list-100" if request.url.params.get("limit") == "100" else "list-1"
        else:
            key = "get"
        return httpx.Response(200, content=payloads[key], headers=HEADERS)

    return httpx.MockTransport(handler)


def generate_plain_client(folder: Path) -> Any:
    config = folder / "config.yaml"
    config.write_text("post_hooks: []\n", encoding="utf-8")
    out = folder / "plain_leadiosa"
    subprocess.run(  # noqa: S603 - the pinned generator from this venv
        [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(ROOT / "openapi.json"),
         "--meta", "none", "--config", str(config), "--output-path", str(out)],
        check=True, capture_output=True,
    )  # fmt: skip
    sys.path.insert(0, str(folder))
    return importlib.import_module("plain_leadiosa")


Call = Callable[[], Awaitable[Any]]


async def time_calls(call: Call, n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        await call()
    return (time.perf_counter() - start) / n * 1e6


async def get_round(transport: httpx.MockTransport, calls: int) -> float:
    """µs per `conversations.get` through a new client on `transport`, after 20 calls to warm it."""
    async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport)) as client:
        for _ in range(20):
            await client.conversations.get("conv_1")
        started = time.perf_counter()
        for _ in range(calls):
            await client.conversations.get("conv_1")
        return (time.perf_counter() - started) / calls * 1e6


async def per_call(rounds: int, calls: int) -> dict[str, dict[str, float]]:
    payloads = bodies()
    transport = make_transport(payloads)
    with tempfile.TemporaryDirectory() as tmp:
        plain = generate_plain_client(Path(tmp))
        conv_get = importlib.import_module("plain_leadiosa.api.conversations.conversations_get")
        conv_list = importlib.import_module("plain_leadiosa.api.conversations.conversations_list")
        plain_client = plain.AuthenticatedClient(base_url=BASE_URL, token=TOKEN, httpx_args={"transport": transport})
        raw = httpx.AsyncClient(base_url=BASE_URL, transport=transport)
        auth = {"Authorization": f"Bearer {TOKEN}"}
        async with AsyncLeadiosa(TOKEN, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport)) as sdk:

            async def raw_get() -> Any:
                return json.loads((await raw.get("/conversations/conv_1", headers=auth)).content)

            def raw_list(limit: int) -> Call:
                async def call() -> Any:
                    response = await raw.get("/conversations", params={"limit": limit}, headers=auth)
                    return json.loads(response.content)

                return call

            scenarios: dict[str, dict[str, Call]] = {
                "get": {
                    "raw httpx": raw_get,
                    "leadiosa-async": lambda: sdk.conversations.get("conv_1"),
                    "openapi-python-client": lambda: conv_get.asyncio("conv_1", client=plain_client),
                },
            }

            def sdk_list(limit: int) -> Call:
                return lambda: sdk.conversations.list(limit=limit)

            def plain_list(limit: int) -> Call:
                return lambda: conv_list.asyncio(client=plain_client, limit=limit)

            for name, limit in (("list-1", 1), ("list-100", 100)):
                scenarios[name] = {
                    "raw httpx": raw_list(limit),
                    "leadiosa-async": sdk_list(limit),
                    "openapi-python-client": plain_list(limit),
                }
            for contenders in scenarios.values():  # warm up and check every contender parses
                for call in contenders.values():
                    assert await call() is not None
            samples: dict[str, dict[str, list[float]]] = {s: {c: [] for c in cs} for s, cs in scenarios.items()}
            for r in range(rounds):
                for scenario, contenders in scenarios.items():
                    names = list(contenders)
                    for name in names[r % 3 :] + names[: r % 3]:  # rotate the order every round
                        samples[scenario][name].append(await time_calls(contenders[name], calls))
            await raw.aclose()
            await plain_client.get_async_httpx_client().aclose()
    return {s: {c: statistics.median(v) for c, v in cs.items()} for s, cs in samples.items()}


def import_times(repeats: int, folder: Path) -> tuple[float, dict[str, tuple[float, float]]]:
    """Cold import of httpx, and of each client package in the same fresh interpreter right after it (a client
    imports httpx anyway, so the second time is the package's whole cold import), interleaved. Per package: the
    median of those times (ms), and the median of each interpreter's own ratio to its httpx import; beside them, the
    median of every interpreter's httpx import (ms). Pairing in one interpreter keeps the ratio meaningful: on this
    machine a ratio of two separate medians drifted by more than the package's own share (0.96× at `3caba01`, less
    than the httpx it imports)."""
    code = (
        "import time; t = time.perf_counter(); import httpx; h = time.perf_counter() - t; import {m}; "
        "print(h, time.perf_counter() - t)"
    )
    modules = {"leadiosa_async": "leadiosa_async", "openapi-python-client": "plain_leadiosa"}
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in modules}
    for r in range(repeats + 1):  # the first round writes the bytecode caches and is not counted
        for name, module in modules.items():
            done = subprocess.run(  # noqa: S603
                [sys.executable, "-c", code.format(m=module)],
                check=True, capture_output=True, text=True, env={"PYTHONPATH": str(folder)}, cwd=ROOT,
            )  # fmt: skip
            httpx_s, total_s = (float(x) for x in done.stdout.split())
            if r:
                samples[name].append((httpx_s * 1000, total_s * 1000))
    httpx_ms = statistics.median(h for pairs in samples.values() for h, _ in pairs)
    return httpx_ms, {
        name: (statistics.median(t for _, t in pairs), statistics.median(t / h for h, t in pairs))
        for name, pairs in samples.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--calls", type=int, default=50)
    parser.add_argument("--import-repeats", type=int, default=15)
    args = parser.parse_args()
    results = asyncio.run(per_call(args.rounds, args.calls))
    print(f"per-call time, median of {args.rounds} rounds x {args.calls} calls (µs; ratio to raw httpx)\n")
    print("| scenario | raw httpx + json.loads | leadiosa-async | openapi-python-client |")
    print("|---|---|---|---|")
    for scenario, medians in results.items():
        raw = medians["raw httpx"]
        cells = [f"{medians[c]:.1f} ({medians[c] / raw:.2f}×)" for c in ("leadiosa-async", "openapi-python-client")]
        print(f"| {scenario} | {raw:.1f} | {cells[0]} | {cells[1]} |")
    with tempfile.TemporaryDirectory() as tmp:
        generate_plain_client(Path(tmp))
        httpx_ms, imports = import_times(args.import_repeats, Path(tmp))
    print(
        f"\ncold import, median of {args.import_repeats} fresh interpreters per package, each importing httpx and "
        "then the package (ms; the median of each interpreter's ratio to its own httpx import)\n"
    )
    print("| import httpx | import leadiosa_async | import (plain openapi-python-client package) |")
    print("|---|---|---|")
    cells = [f"{imports[n][0]:.1f} ({imports[n][1]:.2f}×)" for n in ("leadiosa_async", "openapi-python-client")]
    print(f"| {httpx_ms:.1f} | {cells[0]} | {cells[1]} |")


if __name__ == "__main__":
    main()
