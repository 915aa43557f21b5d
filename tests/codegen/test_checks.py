"""Spec schemas to argument checkers: every construct maps to a checker, and each checker holds."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.checks import CheckBuilder
from leadiosa_async import _arguments as args
from leadiosa_async._generated.types import File

SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Node": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Node"}}},
            "Color": {"type": "string", "enum": ["red", "green", None]},
        }
    }
}


@pytest.mark.parametrize(
    ("schema", "source"),
    [
        (
            {"type": "string", "minLength": 1, "maxLength": 5, "pattern": "^a"},
            "Str(min_length=1, max_length=5, pattern='^a')",
        ),
        ({"type": "integer", "minimum": 1, "maximum": 100}, "Number(integer=True, minimum=1, maximum=100)"),
        ({"type": "number", "minimum": 0, "exclusiveMinimum": True}, "Number(exclusive_minimum=0)"),  # 3.0
        ({"type": "number", "exclusiveMaximum": 10}, "Number(exclusive_maximum=10)"),  # 3.1
        ({"type": "boolean"}, "Bool()"),
        ({"type": ["string", "null"]}, "Nullable(Str())"),
        ({"type": "string", "nullable": True}, "Nullable(Str())"),
        ({"type": ["string", "integer"]}, "AnyOf(Str(), Number(integer=True))"),
        ({"anyOf": [{"type": "string"}, {"type": "null"}]}, "Nullable(Str())"),
        ({"oneOf": [{"type": "string"}, {"type": "boolean"}]}, "AnyOf(Str(), Bool())"),
        ({"$ref": "#/components/schemas/Color"}, "Enum(('red', 'green'))"),
        ({"const": "x"}, "Enum(('x',))"),
        ({"type": "string", "format": "date-time"}, "DATETIME"),
        ({"type": "string", "format": "date"}, "DATE"),
        ({"type": "string", "format": "binary"}, 'Instance(File, "a File")'),
        ({"type": "array", "items": {"type": "string"}, "minItems": 1}, "Array(Str(), min_items=1)"),
        (
            {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
            "Model(None, {'a': Str()}, ('a',))",
        ),
        (
            {"type": "object", "additionalProperties": {"type": "integer"}},
            "Model(None, {}, (), extra=Number(integer=True))",
        ),
        ({"type": "object"}, "Model(None, {}, (), extra=Anything())"),
        ({"allOf": [{"type": "string"}]}, "Anything()"),
        ({}, "Anything()"),
        ({"$ref": "#/components/schemas/Node"}, "Model(None, {'child': Anything()}, ())"),  # recursion stops
    ],
)
def test_schema_to_checker_source(schema: dict[str, Any], source: str) -> None:
    assert CheckBuilder(SPEC).source(schema) == source


def _build(source: str) -> args.Check:
    namespace = {name: getattr(args, name) for name in dir(args) if not name.startswith("_")} | {"File": File}
    check: args.Check = eval(source, namespace)  # noqa: S307 - our own generated source, in a test
    return check


@pytest.mark.parametrize(
    ("schema", "good", "bad"),
    [
        (
            {"type": "number", "exclusiveMinimum": 0},
            [0.5, 3],
            [(0, ValueError), (float("inf"), ValueError), (True, TypeError)],
        ),
        ({"type": ["integer", "null"]}, [None, 3], [("3", TypeError)]),
        ({"type": "integer", "minimum": 0}, [10**400], [(-(10**400), ValueError)]),  # no float conversion
        (
            {"type": "array", "items": {"type": "integer"}, "maxItems": 2},
            [[1], (1, 2)],
            [([1, 2, 3], ValueError), ({1}, TypeError)],
        ),
        (
            {"type": "object", "additionalProperties": {"type": "integer"}},
            [{"a": 1}],
            [({"a": "1"}, TypeError), ({1: 1}, TypeError)],
        ),
        ({"oneOf": [{"type": "string"}, {"type": "boolean"}]}, ["a", False], [(1, TypeError)]),
        ({"type": "string", "format": "date-time"}, [datetime.datetime(2026, 1, 1)], [("2026-01-01", TypeError)]),
        ({"$ref": "#/components/schemas/Color"}, ["red"], [("blue", ValueError), (["red"], TypeError), (1, TypeError)]),
    ],
)
def test_generated_checkers_hold(
    schema: dict[str, Any], good: list[Any], bad: list[tuple[Any, type[Exception]]]
) -> None:
    check = _build(CheckBuilder(SPEC).source(schema))
    for value in good:
        assert check("x", value) is value
    for value, error in bad:
        with pytest.raises(error, match="x"):
            check("x", value)


GUARDED = [  # every kind of schema that gets a guard
    {"type": "string"},
    {"type": "string", "minLength": 1},
    {"type": "string", "minLength": 2, "maxLength": 3},
    {"type": "string", "maxLength": 0},
    {"type": "string", "enum": ["open", "closed"]},
    {"const": "x"},
    {"type": "integer"},
    {"type": "integer", "minimum": 1, "maximum": 100},
    {"type": "integer", "minimum": 0, "exclusiveMinimum": True, "maximum": 5, "exclusiveMaximum": True},  # 3.0
    {"type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 10},  # 3.1
    {"type": "number"},
    {"type": "boolean"},
]
UNGUARDED = [  # the checker is always called
    {"type": "string", "pattern": "^a"},
    {"type": "string", "format": "date"},
    {"$ref": "#/components/schemas/Color"},  # an enum with null
    {"enum": [1, 2]},
    {"type": "string", "nullable": True},
    {"type": ["string", "null"]},
    {"anyOf": [{"type": "string"}, {"type": "integer"}]},
    {"type": "array", "items": {"type": "string"}},
]


class StrSubclass(str):
    pass


ARGUMENT_VALUES = st.one_of(
    st.text(max_size=6),
    st.sampled_from(["open", "closed", "x", "red", "", "a"]),
    st.builds(StrSubclass, st.sampled_from(["open", "x", ""])),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.integers(min_value=-3, max_value=110),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.binary(max_size=3),
    st.lists(st.text(max_size=2), max_size=2),
)


@settings(max_examples=400, deadline=None)
@given(value=ARGUMENT_VALUES)
def test_a_guard_is_true_only_for_values_its_checker_accepts(value: Any) -> None:
    """The generated methods skip the checker's call when its guard holds: so the guard must never let through
    a value the checker would refuse (for every schema of the spec's parameters and body fields too)."""
    builder = CheckBuilder(SPEC)
    for schema in GUARDED + UNGUARDED:
        guard = builder.guard(schema, "v")
        if guard is not None and eval(guard, {}, {"v": value}):  # noqa: S307 - our own generated source
            assert _build(builder.source(schema))("v", value) is value, (schema, guard)


def test_the_simple_kinds_get_a_guard_and_the_others_none() -> None:
    builder = CheckBuilder(SPEC)
    assert all(builder.guard(schema, "v") is not None for schema in GUARDED)
    assert all(builder.guard(schema, "v") is None for schema in UNGUARDED)
    assert builder.guard({"type": "integer", "minimum": 1, "maximum": 100}, "v") == (
        "v.__class__ is int and 1 <= v and v <= 100"
    )


def test_every_guard_the_spec_gets_holds_for_the_spec_s_own_examples(spec: dict[str, Any]) -> None:
    """Each guard of the real spec's parameters and body fields, on the values the checker accepts and refuses
    at its edges: a guard that holds must mean the checker accepts."""
    builder = CheckBuilder(spec)
    schemas = [p.get("schema", {}) for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)
               for p in op.get("parameters", []) if isinstance(p, dict)]  # fmt: skip
    schemas += [s for body in spec["components"]["schemas"].values() for s in (body.get("properties") or {}).values()]
    guarded = 0
    for schema in schemas:
        guard = builder.guard(schema, "v")
        if guard is None:
            continue
        guarded += 1
        check = _build(builder.source(schema))
        for value in ["", "a", "x" * 5000, 0, 1, 100, 101, -1, 10**400, True, 1.0, None, StrSubclass("a"), "open"]:
            if eval(guard, {}, {"v": value}):  # noqa: S307 - our own generated source
                assert check("v", value) is value, (schema, guard, value)
    assert guarded >= 20  # the spec's strings, enums and integers have guards
