"""`make docs-check`: every reference example, in every language, runs as shown against the sandbox served
over HTTP and does what the SDK's own call does.

For each operation and language: reset the sandbox (the resources the spec's examples name), run the
example, read the sandbox's state (GET /_sandbox/state). Then:
- the example exits 0, and its state equals the state the Python example (the SDK) left;
- a write changes the state and a read does not;
- curl, Node.js, Go and PHP (Laravel's client and the curl extension) print the same response (the created
  resource is in the state), or the same status for an operation without a body.
Timestamps and webhook secrets differ from run to run and are compared as placeholders. An operation that
would find nothing to do in the examples' workspace gets one prepared first (PREPARE: restore needs a closed
workspace).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.servers import served_sandbox
from leadiosa_async import Leadiosa
from leadiosa_async.testing import OWNER_TOKEN
from tests.docs_check.examples import TOOLS, Operation, build_go, command, missing_tools, operations

pytestmark = pytest.mark.docs_check

OPERATIONS = operations()
LANGUAGES = ["Python", "curl", "Node.js", "Go", "PHP (Laravel)", "PHP (curl)"]
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")
SECRET = re.compile(r"whsec_[A-Za-z0-9+/=]+")
PREPARE = {"workspace_restore": lambda client: client.workspace.close(confirm="Acme Support")}


def normal(value: Any) -> Any:
    """`value` (parsed JSON) with timestamps and secrets as placeholders."""
    return json.loads(SECRET.sub("<secret>", TIMESTAMP.sub("<time>", json.dumps(value))))


@pytest.fixture(scope="module")
def sandbox() -> Iterator[str]:
    with served_sandbox("--examples", "--rate-limit", "0") as url:
        yield url


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    missing = missing_tools()
    assert not missing, (
        f"missing {missing}: `make docs-check` installs them (golang-go, php-cli, php-curl, php-illuminate-http, "
        "php-guzzlehttp-guzzle, nodejs)"
    )
    folder = tmp_path_factory.mktemp("examples")
    return folder, build_go(OPERATIONS, folder)


def test_every_operation_has_an_example_in_every_language() -> None:
    spec = json.loads((Path(__file__).resolve().parents[2] / "openapi.json").read_text(encoding="utf-8"))
    ids = {op["operationId"] for path in spec["paths"].values() for op in path.values() if "operationId" in op}
    assert {op.operation_id for op in OPERATIONS} == ids
    for op in OPERATIONS:
        assert list(op.examples) == LANGUAGES, op.operation_id
    assert set(TOOLS) == set(LANGUAGES) - {"Python"}


def _sandbox(url: str, method: str, path: str) -> Any:
    request = urllib.request.Request(url + path, method=method)  # noqa: S310 - our own loopback sandbox
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        body = response.read()
    return json.loads(body) if body else None


def _reset(sandbox: str, op: Operation) -> Any:
    """A fresh sandbox, prepared for `op`; its state."""
    _sandbox(sandbox, "POST", "/_sandbox/reset")
    if op.operation_id in PREPARE:
        with Leadiosa(OWNER_TOKEN, base_url=sandbox + "/api/v1") as client:
            PREPARE[op.operation_id](client)
    return normal(_sandbox(sandbox, "GET", "/_sandbox/state"))


def _run(language: str, op: Operation, sandbox: str, workdir: tuple[Path, Path]) -> tuple[str, Any]:
    """Run `op`'s example in `language` on a fresh sandbox: (its stdout, the sandbox's state after)."""
    _reset(sandbox, op)
    env = {**os.environ, "LEADIOSA_TOKEN": OWNER_TOKEN, "LEADIOSA_BASE_URL": sandbox + "/api/v1"}
    done = subprocess.run(command(language, op, *workdir), env=env, capture_output=True, text=True, timeout=60)  # noqa: S603
    assert done.returncode == 0, f"{op.operation_id} in {language} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout, _sandbox(sandbox, "GET", "/_sandbox/state")


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_the_examples_do_what_the_sdk_does(op: Operation, sandbox: str, workdir: tuple[Path, Path]) -> None:
    before = _reset(sandbox, op)
    _, by_sdk = _run("Python", op, sandbox, workdir)
    by_sdk = normal(by_sdk)
    if op.method == "GET":
        assert by_sdk == before, f"{op.operation_id}: a read changed the sandbox"
    else:
        assert by_sdk != before, f"{op.operation_id}: the write changed nothing"
    outputs = {}
    for language in LANGUAGES[1:]:
        out, state = _run(language, op, sandbox, workdir)
        assert normal(state) == by_sdk, f"{op.operation_id}: the {language} example did not do what the SDK did"
        outputs[language] = out.strip()
    first = outputs["curl"]
    if first.isdigit():  # no body: the status
        assert set(outputs.values()) == {"204"}, outputs
        return
    printed = {language: normal(json.loads(text)) for language, text in outputs.items()}
    assert all(value == printed["curl"] for value in printed.values()), f"{op.operation_id}: {printed}"
    created = printed["curl"].get("id") if isinstance(printed["curl"], dict) else None
    if op.method == "POST" and created:
        assert f'"{created}"' in json.dumps(by_sdk), f"{op.operation_id}: {created} is not in the sandbox"


TRICKY = 'it\'s "quoted", costs $5 {not_a_var} `tick` \\ back\\slash\nsecond line\ttab é ✓ 😀 %s %d'


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_strings_the_spec_may_hold_survive_every_language(
    language: str, sandbox: str, tmp_path: Path, workdir: tuple[Path, Path]
) -> None:
    """Quotes, `$`, braces, backticks, backslashes, newlines, tabs, `%` and non-ASCII in a spec's example reach
    the API as they are, in a JSON body and in a multipart upload (examples.py escapes for each language)."""
    from codegen.examples import Call, render

    note = Operation("notes_create", "POST", "-")
    note.examples = {t: code for t, (_, code) in render(Call("POST", "/conversations/conv_8f3c12/notes",
                                                              json_body={"body": TRICKY})).items()}  # fmt: skip
    upload = Operation("knowledge_ingest", "POST", "-")
    upload.examples = {t: code for t, (_, code) in render(Call("POST", "/knowledge/ingest",
                       file=("file", "notes.md", TRICKY), form={"title": TRICKY})).items()}  # fmt: skip
    go = build_go([note, upload], tmp_path) if language == "Go" else workdir[1]
    _, state = _run(language, note, sandbox, (tmp_path, go))
    assert TRICKY in [n["body"] for n in state["notes"]["conv_8f3c12"]]
    _, state = _run(language, upload, sandbox, (tmp_path, go))
    # fetch's FormData sends a text field's line breaks as CRLF (the WHATWG rule for multipart forms)
    title = TRICKY.replace("\n", "\r\n") if language == "Node.js" else TRICKY
    assert title in [a["title"] for a in state["articles"].values()]
    words = " ".join(TRICKY.split())  # the sandbox chunks the file by words
    assert any(words in chunk["text"] for chunks in state["chunks"].values() for chunk in chunks)
