"""What codegen knows about each operation, beyond what openapi-python-client parses.

`build_operations()` joins the raw document (deprecation, summaries, tag rules) with the parsed
endpoints (Python types) into one `OpInfo` per operation, and refuses a document that breaks the
SDK's naming rules with a `SpecError` that says where and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol

from .naming import assign, operation_key

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
# Keyword arguments every generated method takes for per-call options (see _protocol.RequestOptions).
RESERVED = frozenset({"self", "timeout", "max_retries", "extra_headers", "retry_non_idempotent", "options", "deadline",
                      "extra_query", "extra_body"})  # fmt: skip


class SpecError(Exception):
    """The OpenAPI document cannot be turned into the SDK's surface."""


@dataclass
class OpInfo:
    endpoint: Endpoint
    operation_id: str
    tag: str
    method_name: str
    const: str
    http_method: str
    path: str
    summary: str
    description: str
    deprecated: bool
    idempotent: bool
    returns_json: bool
    success_type: str  # Python type of the parsed success body ("None" without one)
    paginated: bool = False
    list_model: str | None = None  # for paginated operations: the list response class
    item_type: str | None = None  # for paginated operations: the item class
    body_fields: list[Any] = field(default_factory=list)  # flattened JSON/multipart fields
    body_class: str | None = None
    param_docs: dict[str, str] = field(default_factory=dict)  # wire name -> description
    item_imports: set[str] = field(default_factory=set)  # for paginated operations, relative to _generated/x/
    raw: dict[str, Any] = field(default_factory=dict)  # the operation object of the document
    path_item: dict[str, Any] = field(default_factory=dict)
    checks: list[Any] = field(default_factory=list)  # checks.ArgCheck per checked argument
    min_fields: int | None = None  # a body's minProperties
    deprecated_args: list[str] = field(default_factory=list)  # parameters and fields marked deprecated
    endpoint_name: str = ""  # openapi-python-client's module name under api/<api_tag>/
    api_tag: str = ""
    naming_warnings: list[str] = field(default_factory=list)  # for the whole document

    @property
    def params(self) -> list[str]:
        """Every argument name of the method (path parameters too), for `Operation.params`."""
        ep = self.endpoint
        names = [str(p.python_name) for p in ep.path_parameters + ep.query_parameters + ep.header_parameters]
        names += [str(p.python_name) for p in self.body_fields]
        if ep.bodies and not self.body_class:
            names.append("body")
        return names

    def imports(self, prefix: str) -> set[str]:
        """What a module `prefix` levels below _generated needs to name this operation's types."""
        found = {line.replace("from ...", f"from {prefix}", 1) for line in self.endpoint.relative_imports}
        for prop in self.body_fields:
            found |= type_imports(prop, prefix)
        return found | {line.replace("from ..", f"from {prefix}", 1) for line in self.item_imports}

    @property
    def return_type(self) -> str:
        return f"Page[{self.item_type}]" if self.paginated else self.success_type


def type_imports(prop: Any, prefix: str) -> set[str]:
    """Imports that make `prop`'s type nameable `prefix` levels below _generated: models included, at any
    depth of lists and unions (a `Label | None` field names `Label`)."""
    found: set[str] = set(prop.get_imports(prefix=prefix))
    stack, seen = [prop], set()
    while stack:
        p = stack.pop()
        if p is None or id(p) in seen:
            continue
        seen.add(id(p))
        if isinstance(p, ModelProperty):
            found.add(f"from {prefix}models.{p.class_info.module_name} import {p.class_info.name}")
        stack.append(getattr(p, "inner_property", None))
        stack.extend(getattr(p, "inner_properties", None) or [])
    return found


def wire(name: Any) -> str:
    """A name as the document spells it (openapi-python-client wraps it in an UntrustedString; it
    only ever reaches generated code through repr() or our own escaping filters)."""
    getter = getattr(name, "get_untrusted_value", None)
    return str(getter()) if getter is not None else str(name)


def code(value: object) -> str:
    """The Python source of an openapi-python-client type string."""
    unembed = getattr(value, "as_unembedded_code", None)
    return str(unembed()) if unembed is not None else str(value)


def parameters(spec: dict[str, Any], op: dict[str, Any], path_item: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Wire name -> parameter object of an operation (path-level parameters included, $refs followed)."""
    found: dict[str, dict[str, Any]] = {}
    for param in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        ref = param.get("$ref", "") if isinstance(param, dict) else ""
        if ref.startswith("#/components/parameters/"):
            param = spec.get("components", {}).get("parameters", {}).get(ref.rsplit("/", 1)[1], {})
        if isinstance(param, dict) and "name" in param:
            found[str(param["name"])] = param
    return found


def _raw_operations(spec: dict[str, Any]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(key, method, path, operation object) in document order; an operationId used twice is refused."""
    found: list[tuple[str, str, str, dict[str, Any]]] = []
    seen: set[str] = set()
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if not isinstance(op, dict):
                continue
            key = operation_key(method, path, op)
            if key in seen:
                raise SpecError(f"{method.upper()} {path}: operationId {key!r} is used twice")
            seen.add(key)
            found.append((key, method, path, op))
    return found


def _resolve(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    seen = 0
    while isinstance(schema, dict) and str(schema.get("$ref", "")).startswith("#/components/schemas/") and seen < 20:
        schema = spec.get("components", {}).get("schemas", {}).get(schema["$ref"].rsplit("/", 1)[1], {})
        seen += 1
    return schema if isinstance(schema, dict) else {}


def request_body(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """The resolved schema of an operation's (first) request body; {} without one."""
    content: dict[str, Any] = op.get("requestBody", {}).get("content", {})
    media: dict[str, Any] = next(iter(content.values()), {})
    return _resolve(spec, media.get("schema", {}))


def _sent_properties(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """The raw properties of an operation's request body schema (allOf parts merged)."""
    schema = request_body(spec, op)
    properties = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        properties.update(_resolve(spec, part).get("properties") or {})
    return properties


def _success(endpoint: Endpoint, where: str) -> tuple[PropertyProtocol | None, bool]:
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if low >= 200 and high <= 299:
            has_body = response.source["attribute"] != "None"
            return (response.prop if has_body else None), has_body
    raise SpecError(f"{where}: documents no 2xx response")


def _pagination(endpoint: Endpoint, prop: PropertyProtocol | None) -> tuple[str, str, set[str]] | None:
    if not isinstance(prop, ModelProperty) or not any(p.name == "after" for p in endpoint.query_parameters):
        return None
    required = prop.required_properties or []
    data = next((p for p in required if p.name == "data"), None)
    if not any(p.name == "pagination" for p in required) or not isinstance(data, ListProperty):
        return None
    inner = data.inner_property
    item = code(inner.get_type_string())  # a model's is its class name
    return prop.class_info.name, item, type_imports(inner, "..")


def _check_names(info: OpInfo) -> None:
    ep = info.endpoint
    params = ep.path_parameters + ep.query_parameters + ep.header_parameters + ep.cookie_parameters
    names = [str(p.python_name) for p in params + info.body_fields]
    for name in names:
        if name in RESERVED:  # keywords never get here: openapi-python-client appends `_` to them
            raise SpecError(f"{info.operation_id}: parameter or field {name!r} clashes with a reserved name")


def build_operations(
    spec: dict[str, Any], data: GeneratorData, previous_names: dict[str, str] | None = None
) -> list[OpInfo]:
    """One OpInfo per operation, named by `naming.assign` (keeping `previous_names`); every OpInfo
    carries the document's naming warnings."""
    raw = _raw_operations(spec)
    naming = assign(raw, previous_names or {})
    by_location = {(method, path): (key, op) for key, method, path, op in raw}
    infos: list[OpInfo] = []
    for api_tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            method, path = str(endpoint.method).lower(), wire(endpoint.path)
            if (method, path) not in by_location:
                raise SpecError(f"{method.upper()} {path}: parsed but not found in the document")
            key, op = by_location[(method, path)]
            tag, method_name = naming.names[key]
            where = f"{method.upper()} {path} ({key})"
            if len(endpoint.bodies) > 1:
                raise SpecError(f"{where}: more than one request body content type is not supported")
            prop, has_body = _success(endpoint, where)
            info = OpInfo(
                endpoint=endpoint,
                operation_id=key,
                tag=tag,
                method_name=method_name,
                const=f"{tag}_{method_name}".upper(),
                http_method=method.upper(),
                path=path,
                summary=str(op.get("summary", "")),
                description=str(op.get("description", "")),
                deprecated=bool(op.get("deprecated", False)),
                idempotent=method.upper() in IDEMPOTENT,
                returns_json=has_body,
                success_type=code(prop.get_type_string()) if prop is not None else "None",
                param_docs={
                    name: str(param.get("description", ""))
                    for name, param in parameters(spec, op, spec["paths"][path]).items()
                },
                raw=op,
                path_item=spec["paths"][path],
                endpoint_name=str(endpoint.name),
                api_tag=str(api_tag),
                naming_warnings=naming.warnings,
            )
            page = _pagination(endpoint, prop)
            if page is not None:
                info.paginated = True
                info.list_model, info.item_type, info.item_imports = page
            if endpoint.bodies and isinstance(endpoint.bodies[0].prop, ModelProperty):
                body = endpoint.bodies[0].prop
                info.body_class = body.class_info.name
                sent = _sent_properties(spec, op)  # read-only fields are never sent
                info.body_fields = [
                    p
                    for p in [*(body.required_properties or []), *(body.optional_properties or [])]
                    if not (isinstance(sent.get(wire(p.name)), dict) and sent[wire(p.name)].get("readOnly") is True)
                ]
            _check_names(info)
            infos.append(info)
    missing = sorted({key for key, *_ in raw} - {i.operation_id for i in infos})
    if missing:
        raise SpecError(f"operations the generator could not parse: {missing}")
    return sorted(infos, key=lambda i: (i.tag, i.method_name))


@dataclass
class EventInfo:
    """One event of the spec's `webhooks` section."""

    type: str
    class_name: str
    summary: str
    data_class: str | None  # the model of `data`, when it is a $ref to a schema
    data_module: str | None


def build_events(spec: dict[str, Any], data: GeneratorData) -> list[EventInfo]:
    classes = {root: m.class_info for m in data.models for root in m.roots if isinstance(root, str)}
    events = []
    for key, item in sorted(spec.get("webhooks", {}).items()):
        post = item.get("post", {})
        schema = post.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
        parts = schema.get("allOf", [schema])
        props: dict[str, Any] = {}
        for part in parts:
            props.update(part.get("properties", {}))
        event_type = props.get("type", {}).get("const", key)
        if not isinstance(event_type, str) or not re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*", event_type):
            raise SpecError(f"webhooks.{key}: the event type must be dotted snake_case, got {event_type!r}")
        ref = props.get("data", {}).get("$ref", "")
        info = classes.get(ref.rsplit("/", 1)[-1]) if ref.startswith("#/components/schemas/") else None
        name = "".join(part.capitalize() for part in re.split(r"[._]", event_type)) + "Event"
        events.append(EventInfo(event_type, name, str(post.get("summary", event_type)),
                                info.name if info else None, info.module_name if info else None))  # fmt: skip
    return events


def tag_descriptions(spec: dict[str, Any]) -> dict[str, str]:
    return {t["name"]: str(t.get("description", "")) for t in spec.get("tags", []) if "name" in t}
