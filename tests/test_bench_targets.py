"""`make bench`'s checks and writing (benchmarks/run.py), without running a benchmark: the docs' figure blocks are
the benchmarks' own output from one run (every block carries the same stamp, every target can be read off them),
the targets list is what those tables say, a missed target fails the run, and only a complete run writes."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from benchmarks import run


def blocks() -> dict[str, str]:
    found: dict[str, str] = {}
    for page in (run.PERFORMANCE, run.RELIABILITY):
        found |= dict(re.findall(r"<!-- bench:(\w+) -->\n(.*?)<!-- /bench:\1 -->", page.read_text("utf-8"), re.S))
    return found


STAMP = re.compile(r"\A\n?_(Measured by `make bench` at commit `[0-9a-f]{7,40}`, [^_]+)_\n")


def test_every_benchmark_has_its_block_on_its_page() -> None:
    assert set(blocks()) == {*run.BENCHES, "targets"}
    assert {t.bench for t in run.TARGETS} <= set(run.BENCHES)
    for name, page in run.PAGES.items():
        assert f"<!-- bench:{name} -->" in page.read_text("utf-8"), (name, page)


def test_every_block_carries_the_same_stamp_of_one_committed_run() -> None:
    stamps = {name: STAMP.match(text) for name, text in blocks().items()}
    assert all(stamps.values()), [name for name, found in stamps.items() if not found]
    assert len({found.group(1) for found in stamps.values() if found}) == 1
    assert "-dirty" not in next(iter(stamps.values())).group(1)  # type: ignore[union-attr]


@pytest.mark.parametrize("target", run.TARGETS, ids=lambda t: f"{t.bench}: {t.text}")
def test_every_target_reads_its_number_off_its_block_and_the_list_says_so(target: run.Target) -> None:
    found = blocks()
    value, met = target.check(found[target.bench])
    assert math.isfinite(value)
    verdict = "met" if met else "**missed**"
    assert f"- {verdict}: {target.text} (measured {value:.3g}; `{target.bench}`)" in found["targets"]


def test_the_targets_list_is_what_the_tables_say() -> None:
    found = blocks()
    summary, _ = run.report({name: found[name] for name in run.BENCHES})
    assert STAMP.sub("", found["targets"]).strip() == summary.strip()


def test_a_partial_or_mixed_run_cannot_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run, "OUT", tmp_path)
    with pytest.raises(SystemExit, match="no saved run"):
        run.saved_run()
    names = list(run.BENCHES)
    for name in names:
        (tmp_path / f"{name}.md").write_text("output\n", "utf-8")
    (tmp_path / "run.json").write_text(json.dumps({"stamp": "s", "names": names[:2]}), "utf-8")  # --only a,b
    with pytest.raises(SystemExit, match="partial"):
        run.saved_run()
    (tmp_path / "run.json").write_text(json.dumps({"stamp": "s", "names": names}), "utf-8")
    (tmp_path / f"{names[-1]}.md").unlink()  # an output missing
    with pytest.raises(SystemExit, match=f"missing: {names[-1]}"):
        run.saved_run()
    (tmp_path / f"{names[-1]}.md").write_text("output\n", "utf-8")
    outputs, stamp = run.saved_run()
    assert set(outputs) == set(names) and stamp == "s"
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
    rows += "| SDK httpx2 / raw httpx2 | 0.97× | 0.93× |\n"
    gzip = rows.format("2.00×").replace("0.89×", "0.95×")  # the second table: the gzip server
    summary, ok = run.report({"concurrency": rows.format("6.10×") + "\n" + gzip})
    assert not ok and summary.count("**missed**") == 1 and "raw httpx-aiohttp at every C (measured 0.89" in summary
    assert "met: SDK on aiohttp ≥ 6× SDK on httpx at C = 50 (measured 6.1;" in summary
    assert "met: gzip server: SDK on aiohttp ≥ 0.9× raw httpx-aiohttp at every C (measured 0.95;" in summary
    assert (
        "**missed**: SDK on aiohttp ≥ 6× SDK on httpx at C = 50 (measured 5.9;"
        in run.report({"concurrency": rows.format("5.90×") + "\n" + gzip})[0]
    )


def test_blocks_are_replaced_whole_and_a_missing_one_is_an_error() -> None:
    text = "a\n<!-- bench:x -->\nold\n<!-- /bench:x -->\nb\n"
    assert run.with_blocks(text, {"x": "new\n"}) == "a\n<!-- bench:x -->\n\nnew\n\n<!-- /bench:x -->\nb\n"
    with pytest.raises(SystemExit, match="no <!-- bench:y -->"):
        run.with_blocks(text, {"y": "z"})
