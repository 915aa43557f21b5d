"""`make update-spec` pieces: fetch + validate, then diff, regenerate and record in the changelog —
and nothing lost when a step fails."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import respx

from codegen.generate import DEFAULT_OUT, differences
from codegen.spec_model import SpecError
from codegen.update import fetch, prepend_changelog, update
from tests.conftest import SPEC_PATH


@pytest.fixture
def workspace(tmp_path: Path) -> dict[str, Path]:
    spec = tmp_path / "openapi.json"
    shutil.copyfile(SPEC_PATH, spec)
    out = tmp_path / "_generated"
    shutil.copytree(DEFAULT_OUT, out, ignore=shutil.ignore_patterns("__pycache__"))
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## [Unreleased]\n\n### Added\n- earlier work\n", encoding="utf-8")
    return {"spec": spec, "out": out, "changelog": changelog, "dir": tmp_path}


def revised() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    spec["info"]["version"] = "1.1.0"
    spec["components"]["schemas"]["Conversation"]["properties"]["priority"] = {"type": "string"}
    spec["components"]["schemas"]["ConversationStatus"]["enum"].append("escalated")
    return spec


def _write(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_update_regenerates_and_records_the_diff(workspace: dict[str, Path]) -> None:
    candidate = _write(workspace["dir"] / "candidate.json", revised())
    text = update(candidate, workspace["spec"], workspace["out"], workspace["changelog"], today="2026-11-22")
    assert "additive: field added: Conversation.priority" in text
    assert "additive: enum value added: ConversationStatus: escalated" in text
    assert json.loads(workspace["spec"].read_text(encoding="utf-8")) == revised()
    assert differences(workspace["spec"], workspace["out"]) == []
    assert "priority" in (workspace["out"] / "models" / "conversation.py").read_text(encoding="utf-8")
    changelog = workspace["changelog"].read_text(encoding="utf-8")
    assert changelog.startswith(
        "# Changelog\n\n## [Unreleased]\n\n### API: openapi.json 1.0.0 -> 1.1.0 (regenerated 2026-11-22)\n"
        "- additive: enum value added: ConversationStatus: escalated\n"
        "- additive: field added: Conversation.priority\n"
    )
    assert changelog.endswith("### Added\n- earlier work\n")


@pytest.mark.parametrize(
    ("candidate", "message"),
    [
        ({"swagger": "2.0"}, "not an OpenAPI 3"),
        ({"openapi": "3.1.0", "info": {"title": "t"}, "paths": {}}, "not a valid OpenAPI document"),
    ],
)
def test_an_invalid_document_changes_nothing(workspace: dict[str, Path], candidate: Any, message: str) -> None:
    before = workspace["spec"].read_bytes()
    with pytest.raises(SpecError, match=message):
        update(_write(workspace["dir"] / "candidate.json", candidate), workspace["spec"], workspace["out"],
               workspace["changelog"])  # fmt: skip
    assert workspace["spec"].read_bytes() == before
    assert "### API" not in workspace["changelog"].read_text(encoding="utf-8")


def test_a_document_codegen_refuses_restores_the_old_one(workspace: dict[str, Path]) -> None:
    spec = revised()
    timeout = {"name": "timeout", "in": "query", "schema": {"type": "integer"}}  # valid OpenAPI, clashes with an option
    spec["paths"]["/workspace"]["get"]["parameters"] = [timeout]
    before = workspace["spec"].read_bytes()
    with pytest.raises(SpecError, match="reserved name"):
        update(_write(workspace["dir"] / "c.json", spec), workspace["spec"], workspace["out"], workspace["changelog"])
    assert workspace["spec"].read_bytes() == before
    assert differences(workspace["spec"], workspace["out"]) == []  # the generated code was never touched


def test_mapped_names_are_listed_in_the_output_and_the_changelog(workspace: dict[str, Path]) -> None:
    spec = revised()
    spec["paths"]["/workspace"]["get"]["operationId"] = "getWorkspace"  # departs from <tag>_<method>
    output = update(_write(workspace["dir"] / "c.json", spec), workspace["spec"], workspace["out"],
                    workspace["changelog"])  # fmt: skip
    line = "named by mapping: GET /workspace (getWorkspace) -> client.workspace.get_workspace"
    assert line in output and line in workspace["changelog"].read_text(encoding="utf-8")


def test_fetch_accepts_paths_and_https_only(tmp_path: Path) -> None:
    assert fetch(str(SPEC_PATH))["info"]["title"] == "Leadiosa REST API"
    with pytest.raises(SpecError, match="only https"):
        fetch("http://leadiosa.com/api/v1/openapi.json")
    with pytest.raises(SpecError, match="cannot read"):
        fetch(str(tmp_path / "missing.json"))


@pytest.mark.off_spec  # fetches the document itself, not an API operation
def test_fetch_downloads_over_https() -> None:
    url = "https://leadiosa.test/api/v1/openapi.json"
    with respx.mock() as mock:
        mock.get(url).respond(200, json=revised())
        assert fetch(url)["info"]["version"] == "1.1.0"
        mock.get(url).respond(404)
        with pytest.raises(SpecError, match="cannot fetch"):
            fetch(url)


def test_changelog_without_unreleased_gets_one(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## [0.1.0]\n- old\n", encoding="utf-8")
    prepend_changelog("### API: x\n- y\n", changelog)
    assert (
        changelog.read_text(encoding="utf-8")
        == "# Changelog\n\n## [Unreleased]\n\n### API: x\n- y\n\n## [0.1.0]\n- old\n"
    )


def test_code_that_fails_the_type_check_is_not_adopted(
    workspace: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import codegen.update as update_module

    def failing(out: Path) -> None:
        raise SpecError("the generated code fails the project's type check (mypy --strict):\nx.py:1: error")

    monkeypatch.setattr(update_module, "typecheck", failing)
    before = workspace["spec"].read_bytes()
    with pytest.raises(SpecError, match="type check"):
        update(_write(workspace["dir"] / "c.json", revised()), workspace["spec"], workspace["out"],
               workspace["changelog"], check_types=True)  # fmt: skip
    assert workspace["spec"].read_bytes() == before
    assert differences(workspace["spec"], workspace["out"]) == []  # the old code is back


def test_the_type_check_runs_on_a_package(tmp_path: Path) -> None:
    from codegen.update import typecheck

    package = tmp_path / "pkg"
    (package / "_generated").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "_generated" / "__init__.py").write_text("x: int = 'a'\n", encoding="utf-8")
    with pytest.raises(SpecError, match="Incompatible types"):
        typecheck(package / "_generated")
    (package / "_generated" / "__init__.py").write_text("x: int = 1\n", encoding="utf-8")
    typecheck(package / "_generated")
