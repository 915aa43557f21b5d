"""`make bench`: run every benchmark in one go, check the targets the docs state, and write every figure block of
the docs from that one run, each block stamped with it (commit, date, duration, Python, cores).

    .venv/bin/python -m benchmarks.run --write          # what `make bench` does: run all, write the docs' blocks
    .venv/bin/python -m benchmarks.run --only overhead  # some of them: printed and saved, never written to the docs
    .venv/bin/python -m benchmarks.run --reuse --write  # no run: write the saved outputs of the last complete run

Outputs go to build/bench/<name>.md, and the run's stamp and the benchmarks it covered to build/bench/run.json.
The docs hold each benchmark's tables between `<!-- bench:<name> -->` and `<!-- /bench:<name> -->` (on the page
PAGES names), and the targets with their measured values between `<!-- bench:targets -->` and
`<!-- /bench:targets -->`. Only a complete run writes: a partial run (`--only`), or `--reuse` with an output
missing or from another run, refuses. Targets are checks of the numbers in the tables, judged on medians, not
timed tests: the machine is noisy, so a miss means "run it again, then look", and `make test` never runs them.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from quality.stamp import commit, stamp

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "bench"
PERFORMANCE = ROOT / "docs" / "development" / "performance.md"
RELIABILITY = ROOT / "docs" / "development" / "reliability.md"

# name -> the runs whose outputs make its block: (heading or "", command, whether it must exit 0)
Run = tuple[str, list[str], bool]
SOAK = ["benchmarks/soak.py", "--calls", "10000", "--concurrency", "32", "--seed", "7"]
STORM = ["benchmarks/cancel_storm.py", "--rounds", "3", "--calls", "500", "--seed", "7"]
BENCHES: dict[str, list[Run]] = {
    "overhead": [("", ["benchmarks/overhead.py"], True)],
    "argument_checks": [("", ["benchmarks/argument_checks.py"], True)],
    "sync_overhead": [("", ["benchmarks/sync_overhead.py"], True)],
    "otel_overhead": [("", ["benchmarks/otel_overhead.py"], True)],
    "many_clients": [("", ["benchmarks/many_clients.py"], True)],
    "pagination": [("", ["benchmarks/pagination.py"], True)],
    "shared_rate_limit": [("", ["benchmarks/shared_rate_limit.py"], True)],
    "concurrency": [("", ["benchmarks/concurrency.py"], True)],
    "bulk": [("", ["benchmarks/bulk.py", "--items", "1000000"], True)],
    "gate_scale": [("", ["benchmarks/gate_scale.py", "--sizes", "100,1000,10000,50000"], True)],
    "gate_start": [("", ["benchmarks/gate_start.py", "--n", "50000"], True)],
    "lanes": [("", ["benchmarks/lanes.py"], True)],
    "soak": [
        ("default stack (httpx)", [*SOAK], True),
        ("DefaultHttpx2Client", [*SOAK, "--stack", "httpx2"], True),
        ("DefaultAioHttpClient", [*SOAK, "--stack", "aiohttp"], True),
    ],
    "cancel_storm": [
        ("asyncio", [*STORM, "--backend", "asyncio"], True),
        ("trio", [*STORM, "--backend", "trio"], True),
        ("DefaultHttpx2Client (asyncio)", [*STORM, "--stack", "httpx2"], True),
        ("round one's transport (`--unmitigated`: httpx's own pool, no bound on sends in flight)",
         [*STORM, "--unmitigated"], False),
    ],
}  # fmt: skip
PAGES = {name: RELIABILITY if name in ("soak", "cancel_storm") else PERFORMANCE for name in BENCHES}

Table = list[dict[str, str]]
NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def tables(text: str) -> list[Table]:
    """The markdown tables of a benchmark's output, each a list of rows keyed by the header."""
    found: list[Table] = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("|---") and i > 0:
            header = [cell.strip() for cell in lines[i - 1].strip().strip("|").split("|")]
            rows = []
            for row in lines[i + 1 :]:
                if not row.startswith("|"):
                    break
                rows.append(dict(zip(header, (c.strip() for c in row.strip().strip("|").split("|")), strict=False)))
            found.append(rows)
    return found


def number(cell: str, *, ratio: bool = False) -> float:
    """The first number of a cell (with `ratio`, the one before a ×: "105.9 (1.16×)" -> 1.16)."""
    if ratio:
        match = re.search(r"(-?\d+(?:\.\d+)?)×", cell)
        if match is None:
            raise ValueError(f"no ratio in {cell!r}")
        return float(match.group(1))
    match = NUMBER.search(cell)
    if match is None:
        raise ValueError(f"no number in {cell!r}")
    return float(match.group().replace(",", ""))


def row(table: Table, column: str, value: str) -> dict[str, str]:
    for found in table:
        if found.get(column) == value:
            return found
    raise ValueError(f"no row with {column} = {value!r}")


@dataclass
class Target:
    bench: str
    text: str  # what the README states
    measure: Callable[[list[Table]], float]
    limit: float
    at_least: bool = False  # higher is better

    def check(self, output: str) -> tuple[float, bool]:
        value = self.measure(tables(output))
        return value, value >= self.limit if self.at_least else value <= self.limit


def _measure(table: Table, name: str) -> float:
    return number(row(table, "measure", name)["value"])


def _lateness_windows(t: list[Table]) -> float:
    return max(number(r["worst lateness vs FIFO"]) for r in t[0])


def _cpu_growth(t: list[Table]) -> float:
    cpu = [number(r["client CPU per call"]) for r in t[0]]
    return max(cpu) / cpu[0]


def _worst_ratio(table: Table, label: str) -> float:
    return min(number(v, ratio=True) for k, v in row(table, "client", label).items() if k != "client")


def _column(t: list[Table], column: str) -> list[float]:
    """The numbers of a column, over the rows that have one ("–": not measured in that row)."""
    return [number(r[column]) for r in t[0] if r[column] != "–"]


def _bulk_growth(t: list[Table]) -> float:
    rss = [number(r["peak RSS (MiB)"]) for r in t[0]]
    return rss[-1] / rss[0]


TARGETS = [
    Target(
        "overhead",
        "`get` ≤ 1.10× raw httpx",
        lambda t: number(row(t[0], "scenario", "get")["leadiosa-async"], ratio=True),
        1.10,
    ),
    Target(
        "overhead",
        "list of 100 ≤ 1.5× raw httpx",
        lambda t: number(row(t[0], "scenario", "list-100")["leadiosa-async"], ratio=True),
        1.5,
    ),
    Target(
        "overhead", "cold import ≤ 1.3× httpx's", lambda t: number(t[1][0]["import leadiosa_async"], ratio=True), 1.3
    ),
    Target(
        "argument_checks",
        "argument checks ≤ 3 % of a get call",
        lambda t: max(number(r["share of a get call"]) for r in t[0]),
        3.0,
    ),
    Target(
        "sync_overhead",
        "sync client ≤ 1.5× the async client per call",
        lambda t: number(t[0][0]["ratio"], ratio=True),
        1.5,
    ),
    Target(
        "otel_overhead",
        "hooks with nothing instrumented ≤ 1.05× no hooks",
        lambda t: number(t[0][0]["instrumentation off"], ratio=True),
        1.05,
    ),
    Target(
        "many_clients",
        "constructing a client < 1 ms",
        lambda t: number(row(t[0], "mode", "shared SSL context (default)")["construct"]),
        1.0,
    ),
    Target(
        "pagination",
        "prefetch=1 ≤ 0.6× sequential with 20 ms work per page",
        lambda t: number(t[0][0]["ratio"], ratio=True),
        0.6,
    ),
    Target(
        "pagination",
        "1,000,000 items: peak RSS growth ≤ 10 MB",
        lambda t: max(number(r["peak RSS growth"]) for r in t[1]),
        10.0,
    ),
    Target(
        "shared_rate_limit",
        "Redis store: no 429",
        lambda t: number(row(t[0], "mode", "(c) Redis store")["429s received"]),
        0.0,
    ),
    Target(
        "concurrency",
        "SDK on aiohttp ≥ 6× SDK on httpx at C = 50",
        lambda t: number(row(t[0], "client", "SDK aiohttp / SDK default")["C = 50"], ratio=True),
        6.0,
        True,
    ),
    Target(
        "concurrency",
        "SDK on httpx ≥ 0.9× raw httpx at every C",
        lambda t: _worst_ratio(t[0], "SDK default / raw httpx"),
        0.9,
        True,
    ),
    Target(
        "concurrency",
        "SDK on aiohttp ≥ 0.9× raw httpx-aiohttp at every C",
        lambda t: _worst_ratio(t[0], "SDK aiohttp / raw httpx-aiohttp"),
        0.9,
        True,
    ),
    Target(
        "concurrency",
        "SDK on httpx2 ≥ 0.9× raw httpx2 at every C",
        lambda t: _worst_ratio(t[0], "SDK httpx2 / raw httpx2"),
        0.9,
        True,
    ),
    Target(
        "concurrency",
        "gzip server: SDK on httpx2 ≥ 0.9× raw httpx2 at every C",
        lambda t: _worst_ratio(t[1], "SDK httpx2 / raw httpx2"),
        0.9,
        True,
    ),
    Target(
        "concurrency",
        "gzip server: SDK on httpx ≥ 0.9× raw httpx at every C",
        lambda t: _worst_ratio(t[1], "SDK default / raw httpx"),
        0.9,
        True,
    ),
    Target(
        "concurrency",
        "gzip server: SDK on aiohttp ≥ 0.9× raw httpx-aiohttp at every C",
        lambda t: _worst_ratio(t[1], "SDK aiohttp / raw httpx-aiohttp"),
        0.9,
        True,
    ),
    Target("bulk", "1,000,000 items: peak RSS ≤ 1.1× the RSS after 10,000", _bulk_growth, 1.1),
    Target("gate_scale", "client CPU per call ≤ 1.2× the N = 100 figure", _cpu_growth, 1.2),
    Target(
        "gate_scale",
        "N ≥ 1,000: ≥ 95 % of what the server's windows allowed",
        lambda t: min(number(r["share of the allowed rate"]) for r in t[0] if number(r["N"]) >= 1000),
        95.0,
        True,
    ),
    Target("gate_scale", "no 429", lambda t: sum(number(r["429s"]) for r in t[0]), 0.0),
    Target(
        "soak",
        "soak: no untyped exception, on every stack",
        lambda t: sum(_measure(x, "untyped exceptions") for x in t),
        0.0,
    ),
    Target(
        "soak",
        "soak: no write applied twice",
        lambda t: sum(_measure(x, "non-idempotent writes applied twice") for x in t),
        0.0,
    ),
    Target(
        "cancel_storm",
        "cancel storm (SDK: httpx on both backends, httpx2): no connection stuck",
        lambda t: sum(_measure(x, "connections stuck in the pool afterwards") for x in t[:3]),
        0.0,
    ),
    Target("gate_scale", "worst lateness ≤ one window (1 s)", _lateness_windows, 1.0),
    Target(
        "lanes",
        "lanes: interactive time at the gate p99 ≤ 50 ms while a background bulk run saturates the budget (one "
        "process, and two sharing Redis)",
        lambda t: max(_column(t, "gate p99")),
        50.0,
    ),
    Target(
        "lanes",
        "lanes: background alone uses ≥ 90 % of what the windows allowed",
        lambda t: min(number(r["share of the allowed rate"]) for r in t[0] if "background alone" in r["run"]),
        90.0,
        True,
    ),
    Target(
        "lanes",
        "lanes: no 429, rollovers included, one process and two on Redis",
        lambda t: sum(_column(t, "429s")),
        0.0,
    ),
    Target(
        "lanes",
        "lanes: the Redis store never falls back to local throttling",
        lambda t: sum(_column(t, "store fallbacks")),
        0.0,
    ),
]


def run(name: str) -> str:
    """Run one benchmark's commands, echoing their output; keep the output."""
    print(f"\n## {name}\n", flush=True)
    parts = []
    for heading, command, must_pass in BENCHES[name]:
        done = subprocess.run([sys.executable, *command], cwd=ROOT, stdout=subprocess.PIPE, text=True, check=False)  # noqa: S603
        if must_pass and done.returncode != 0:
            print(done.stdout)
            raise SystemExit(f"{' '.join(command)} failed (exit code {done.returncode})")
        output = "\n".join(line for line in done.stdout.splitlines() if not line.startswith("{")).strip()
        parts.append(f"{heading}:\n\n{output}" if heading else output)
    text = "\n\n".join(parts) + "\n"
    print(text, flush=True)
    (OUT / f"{name}.md").write_text(text, encoding="utf-8")
    return text


def report(outputs: dict[str, str]) -> tuple[str, bool]:
    """The targets as a markdown list with their measured values; whether all were met."""
    lines, ok = [], True
    for target in TARGETS:
        if target.bench not in outputs:
            continue
        value, met = target.check(outputs[target.bench])
        ok &= met
        lines.append(f"- {'met' if met else '**missed**'}: {target.text} (measured {value:.3g}; `{target.bench}`)")
    return "\n".join(lines) + "\n", ok


def _filled(text: str) -> Callable[[re.Match[str]], str]:
    return lambda match: match.group(1) + "\n" + text.strip() + "\n\n" + match.group(2)


def with_blocks(page: str, blocks: dict[str, str]) -> str:
    """`page` with the text between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` replaced by blocks[NAME]."""
    for name, text in blocks.items():
        pattern = re.compile(rf"(<!-- bench:{name} -->\n).*?(<!-- /bench:{name} -->)", re.S)
        if not pattern.search(page):
            raise SystemExit(f"no <!-- bench:{name} --> block")
        page = pattern.sub(_filled(text), page)
    return page


def write(outputs: dict[str, str], run_stamp: str) -> None:
    """Every block of every page from one complete run, each under the run's stamp."""
    summary, _ = report(outputs)
    blocks = {name: f"_{run_stamp}_\n\n{text}" for name, text in {**outputs, "targets": summary}.items()}
    for page in {PERFORMANCE, RELIABILITY}:
        mine = {n: b for n, b in blocks.items() if PAGES.get(n, PERFORMANCE) == page}
        page.write_text(with_blocks(page.read_text(encoding="utf-8"), mine), "utf-8")


def saved_run() -> tuple[dict[str, str], str]:
    """The outputs and stamp of the last run saved in build/bench; refused unless it was complete."""
    meta = OUT / "run.json"
    if not meta.exists():
        raise SystemExit("no saved run in build/bench: run `make bench`")
    saved = json.loads(meta.read_text("utf-8"))
    missing = [n for n in BENCHES if n not in saved["names"] or not (OUT / f"{n}.md").exists()]
    if missing:
        raise SystemExit(f"the saved run is partial (missing: {', '.join(missing)}): run `make bench`")
    return {n: (OUT / f"{n}.md").read_text(encoding="utf-8") for n in BENCHES}, saved["stamp"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="comma-separated benchmark names (default: all); never written to the docs")
    parser.add_argument("--reuse", action="store_true", help="the saved outputs of the last complete run; run nothing")
    parser.add_argument("--write", action="store_true", help="write the blocks of docs/development/ (a complete run)")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(BENCHES)
    unknown = set(names) - set(BENCHES)
    if unknown:
        parser.error(f"unknown benchmarks {sorted(unknown)}; known: {', '.join(BENCHES)}")
    if args.write and args.only:
        parser.error("--write needs a complete run: a partial run (--only) cannot write the docs")
    if args.reuse:
        outputs, run_stamp = saved_run()
    else:
        started, at = time.monotonic(), commit()
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / "run.json").unlink(missing_ok=True)  # a run that stops midway leaves no complete run behind
        outputs = {name: run(name) for name in names}
        run_stamp = stamp("make bench", time.monotonic() - started, at)
        (OUT / "run.json").write_text(json.dumps({"stamp": run_stamp, "names": names}), "utf-8")
    summary, ok = report(outputs)
    print(f"\n## targets\n\n{run_stamp}\n\n{summary}")
    if args.write:
        write(outputs, run_stamp)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
