"""`python -m codegen diff`: every kind of surface change, classified additive or breaking."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen.diff import Change, changelog_entry, render, surface_diff
from tests.conftest import ROOT

Spec = dict[str, Any]


def base() -> Spec:
    item = {
        "type": "object",
        "required": ["id", "status"],
        "properties": {
            "id": {"type": "string"},
            "status": {"$ref": "#/components/schemas/Status"},
            "note": {"type": "string"},
            "kind": {"type": "string", "enum": ["a", "b"]},
        },
    }
    create = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}}},
    }
    ok = {
        "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/items": {
                "get": {
                    "operationId": "items_list",
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                        {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}},
                    ],
                    "responses": ok,
                },
                "post": {
                    "operationId": "items_create",
                    "responses": ok,
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ItemCreate"}}}
                    },
                },
            },
            "/items/{id}": {"get": {"operationId": "items_get", "responses": ok}},
        },
        "components": {
            "schemas": {"Item": item, "ItemCreate": create, "Status": {"type": "string", "enum": ["open", "closed"]}}
        },
    }


def _schemas(s: Spec) -> dict[str, Any]:
    return s["components"]["schemas"]  # type: ignore[no-any-return]


def _list_op(s: Spec) -> dict[str, Any]:
    return s["paths"]["/items"]["get"]  # type: ignore[no-any-return]


CASES: list[tuple[str, Callable[[Spec], object], bool, str]] = [
    (
        "operation added",
        lambda s: s["paths"].update({"/x": {"get": {"operationId": "x_get", "responses": {}}}}),
        False,
        "GET /x (x_get)",
    ),
    ("operation removed", lambda s: s["paths"].pop("/items/{id}"), True, "GET /items/{id} (items_get)"),
    ("operation deprecated", lambda s: _list_op(s).update(deprecated=True), False, "GET /items (items_list)"),
    (
        "operation moved",
        lambda s: s["paths"].update({"/v2/items/{id}": s["paths"].pop("/items/{id}")}),
        True,
        "GET /v2/items/{id} (items_get)",
    ),
    (
        "parameter added",
        lambda s: _list_op(s)["parameters"].append({"name": "after", "in": "query"}),
        False,
        "GET /items (items_list) query after",
    ),
    (
        "parameter added",
        lambda s: _list_op(s)["parameters"].append({"name": "x", "in": "query", "required": True}),
        True,
        "GET /items (items_list) query x",
    ),
    ("parameter removed", lambda s: _list_op(s)["parameters"].pop(0), True, "GET /items (items_list) query limit"),
    (
        "parameter type changed",
        lambda s: _list_op(s)["parameters"][0].update(schema={"type": "string"}),
        True,
        "GET /items (items_list) query limit",
    ),
    (
        "parameter became required",
        lambda s: _list_op(s)["parameters"][0].update(required=True),
        True,
        "GET /items (items_list) query limit",
    ),
    (
        "parameter became optional",
        lambda s: _list_op(s)["parameters"][1].update(required=False),
        False,
        "GET /items (items_list) query q",
    ),
    (
        "field added",
        lambda s: _schemas(s)["Item"]["properties"].update(priority={"type": "string"}),
        False,
        "Item.priority",
    ),
    (
        "field added",
        lambda s: (
            _schemas(s)["ItemCreate"]["properties"].update(owner={"type": "string"}),
            _schemas(s)["ItemCreate"]["required"].append("owner"),
        ),
        True,
        "ItemCreate.owner",
    ),
    (
        "field added",
        lambda s: _schemas(s)["ItemCreate"]["properties"].update(color={"type": "string"}),
        False,
        "ItemCreate.color",
    ),
    ("field removed", lambda s: _schemas(s)["Item"]["properties"].pop("note"), True, "Item.note"),
    (
        "field type changed",
        lambda s: _schemas(s)["Item"]["properties"].update(note={"type": "integer"}),
        True,
        "Item.note",
    ),
    (
        "field type changed",
        lambda s: _schemas(s)["ItemCreate"]["properties"].update(tags={"type": "array", "items": {"type": "integer"}}),
        True,
        "ItemCreate.tags",
    ),
    ("field became required", lambda s: _schemas(s)["ItemCreate"]["required"].append("tags"), True, "ItemCreate.tags"),
    ("field became required", lambda s: _schemas(s)["Item"]["required"].append("note"), False, "Item.note"),
    ("field became optional", lambda s: _schemas(s)["Item"]["required"].remove("id"), True, "Item.id"),
    ("field became optional", lambda s: _schemas(s)["ItemCreate"]["required"].remove("name"), False, "ItemCreate.name"),
    ("enum value added", lambda s: _schemas(s)["Status"]["enum"].append("snoozed"), False, "Status: snoozed"),
    ("enum value removed", lambda s: _schemas(s)["Status"]["enum"].remove("closed"), True, "Status: closed"),
    (
        "enum value added",
        lambda s: _schemas(s)["Item"]["properties"]["kind"]["enum"].append("c"),
        False,
        "Item.kind: c",
    ),
    (
        "enum value removed",
        lambda s: _schemas(s)["Item"]["properties"]["kind"]["enum"].remove("a"),
        True,
        "Item.kind: a",
    ),
    ("schema added", lambda s: _schemas(s).update(New={"type": "object"}), False, "New"),
    ("schema type changed", lambda s: _schemas(s).update(Status={"type": "integer"}), True, "Status"),
]


@pytest.mark.parametrize(("kind", "mutate", "breaking", "where"), CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES])
def test_each_change_kind_is_found_and_classified(
    kind: str, mutate: Callable[[Spec], object], breaking: bool, where: str
) -> None:
    new = copy.deepcopy(base())
    mutate(new)
    changes = surface_diff(base(), new)
    assert [c for c in changes if c.kind == kind and c.where == where] == [Change(breaking, kind, where, ANY)]


class _Any(str):
    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = str.__hash__


ANY = _Any()


def test_identical_documents_have_no_changes_and_rendering_is_readable() -> None:
    assert surface_diff(base(), base()) == []
    new = base()
    new["paths"].pop("/items/{id}")
    _schemas(new)["Status"]["enum"].append("snoozed")
    text = render(surface_diff(base(), new), "1", "2")
    assert text.splitlines() == [
        "API surface changes (1 -> 2): 2 change(s), 1 breaking",
        "- BREAKING: operation removed: GET /items/{id} (items_get)",
        "- additive: enum value added: Status: snoozed",
    ]
    entry = changelog_entry(surface_diff(base(), new), "1", "2", "2026-11-22")
    assert entry.startswith("### API: openapi.json 1 -> 2 (regenerated 2026-11-22)\n- BREAKING")


def test_cli_fails_on_breaking_only_when_asked(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(base()), encoding="utf-8")
    spec = base()
    spec["paths"].pop("/items/{id}")
    new.write_text(json.dumps(spec), encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(  # noqa: S603
            [sys.executable, "-m", "codegen", "diff", *args], cwd=ROOT, capture_output=True, text=True
        )

    assert run(str(old), str(new)).returncode == 0
    failed = run(str(old), str(new), "--fail-on-breaking")
    assert failed.returncode == 1 and "BREAKING: operation removed" in failed.stdout
    assert run(str(old), str(old), "--fail-on-breaking").returncode == 0
