"""A Postman collection (v2.1, which Insomnia imports too) of every operation, built by `make generate` from the same
calls as the reference pages' examples (`codegen/docs.py`): one request per operation in a folder per tag, the base
URL and the token as collection variables (the token's value left empty: it is never written into the file), the
spec's example bodies, the multipart upload as a file beside the collection, and a test per request that the
status is 2xx.

The requests run in an order that works against a fresh workspace (the sandbox's `--examples`): the folders in the
spec's tag order, and in each folder the reads, then the writes, then the deletions, each in the reference page's
order. The folder that can close the workspace (a closed workspace refuses every other call) runs last."""

from __future__ import annotations

import json
from typing import Any

from .examples import NO_BODY, SERVER, Call

SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
FILE_NAME = "leadiosa.postman_collection.json"
RANK = {"GET": 0, "POST": 1, "PUT": 1, "PATCH": 1, "DELETE": 2}
STATUS_TEST = [
    'pm.test("the status is 2xx", function () {',
    "    pm.response.to.be.success;",
    "});",
]


def _closes_the_workspace(call: Call) -> bool:
    return call.method == "POST" and call.path.rstrip("/").endswith("/workspace/close")


def request(operation_id: str, summary: str, call: Call) -> dict[str, Any]:
    """One operation's request item."""
    headers: list[dict[str, str]] = [{"key": "Accept", "value": "application/json"}]
    body: dict[str, Any] | None = None
    if call.json_body is not NO_BODY:
        headers.append({"key": "Content-Type", "value": "application/json"})
        body = {"mode": "raw", "raw": json.dumps(call.json_body, indent=2, ensure_ascii=False),
                "options": {"raw": {"language": "json"}}}  # fmt: skip
    elif call.file is not None:
        name, file_name, _ = call.file
        fields = [{"key": name, "type": "file", "src": file_name}]
        fields += [{"key": key, "value": value, "type": "text"} for key, value in call.form.items()]
        body = {"mode": "formdata", "formdata": fields}
    item: dict[str, Any] = {
        "name": f"{operation_id}: {summary}" if summary else operation_id,
        "request": {"method": call.method, "header": headers, "url": "{{baseUrl}}" + call.path},
        "event": [{"listen": "test", "script": {"type": "text/javascript", "exec": STATUS_TEST}}],
    }
    if body is not None:
        item["request"]["body"] = body
    return item


def collection(title: str, description: str, folders: dict[str, list[tuple[str, str, Call]]]) -> dict[str, Any]:
    """The collection: `folders` maps each tag, in the spec's order, to its (operationId, summary, call)s in the
    spec's order."""
    ordered = sorted(folders.items(), key=lambda kv: any(_closes_the_workspace(c) for _, _, c in kv[1]))
    items = []
    for tag, calls in ordered:
        ranked = sorted(calls, key=lambda entry: RANK.get(entry[2].method, 1))  # stable: the spec's order within
        items.append({"name": tag, "item": [request(op_id, summary, call) for op_id, summary, call in ranked]})
    return {
        "info": {"name": title, "description": description, "schema": SCHEMA},
        "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}", "type": "string"}]},
        "variable": [
            {"key": "baseUrl", "value": SERVER, "type": "string"},
            {"key": "token", "value": "", "type": "string"},
        ],
        "item": items,
    }


def render(title: str, description: str, folders: dict[str, list[tuple[str, str, Call]]]) -> str:
    return json.dumps(collection(title, description, folders), indent=2, ensure_ascii=False) + "\n"
