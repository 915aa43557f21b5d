"""The reference docs: `docs/reference/<tag>.md` for every tag, rendered from openapi.json.

Each operation gets its summary, description, deprecation notice, parameters and body fields (type,
required, limits, enum values), response shape, documented errors, and examples built from the spec's
own examples, as language tabs: Python with `AsyncLeadiosa` (which `make test` runs against the sandbox),
then curl, Node.js, Go and PHP (`codegen/examples.py`; `make docs-check` runs them against the sandbox).
"""

from __future__ import annotations

import json
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import examples, postman
from .examples import Call
from .naming import snake
from .spec_model import OpInfo, SpecError


@dataclass
class Field:
    name: str
    where: str  # "path", "query", "body"
    required: bool
    type: str
    description: str


@dataclass
class OpDoc:
    op: OpInfo
    fields: list[Field] = field(default_factory=list)
    response: str = ""
    response_fields: list[Field] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    examples: dict[str, tuple[str, str]] = field(default_factory=dict)  # tab title: (fence language, code)
    call: Call | None = None  # what the examples send, and the Postman collection's request


class _Resolver:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def __call__(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def type_text(self, schema: Any) -> str:
        """A readable type with its limits: `integer (>= 1, <= 100, default 25)`, `Channel: email | chat`."""
        name = schema["$ref"].rsplit("/", 1)[-1] if isinstance(schema, dict) and "$ref" in schema else None
        schema = self(schema)
        kind = schema.get("type", "object")
        kind = " or ".join(kind) if isinstance(kind, list) else kind
        if kind == "array":
            text = f"array of {self.type_text(schema.get('items', {}))}"
        elif "enum" in schema:
            text = " \\| ".join(f"`{v}`" for v in schema["enum"])
        elif name and kind == "object":
            text = f"{name} (object)"
        else:
            text = kind + (f" ({schema['format']})" if "format" in schema else "")
        limits = []
        for key, label in (("minimum", "≥"), ("maximum", "≤"), ("minLength", "length ≥"),
                           ("maxLength", "length ≤"), ("minItems", "items ≥"), ("maxItems", "items ≤")):  # fmt: skip
            if key in schema:
                limits.append(f"{label} {schema[key]}")
        if "pattern" in schema:
            limits.append(f"pattern `{schema['pattern']}`")
        if "default" in schema:
            limits.append(f"default {json.dumps(schema['default'])}")
        if name and "enum" in schema:
            text = f"{name}: {text}"
        return text + (f" ({', '.join(limits)})" if limits else "")

    def properties(self, schema: Any, where: str) -> list[Field]:
        schema = self(schema)
        required = set(schema.get("required", []))
        return [
            Field(name, where, name in required, self.type_text(prop), self(prop).get("description", ""))
            for name, prop in schema.get("properties", {}).items()
        ]


def py_literal(value: Any) -> str:
    """A Python literal for a JSON value, written the way ruff would format it (double quotes)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def _python_value(value: Any, schema: Any, resolve: _Resolver) -> str:
    if resolve(schema).get("format") == "date-time" and isinstance(value, str):
        return f"datetime.datetime.fromisoformat({py_literal(value)})"
    return py_literal(value)


def _snippets(op: OpInfo, spec_op: dict[str, Any], resolve: _Resolver) -> tuple[Call, str]:
    """(the call for the other languages' examples, the Python snippet), built from the spec's examples."""
    params = [resolve(p) for p in spec_op.get("parameters", [])]
    path = op.path
    args: list[str] = []
    query: dict[str, Any] = {}
    imports = {"from leadiosa_async import AsyncLeadiosa"}
    for param in params:
        if "example" not in param:
            continue
        if param["in"] == "path":
            path = path.replace("{" + param["name"] + "}", urllib.parse.quote(str(param["example"]), safe=""))
            args.append(py_literal(param["example"]))
        elif param["in"] == "query":
            query[param["name"]] = param["example"]
            args.append(f"{param['name']}={_python_value(param['example'], param.get('schema', {}), resolve)}")
            if resolve(param.get("schema", {})).get("format") == "date-time":
                imports.add("import datetime")
    call = Call(op.http_method, path + ("?" + urllib.parse.urlencode(query) if query else ""))
    call.returns_json = op.returns_json
    content = spec_op.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        call.json_body = content["application/json"].get("example", {})  # the repo's spec lint requires one
        args += [f"{k}={py_literal(v)}" for k, v in call.json_body.items()]
    elif "multipart/form-data" in content:
        example = content["multipart/form-data"].get("example", {})
        call.file = ("file", "invoices.md", str(example.get("file", "...")))
        call.form = {k: str(v) for k, v in example.items() if k != "file"}
        imports.add("from leadiosa_async import File")
        args.append(f'file=File(payload={py_literal(call.file[2])}.encode(), file_name="invoices.md")')
        args += [f"{k}={py_literal(v)}" for k, v in example.items() if k != "file"]
    sdk_call = f"await client.{op.tag}.{op.method_name}({', '.join(args)})"
    if op.paginated:
        body = f"    page = {sdk_call}\n    for item in page.data:\n        print(item)\n"
        body += "    print(page.has_more, page.next_cursor)"
    elif op.returns_json:
        body = f"    result = {sdk_call}\n    print(result)"
    else:
        body = f"    {sdk_call}"
    python = "\n".join(sorted(imports, key=lambda line: (line.startswith("from"), line)))
    python += f"\n\nasync with AsyncLeadiosa() as client:  # LEADIOSA_TOKEN from the environment\n{body}\n"
    return call, python


def op_docs(spec: dict[str, Any], ops: list[OpInfo]) -> list[OpDoc]:
    resolve = _Resolver(spec)
    docs = []
    for op in ops:
        spec_op = spec["paths"][op.path][op.http_method.lower()]
        doc = OpDoc(op)
        for param in (resolve(p) for p in spec_op.get("parameters", [])):
            schema = param.get("schema", {})
            description = param.get("description") or resolve(schema).get("description", "")
            doc.fields.append(Field(param["name"], param["in"], bool(param.get("required")),
                                    resolve.type_text(schema), description))  # fmt: skip
        for content in spec_op.get("requestBody", {}).get("content", {}).values():
            doc.fields += resolve.properties(content["schema"], "body")
        for status, response in spec_op["responses"].items():
            response = resolve(response)
            if status.startswith("2"):
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                name = schema["$ref"].rsplit("/", 1)[-1] if schema and "$ref" in schema else None
                doc.response = f"`{status}` {response['description']}" + (f" — `{name}`" if name else "")
                doc.response_fields = resolve.properties(schema, "response") if schema else []
            else:
                doc.errors.append((status, response["description"]))
        call, python = _snippets(op, spec_op, resolve)
        doc.examples = {"Python": ("python", python), **examples.render(call)}
        doc.call = call
        docs.append(doc)
    return docs


def _summary(spec: dict[str, Any], op: OpInfo) -> str:
    return str(spec["paths"][op.path][op.http_method.lower()].get("summary", ""))


def render_reference(env: Any, spec: dict[str, Any], ops: list[OpInfo], folder: Path) -> None:
    """Write docs/reference/<tag>.md for every tag (the folder is replaced wholesale by the caller)."""
    by_tag: dict[str, list[OpDoc]] = {}
    for doc in op_docs(spec, ops):
        by_tag.setdefault(doc.op.tag, []).append(doc)
    template = env.get_template("reference.md.jinja")
    folder.mkdir(parents=True, exist_ok=True)
    for tag, docs in by_tag.items():
        text = template.render(tag=tag, docs=docs)
        (folder / f"{tag}.md").write_text(text.rstrip() + "\n", encoding="utf-8")
    order = [tag["name"] for tag in spec.get("tags", [])]
    tags = sorted(by_tag, key=lambda tag: order.index(tag) if tag in order else len(order))  # the spec's tag order
    folders = {tag: [(d.op.operation_id, _summary(spec, d.op), d.call) for d in by_tag[tag] if d.call] for tag in tags}
    info = spec["info"]
    description = f"{info['title']} {info['version']}, generated from openapi.json by `make generate`."
    (folder / postman.FILE_NAME).write_text(postman.render(info["title"], description, folders), encoding="utf-8")
    index_template = env.get_template("reference_index.md.jinja")
    index = index_template.render(by_tag=by_tag, laravel_bootstrap=examples.LARAVEL_BOOTSTRAP)
    (folder / "index.md").write_text(index.rstrip() + "\n", encoding="utf-8")


NAV_BEGIN = "      # reference pages: written by `make generate` from the spec's tags (do not edit)"
NAV_END = "      # end of the generated reference pages"


def reference_nav(spec: dict[str, Any], ops: list[OpInfo]) -> str:
    """The mkdocs nav lines of the reference pages: the index, then one page per namespace, in the
    order of the spec's `tags` (namespaces it does not list follow, sorted)."""
    namespaces = {op.tag for op in ops}
    listed = [snake(str(t.get("name", ""))) for t in spec.get("tags", []) if isinstance(t, dict)]
    order = [n for n in dict.fromkeys(listed) if n in namespaces] + sorted(namespaces - set(listed))
    lines = [NAV_BEGIN, "      - reference/index.md"]
    lines += [f"      - client.{name}: reference/{name}.md" for name in order]
    return "\n".join([*lines, NAV_END]) + "\n"


def with_nav(mkdocs_yml: str, nav: str) -> str:
    """`mkdocs_yml` with its generated block replaced by `nav`."""
    if NAV_BEGIN not in mkdocs_yml or NAV_END not in mkdocs_yml:
        raise SpecError(
            f"mkdocs.yml has no generated reference block (a line {NAV_BEGIN.strip()!r} ... {NAV_END.strip()!r})"
        )
    head, rest = mkdocs_yml.split(NAV_BEGIN, 1)
    tail = rest.split(NAV_END, 1)[1]
    return head + nav.rstrip("\n") + tail
