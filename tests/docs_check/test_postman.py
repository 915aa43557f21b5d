"""`make docs-check`: newman (npm, pinned in package.json) runs the generated Postman collection against the served
sandbox, as a user would after setting its two variables: every request answers 2xx, in the collection's order, and
the writes did what the spec's examples say (the upload's file became an article, the contact was erased)."""

from __future__ import annotations

import json
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.servers import served_sandbox
from codegen import postman
from leadiosa_async.testing import OWNER_TOKEN

pytestmark = pytest.mark.docs_check
ROOT = Path(__file__).resolve().parents[2]
NEWMAN = ROOT / "node_modules" / ".bin" / "newman"
COLLECTION = ROOT / "docs" / "reference" / postman.FILE_NAME


@pytest.fixture(scope="module")
def sandbox() -> Iterator[str]:
    with served_sandbox("--examples", "--rate-limit", "0") as url:
        yield url


def uploads() -> dict[str, str]:
    """{file name: content} of each file the collection uploads (Postman and newman read them from disk): the spec's
    example content, as the other languages' examples send it."""
    data = json.loads(COLLECTION.read_text(encoding="utf-8"))
    spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    example = spec["paths"]["/knowledge/ingest"]["post"]["requestBody"]["content"]["multipart/form-data"]["example"]
    bodies = [item["request"].get("body", {}) for folder in data["item"] for item in folder["item"]]
    names = [field["src"] for body in bodies for field in body.get("formdata", []) if field["type"] == "file"]
    assert names == ["invoices.md"]
    return {name: str(example["file"]) for name in names}


def state(base: str) -> Any:
    with urllib.request.urlopen(base + "/_sandbox/state", timeout=10) as response:  # noqa: S310 - our loopback sandbox
        return json.loads(response.read())


def test_newman_runs_the_collection_against_the_sandbox_with_no_failure(sandbox: str, tmp_path: Path) -> None:
    assert NEWMAN.exists(), "`make docs-check` installs newman from package.json (npm ci)"
    for name, content in uploads().items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    before = state(sandbox)
    report = tmp_path / "report.json"
    done = subprocess.run(  # noqa: S603
        [str(NEWMAN), "run", str(COLLECTION), "--env-var", f"baseUrl={sandbox}/api/v1", "--env-var",
         f"token={OWNER_TOKEN}", "--working-dir", str(tmp_path), "--reporters", "cli,json", "--reporter-json-export",
         str(report), "--color", "off"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    run = json.loads(report.read_text(encoding="utf-8"))["run"]
    assert run["stats"]["requests"] == {"total": 29, "pending": 0, "failed": 0}
    assert run["stats"]["assertions"] == {"total": 29, "pending": 0, "failed": 0}
    assert run["failures"] == []
    codes = [execution["response"]["code"] for execution in run["executions"]]
    assert len(codes) == 29 and all(200 <= code < 300 for code in codes)
    after = state(sandbox)
    ingested = [a for a in after["articles"].values() if a["id"] not in before["articles"]]
    assert ingested, "the upload created no article"  # the file arrived as a file
    assert len(after["contacts"]) == len(before["contacts"]) - 1  # contacts_delete erased one
    assert after["workspace"]["status"] == before["workspace"]["status"]  # closed, then restored
