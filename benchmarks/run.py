"""`make bench`: run every benchmark, keep each one's output, check the targets the README states, and
keep the README's tables generated from those outputs.

    .venv/bin/python -m benchmarks.run                 # run all, print the targets, exit 1 if one is missed
    .venv/bin/python -m benchmarks.run --only overhead  # some of them
    .venv/bin/python -m benchmarks.run --reuse --readme # no run: check the saved outputs, rewrite the README

Outputs go to build/bench/<name>.md. The README holds each benchmark's tables between
`<!-- bench:<name> -->` and `<!-- /bench:<name> -->`, and the list of targets with their last measured values
between `<!-- bench:targets -->` and `<!-- /bench:targets -->`. Targets are checks of the numbers in the
tables, not timed tests: the machine is noisy, so a miss means "run it again, then look", and `make test`
never runs them.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "bench"
README = ROOT / "README.md"

BENCHES: dict[str, list[str]] = {
    "overhead": ["benchmarks/overhead.py"],
    "argument_checks": ["benchmarks/argument_checks.py"],
    "sync_overhead": ["benchmarks/sync_overhead.py"],
    "otel_overhead": ["benchmarks/otel_overhead.py"],
    "many_clients": ["benchmarks/many_clients.py"],
    "pagination": ["benchmarks/pagination.py"],
    "shared_rate_limit": ["benchmarks/shared_rate_limit.py"],
    "concurrency": ["benchmarks/concurrency.py"],
    "bulk": ["benchmarks/bulk.py", "--items", "1000000"],
    "gate_scale": ["benchmarks/gate_scale.py", "--sizes", "100,1000,10000,50000"],
}

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


def _lateness_windows(t: list[Table]) -> float:
    return max(number(r["worst lateness vs FIFO"]) for r in t[0])


def _cpu_growth(t: list[Table]) -> float:
    cpu = [number(r["client CPU per call"]) for r in t[0]]
    return max(cpu) / cpu[0]


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
        lambda t: min(
            number(v, ratio=True) for k, v in row(t[0], "client", "SDK default / raw httpx").items() if k != "client"
        ),
        0.9,
        True,
    ),
    Target(
        "concurrency",
        "SDK on aiohttp ≥ 0.9× raw httpx-aiohttp at every C",
        lambda t: min(
            number(v, ratio=True)
            for k, v in row(t[0], "client", "SDK aiohttp / raw httpx-aiohttp").items()
            if k != "client"
        ),
        0.9,
        True,
    ),
    Target("bulk", "1,000,000 items: peak RSS ≤ 1.1× the RSS after 10,000", _bulk_growth, 1.1),
    Target("gate_scale", "client CPU per call ≤ 1.2× the N = 100 figure", _cpu_growth, 1.2),
    Target(
        "gate_scale",
        "≥ 95 % of the allowed rate",
        lambda t: min(number(r["share of the allowed rate"]) for r in t[0] if number(r["N"]) >= 1000),
        95.0,
        True,
    ),
    Target("gate_scale", "no 429", lambda t: sum(number(r["429s"]) for r in t[0]), 0.0),
    Target("gate_scale", "worst lateness ≤ one window (1 s)", _lateness_windows, 1.0),
]


def run(name: str) -> str:
    """Run one benchmark, echoing its output; keep the output."""
    print(f"\n## {name}\n", flush=True)
    done = subprocess.run([sys.executable, *BENCHES[name]], cwd=ROOT, stdout=subprocess.PIPE, text=True, check=True)  # noqa: S603
    output = "\n".join(line for line in done.stdout.splitlines() if not line.startswith("{")).strip() + "\n"
    print(output, flush=True)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.md").write_text(output, encoding="utf-8")
    return output


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


def with_blocks(readme: str, blocks: dict[str, str]) -> str:
    """`readme` with the text between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` replaced by blocks[NAME]."""
    for name, text in blocks.items():
        pattern = re.compile(rf"(<!-- bench:{name} -->\n).*?(<!-- /bench:{name} -->)", re.S)
        if not pattern.search(readme):
            raise SystemExit(f"README.md has no <!-- bench:{name} --> block")
        readme = pattern.sub(_filled(text), readme)
    return readme


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="comma-separated benchmark names (default: all)")
    parser.add_argument("--reuse", action="store_true", help="use the saved outputs in build/bench; run nothing")
    parser.add_argument("--readme", action="store_true", help="write the outputs and targets into README.md")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(BENCHES)
    unknown = set(names) - set(BENCHES)
    if unknown:
        parser.error(f"unknown benchmarks {sorted(unknown)}; known: {', '.join(BENCHES)}")
    if args.reuse:
        outputs = {n: (OUT / f"{n}.md").read_text(encoding="utf-8") for n in names if (OUT / f"{n}.md").exists()}
    else:
        outputs = {name: run(name) for name in names}
    summary, ok = report(outputs)
    print("\n## targets\n\n" + summary)
    if args.readme:
        saved = {n: (OUT / f"{n}.md").read_text(encoding="utf-8") for n in BENCHES if (OUT / f"{n}.md").exists()}
        full, _ = report(saved)
        README.write_text(with_blocks(README.read_text(encoding="utf-8"), {**saved, "targets": full}), "utf-8")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
