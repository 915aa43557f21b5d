"""Property-based fuzz of response bodies: the spec's documented responses, mutated (required fields
missing, wrong types, nulls, extra fields, unknown enum values, huge strings, deep nesting, bytes that
are not UTF-8 or not JSON). Every case parses or raises ResponseValidationError — nothing else.

And the other way round, exhaustively: every body that breaks the schema where the SDK can tell (a
required field missing, a field of the wrong JSON type, a date-time that is no date) is refused, at every
depth of the documented example; an over-lenient parser fails here."""

from __future__ import annotations

import contextlib
import copy
import json
from typing import Any

import anyio
import pytest
import respx
from hypothesis import given, settings
from hypothesis import strategies as st

from leadiosa_async import AsyncLeadiosa, LeadiosaDeprecationWarning, ResponseValidationError
from tests.conftest import SPEC_PATH
from tests.spec_examples import operations, success_example
from tests.test_operations import CASES, Case

SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
JSON_CASES = [c for c in CASES if success_example(SPEC, c.operation_id)[1] is not None]


def _nested(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = {"x": [value]}
    return value


REPLACEMENTS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.just("x" * 200_000),  # huge string
    st.just("unknown_enum_value_from_the_future"),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.integers(min_value=2, max_value=60).map(_nested),
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _mutate(body: Any, kind: str, path: tuple[Any, ...], value: Any) -> Any:
    body = copy.deepcopy(body)
    if not path:
        return value if kind == "replace" else body
    parent = body
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if kind == "delete" and isinstance(parent, dict):
        del parent[last]
    elif kind == "delete" and isinstance(parent, list):
        parent.pop(last)
    elif kind == "extra" and isinstance(parent, dict):
        parent[f"{last}_added_later"] = value
    else:
        parent[last] = value
    return body


@st.composite
def mutated_bodies(draw: st.DrawFn, example: Any) -> bytes:
    body = example
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = _paths(body)
        path = draw(st.sampled_from(paths))
        body = _mutate(body, draw(st.sampled_from(["delete", "replace", "extra"])), path, draw(REPLACEMENTS))
    raw = json.dumps(body).encode()
    damage = draw(st.sampled_from(["none", "none", "truncate", "bad_utf8", "not_json", "deep"]))
    if damage == "truncate":
        raw = raw[: draw(st.integers(min_value=0, max_value=len(raw)))]
    elif damage == "bad_utf8":
        cut = draw(st.integers(min_value=0, max_value=len(raw)))
        raw = raw[:cut] + b"\xff\xfe\xc3" + raw[cut:]
    elif damage == "not_json":
        raw = b"<html>" + raw
    elif damage == "deep":  # deeper than the JSON decoder's recursion limit
        depth = draw(st.integers(min_value=900, max_value=100_000))
        raw = b'{"id": ' + b"[" * depth + b"]" * depth + b', "data": [], "pagination": {"has_more": false}}'
    return raw


@pytest.mark.parametrize("case", JSON_CASES, ids=lambda c: c.operation_id)
def test_mutated_responses_parse_or_raise_response_validation_error(case: Case) -> None:
    method, _, op = operations(SPEC)[case.operation_id]
    status, example = success_example(SPEC, case.operation_id)

    async def call(body: bytes) -> None:
        with respx.mock(base_url="https://leadiosa.test/api/v1") as api:
            api.request(method, case.path).respond(status, content=body, headers={"content-type": "application/json"})
            async with AsyncLeadiosa("t", base_url="https://leadiosa.test/api/v1", max_retries=0) as client:
                with contextlib.suppress(ResponseValidationError):  # the one error allowed
                    await case.call(client)

    # New mutations on every run; in CI the seed comes from the commit (tests/conftest.py), printed in the header.
    @settings(max_examples=25, deadline=None)
    @given(body=mutated_bodies(example))
    def check(body: bytes) -> None:
        with pytest.warns(LeadiosaDeprecationWarning) if op.get("deprecated") else contextlib.nullcontext():
            anyio.run(call, body)

    check()


WRONG_TYPE = {"string": 12345, "integer": "12", "number": "1.5", "boolean": "true", "array": {"x": 1}, "object": [1]}


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _schema_at(schema: Any, path: tuple[Any, ...]) -> Any:
    """The schema of the value at `path` of a body of `schema`; None where the schema does not say one."""
    for step in path:
        schema = _resolve(schema)
        if isinstance(step, int):
            schema = schema.get("items")
        else:
            props = schema.get("properties", {})
            schema = props.get(step) if step in props else None
        if schema is None:
            return None
    return _resolve(schema)


def _kind(schema: Any) -> str | None:
    """The one JSON type a schema allows (besides null); None for unions and untyped schemas."""
    if not isinstance(schema, dict) or any(k in schema for k in ("oneOf", "anyOf", "allOf")):
        return None
    kinds = schema.get("type")
    kinds = {kinds} if isinstance(kinds, str) else set(kinds or ()) - {"null"}
    return kinds.pop() if len(kinds) == 1 else None


def off_shape_bodies(example: Any, schema: Any) -> list[tuple[str, Any]]:
    """(what is wrong, body) for every field of the example: missing when required, of the wrong type,
    and an unparseable date-time."""
    found = []
    for path in _paths(example)[1:]:
        field = _schema_at(schema, path)
        kind = _kind(field)
        where = "/".join(map(str, path))
        if kind is not None:
            found.append(
                (f"{where} as {type(WRONG_TYPE[kind]).__name__}", _mutate(example, "replace", path, WRONG_TYPE[kind]))
            )
        if kind == "string" and field.get("format") == "date-time":
            found.append((f"{where} not a date", _mutate(example, "replace", path, "the day after tomorrow")))
        parent = _schema_at(schema, path[:-1])
        if isinstance(path[-1], str) and path[-1] in parent.get("required", ()):
            found.append((f"{where} missing", _mutate(example, "delete", path, None)))
    return found


@pytest.mark.parametrize("case", JSON_CASES, ids=lambda c: c.operation_id)
def test_off_shape_responses_are_refused(case: Case) -> None:
    method, _, op = operations(SPEC)[case.operation_id]
    status, example = success_example(SPEC, case.operation_id)
    schema = op["responses"][str(status)]["content"]["application/json"]["schema"]
    bodies = off_shape_bodies(example, schema)
    assert len(bodies) >= 3, case.operation_id  # the example has fields to break
    accepted = []

    async def call() -> None:
        async with AsyncLeadiosa("t", base_url="https://leadiosa.test/api/v1", max_retries=0) as client:
            with respx.mock(base_url="https://leadiosa.test/api/v1") as api:
                route = api.request(method, case.path)
                for what, body in bodies:
                    route.respond(status, json=body)
                    try:
                        await case.call(client)
                    except ResponseValidationError:
                        continue
                    accepted.append(what)

    with pytest.warns(LeadiosaDeprecationWarning) if op.get("deprecated") else contextlib.nullcontext():
        anyio.run(call)
    assert not accepted, f"{case.operation_id} accepted off-shape bodies: {accepted}"
