"""Argument checks generated from the spec: each parameter's and body field's schema becomes the
source of a checker from `leadiosa_async._arguments` (re-exported by `_protocol`).

Every construct maps to a checker: types, string lengths and patterns, numeric bounds (3.0 and
3.1 forms of exclusive bounds), enums and consts, arrays with item counts, nested objects (keys
closed unless `additionalProperties` allows more), `type: [x, "null"]`, `nullable`, and
anyOf/oneOf as "any alternative passes". `allOf`, `not` and schemas without a type are left to
the server (`Anything()`), as are references that recurse past MAX_DEPTH.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .spec_model import parameters, request_body, wire
from .support import read_only

MAX_DEPTH = 12


@dataclass
class ArgCheck:
    python_name: str
    const: str
    required: bool
    guard: str | None = None  # an expression true only for values the checker accepts (its call is skipped)


def is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "null" or schema.get("enum") == [None])


class CheckBuilder:
    """Checker constants for one generated module, deduplicated by their source."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.constants: dict[str, str] = {}  # source -> constant name

    def const(self, source: str) -> str:
        if source not in self.constants:
            self.constants[source] = f"_CHECK_{len(self.constants)}"
        return self.constants[source]

    def resolve(self, schema: Any, seen: tuple[str, ...]) -> tuple[dict[str, Any], tuple[str, ...]]:
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref in seen or not ref.startswith("#/"):
                return {}, seen  # recursion or an external reference: the server decides
            seen = (*seen, ref)
            node: Any = self.spec
            for part in ref[2:].split("/"):
                node = node.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(node, dict) else {}
            schema = node
        return (schema if isinstance(schema, dict) else {}), seen

    def source(self, schema: Any, cls: str | None = None, seen: tuple[str, ...] = ()) -> str:
        """Python source of the checker for `schema`; `cls` names the model class of an object."""
        schema, seen = self.resolve(schema, seen)
        if len(seen) > MAX_DEPTH:
            return "Anything()"
        nullable = bool(schema.get("nullable"))
        kind = schema.get("type")
        if isinstance(kind, list):
            nullable = nullable or "null" in kind
            kinds = [k for k in kind if k != "null"]
            if len(kinds) != 1:
                inner = ", ".join(self.source({**schema, "type": k}, cls, seen) for k in kinds)
                return self._nullable(f"AnyOf({inner})" if kinds else "Anything()", nullable)
            kind = kinds[0]
        for key in ("anyOf", "oneOf"):
            if isinstance(schema.get(key), list) and "properties" not in schema:
                alternatives = [a for a in schema[key] if not is_null(a)]
                nullable = nullable or len(alternatives) < len(schema[key])
                parts = [self.source(a, None, seen) for a in alternatives]
                inner = parts[0] if len(parts) == 1 else f"AnyOf({', '.join(parts)})"
                return self._nullable(inner if parts else "Anything()", nullable)
        return self._nullable(self._typed(schema, kind, cls, seen), nullable)

    def _typed(self, schema: dict[str, Any], kind: Any, cls: str | None, seen: tuple[str, ...]) -> str:
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            return f"Enum({tuple(values)!r})"
        if "const" in schema:
            return f"Enum({(schema['const'],)!r})"
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "date-time":
                return "DATETIME"
            if fmt == "date":
                return "DATE"
            if fmt == "binary":
                return 'Instance(File, "a File")'
            args = _args(min_length=schema.get("minLength"), max_length=schema.get("maxLength"),
                         pattern=schema.get("pattern"))  # fmt: skip
            return f"Str({args})"
        if kind in ("integer", "number"):
            return f"Number({_args(integer=kind == 'integer' or None, **_bounds(schema))})"
        if kind == "boolean":
            return "Bool()"
        if kind == "array":
            item = self.source(schema.get("items", {}), None, seen)
            return f"Array({item}{_tail(min_items=schema.get('minItems'), max_items=schema.get('maxItems'))})"
        if kind == "object" or "properties" in schema:
            return self._model(schema, cls, seen)
        return "Anything()"  # allOf, not, or no type: the server decides

    def _model(self, schema: dict[str, Any], cls: str | None, seen: tuple[str, ...]) -> str:
        properties = {k: v for k, v in (schema.get("properties") or {}).items() if not read_only(v)}  # never sent
        fields = ", ".join(f"{name!r}: {self.source(sub, None, seen)}" for name, sub in properties.items())
        extra_schema = schema.get("additionalProperties")
        if extra_schema is False or (extra_schema is None and properties):
            extra = ""  # closed: unknown keys are refused
        elif extra_schema is True or extra_schema is None:
            extra = ", extra=Anything()"
        else:
            extra = f", extra={self.source(extra_schema, None, seen)}"
        required = tuple(r for r in schema.get("required") or () if r in properties)
        return f"Model({cls or 'None'}, {{{fields}}}, {required!r}{extra})"

    def guard(self, schema: Any, name: str) -> str | None:
        """A cheap expression over the argument `name`, true only for values the checker of `schema` accepts,
        so the method calls the checker for the rest alone (a call per argument cost about 0.3 µs in a 100 µs
        call). Exact classes only (a str subclass takes the checker); None where no such expression is simple
        (patterns, formats, floats, nullable, unions, arrays, objects)."""
        schema, _ = self.resolve(schema, ())
        if schema.get("nullable") or any(key in schema for key in ("anyOf", "oneOf", "allOf", "not")):
            return None
        kind = schema.get("type")
        if "enum" in schema or "const" in schema:
            values = schema["enum"] if "enum" in schema else [schema["const"]]
            if values and all(isinstance(v, str) for v in values):  # `in {...}` of constants: a frozenset constant
                return f"{name}.__class__ is str and {name} in {{{', '.join(repr(v) for v in sorted(set(values)))}}}"
            return None
        if kind == "string" and "format" not in schema and "pattern" not in schema:
            low, high = schema.get("minLength"), schema.get("maxLength")
            length = (f" and {low} <= len({name})" if isinstance(low, int) and low > 0 else "") + (
                f" and len({name}) <= {high}" if isinstance(high, int) else ""
            )
            return f"{name}.__class__ is str{length}"
        if kind in ("integer", "number"):  # ints only: a float takes the checker (finite, and its type)
            conditions = [f"{name}.__class__ is int"]
            for key, op, flip in (("minimum", "<=", False), ("exclusive_minimum", "<", False),
                                  ("maximum", "<=", True), ("exclusive_maximum", "<", True)):  # fmt: skip
                bound = _bounds(schema).get(key)
                if isinstance(bound, int | float) and not isinstance(bound, bool):
                    conditions.append(f"{name} {op} {bound!r}" if flip else f"{bound!r} {op} {name}")
            return " and ".join(conditions)
        if kind == "boolean":
            return f"{name}.__class__ is bool"
        return None

    @staticmethod
    def _nullable(source: str, nullable: bool) -> str:
        return f"Nullable({source})" if nullable and source != "Anything()" else source


def _bounds(schema: dict[str, Any]) -> dict[str, Any]:
    bounds = {"minimum": schema.get("minimum"), "maximum": schema.get("maximum")}
    for key, base in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        value = schema.get(key)
        if value is True:  # OpenAPI 3.0: a flag on minimum/maximum
            bounds[f"exclusive_{base}"] = bounds.pop(base)
        elif isinstance(value, int | float) and not isinstance(value, bool):  # 3.1: the bound itself
            bounds[f"exclusive_{base}"] = value
    return bounds


def _args(**values: Any) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in values.items() if v is not None)


def _tail(**values: Any) -> str:
    text = _args(**values)
    return f", {text}" if text else ""


def add_checks(builder: CheckBuilder, spec: dict[str, Any], info: Any) -> None:
    """Fill `info.checks` (an `OpInfo`) with one checker per query/header parameter and body field."""
    params = parameters(spec, info.raw, info.path_item)
    endpoint = info.endpoint
    checks = []
    for prop in endpoint.path_parameters:  # the spec's type and bounds, as for any argument (5 for a string ID is a
        schema = params.get(wire(prop.name), {}).get("schema", {})  # TypeError); path_segment() refuses "", ".", ".."
        source = builder.source(schema)
        if source != "Anything()":
            name = str(prop.python_name)
            checks.append(ArgCheck(name, builder.const(source), True, builder.guard(schema, name)))
    for prop in endpoint.query_parameters + endpoint.header_parameters:
        schema = params.get(wire(prop.name), {}).get("schema", {})
        name = str(prop.python_name)
        checks.append(ArgCheck(name, builder.const(builder.source(schema)), bool(prop.required),
                               builder.guard(schema, name)))  # fmt: skip
    body = request_body(spec, info.raw)
    fields = body.get("properties") or {}
    for prop in info.body_fields:
        cls = prop.class_info.name if getattr(prop, "template", "") == "model_property.py.jinja" else None
        schema = fields.get(wire(prop.name), {})
        name = str(prop.python_name)
        checks.append(ArgCheck(name, builder.const(builder.source(schema, cls)), bool(prop.required),
                               builder.guard(schema, name)))  # fmt: skip
    if endpoint.bodies and not info.body_class:
        checks.append(ArgCheck("body", builder.const(builder.source(body)), True))
    info.checks = checks
    deprecated = [
        str(p.python_name)
        for p in endpoint.query_parameters + endpoint.header_parameters
        if params.get(wire(p.name), {}).get("deprecated")
        or params.get(wire(p.name), {}).get("schema", {}).get("deprecated")
    ]
    deprecated += [
        str(p.python_name)
        for p in info.body_fields
        if isinstance(fields.get(wire(p.name)), dict) and fields[wire(p.name)].get("deprecated")
    ]
    info.deprecated_args = deprecated
    minimum = body.get("minProperties")
    info.min_fields = minimum if info.body_class and isinstance(minimum, int) and minimum > 0 else None
