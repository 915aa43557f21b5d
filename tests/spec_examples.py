"""Look up operations and their documented examples in openapi.json."""

from __future__ import annotations

from typing import Any

METHODS = ("get", "put", "post", "delete", "patch")


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (METHOD, path template, operation object)."""
    found = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                found[item[method]["operationId"]] = (method.upper(), path, item[method])
    return found


def success_example(spec: dict[str, Any], operation_id: str) -> tuple[int, Any]:
    """(status, example body) of the operation's documented success response."""
    _, _, op = operations(spec)[operation_id]
    for status, response in op["responses"].items():
        if status.startswith("2"):
            content = response.get("content", {}).get("application/json")
            return int(status), (content or {}).get("example")
    raise AssertionError(f"{operation_id} documents no 2xx response")


def error_example(spec: dict[str, Any], status: int) -> Any:
    """The documented error envelope example for `status` (from the operations' $refs)."""
    for _, _, op in operations(spec).values():
        ref = op["responses"].get(str(status), {}).get("$ref")
        if ref:
            response = spec["components"]["responses"][ref.rsplit("/", 1)[1]]
            return response["content"]["application/json"]["example"]
    raise AssertionError(f"no operation documents {status}")
