"""The generator: deterministic, drift-detecting, strict about the spec, and enough on its own to
make a new operation callable with no hand-written change."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from codegen.generate import DEFAULT_DOCS, DEFAULT_OUT, differences, generate, render
from codegen.spec_model import SpecError
from tests.conftest import ROOT, SPEC_PATH


def _write(tmp_path: Path, spec: dict[str, Any]) -> Path:
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_runs_are_byte_identical(tmp_path: Path) -> None:
    render(SPEC_PATH, tmp_path / "a")
    render(SPEC_PATH, tmp_path / "b")
    first, second = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert first == second
    assert len(first) > 50


def test_committed_code_and_reference_docs_are_current_and_stamped() -> None:
    assert differences(docs=DEFAULT_DOCS) == []
    for path in DEFAULT_OUT.rglob("*.py"):
        assert path.read_text(encoding="utf-8").startswith(
            "# generated from openapi.json by `python -m codegen` — do not edit\n"
        ), path


def test_check_reports_edits_stale_and_missing_files(tmp_path: Path) -> None:
    out = tmp_path / "_generated"
    shutil.copytree(DEFAULT_OUT, out, ignore=shutil.ignore_patterns("__pycache__"))
    (out / "models" / "leftover.py").write_text("x = 1\n", encoding="utf-8")
    edited = out / "models" / "conversation.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    (out / "_operations.py").unlink()
    assert sorted(differences(SPEC_PATH, out)) == [
        "differs: models/conversation.py",
        "missing: _operations.py",
        "stale (not generated): models/leftover.py",
    ]


def test_generate_replaces_the_folder_wholesale(tmp_path: Path) -> None:
    out = tmp_path / "_generated"
    out.mkdir()
    (out / "stale.py").write_text("x = 1\n", encoding="utf-8")
    generate(SPEC_PATH, out)
    assert not (out / "stale.py").exists()
    assert differences(SPEC_PATH, out) == []


def test_make_check_generated_fails_on_drift(tmp_path: Path) -> None:
    out = tmp_path / "_generated"
    generate(SPEC_PATH, out)
    (out / "api" / "billing" / "billing_get_subscription.py").write_text("# edited\n", encoding="utf-8")
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "codegen", "check", "--out", str(out)], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 1
    assert "differs: api/billing/billing_get_subscription.py" in done.stderr


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda s: s["paths"]["/workspace"]["get"].update(operationId="contacts_list"), "used twice"),
        (
            lambda s: s["paths"]["/workspace"]["get"].update(
                parameters=[{"name": "timeout", "in": "query", "schema": {"type": "integer"}}]
            ),
            "reserved name",
        ),
        (
            lambda s: s["components"]["schemas"]["WebhookCreate"]["properties"].update(max_retries={"type": "integer"}),
            "'max_retries' clashes with a reserved name",
        ),
        (lambda s: s["paths"]["/workspace"]["get"].update(responses={"404": {"description": "x"}}), "no 2xx"),
        (
            lambda s: s["webhooks"]["note.created"]["post"]["requestBody"]["content"]["application/json"]["schema"][
                "allOf"
            ][1]["properties"]["type"].update(const="Note Created!"),
            "dotted snake_case",
        ),
    ],
)
def test_spec_that_breaks_the_rules_is_refused_clearly(tmp_path: Path, mutate: Any, message: str) -> None:
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    mutate(spec)
    with pytest.raises(SpecError, match=message):
        render(_write(tmp_path, spec), tmp_path / "out")


@pytest.mark.parametrize(
    ("mutate", "name", "why"),
    [
        (lambda op: op.update(operationId="getWorkspace"), "workspace.get_workspace", "not snake_case"),
        (lambda op: op.update(tags=["workspace", "billing"]), "workspace.get", "2 tags"),
        (lambda op: op.update(operationId="billing_get_ws"), "workspace.billing_get_ws", "does not start with"),
        (lambda op: op.pop("tags"), "workspace.get", "no tag"),
        (lambda op: op.pop("operationId"), "workspace.get_workspace", "no operationId"),
        (lambda op: op.update(tags=["paginate"], operationId="paginate_run"), "paginate_2.run", "reserved"),
        (lambda op: op.update(operationId="workspace_class"), "workspace.workspace_class", "not a Python name"),
    ],
)
def test_departures_from_the_convention_are_mapped_with_a_warning(
    tmp_path: Path, mutate: Any, name: str, why: str
) -> None:
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    mutate(spec["paths"]["/workspace"]["get"])
    warnings = render(_write(tmp_path, spec), tmp_path / "out")
    names = json.loads((tmp_path / "out" / "_names.json").read_text(encoding="utf-8"))
    assert name in names.values()
    assert len(warnings) == 1 and why in warnings[0] and f"client.{name}" in warnings[0]


def test_parameter_named_like_a_body_field_gets_a_distinct_name(tmp_path: Path) -> None:
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    spec["paths"]["/webhooks"]["post"]["parameters"] = [{"name": "url", "in": "query", "schema": {"type": "string"}}]
    render(_write(tmp_path, spec), tmp_path / "out")
    facade = (tmp_path / "out" / "namespaces" / "webhooks.py").read_text(encoding="utf-8")
    assert "        url: str,\n" in facade and "        url_query: str | Unset = UNSET,\n" in facade


def test_unreadable_document_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "openapi.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(SpecError, match="cannot read"):
        render(bad, tmp_path / "out")
    bad.write_text('{"swagger": "2.0"}', encoding="utf-8")
    with pytest.raises(SpecError, match="not an OpenAPI 3"):
        render(bad, tmp_path / "out")


NEW_OPERATION_SCRIPT = textwrap.dedent(
    """
    import asyncio, respx, warnings
    from leadiosa_async import AsyncLeadiosa, models
    from leadiosa_async._generated.models.conversation_status import CONVERSATION_STATUS_VALUES

    async def main():
        with respx.mock(base_url="https://leadiosa.test/api/v1") as api:
            route = api.post("/conversations/conv_1/snooze").respond(200, json={
                "id": "conv_1", "status": "waiting_on_customer", "channel": "chat", "contact_id": "ct_1",
                "created_at": "2026-05-12T07:28:25Z", "updated_at": "2026-05-12T07:28:25Z",
                "priority": "high"})
            api.get("/workspace").respond(200, json={"id": "w", "name": "n", "status": "active",
                                                     "owner_id": "u", "created_at": "2026-05-12T07:28:25Z"})
            async with AsyncLeadiosa("t", base_url="https://leadiosa.test/api/v1") as client:
                conv = await client.conversations.snooze("conv_1", until="2026-06-01T00:00:00Z", notify=True)
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    await client.workspace.get()
            sent = route.calls.last.request
            assert isinstance(conv, models.Conversation)
            assert "waiting_on_customer" in CONVERSATION_STATUS_VALUES
            print(conv.priority, conv.status, sent.url.params["notify"], sent.content.decode())
            print(caught[0].category.__name__, "workspace_describe" in str(caught[0].message))

    asyncio.run(main())
    """
)


def test_new_operation_field_enum_value_and_deprecation_need_no_hand_written_change(tmp_path: Path) -> None:
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    schemas["Conversation"]["properties"]["priority"] = {"type": "string", "enum": ["low", "high"]}
    new_op = copy.deepcopy(spec["paths"]["/conversations/{conversation_id}/assign"]["post"])
    new_op.pop("deprecated")
    new_op.update(operationId="conversations_snooze", summary="Snooze a conversation", description="Snoozes.")
    new_op["parameters"].append({"name": "notify", "in": "query", "schema": {"type": "boolean"}})
    new_op["requestBody"]["content"]["application/json"] = {
        "schema": {"type": "object", "required": ["until"], "properties": {"until": {"type": "string"}}}
    }
    spec["paths"]["/conversations/{conversation_id}/snooze"] = {"post": new_op}
    schemas["ConversationStatus"]["enum"].append("waiting_on_customer")
    spec["paths"]["/workspace"]["get"].update(deprecated=True, description="Deprecated: use workspace_describe.")

    package = tmp_path / "leadiosa_async"
    shutil.copytree(ROOT / "leadiosa_async", package, ignore=shutil.ignore_patterns("_generated", "__pycache__"))
    generate(_write(tmp_path, spec), package / "_generated")
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", NEW_OPERATION_SCRIPT],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": ""},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        'high waiting_on_customer true {"until":"2026-06-01T00:00:00Z"}',
        "LeadiosaDeprecationWarning True",
    ]


def test_the_reference_nav_follows_the_namespaces(tmp_path: Path) -> None:
    from codegen.docs import NAV_BEGIN, NAV_END, with_nav

    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    spec["paths"]["/workspace"]["get"].update(tags=["Brand New"])  # a new tag, not snake_case
    render(_write(tmp_path, spec), tmp_path / "out")
    nav = (tmp_path / "out" / "_docs" / "_nav.yml").read_text(encoding="utf-8")
    assert "      - client.brand_new: reference/brand_new.md\n" in nav
    assert (tmp_path / "out" / "_docs" / "brand_new.md").exists()
    mkdocs = f"nav:\n  - API reference:\n{NAV_BEGIN}\n      - old.md\n{NAV_END}\n  - After: after.md\n"
    assert with_nav(mkdocs, nav) == f"nav:\n  - API reference:\n{nav}  - After: after.md\n"
    with pytest.raises(SpecError, match="no generated reference block"):
        with_nav("nav: []\n", nav)


def test_a_finding_in_generated_code_is_placed_in_the_package_with_its_line(tmp_path: Path) -> None:
    from codegen.generate import _locate

    out = tmp_path / "_generated"
    (out / "namespaces").mkdir(parents=True)
    (out / "namespaces" / "things.py").write_text("x = 1\n        label: Label | None = UNSET,\n", encoding="utf-8")
    report = _locate(f"{out}/namespaces/things.py:2:16: F821 Undefined name `Label`\nFound 1 error.", out)
    assert report.splitlines() == [
        "  _generated/namespaces/things.py:2 (namespaces.things): F821 Undefined name `Label`",
        "      label: Label | None = UNSET,",
        "  Found 1 error.",
    ]
    assert str(tmp_path) not in report
