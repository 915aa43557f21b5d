"""Names for operations: the convention by default, departures mapped, names stable across revisions,
and one reserved-names list that covers the clients' own attributes."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.naming import CLIENT_ATTRIBUTES, NAMESPACE_ATTRIBUTES, RESERVED_NAMESPACES, assign, snake
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
