"""`leadiosa`, the command line: in-process (click's runner) against the sandbox served over HTTP, and the
installed entry point as a subprocess (an export killed midway, then resumed)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from benchmarks.servers import served_sandbox
from leadiosa_async._generated._operations import OPERATIONS
from leadiosa_async.cli import main
from leadiosa_async.testing import OWNER_TOKEN

BIN = Path(sys.executable).parent / "leadiosa"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with served_sandbox("--rate-limit", "0") as url:
        yield url


@pytest.fixture
def cli(server: str) -> CliRunner:
    urllib.request.urlopen(urllib.request.Request(server + "/_sandbox/reset", method="POST"), timeout=10).close()  # noqa: S310
    return CliRunner(env={"LEADIOSA_TOKEN": OWNER_TOKEN, "LEADIOSA_BASE_URL": server + "/api/v1"})


def test_commands_print_json_jsonl_and_tables(cli: CliRunner) -> None:
    created = cli.invoke(main, ["conversations", "create", "--channel", "chat", "--contact", '{"email": "a@b.co"}'])
    assert created.exit_code == 0, created.output
    conversation = json.loads(created.stdout)
    got = cli.invoke(main, ["conversations", "get", conversation["id"]])
    assert json.loads(got.stdout)["id"] == conversation["id"]
    for i in range(4):
        cli.invoke(main, ["conversations", "create", "--channel", "sms", "--contact", f'{{"email": "x{i}@b.co"}}'])
    lines = cli.invoke(main, ["-o", "jsonl", "conversations", "list", "--limit", "2", "--all"]).stdout.splitlines()
    assert len(lines) == 5 and len({json.loads(line)["id"] for line in lines}) == 5
    page = json.loads(cli.invoke(main, ["conversations", "list", "--limit", "2"]).stdout)
    assert len(page["data"]) == 2 and page["pagination"]["has_more"] is True
    table = cli.invoke(main, ["-o", "table", "conversations", "list"]).stdout
    assert conversation["id"] in table
    assert OWNER_TOKEN not in created.output + got.output
    assert "Channel the conversation happens on." in cli.invoke(main, ["conversations", "create", "--help"]).stdout


def test_every_operation_is_a_command_and_every_argument_an_option(cli: CliRunner) -> None:
    """All of the operations table: `--help` of each shows its summary and every argument; and every GET without
    a path parameter runs against the sandbox with no argument and prints the response's JSON."""
    ran = []
    for op in OPERATIONS.values():
        command = [op.tag, op.method_name.replace("_", "-")]
        shown = cli.invoke(main, [*command, "--help"])
        assert shown.exit_code == 0, (op.operation_id, shown.output)
        usage = " ".join(shown.stdout.split())
        for name in op.params:
            assert f"--{name.replace('_', '-')}" in usage or name.upper() in usage, (op.operation_id, name)
        if op.method == "GET" and "{" not in op.path:
            result = cli.invoke(main, command)
            assert result.exit_code == 0, (op.operation_id, result.output)
            assert isinstance(json.loads(result.stdout), dict)
            ran.append(op.operation_id)
    assert {"conversations_list", "contacts_list", "workspace_get", "audit_list"} <= set(ran), ran


def test_errors_are_one_line_with_a_request_id_and_an_exit_code_per_class(cli: CliRunner) -> None:
    missing = cli.invoke(main, ["contacts", "get", "ct_missing"])
    assert missing.exit_code == 5 and missing.stdout == ""
    assert missing.stderr.count("\n") == 1 and "NotFoundError" in missing.stderr and "request_id=req_" in missing.stderr
    bad = cli.invoke(main, ["conversations", "list", "--limit", "0"])
    assert bad.exit_code == 2 and "limit" in bad.stderr  # the SDK's argument check, as a usage error
    denied = CliRunner(env={**cli.env, "LEADIOSA_TOKEN": "lds_wrong_0123456789"}).invoke(main, ["workspace", "get"])
    assert denied.exit_code == 3 and "lds_wrong" not in denied.output


def test_bulk_writes_a_result_per_item_and_resume_sends_nothing_twice(cli: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "new.jsonl"
    items = [{"channel": "chat", "contact": {"email": f"u{i}@b.co"}} for i in range(8)]
    items[3]["channel"] = "fax"  # refused by the argument checks: a failed item, not a stop
    source.write_text("".join(json.dumps(item) + "\n" for item in items))
    first = cli.invoke(main, ["bulk", "conversations", "create", "--in", str(source)])
    assert first.exit_code == 1 and "7 ok, 1 failed, 0 unknown" in first.stderr
    results = tmp_path / "new.results.jsonl"
    rows = [json.loads(line) for line in results.read_text().splitlines()]
    assert sorted(row["index"] for row in rows) == list(range(8))
    assert {row["index"]: row["outcome"] for row in rows}[3] == "failed"
    again = cli.invoke(main, ["bulk", "conversations", "create", "--in", str(source), "--resume"])
    assert "0 ok, 0 failed, 0 unknown (8 skipped as done before)" in again.stderr
    listed = cli.invoke(main, ["-o", "jsonl", "conversations", "list", "--all"]).stdout.splitlines()
    assert len(listed) == 7  # each item written once


def test_an_export_killed_midway_resumes_with_no_duplicate_and_no_gap(tmp_path: Path) -> None:
    with served_sandbox("--rate-limit", "0", "--latency", "0.15") as url:
        env = {**os.environ, "LEADIOSA_TOKEN": OWNER_TOKEN, "LEADIOSA_BASE_URL": url + "/api/v1"}
        source = tmp_path / "new.jsonl"
        source.write_text("".join(json.dumps({"channel": "chat", "contact": {"email": f"e{i}@b.co"}}) + "\n"
                                  for i in range(30)))  # fmt: skip
        subprocess.run([BIN, "bulk", "conversations", "create", "--in", source], env=env, check=True)  # noqa: S603
        out = tmp_path / "all.jsonl"
        command: list[str | Path] = [BIN, "export", "conversations", "list", "limit=4", "--out", out]
        first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
        state = out.with_name(out.name + ".state")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not (state.exists() and json.loads(state.read_text())["lines"] >= 8):
            time.sleep(0.02)
        first.send_signal(signal.SIGKILL)  # no cleanup at all
        first.wait(10)
        killed_at = json.loads(state.read_text())["lines"]
        assert 8 <= killed_at < 30
        resumed = subprocess.run([*command, "--resume"], env=env, capture_output=True, text=True, timeout=60)  # noqa: S603
        assert resumed.returncode == 0, resumed.stderr
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert len(ids) == 30 and len(set(ids)) == 30 and not state.exists()


def test_resuming_after_the_cursor_expired_starts_over_and_skips_by_id(cli: CliRunner, tmp_path: Path) -> None:
    for i in range(12):
        cli.invoke(main, ["conversations", "create", "--channel", "chat", "--contact", f'{{"email": "r{i}@b.co"}}'])
    first_page = json.loads(cli.invoke(main, ["conversations", "list", "--limit", "4"]).stdout)
    out = tmp_path / "all.jsonl"  # as a killed export left it: one page and its checkpoint
    out.write_text("".join(json.dumps(item) + "\n" for item in first_page["data"]))
    state = out.with_name(out.name + ".state")
    state.write_text(json.dumps({"lines": 4, "cursor": first_page["pagination"]["next_cursor"]}))
    cli.invoke(main, ["conversations", "create", "--channel", "chat", "--contact", '{"email": "late@b.co"}'])
    resumed = cli.invoke(main, ["export", "conversations", "list", "limit=4", "--out", str(out), "--resume"])
    assert resumed.exit_code == 0, resumed.output
    assert "cursor expired" in resumed.stderr
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert len(ids) == 13 and len(set(ids)) == 13 and not state.exists()


def test_the_command_line_guide_runs_line_by_line(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/cli.md: each line of its example block runs against the sandbox and succeeds."""
    import re
    import shlex

    from tests.conftest import ROOT

    block = re.search(r"```sh\n(.*?)```", (ROOT / "docs" / "cli.md").read_text(), re.S)
    assert block is not None
    monkeypatch.chdir(tmp_path)
    (tmp_path / "new-conversations.jsonl").write_text(
        "".join(json.dumps({"channel": "email", "contact": {"email": f"g{i}@b.co"}}) + "\n" for i in range(3))
    )
    lines = [line for line in block.group(1).splitlines() if line.strip()]
    assert len(lines) >= 6
    for line in lines:
        words = shlex.split(line)
        assert words[0] == "leadiosa"
        done = cli.invoke(main, words[1:])
        assert done.exit_code == 0, (line, done.output)
    assert len((tmp_path / "results.jsonl").read_text().splitlines()) == 3  # the --resume line added none


def test_each_error_class_has_its_own_exit_code() -> None:
    import leadiosa_async
    from leadiosa_async.cli import EXIT_CODES

    public = {value for value in vars(leadiosa_async).values() if isinstance(value, type)}
    errors = {cls for cls in public if issubclass(cls, leadiosa_async.LeadiosaError)}
    errors.discard(leadiosa_async.WebhookVerificationError)  # raised by webhook handling, never by a command
    assert errors <= set(EXIT_CODES) and len(set(EXIT_CODES.values())) == len(EXIT_CODES)
    assert 2 not in EXIT_CODES.values()  # click's usage errors
    for cls, code in EXIT_CODES.items():  # the first match in order is the class itself
        assert next(c for candidate, c in EXIT_CODES.items() if issubclass(cls, candidate)) == code, cls


def test_leadiosa_sandbox_serves_the_sandbox() -> None:
    from benchmarks.servers import _process, free_port

    port = free_port()
    with _process([str(BIN), "sandbox", "--port", str(port), "--rate-limit", "0"], "Uvicorn running on"):
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/workspace",
                                         headers={"Authorization": f"Bearer {OWNER_TOKEN}"})  # fmt: skip
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - our own loopback server
            assert json.loads(response.read())["id"]


def test_export_and_bulk_are_background_calls_unless_told(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from leadiosa_async._transport import pipeline
    from leadiosa_async._transport.call import Call
    from leadiosa_async._transport.gate import pass_gate

    lanes: list[tuple[str, str]] = []

    async def recording(limiter: Any, config: Any, call: Call, tell: Any) -> Any:
        lanes.append((call.operation.operation_id, call.lane))
        return await pass_gate(limiter, config, call, tell)

    monkeypatch.setattr(pipeline, "pass_gate", recording)
    source = tmp_path / "new.jsonl"
    source.write_text(json.dumps({"channel": "chat", "contact": {"email": "p@b.co"}}) + "\n")
    assert cli.invoke(main, ["bulk", "conversations", "create", "--in", str(source)]).exit_code == 0
    out = tmp_path / "all.jsonl"
    assert cli.invoke(main, ["export", "conversations", "list", "--out", str(out)]).exit_code == 0
    assert lanes == [("conversations_create", "background"), ("conversations_list", "background")]
    lanes.clear()
    told = ["--priority", "interactive"]
    assert cli.invoke(main, ["export", "conversations", "list", "--out", str(out), *told]).exit_code == 0
    assert cli.invoke(main, ["conversations", "get", json.loads(out.read_text())["id"]]).exit_code == 0
    assert lanes == [("conversations_list", "interactive"), ("conversations_get", "interactive")]
    refused = cli.invoke(main, ["bulk", "conversations", "create", "--in", str(source), "--priority", "urgent"])
    assert refused.exit_code == 2 and "urgent" in refused.stderr
