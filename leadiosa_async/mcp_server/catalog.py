"""Which operations an agent may call, as MCP tools: one per operation of the operations table (the SDK's and the
CLI's), named by its operationId, described by the spec's summary and description, with an input schema built from
the spec's path, query and body schemas (required fields, enums, bounds, nested objects).

Safety is by kind, decided here and nowhere else: an operation is "read" (GET), "write" (any other method), or
"destructive" (DELETE, and `DESTRUCTIVE` by name: closing the workspace schedules the deletion of all its data). A
tool the server's flags refuse is not listed at all, so an agent never sees it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any, Literal

from .._generated import _operations
from .._operation import Operation

Kind = Literal["read", "write", "destructive"]
DESTRUCTIVE = frozenset({"workspace_close"})  # POSTs that destroy: the workspace's data is purged 30 days later
MAX_DEPTH = 8  # nested $refs inlined this deep (a recursive schema stops there, as an open object)


class Tool:
    """One operation as an MCP tool."""

    __slots__ = ("description", "files", "kind", "name", "operation", "schema", "summary")

    def __init__(
        self, operation: Operation, summary: str, description: str, schema: dict[str, Any], files: frozenset[str]
    ) -> None:
        self.operation = operation
        self.name = operation.operation_id
        self.summary = summary
        self.description = description
        self.schema = schema
        self.files = files  # the arguments that name a local file to upload
        self.kind: Kind = kind_of(operation)

    def __repr__(self) -> str:
        return f"Tool({self.name}, {self.kind})"


def kind_of(operation: Operation) -> Kind:
    if operation.method == "DELETE" or operation.operation_id in DESTRUCTIVE:
        return "destructive"
    return "read" if operation.method == "GET" else "write"


def load_spec() -> dict[str, Any]:
    """The `openapi.json` the SDK was generated from (shipped with it)."""
    text = resources.files("leadiosa_async._generated").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def tools(spec: Mapping[str, Any] | None = None) -> list[Tool]:
    """Every operation as a tool, in the operations table's order."""
    spec = spec if spec is not None else load_spec()
    found = []
    for operation in _operations.OPERATIONS.values():
        described = spec["paths"][operation.path][operation.method.lower()]
        summary = described.get("summary", operation.operation_id)
        text = "\n\n".join(part for part in (summary, described.get("description", "")) if part)
        found.append(Tool(operation, summary, text, *input_schema(spec, operation, described)))
    return found


def allowed(
    catalog: Iterable[Tool], *, allow_writes: bool, allow_destructive: bool, only: Iterable[str] | None = None
) -> list[Tool]:
    """The tools the flags allow: reads always, writes with `allow_writes`, destructive ones with both; narrowed to
    `only` (names) when given. An unknown name in `only` is a ValueError (a typo must not serve nothing quietly)."""
    catalog = list(catalog)
    wanted = None if only is None else set(only)
    if wanted is not None:
        unknown = sorted(wanted - {tool.name for tool in catalog})
        if unknown:
            raise ValueError(f"--tools: no operation named {', '.join(unknown)}")
    permitted = {"read"} | ({"write"} if allow_writes else set()) | ({"destructive"} if allow_destructive else set())
    if allow_destructive and not allow_writes:
        raise ValueError("--allow-destructive needs --allow-writes too")
    return [tool for tool in catalog if tool.kind in permitted and (wanted is None or tool.name in wanted)]


def input_schema(
    spec: Mapping[str, Any], operation: Operation, described: Mapping[str, Any]
) -> tuple[dict[str, Any], frozenset[str]]:
    """A JSON Schema object of the method's arguments (path and query parameters, and the body's fields), and the
    names of its file fields, each taken as the path of a local file, which the server reads."""
    properties: dict[str, Any] = {}
    files: set[str] = set()
    required: list[str] = []
    for parameter in described.get("parameters", []):
        parameter = _resolve(spec, parameter, 0)
        if parameter.get("in") not in ("path", "query"):
            continue
        schema = dict(_resolve(spec, parameter.get("schema", {}), 0))
        if parameter.get("description"):
            schema["description"] = parameter["description"]
        properties[parameter["name"]] = schema
        if parameter.get("required"):
            required.append(parameter["name"])
    content = described.get("requestBody", {}).get("content", {})
    for media, body in content.items():
        schema = _resolve(spec, body.get("schema", {}), 0)
        for name, field in schema.get("properties", {}).items():
            if media == "multipart/form-data" and field.get("format") == "binary":
                field = {"type": "string", "description": "The path of a local file to upload (read by the server)."}
                files.add(name)
            properties[name] = field
        required.extend(schema.get("required", []))
    names = set(operation.params)  # what the method takes: the schema never offers more
    schema = {
        "type": "object",
        "properties": {name: value for name, value in properties.items() if name in names},
        "required": [name for name in dict.fromkeys(required) if name in names],
        "additionalProperties": False,
    }
    return schema, frozenset(files & names)


def _resolve(spec: Mapping[str, Any], node: Any, depth: int) -> Any:
    """`node` with every `$ref` inlined (to MAX_DEPTH; deeper, an open object)."""
    if isinstance(node, list):
        return [_resolve(spec, item, depth) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        if depth >= MAX_DEPTH:
            return {"type": "object"}
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return _resolve(spec, target, depth + 1)
    return {key: _resolve(spec, value, depth) for key, value in node.items() if not key.startswith("x-")}
