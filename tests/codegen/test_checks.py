"""Spec schemas to argument checkers: every construct maps to a checker, and each checker holds."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

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
