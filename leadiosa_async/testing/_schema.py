"""A small JSON Schema checker for the subset openapi.json uses (stdlib only, for the sandbox).

Supports $ref (local), type (incl. lists of types), enum, const, required, properties,
additionalProperties, items, min/maxItems, uniqueItems, min/maxLength, pattern, minimum/maximum,
minProperties, allOf, and the formats date-time, email and uri. `check()` returns the problems as
"field: what is wrong" strings, so the sandbox can answer the way the API does.
"""

from __future__ import annotations

import datetime
import re
from typing import Any
from urllib.parse import urlsplit

TYPES: dict[str, Any] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "object": dict,
    "array": list,
    "null": type(None),
}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _is_type(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, TYPES[name])


def _format_ok(value: str, fmt: str) -> bool:
    if fmt == "date-time":
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            return False
        return "T" in value and parsed.tzinfo is not None
    if fmt == "email":
        return bool(EMAIL.match(value))
    if fmt == "uri":  # RFC 3986: ASCII only, a scheme and an authority
        return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*://[!-~]+", value)) and bool(urlsplit(value).netloc)
    return True


class SchemaChecker:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            node: Any = self.spec
            for part in schema["$ref"].removeprefix("#/").split("/"):
                node = node[part]
            schema = node
        return schema

    def check(self, value: Any, schema: dict[str, Any], where: str = "body") -> list[str]:
        schema = self.resolve(schema)
        problems: list[str] = []
        for sub in schema.get("allOf", []):
            problems += self.check(value, sub, where)
        if "const" in schema and value != schema["const"]:
            return [*problems, f"{where}: must be {schema['const']!r}"]
        if "enum" in schema and value not in schema["enum"]:
            return [*problems, f"{where}: must be one of {', '.join(map(str, schema['enum']))}"]
        types = schema.get("type")
        if types is not None:
            names = types if isinstance(types, list) else [types]
            if not any(_is_type(value, name) for name in names):
                return [*problems, f"{where}: must be of type {' or '.join(names)}"]
        if isinstance(value, str):
            problems += self._string(value, schema, where)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            if "minimum" in schema and value < schema["minimum"]:
                problems.append(f"{where}: must be >= {schema['minimum']}")
            if "maximum" in schema and value > schema["maximum"]:
                problems.append(f"{where}: must be <= {schema['maximum']}")
        elif isinstance(value, list):
            problems += self._array(value, schema, where)
        elif isinstance(value, dict):
            problems += self._object(value, schema, where)
        return problems

    def _string(self, value: str, schema: dict[str, Any], where: str) -> list[str]:
        problems = []
        if len(value) < schema.get("minLength", 0):
            problems.append(f"{where}: must have at least {schema['minLength']} character(s)")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            problems.append(f"{where}: must have at most {schema['maxLength']} characters")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            problems.append(f"{where}: must match {schema['pattern']}")
        if "format" in schema and not _format_ok(value, schema["format"]):
            problems.append(f"{where}: must be a valid {schema['format']}")
        return problems

    def _array(self, value: list[Any], schema: dict[str, Any], where: str) -> list[str]:
        problems = []
        if len(value) < schema.get("minItems", 0):
            problems.append(f"{where}: must have at least {schema['minItems']} item(s)")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            problems.append(f"{where}: must have at most {schema['maxItems']} items")
        if schema.get("uniqueItems") and len({repr(v) for v in value}) != len(value):
            problems.append(f"{where}: items must be unique")
        if "items" in schema:
            for i, item in enumerate(value):
                problems += self.check(item, schema["items"], f"{where}[{i}]")
        return problems

    def _object(self, value: dict[str, Any], schema: dict[str, Any], where: str) -> list[str]:
        problems = [f"{where}.{name}: is required" for name in schema.get("required", []) if name not in value]
        if len(value) < schema.get("minProperties", 0):
            problems.append(f"{where}: must have at least {schema['minProperties']} field(s)")
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            if name in properties:
                problems += self.check(item, properties[name], f"{where}.{name}")
            elif extra is False:
                problems.append(f"{where}.{name}: is not a known field")
            elif isinstance(extra, dict):
                problems += self.check(item, extra, f"{where}.{name}")
        return problems
