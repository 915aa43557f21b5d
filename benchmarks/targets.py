"""The targets `make bench` checks, each read off the tables of one benchmark's output, and how they are judged.

A benchmark's output holds one or more attempts (`benchmarks/run.py` runs a benchmark again when the machine was
busy or a timed target missed, up to three times), each headed `**Attempt N** (quiet: ...)` or `(busy: ...)`. A
timed target is judged on the median of its values over the quiet attempts (none quiet: not judged, which fails
the run like a miss); a count that must hold whatever the machine's speed (no 429, no connection stuck, memory) is
judged on its worst value over every attempt, busy ones included, and a miss of one is never run again.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass

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


ATTEMPT = re.compile(r"^\*\*Attempt (\d+)\*\* \((quiet|busy)\b[^\n]*\n", re.M)


def attempt_heading(index: int, quiet: bool, detail: str) -> str:
    return f"**Attempt {index}** ({'quiet' if quiet else 'busy'}: {detail})\n"


def attempts(output: str) -> list[tuple[bool, str]]:
    """A benchmark's output as its attempts: (whether the machine was quiet, the attempt's own output). An output
    without attempt headings is one quiet attempt."""
    heads = list(ATTEMPT.finditer(output))
    if not heads:
        return [(True, output)]
    ends = [head.start() for head in heads[1:]] + [len(output)]
    return [(head.group(2) == "quiet", output[head.end() : end]) for head, end in zip(heads, ends, strict=True)]


@dataclass(frozen=True)
class Verdict:
    value: float  # NaN: not judged (no quiet attempt)
    met: bool
    values: list[float]  # the attempts' values it was judged on
    attempts: int


@dataclass
class Target:
    bench: str
    text: str  # what the docs state
    measure: Callable[[list[Table]], float]
    limit: float
    at_least: bool = False  # higher is better
    timed: bool = True  # False: a count or a size, judged on every attempt's worst

    def judge(self, output: str) -> Verdict:
        parts = attempts(output)
        values = [self.measure(tables(text)) for quiet, text in parts if quiet or not self.timed]
        if not values:
            return Verdict(math.nan, False, [], len(parts))
        worst = min(values) if self.at_least else max(values)
        value = statistics.median(values) if self.timed else worst
        return Verdict(value, value >= self.limit if self.at_least else value <= self.limit, values, len(parts))

    def line(self, verdict: Verdict) -> str:
        """The target's line in the targets list."""
        if not verdict.values:
            return (
                f"- **not judged**: {self.text} (all {verdict.attempts} attempts ran on a busy machine; `{self.bench}`)"
            )
        how = ""
        if verdict.attempts > 1:
            values = ", ".join(f"{v:.3g}" for v in verdict.values)
            quiet = len(verdict.values)
            judged = f"the median of the {quiet} quiet attempts" if quiet > 1 else "the one quiet attempt"
            how = (
                f", {judged} of {verdict.attempts}: {values}"
                if self.timed
                else f", the worst of {verdict.attempts}: {values}"
            )
        verdict_text = "met" if verdict.met else "**missed**"
        return f"- {verdict_text}: {self.text} (measured {verdict.value:.3g}{how}; `{self.bench}`)"


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


def _against(t: list[Table], stack: str) -> float:
    """`versions`: this checkout's CPU per call over the other commit's on `stack` (its row of a paired-runs table)."""
    found = [r for table in t for r in table if r.get("stack") == stack]
    return number(next(v for k, v in found[0].items() if k != "stack"), ratio=True)


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
        timed=False,
    ),
    Target(
        "shared_rate_limit",
        "Redis store: no 429",
        lambda t: number(row(t[0], "mode", "(c) Redis store")["429s received"]),
        0.0,
        timed=False,
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
    Target(
        "versions",
        "the SDK on aiohttp: client CPU per call at C = 50 ≤ 1.1× round two's code (same host, libraries, server)",
        lambda t: _against(t, "aiohttp"),
        1.1,
    ),
    Target(
        "versions",
        "the SDK on httpx: client CPU per call at C = 50 ≤ 1.1× round two's code (same host, libraries, server)",
        lambda t: _against(t, "httpx"),
        1.1,
    ),
    Target("bulk", "1,000,000 items: peak RSS ≤ 1.1× the RSS after 10,000", _bulk_growth, 1.1, timed=False),
    Target("gate_scale", "client CPU per call ≤ 1.2× the N = 100 figure", _cpu_growth, 1.2),
    Target(
        "gate_scale",
        "N ≥ 1,000: ≥ 95 % of what the server's windows allowed",
        lambda t: min(number(r["share of the allowed rate"]) for r in t[0] if number(r["N"]) >= 1000),
        95.0,
        True,
    ),
    Target("gate_scale", "no 429", lambda t: sum(number(r["429s"]) for r in t[0]), 0.0, timed=False),
    Target(
        "soak",
        "soak: no untyped exception, on every stack",
        lambda t: sum(_measure(x, "untyped exceptions") for x in t),
        0.0,
        timed=False,
    ),
    Target(
        "soak",
        "soak: no write applied twice",
        lambda t: sum(_measure(x, "non-idempotent writes applied twice") for x in t),
        0.0,
        timed=False,
    ),
    Target(
        "cancel_storm",
        "cancel storm (SDK: httpx on both backends, httpx2): no connection stuck",
        lambda t: sum(_measure(x, "connections stuck in the pool afterwards") for x in t[:3]),
        0.0,
        timed=False,
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
        timed=False,
    ),
    Target(
        "lanes",
        "lanes: the Redis store never falls back to local throttling",
        lambda t: sum(_column(t, "store fallbacks")),
        0.0,
        timed=False,
    ),
]


def report(outputs: dict[str, str]) -> tuple[str, bool]:
    """The targets as a markdown list with their measured values; whether all were met."""
    lines, ok = [], True
    for target in TARGETS:
        if target.bench in outputs:
            verdict = target.judge(outputs[target.bench])
            ok &= verdict.met
            lines.append(target.line(verdict))
    return "\n".join(lines) + "\n", ok


def another_attempt(name: str, output: str) -> bool:
    """Whether benchmark `name` should run again: its last attempt ran on a busy machine, or a timed target of it
    missed on its quiet attempts so far."""
    if not attempts(output)[-1][0]:
        return True
    return any(t.timed and not t.judge(output).met for t in TARGETS if t.bench == name)
