"""Check a request's query and body against its operation in openapi.json, the way the API answers:
400 `validation_error` naming the field (413 for an oversized upload)."""

from __future__ import annotations

import datetime
import json
from typing import Any

from ._http import ApiError, Request, parse_multipart
from ._schema import SchemaChecker


def _fail(problems: list[str]) -> ApiError:
    return ApiError(400, "validation_error", "; ".join(problems[:3]))


def _convert(name: str, raw: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "integer":
        try:
            return int(raw)
        except ValueError:
            raise _fail([f"{name}: must be an integer"]) from None
    if kind == "boolean":
        if raw not in ("true", "false"):
            raise _fail([f"{name}: must be true or false"])
        return raw == "true"
    return raw


def validate_query(
    checker: SchemaChecker, operation: dict[str, Any], query: dict[str, list[str]], spec: dict[str, Any]
) -> dict[str, Any]:
    """The operation's query parameters, typed (date-times become datetimes)."""
    values: dict[str, Any] = {}
    for param in operation.get("parameters", []):
        param = checker.resolve(param)
        if param.get("in") != "query":
            continue
        name, schema = param["name"], checker.resolve(param.get("schema", {}))
        if name not in query:
            if param.get("required"):
                raise _fail([f"{name}: is required"])
            continue
        value = _convert(name, query[name][-1], schema)
        problems = checker.check(value, schema, name)
        if problems:
            raise _fail(problems)
        if schema.get("format") == "date-time":
            value = datetime.datetime.fromisoformat(value)
        values[name] = value
    return values


def validate_body(checker: SchemaChecker, operation: dict[str, Any], request: Request) -> Any:
    """The parsed body: a dict for JSON, {field: (filename, bytes)} for multipart; None without one."""
    spec_body = operation.get("requestBody")
    if spec_body is None:
        return None
    content = spec_body["content"]
    content_type = request.headers.get("content-type", "")
    if "multipart/form-data" in content:
        return _multipart(checker, content["multipart/form-data"]["schema"], request, content_type)
    if len(request.body) > 1024 * 1024:
        raise _fail(["body: must be at most 1 MiB"])
    if not request.body and not spec_body.get("required"):
        return {}
    if not content_type.lower().startswith("application/json"):
        raise _fail(["body: send Content-Type: application/json"])
    try:
        body = json.loads(request.body)
    except (ValueError, RecursionError):
        raise _fail(["body: is not valid JSON"]) from None
    problems = checker.check(body, content["application/json"]["schema"])
    if problems:
        raise _fail(problems)
    return body


def _multipart(checker: SchemaChecker, schema: dict[str, Any], request: Request, content_type: str) -> Any:
    if len(request.body) > 10 * 1024 * 1024:
        raise ApiError(413, "payload_too_large", "The uploaded file exceeds the 10 MiB limit.")
    if not content_type.lower().startswith("multipart/form-data"):
        raise _fail(["body: send Content-Type: multipart/form-data"])
    try:
        fields = parse_multipart(request.body, content_type)
    except ValueError as exc:
        raise _fail([f"body: {exc}"]) from None
    schema = checker.resolve(schema)
    missing = [f"body.{name}: is required" for name in schema.get("required", []) if name not in fields]
    if missing:
        raise _fail(missing)
    for name, (_, value) in fields.items():
        prop = checker.resolve(schema.get("properties", {}).get(name, {}))
        if prop.get("format") != "binary":
            problems = checker.check(value.decode("utf-8", "replace"), prop, f"body.{name}")
            if problems:
                raise _fail(problems)
    return fields
