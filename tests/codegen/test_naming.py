"""Names for operations: the convention by default, departures mapped, names stable across revisions,
and one reserved-names list that covers the clients' own attributes."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.naming import (
    CLIENT_ATTRIBUTES,
    NAMESPACE_ATTRIBUTES,
    RESERVED_NAMESPACES,
    assign,
    derive,
    operation_key,
    snake,
)
from leadiosa_async import AsyncLeadiosa
from leadiosa_async._generated.namespaces import TAGS
from tests.conftest import BASE_URL, TOKEN


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("get-Weird_thing.v2", "get_weird_thing_v2"),
        ("getWorkspace", "get_workspace"),
        ("HTTPStatusCheck", "http_status_check"),
        ("2fa", "op_2fa"),
        ("class", "class_"),
        ("--", "op"),
    ],
)
def test_snake(text: str, expected: str) -> None:
    assert snake(text) == expected


def _op(op_id: str | None, tags: list[str] | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {}
    if op_id is not None:
        op["operationId"] = op_id
    if tags is not None:
        op["tags"] = tags
    return op


def test_a_later_revision_never_renames_an_existing_method() -> None:
    first = assign([("things_list", "get", "/things", _op("things_list", ["things"]))], {})
    assert first.names == {"things_list": ("things", "list")} and first.warnings == []
    previous = {key: ".".join(name) for key, name in first.names.items()}
    # a new operation whose derived name is the same sorts first in the document
    revision = [
        ("list", "get", "/other", _op("list", ["things"])),
        ("things_list", "get", "/things", _op("things_list", ["things"])),
    ]
    second = assign(revision, previous)
    assert second.names["things_list"] == ("things", "list")  # kept
    assert second.names["list"] == ("things", "list_2")  # the newcomer gets the suffix, with a warning
    assert any("things.list is taken" in w for w in second.warnings)


def test_untagged_and_unusual_ids_are_mapped_deterministically() -> None:
    ops = [("get-Weird_thing.v2", "get", "/experiments/weird", _op("get-Weird_thing.v2"))]
    assert (
        assign(ops, {}).names == assign(ops, {}).names == {"get-Weird_thing.v2": ("experiments", "get_weird_thing_v2")}
    )


def test_the_reserved_names_cover_every_public_attribute_of_the_client() -> None:
    client = AsyncLeadiosa(TOKEN, base_url=BASE_URL)
    public = {name for name in dir(client) if not name.startswith("_")} - set(TAGS)
    assert public <= CLIENT_ATTRIBUTES, public - CLIENT_ATTRIBUTES
    assert not set(TAGS) & RESERVED_NAMESPACES
    namespace = client.conversations
    assert {n for n in dir(namespace) if not n.startswith("_")} - {"assign", "create", "get", "list", "update"} <= (
        NAMESPACE_ATTRIBUTES
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("already_snake", "already_snake"),
        ("ABC", "abc"),
        ("ABCDef", "abc_def"),
        ("a1B", "a1_b"),
        ("__x__", "x"),
        ("Xray", "xray"),
        ("_X_", "x"),
        ("import", "import_"),
        ("None", "none"),
    ],
)
def test_snake_more(text: str, expected: str) -> None:
    assert snake(text) == expected


@pytest.mark.parametrize(
    ("method", "path", "op", "expected"),
    [
        ("get", "/things", _op("things_list", ["things"]), ("things", "list", None)),
        (
            "get",
            "/things",
            _op("things_list", ["things", "other"]),
            ("things", "list", "2 tags, the first names the namespace"),
        ),
        ("get", "/things", _op("things_list", ["Things"]), ("things", "list", "tag 'Things' is not snake_case")),
        (
            "get",
            "/things",
            _op("listThings", ["things"]),
            ("things", "list_things", "operationId 'listThings' is not snake_case"),
        ),
        (
            "get",
            "/things",
            _op("thingsList", ["things"]),
            ("things", "list", "operationId 'thingsList' is not snake_case"),
        ),
        (
            "get",
            "/things",
            _op("list", ["things"]),
            ("things", "list", "operationId 'list' does not start with 'things_'"),
        ),
        ("get", "/things", _op("things_", ["things"]), ("things", "things", "operationId 'things_' is not snake_case")),
        (
            "get",
            "/things",
            _op("things", ["things"]),
            ("things", "things", "operationId 'things' does not start with 'things_'"),
        ),
        ("get", "/things/{id}/parts", _op(None, ["things"]), ("things", "get_things_id_parts", "no operationId")),
        ("get", "/things", _op("things_a", ["things"]), ("things", "a", None)),
        (
            "get",
            "/things",
            _op("things_class", ["things"]),
            ("things", "things_class", "'class' alone is not a Python name, so the method keeps the prefix"),
        ),
        (
            "get",
            "/things",
            _op("things_2fa", ["things"]),
            ("things", "things_2fa", "'2fa' alone is not a Python name, so the method keeps the prefix"),
        ),
        (
            "get",
            "/things",
            _op("thingsImport", ["things"]),
            (
                "things",
                "things_import",
                "operationId 'thingsImport' is not snake_case; "
                "'import' alone is not a Python name, so the method keeps the prefix",
            ),
        ),
        ("get", "/things", _op("things_match", ["things"]), ("things", "match", None)),
        ("get", "/things", _op("pass", ["things"]), ("things", "pass_", "operationId 'pass' is a Python keyword")),
        (
            "get",
            "/things/{id}",
            _op("things_get"),
            ("things", "get", "no tag: the namespace is the path's first segment"),
        ),
        ("get", "/{id}", _op("get_one"), ("default", "get_one", "no tag: the namespace is the path's first segment")),
        (
            "post",
            "/My-Things",
            {"operationId": "", "tags": ["", 3]},
            ("my_things", "post_my_things", "no tag: the namespace is the path's first segment; no operationId"),
        ),
    ],
)
def test_derive_names_and_says_why_they_depart(method: str, path: str, op: dict[str, Any], expected: Any) -> None:
    assert derive(method, path, op) == expected


def test_operation_key_is_the_operation_id_or_the_method_and_path() -> None:
    assert operation_key("get", "/a", {"operationId": "a_get"}) == "a_get"
    assert operation_key("get", "/a", {"operationId": ""}) == "GET /a"
    assert operation_key("post", "/a", {"operationId": 7}) == "POST /a"
    assert operation_key("post", "/a", {}) == "POST /a"


def test_reserved_namespaces_and_methods_get_numbered_with_a_warning() -> None:
    ops = [
        ("bulk_run", "post", "/bulk", _op("bulk_run", ["bulk"])),
        ("config_get", "get", "/config", _op("config_get", ["config"])),
        ("config_2_get", "get", "/config2", _op("config_2_get", ["config_2"])),
        ("help_me", "get", "/help", _op("help_me", ["help", "other"])),
        ("things_with_options", "get", "/things", _op("things_with_options", ["things"])),
        ("things_with_raw_response", "get", "/things/raw", _op("things_with_raw_response", ["things"])),
    ]
    naming = assign(ops, {})
    assert naming.names == {
        "bulk_run": ("bulk_2", "run"),
        "config_get": ("config_2", "get"),
        "config_2_get": ("config_2", "get_2"),
        "help_me": ("help_2", "me"),
        "things_with_options": ("things", "with_options_2"),
        "things_with_raw_response": ("things", "with_raw_response_2"),
    }
    assert naming.warnings == [
        "POST /bulk (bulk_run) -> client.bulk_2.run: namespace 'bulk' is reserved",
        "GET /config (config_get) -> client.config_2.get: namespace 'config' is reserved",
        "GET /config2 (config_2_get) -> client.config_2.get_2: config_2.get is taken",
        "GET /help (help_me) -> client.help_2.me: 2 tags, the first names the namespace; namespace 'help' is reserved",
        "GET /things (things_with_options) -> client.things.with_options_2: things.with_options is taken",
        "GET /things/raw (things_with_raw_response) -> client.things.with_raw_response_2: "
        "things.with_raw_response is taken",
    ]


def test_a_name_taken_twice_counts_on_and_every_departure_is_listed() -> None:
    ops = [
        ("a", "get", "/x", _op("x_list", ["x"])),
        ("b", "get", "/y", _op("xList", ["x"])),
        ("c", "get", "/z", _op("x_list_2", ["x"])),
        ("GET /w", "get", "/w", _op(None, ["x", "y"])),
    ]
    naming = assign(ops, {"a": "x.list", "c": "x.list_2", "broken": "x.gone", "unsplit": "nodot"})
    assert naming.names == {"a": ("x", "list"), "c": ("x", "list_2"), "b": ("x", "list_3"), "GET /w": ("x", "get_w")}
    assert naming.warnings == [
        "GET /y (b) -> client.x.list_3: operationId 'xList' is not snake_case; x.list is taken",
        "GET /w (GET /w) -> client.x.get_w: 2 tags, the first names the namespace; no operationId",
    ]


def test_a_previous_name_without_a_namespace_is_ignored() -> None:
    naming = assign([("k", "get", "/k", _op("k_get", ["k"]))], {"k": "nodot"})
    assert naming.names == {"k": ("k", "get")} and naming.warnings == []


def test_a_previous_name_splits_at_its_first_dot_only() -> None:
    naming = assign([("k", "get", "/k", _op("k_get", ["k"]))], {"k": "ns.a.b"})
    assert naming.names == {"k": ("ns", "a.b")}
