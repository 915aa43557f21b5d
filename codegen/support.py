"""Constructs the SDK cannot map, refused before generating with a message that names the construct
and where it is — never broken code, never a silently wrong type. Constructs that carry no code
(response `links`) are accepted with a warning.

Refused: a 2xx response that is not JSON (`text/plain`, `application/x-ndjson`, ...: the transport
parses JSON), security schemes other than an HTTP bearer token (`apiKey` in a header, query or cookie,
basic, OAuth flows: the client sends `Authorization: Bearer`), and `callbacks` (requests the API makes
to you: describe them in the spec's `webhooks` section, which the SDK types and verifies).
"""

from __future__ import annotations

import copy
from typing import Any

from .spec_model import HTTP_METHODS, SpecError


def is_json(media_type: str) -> bool:
    media = media_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def check_supported(spec: dict[str, Any]) -> list[str]:
    """Raise SpecError for the first construct the SDK cannot map; return warnings for ignored ones."""
    warnings: list[str] = []
    for name, scheme in (spec.get("components", {}).get("securitySchemes") or {}).items():
        kind, bearer = scheme.get("type"), str(scheme.get("scheme", "")).lower() == "bearer"
        if not (kind == "http" and bearer):
            where = f" in {scheme['in']}" if "in" in scheme else ""
            raise SpecError(
                f"components.securitySchemes.{name}: {kind}{where} is not supported; the SDK authenticates "
                "with an HTTP bearer token (type: http, scheme: bearer)"
            )
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if not isinstance(op, dict):
                continue
            where = f"{method.upper()} {path} ({op.get('operationId', 'no operationId')})"
            if op.get("callbacks"):
                raise SpecError(
                    f"{where}: callbacks are not supported; describe requests the API makes in the `webhooks` section"
                )
            for status, response in (op.get("responses") or {}).items():
                if not isinstance(response, dict):
                    continue
                if response.get("links"):
                    warnings.append(f"{where}: response {status} links are documentation only; the SDK ignores them")
                if not str(status).startswith("2"):
                    continue
                for media in response.get("content") or {}:
                    if not is_json(media):
                        raise SpecError(
                            f"{where}: response {status} content {media!r} is not supported; the SDK parses JSON "
                            "responses (application/json or +json)"
                        )
    return warnings


def relax_access(spec: dict[str, Any]) -> dict[str, Any]:
    """The document as openapi-python-client should parse it: properties marked `readOnly` or `writeOnly`
    are not required (a read-only field is never sent, a write-only one never returned). Read-only fields
    are also left out of request signatures and argument checks (spec_model, checks)."""
    relaxed = copy.deepcopy(spec)
    stack: list[Any] = [relaxed]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict) and isinstance(node.get("required"), list):
                one_way = {
                    k
                    for k, v in properties.items()
                    if isinstance(v, dict) and (v.get("readOnly") or v.get("writeOnly"))
                }
                node["required"] = [name for name in node["required"] if name not in one_way]
            stack.extend(node.values())
    return relaxed


def read_only(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("readOnly") is True
