"""The API-surface diff between two OpenAPI documents, classified under the API's versioning policy.

Within v1, new endpoints, fields and enum values are additive: clients ignore what they do not know.
Everything a client may rely on going away or changing meaning is breaking: a removed operation,
parameter or field, a changed type, an input becoming required, an output becoming optional, a
removed enum value. Deprecating an operation is additive (it still works; the SDK warns).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True, order=True)
class Change:
    breaking: bool
    kind: str  # e.g. "operation removed", "field added"
    where: str  # e.g. "Conversation.priority" or "GET /conversations (conversations_list)"
    detail: str = ""

    def __str__(self) -> str:
        label = "BREAKING" if self.breaking else "additive"
        return f"{label}: {self.kind}: {self.where}" + (f" ({self.detail})" if self.detail else "")


class _Spec:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 50:
            target: Any = self.doc
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            node, seen = target, seen + 1
        return node

    def operations(self) -> dict[str, tuple[str, dict[str, Any]]]:
        found = {}
        for path, item in self.doc.get("paths", {}).items():
            for method in METHODS:
                if method in item:
                    op = item[method]
                    found[op.get("operationId", f"{method} {path}")] = (f"{method.upper()} {path}", op)
        return found

    def parameters(self, op: dict[str, Any]) -> dict[str, dict[str, Any]]:
        params = {}
        for raw in op.get("parameters", []):
            param = self.resolve(raw)
            if "name" in param:
                params[f"{param.get('in', 'query')} {param['name']}"] = param
        return params


def type_signature(spec: _Spec, schema: Any) -> str:
    """A short, comparable description of a schema's type (refs by name, not expanded)."""
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if "allOf" in schema or "oneOf" in schema or "anyOf" in schema:
        key = next(k for k in ("allOf", "oneOf", "anyOf") if k in schema)
        return f"{key}[{', '.join(type_signature(spec, s) for s in schema[key])}]"
    kind = schema.get("type", "any")
    kind = "|".join(sorted(kind)) if isinstance(kind, list) else str(kind)
    if kind == "array":
        return f"array[{type_signature(spec, schema.get('items'))}]"
    if "format" in schema:
        return f"{kind}({schema['format']})"
    return kind


def _schema_uses(spec: _Spec) -> tuple[set[str], set[str]]:
    """(schemas reachable from requests, schemas reachable from responses), by component name."""

    def walk(node: Any, found: set[str]) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                if name not in found:
                    found.add(name)
                    walk(spec.schemas.get(name), found)
            for value in node.values():
                walk(value, found)
        elif isinstance(node, list):
            for value in node:
                walk(value, found)

    requests: set[str] = set()
    responses: set[str] = set()
    for _, op in spec.operations().values():
        walk([spec.resolve(p) for p in op.get("parameters", [])], requests)
        walk(spec.resolve(op.get("requestBody", {})), requests)
        walk([spec.resolve(r) for r in op.get("responses", {}).values()], responses)
    return requests, responses


def _diff_operations(old: _Spec, new: _Spec) -> list[Change]:
    changes = []
    old_ops, new_ops = old.operations(), new.operations()
    for op_id in sorted(old_ops.keys() - new_ops.keys()):
        changes.append(Change(True, "operation removed", f"{old_ops[op_id][0]} ({op_id})"))
    for op_id in sorted(new_ops.keys() - old_ops.keys()):
        changes.append(Change(False, "operation added", f"{new_ops[op_id][0]} ({op_id})"))
    for op_id in sorted(old_ops.keys() & new_ops.keys()):
        (old_where, old_op), (where, op) = old_ops[op_id], new_ops[op_id]
        label = f"{where} ({op_id})"
        if old_where != where:
            changes.append(Change(True, "operation moved", label, f"was {old_where}"))
        if op.get("deprecated") and not old_op.get("deprecated"):
            changes.append(Change(False, "operation deprecated", label))
        old_params, params = old.parameters(old_op), new.parameters(op)
        for key in sorted(old_params.keys() - params.keys()):
            changes.append(Change(True, "parameter removed", f"{label} {key}"))
        for key in sorted(params.keys() - old_params.keys()):
            required = bool(params[key].get("required"))
            changes.append(Change(required, "parameter added", f"{label} {key}", "required" if required else ""))
        for key in sorted(params.keys() & old_params.keys()):
            before = type_signature(old, old_params[key].get("schema"))
            after = type_signature(new, params[key].get("schema"))
            if before != after:
                changes.append(Change(True, "parameter type changed", f"{label} {key}", f"{before} -> {after}"))
            if bool(params[key].get("required")) != bool(old_params[key].get("required")):
                now_required = bool(params[key].get("required"))
                kind = "parameter became required" if now_required else "parameter became optional"
                changes.append(Change(now_required, kind, f"{label} {key}"))
    return changes


def _diff_schema(name: str, old: _Spec, new: _Spec, in_request: bool, in_response: bool) -> list[Change]:
    changes: list[Change] = []
    before, after = old.resolve(old.schemas[name]), new.resolve(new.schemas[name])
    if type_signature(old, before) != type_signature(new, after):
        detail = f"{type_signature(old, before)} -> {type_signature(new, after)}"
        return [Change(True, "schema type changed", name, detail)]
    old_enum, new_enum = before.get("enum"), after.get("enum")
    if isinstance(old_enum, list) and isinstance(new_enum, list):
        for value in sorted(set(map(str, old_enum)) - set(map(str, new_enum))):
            changes.append(Change(True, "enum value removed", f"{name}: {value}"))
        for value in sorted(set(map(str, new_enum)) - set(map(str, old_enum))):
            changes.append(Change(False, "enum value added", f"{name}: {value}"))
    old_props, props = before.get("properties", {}), after.get("properties", {})
    old_req, req = set(before.get("required", [])), set(after.get("required", []))
    for field in sorted(old_props.keys() - props.keys()):
        changes.append(Change(True, "field removed", f"{name}.{field}"))
    for field in sorted(props.keys() - old_props.keys()):
        breaking = in_request and field in req
        changes.append(Change(breaking, "field added", f"{name}.{field}", "required in requests" if breaking else ""))
    for field in sorted(props.keys() & old_props.keys()):
        was, now = type_signature(old, old_props[field]), type_signature(new, props[field])
        if was != now:
            changes.append(Change(True, "field type changed", f"{name}.{field}", f"{was} -> {now}"))
        if field in req and field not in old_req:
            changes.append(Change(in_request, "field became required", f"{name}.{field}"))
        elif field in old_req and field not in req:
            changes.append(Change(in_response, "field became optional", f"{name}.{field}"))
        old_values, values = old_props[field].get("enum"), props[field].get("enum")
        if isinstance(old_values, list) and isinstance(values, list):
            for value in sorted(set(map(str, old_values)) - set(map(str, values))):
                changes.append(Change(True, "enum value removed", f"{name}.{field}: {value}"))
            for value in sorted(set(map(str, values)) - set(map(str, old_values))):
                changes.append(Change(False, "enum value added", f"{name}.{field}: {value}"))
    return changes


def surface_diff(old_doc: dict[str, Any], new_doc: dict[str, Any]) -> list[Change]:
    """Every surface change from `old_doc` to `new_doc`, breaking ones first."""
    old, new = _Spec(old_doc), _Spec(new_doc)
    changes = _diff_operations(old, new)
    requests, responses = _schema_uses(new)
    old_requests, old_responses = _schema_uses(old)
    for name in sorted(old.schemas.keys() - new.schemas.keys()):
        changes.append(Change(True, "schema removed", name))
    for name in sorted(new.schemas.keys() - old.schemas.keys()):
        changes.append(Change(False, "schema added", name))
    for name in sorted(old.schemas.keys() & new.schemas.keys()):
        in_request = name in requests or name in old_requests
        in_response = name in responses or name in old_responses
        changes += _diff_schema(name, old, new, in_request, in_response)
    return sorted(changes, key=lambda c: (not c.breaking, c.kind, c.where))


def render(changes: list[Change], old_version: str, new_version: str) -> str:
    if not changes:
        return f"No API surface changes ({old_version} -> {new_version})."
    breaking = sum(c.breaking for c in changes)
    head = f"API surface changes ({old_version} -> {new_version}): {len(changes)} change(s), {breaking} breaking"
    return "\n".join([head, *(f"- {change}" for change in changes)])


def changelog_entry(changes: list[Change], old_version: str, new_version: str, date: str) -> str:
    lines = [f"### API: openapi.json {old_version} -> {new_version} (regenerated {date})"]
    if not changes:
        lines.append("- No API surface changes.")
    lines += [f"- {change}" for change in changes]
    return "\n".join(lines) + "\n"
