"""`make bench`: run every benchmark in one go, check the targets the docs state, and write every figure block of
the docs from that one run, each block stamped with it (commit, date, duration, Python, cores).

    .venv/bin/python -m benchmarks.run --write          # what `make bench` does: run all, write the docs' blocks
    .venv/bin/python -m benchmarks.run --only overhead  # some of them: printed and saved, never written to the docs
    .venv/bin/python -m benchmarks.run --reuse --write  # no run: write the saved outputs of the last complete run

Outputs go to build/bench/<name>.md, and the run's stamp and the benchmarks it covered to build/bench/run.json.
The docs hold each benchmark's tables between `<!-- bench:<name> -->` and `<!-- /bench:<name> -->` (on the page
PAGES names), and the targets with their measured values between `<!-- bench:targets -->` and
`<!-- /bench:targets -->`. Only a complete run writes: a partial run (`--only`), or `--reuse` with an output
missing or from another run, refuses. Targets are checks of the numbers in the tables (benchmarks/targets.py), not
timed tests, and `make test` never runs them.

The machine is noisy, so a run tells a busy or unsteady machine from a regression (benchmarks/machine.py): each
attempt of a benchmark records the share of the cores other processes and the hypervisor took meanwhile (over 3 %:
a busy attempt), and a benchmark runs again, up to three attempts, while its last attempt was busy or a timed target
of it missed on the median of its quiet attempts so far. Every attempt is kept in the output and the docs, and the
targets list names the values each target was judged on. A miss after three attempts on a quiet machine is a
regression to look into; "not judged" means the machine was busy throughout. The run also records how steady the
host was at its start and end.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.machine import Watch, samples, steadiness
from benchmarks.targets import another_attempt, attempt_heading, report
from quality.stamp import commit, stamp

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "bench"
PERFORMANCE = ROOT / "docs" / "development" / "performance.md"
RELIABILITY = ROOT / "docs" / "development" / "reliability.md"

# name -> the runs whose outputs make its block: (heading or "", command, whether it must exit 0)
Run = tuple[str, list[str], bool]
SOAK = ["benchmarks/soak.py", "--calls", "10000", "--concurrency", "32", "--seed", "7"]
STORM = ["benchmarks/cancel_storm.py", "--rounds", "3", "--calls", "500", "--seed", "7"]
ROUND_TWO = "f3fccbf"  # round two's last commit: the SDK's code the "no regression" targets compare against
VERSIONS = ["benchmarks/versions.py", ROUND_TWO, "--runs", "12"]
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
    "versions": [
        ("DefaultAioHttpClient", [*VERSIONS, "--stack", "aiohttp"], True),
        ("default stack (httpx)", [*VERSIONS, "--stack", "httpx"], True),
    ],
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
ATTEMPTS = 3


def once(name: str) -> str:
    """Run one benchmark's commands once, echoing their output; their output, headed by the run's headings."""
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
    return text


def run(name: str) -> str:
    """Run one benchmark, again while its machine was busy or a timed target of it missed (up to `ATTEMPTS`);
    keep the output of every attempt, each headed by how busy the machine was."""
    text = ""
    for number in range(1, ATTEMPTS + 1):
        print(f"\n## {name}, attempt {number}\n", flush=True)
        with Watch() as watch:
            output = once(name)
        heading = attempt_heading(number, watch.load.quiet, watch.load.describe())
        print(heading, flush=True)
        text += ("\n" if text else "") + heading + "\n" + output
        if not another_attempt(name, text):
            break
    (OUT / f"{name}.md").write_text(text, encoding="utf-8")
    return text


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


def summary(outputs: dict[str, str], machine: str) -> tuple[str, bool]:
    """The targets block's text: the targets list, then how steady the host was; whether every target was met."""
    listed, ok = report(outputs)
    return f"{listed}\nThe host's steadiness: {machine}.\n", ok


def write(outputs: dict[str, str], run_stamp: str, machine: str) -> None:
    """Every block of every page from one complete run, each under the run's stamp."""
    targets, _ = summary(outputs, machine)
    blocks = {name: f"_{run_stamp}_\n\n{text}" for name, text in {**outputs, "targets": targets}.items()}
    for page in {PERFORMANCE, RELIABILITY}:
        mine = {n: b for n, b in blocks.items() if PAGES.get(n, PERFORMANCE) == page}
        page.write_text(with_blocks(page.read_text(encoding="utf-8"), mine), "utf-8")


def saved_run() -> tuple[dict[str, str], str, str]:
    """The outputs, stamp and steadiness of the last run saved in build/bench; refused unless it was complete."""
    meta = OUT / "run.json"
    if not meta.exists():
        raise SystemExit("no saved run in build/bench: run `make bench`")
    saved = json.loads(meta.read_text("utf-8"))
    missing = [n for n in BENCHES if n not in saved["names"] or not (OUT / f"{n}.md").exists()]
    if missing:
        raise SystemExit(f"the saved run is partial (missing: {', '.join(missing)}): run `make bench`")
    return {n: (OUT / f"{n}.md").read_text(encoding="utf-8") for n in BENCHES}, saved["stamp"], saved["machine"]


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
        outputs, run_stamp, machine = saved_run()
    else:
        started, at = time.monotonic(), commit()
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / "run.json").unlink(missing_ok=True)  # a run that stops midway leaves no complete run behind
        before = samples()
        outputs = {name: run(name) for name in names}
        machine = steadiness(before, samples())
        run_stamp = stamp("make bench", time.monotonic() - started, at)
        (OUT / "run.json").write_text(json.dumps({"stamp": run_stamp, "names": names, "machine": machine}), "utf-8")
    targets, ok = summary(outputs, machine)
    print(f"\n## targets\n\n{run_stamp}\n\n{targets}")
    if args.write:
        write(outputs, run_stamp, machine)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
