"""`make bench`'s checks and writing (benchmarks/run.py), without running a benchmark: the docs' figure blocks are
the benchmarks' own output from one run (every block carries the same stamp, every target can be read off them),
the targets list is what those tables say, a missed target fails the run, and only a complete run writes."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks import machine, run, targets


def blocks() -> dict[str, str]:
    found: dict[str, str] = {}
    for page in (run.PERFORMANCE, run.RELIABILITY):
        found |= dict(re.findall(r"<!-- bench:(\w+) -->\n(.*?)<!-- /bench:\1 -->", page.read_text("utf-8"), re.S))
    return found


STAMP = re.compile(r"\A\n?_(Measured by `make bench` at commit `[0-9a-f]{7,40}`, [^_]+)_\n")


def test_every_benchmark_has_its_block_on_its_page() -> None:
    assert set(blocks()) == {*run.BENCHES, "targets"}
    assert {t.bench for t in targets.TARGETS} <= set(run.BENCHES)
    for name, page in run.PAGES.items():
        assert f"<!-- bench:{name} -->" in page.read_text("utf-8"), (name, page)


def test_every_block_carries_the_same_stamp_of_one_committed_run() -> None:
    stamps = {name: STAMP.match(text) for name, text in blocks().items()}
    assert all(stamps.values()), [name for name, found in stamps.items() if not found]
    assert len({found.group(1) for found in stamps.values() if found}) == 1
    assert "-dirty" not in next(iter(stamps.values())).group(1)  # type: ignore[union-attr]


@pytest.mark.parametrize("target", targets.TARGETS, ids=lambda t: f"{t.bench}: {t.text}")
def test_every_target_reads_its_number_off_its_block_and_the_list_says_so(target: targets.Target) -> None:
    found = blocks()
    verdict = target.judge(found[target.bench])
    assert math.isfinite(verdict.value) and verdict.values
    assert target.line(verdict) in found["targets"].splitlines()


def test_the_targets_list_is_what_the_tables_say() -> None:
    found = blocks()
    listed, _ = targets.report({name: found[name] for name in run.BENCHES})
    body = STAMP.sub("", found["targets"]).strip()
    assert body.startswith(listed.strip())
    assert re.fullmatch(r"The host's steadiness: .+ took a median [\d.]+ ms and [\d.]+ ms .+\.", body.splitlines()[-1])


def test_a_partial_or_mixed_run_cannot_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run, "OUT", tmp_path)
    with pytest.raises(SystemExit, match="no saved run"):
        run.saved_run()
    names = list(run.BENCHES)
    for name in names:
        (tmp_path / f"{name}.md").write_text("output\n", "utf-8")
    saved = {"stamp": "s", "machine": "steady"}
    (tmp_path / "run.json").write_text(json.dumps({**saved, "names": names[:2]}), "utf-8")  # --only a,b
    with pytest.raises(SystemExit, match="partial"):
        run.saved_run()
    (tmp_path / "run.json").write_text(json.dumps({**saved, "names": names}), "utf-8")
    (tmp_path / f"{names[-1]}.md").unlink()  # an output missing
    with pytest.raises(SystemExit, match=f"missing: {names[-1]}"):
        run.saved_run()
    (tmp_path / f"{names[-1]}.md").write_text("output\n", "utf-8")
    outputs, stamp, steadiness = run.saved_run()
    assert set(outputs) == set(names) and stamp == "s" and steadiness == "steady"
    monkeypatch.setattr("sys.argv", ["run", "--only", "overhead", "--write"])
    with pytest.raises(SystemExit):
        run.main()  # argparse refuses: a partial run never writes


def test_a_missed_target_fails_the_run() -> None:
    output = """per-call time (µs; ratio to raw httpx)

| scenario | raw httpx + json.loads | leadiosa-async | openapi-python-client |
|---|---|---|---|
| get | 90.0 | 117.0 (1.30×) | 95.0 (1.06×) |
| list-100 | 200.0 | 280.0 (1.40×) | 400.0 (2.00×) |

| import httpx | import leadiosa_async | import (plain openapi-python-client package) |
|---|---|---|
| 80.0 | 96.0 (1.20×) | 90.0 (1.12×) |
"""
    summary, ok = targets.report({"overhead": output})
    assert not ok
    assert summary.splitlines() == [
        "- **missed**: `get` ≤ 1.10× raw httpx (measured 1.3; `overhead`)",
        "- met: list of 100 ≤ 1.5× raw httpx (measured 1.4; `overhead`)",
        "- met: cold import ≤ 1.3× httpx's (measured 1.2; `overhead`)",
    ]
    assert targets.report({"overhead": output.replace("1.30×", "1.08×")})[1]


def test_at_least_targets_compare_the_other_way() -> None:
    rows = "| client | C = 10 | C = 50 |\n|---|---|---|\n| SDK aiohttp / SDK default | 3.00× | {} |\n"
    rows += "| SDK default / raw httpx | 0.95× | 0.91× |\n| SDK aiohttp / raw httpx-aiohttp | 1.10× | 0.89× |\n"
    rows += "| SDK httpx2 / raw httpx2 | 0.97× | 0.93× |\n"
    gzip = rows.format("2.00×").replace("0.89×", "0.95×")  # the second table: the gzip server
    summary, ok = targets.report({"concurrency": rows.format("6.10×") + "\n" + gzip})
    assert not ok and summary.count("**missed**") == 1 and "raw httpx-aiohttp at every C (measured 0.89" in summary
    assert "met: SDK on aiohttp ≥ 6× SDK on httpx at C = 50 (measured 6.1;" in summary
    assert "met: gzip server: SDK on aiohttp ≥ 0.9× raw httpx-aiohttp at every C (measured 0.95;" in summary
    assert (
        "**missed**: SDK on aiohttp ≥ 6× SDK on httpx at C = 50 (measured 5.9;"
        in targets.report({"concurrency": rows.format("5.90×") + "\n" + gzip})[0]
    )


def test_blocks_are_replaced_whole_and_a_missing_one_is_an_error() -> None:
    text = "a\n<!-- bench:x -->\nold\n<!-- /bench:x -->\nb\n"
    assert run.with_blocks(text, {"x": "new\n"}) == "a\n<!-- bench:x -->\n\nnew\n\n<!-- /bench:x -->\nb\n"
    with pytest.raises(SystemExit, match="no <!-- bench:y -->"):
        run.with_blocks(text, {"y": "z"})


SYNC = "| client | ratio |\n|---|---|\n| sync | {}× |\n"  # sync_overhead's table: a timed target (at most 1.5)
REDIS = "| mode | 429s received |\n|---|---|\n| (c) Redis store | {} |\n"  # a count: no 429, whatever the speed


def attempted(*parts: tuple[bool, str]) -> str:
    return "\n".join(targets.attempt_heading(i, quiet, "x") + "\n" + text for i, (quiet, text) in enumerate(parts, 1))


def test_a_timed_target_is_judged_on_the_median_of_its_quiet_attempts_only() -> None:
    sync = next(t for t in targets.TARGETS if t.bench == "sync_overhead")
    output = attempted((False, SYNC.format("9.0")), (True, SYNC.format("1.6")), (True, SYNC.format("1.2")))
    verdict = sync.judge(output)
    assert verdict.values == [1.6, 1.2] and verdict.value == pytest.approx(1.4) and verdict.met
    assert "(measured 1.4, the median of the 2 quiet attempts of 3: 1.6, 1.2; `sync_overhead`)" in sync.line(verdict)
    one = sync.judge(attempted((False, SYNC.format("9.0")), (True, SYNC.format("1.2"))))
    assert "(measured 1.2, the one quiet attempt of 2: 1.2; `sync_overhead`)" in sync.line(one)
    three = attempted((True, SYNC.format("1.6")), (True, SYNC.format("1.7")), (True, SYNC.format("1.2")))
    assert sync.judge(three).value == 1.6 and not sync.judge(three).met  # two of three missed: a miss
    assert sync.judge(SYNC.format("1.2")).met  # an output without headings: one quiet attempt
    busy = sync.judge(attempted((False, SYNC.format("1.2")), (False, SYNC.format("1.2"))))
    assert not busy.met and not busy.values and math.isnan(busy.value)
    assert sync.line(busy).startswith("- **not judged**: sync client")
    assert "all 2 attempts ran on a busy machine" in sync.line(busy)
    assert not targets.report({"sync_overhead": attempted((False, SYNC.format("1.2")))})[1]  # not judged fails the run


def test_a_count_is_judged_on_its_worst_attempt_busy_ones_included() -> None:
    redis = next(t for t in targets.TARGETS if t.bench == "shared_rate_limit")
    verdict = redis.judge(attempted((False, REDIS.format(2)), (True, REDIS.format(0))))
    assert not verdict.met and verdict.value == 2 and verdict.values == [2, 0]
    assert "(measured 2, the worst of 2: 2, 0; `shared_rate_limit`)" in redis.line(verdict)


def test_another_attempt_after_a_busy_one_or_a_timed_miss_never_for_a_count() -> None:
    assert targets.another_attempt("sync_overhead", attempted((False, SYNC.format("1.2"))))
    assert targets.another_attempt("sync_overhead", attempted((True, SYNC.format("1.6"))))
    assert not targets.another_attempt("sync_overhead", attempted((True, SYNC.format("1.2"))))
    assert not targets.another_attempt("shared_rate_limit", attempted((True, REDIS.format(3))))  # a bug, not noise


def test_run_attempts_again_while_the_machine_is_busy_up_to_three_and_keeps_every_attempt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads = iter([0.5, 0.01, 0.5, 0.5, 0.5])  # others' share of the cores in each attempt

    class FakeWatch:
        def __enter__(self) -> FakeWatch:
            self.load = machine.Load(next(loads))
            return self

        def __exit__(self, *exc: object) -> None:
            pass

    outputs = iter(["1.9", "1.2", "1.2", "1.2", "1.2"])
    monkeypatch.setattr(run, "OUT", tmp_path)
    monkeypatch.setattr(run, "Watch", FakeWatch)
    monkeypatch.setattr(run, "once", lambda name: SYNC.format(next(outputs)))
    text = run.run("sync_overhead")  # busy, then quiet and met: two attempts
    assert [quiet for quiet, _ in targets.attempts(text)] == [False, True]
    assert "**Attempt 1** (busy: others' CPU 50.0 %)" in text and "**Attempt 2** (quiet: others' CPU 1.0 %)" in text
    assert (tmp_path / "sync_overhead.md").read_text("utf-8") == text
    text = run.run("sync_overhead")  # busy three times: stops at three, not judged
    assert len(targets.attempts(text)) == run.ATTEMPTS == 3
    assert not next(t for t in targets.TARGETS if t.bench == "sync_overhead").judge(text).values


def test_the_watch_counts_other_processes_cpu_and_not_the_benchmarks_own(tmp_path: Path) -> None:
    if not machine.STAT.exists():
        pytest.skip("no /proc/stat on this system: others' CPU is not measured here")  # macOS; CI runs Linux
    burn = [sys.executable, "-c", "import time\nend = time.process_time() + 0.6\nwhile time.process_time() < end: pass"]
    with machine.Watch() as own:
        subprocess.run(burn, check=True)  # noqa: S603 - waited for, like a benchmark's server: its own CPU
    other = subprocess.Popen(burn)  # noqa: S603 - another program: nobody here waits for it while watched
    try:
        with machine.Watch() as watch:
            time.sleep(0.5)
    finally:
        other.wait()
    assert own.load.others is not None and watch.load.others is not None and not watch.load.quiet
    # The other program took a core of two (about 0.5); the waited one is subtracted (without that, about 0.45 too).
    # A difference, so that a machine busy with something else during both does not fail this test.
    assert watch.load.others - own.load.others > 0.3
