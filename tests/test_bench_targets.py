"""`make bench`'s check mode (benchmarks/run.py), without running a benchmark: the README's performance tables
are the benchmarks' own output (every target can be read off them), the README's list of targets is what those
tables say, and a missed target fails the run."""

from __future__ import annotations

import re

import pytest

from benchmarks import run
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks() -> dict[str, str]:
    return dict(re.findall(r"<!-- bench:(\w+) -->\n(.*?)<!-- /bench:\1 -->", README, re.S))


def test_every_benchmark_has_its_block_in_the_readme() -> None:
    assert set(blocks()) == {*run.BENCHES, "targets"}
    assert {t.bench for t in run.TARGETS} <= set(run.BENCHES)


@pytest.mark.parametrize("target", run.TARGETS, ids=lambda t: f"{t.bench}: {t.text}")
def test_every_target_reads_its_number_off_the_readme_table(target: run.Target) -> None:
    value, _ = target.check(blocks()[target.bench])
    assert value == value  # a number, not NaN: the table is in the format the benchmark prints


def test_the_readme_targets_list_is_what_the_readme_tables_say() -> None:
    found = blocks()
    summary, _ = run.report({name: found[name] for name in run.BENCHES})
    assert found["targets"].strip() == summary.strip()


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
    summary, ok = run.report({"overhead": output})
    assert not ok
    assert summary.splitlines() == [
        "- **missed**: `get` ≤ 1.10× raw httpx (measured 1.3; `overhead`)",
        "- met: list of 100 ≤ 1.5× raw httpx (measured 1.4; `overhead`)",
        "- met: cold import ≤ 1.3× httpx's (measured 1.2; `overhead`)",
    ]
    assert run.report({"overhead": output.replace("1.30×", "1.08×")})[1]


def test_at_least_targets_compare_the_other_way() -> None:
    rows = "| client | C = 10 | C = 50 |\n|---|---|---|\n| SDK aiohttp / SDK default | 3.00× | {} |\n"
    rows += "| SDK default / raw httpx | 0.95× | 0.91× |\n| SDK aiohttp / raw httpx-aiohttp | 1.10× | 0.89× |\n"
    summary, ok = run.report({"concurrency": rows.format("6.10×")})
    assert not ok and summary.count("**missed**") == 1 and "raw httpx-aiohttp at every C (measured 0.89" in summary
    assert "met: SDK on aiohttp ≥ 6× SDK on httpx at C = 50 (measured 6.1;" in summary
    assert (
        "**missed**: SDK on aiohttp ≥ 6× SDK on httpx at C = 50 (measured 5.9;"
        in run.report({"concurrency": rows.format("5.90×")})[0]
    )


def test_readme_blocks_are_replaced_whole_and_a_missing_one_is_an_error() -> None:
    text = "a\n<!-- bench:x -->\nold\n<!-- /bench:x -->\nb\n"
    assert run.with_blocks(text, {"x": "new\n"}) == "a\n<!-- bench:x -->\n\nnew\n\n<!-- /bench:x -->\nb\n"
    with pytest.raises(SystemExit, match="no <!-- bench:y -->"):
        run.with_blocks(text, {"y": "z"})
