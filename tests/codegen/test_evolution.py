"""Spec evolution: a revision of openapi.json with one operation or schema per OpenAPI construct
(tests/codegen/evolution.py) is generated once, type-checked with the project's mypy settings, and
exercised through the public client (tests/codegen/evolution_script.py). The docs' "Supported
OpenAPI constructs" table is held to the same cases: a row without a case, or a case without a row, fails.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen.generate import render
from codegen.spec_model import SpecError
from tests.codegen.evolution import REFUSED, evolved_spec
from tests.codegen.evolution_script import CASES
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def evolved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Generate the revision into a copy of the package, type-check it, run every case in one process."""
    root = tmp_path_factory.mktemp("evolved")
    spec_path = root / "openapi.json"
    spec_path.write_text(json.dumps(evolved_spec()), encoding="utf-8")
    package = root / "leadiosa_async"
    shutil.copytree(ROOT / "leadiosa_async", package, ignore=shutil.ignore_patterns("_generated", "__pycache__"))
    warnings = render(spec_path, package / "_generated")
    typecheck = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", "--no-incremental", "leadiosa_async"],
        cwd=root, capture_output=True, text=True, check=False,
    )  # fmt: skip
    shutil.copyfile(ROOT / "tests" / "codegen" / "evolution_script.py", root / "evolution_script.py")
    done = subprocess.run(
        [sys.executable, "evolution_script.py"], cwd=root, env={"PYTHONPATH": str(root), "PATH": ""},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return {"warnings": warnings, "typecheck": typecheck, "results": json.loads(done.stdout.splitlines()[-1])}


def test_the_generated_code_passes_the_projects_type_check(evolved: dict[str, Any]) -> None:
    typecheck = evolved["typecheck"]
    assert typecheck.returncode == 0, typecheck.stdout[-3000:]


@pytest.mark.parametrize("name", list(CASES))
def test_each_construct_works_through_the_public_client(evolved: dict[str, Any], name: str) -> None:
    assert evolved["results"][name] == "ok", evolved["results"][name]


def test_the_unusual_operation_was_mapped_with_a_warning(evolved: dict[str, Any]) -> None:
    assert evolved["warnings"] == [
        "GET /experiments/weird (get-Weird_thing.v2) -> client.experiments.get_weird_thing_v2: no tag: the "
        "namespace is the path's first segment; operationId 'get-Weird_thing.v2' is not snake_case",
        "GET /experiments/owners/{owner_id} (experiments_get_owner): response 200 links are documentation only; "
        "the SDK ignores them",
    ]


@pytest.mark.parametrize(("construct", "mutate", "message"), REFUSED, ids=[r[0] for r in REFUSED])
def test_constructs_the_sdk_cannot_map_are_refused_naming_where(
    tmp_path: Path, construct: str, mutate: Any, message: str
) -> None:
    spec = evolved_spec()
    mutate(spec)
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(SpecError, match=message):
        render(path, tmp_path / "out")


def test_the_docs_table_and_the_cases_match() -> None:
    page = (ROOT / "docs" / "regenerating.md").read_text(encoding="utf-8")
    section = page.split("## Supported OpenAPI constructs", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| .+? \| .+? \| `([a-z0-9-]+)` \|$", section, flags=re.M)
    refused = {r[0] for r in REFUSED}
    assert set(rows) == set(CASES) | refused
