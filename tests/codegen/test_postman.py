"""The Postman collection `make generate` writes (docs/reference/leadiosa.postman_collection.json): one request per
operation in a folder per tag, the variables a user sets, no token, a status test per request, and an order that
works against a fresh workspace. `make docs-check` runs it with newman (tests/docs_check/test_postman.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codegen.examples import SERVER
from codegen.postman import FILE_NAME, SCHEMA

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
COLLECTION = json.loads((ROOT / "docs" / "reference" / FILE_NAME).read_text(encoding="utf-8"))


def requests() -> list[tuple[str, dict[str, Any]]]:
    return [(folder["name"], item) for folder in COLLECTION["item"] for item in folder["item"]]


def test_every_operation_is_one_request_in_the_folder_of_its_tag() -> None:
    operations = {
        op["operationId"]: (method.upper(), op["tags"][0])
        for path in SPEC["paths"].values()
        for method, op in path.items()
        if isinstance(op, dict) and "operationId" in op
    }
    found = {item["name"].split(":")[0]: (item["request"]["method"], folder) for folder, item in requests()}
    assert found == operations and len(requests()) == len(operations) == 29
    assert COLLECTION["info"]["schema"] == SCHEMA


def test_the_base_url_and_token_are_variables_and_no_token_is_written() -> None:
    variables = {v["key"]: v["value"] for v in COLLECTION["variable"]}
    assert variables == {"baseUrl": SERVER, "token": ""}
    assert COLLECTION["auth"]["bearer"] == [{"key": "token", "value": "{{token}}", "type": "string"}]
    text = json.dumps(COLLECTION)
    assert "lds_" not in text and "Bearer " not in text  # the sandbox's tokens and any literal header
    assert all(item["request"]["url"].startswith("{{baseUrl}}/") for _, item in requests())


def test_each_request_tests_its_status_and_carries_the_specs_example_body() -> None:
    for _, item in requests():
        (event,) = item["event"]
        assert event["listen"] == "test" and "pm.response.to.be.success" in "\n".join(event["script"]["exec"])
    by_id = {item["name"].split(":")[0]: item["request"] for _, item in requests()}
    create = by_id["contacts_list"], by_id["conversations_create"]
    assert "body" not in create[0]
    body = SPEC["paths"]["/conversations"]["post"]["requestBody"]["content"]["application/json"]["example"]
    assert json.loads(create[1]["body"]["raw"]) == body
    upload = by_id["knowledge_ingest"]["body"]
    assert upload["mode"] == "formdata" and upload["formdata"][0]["type"] == "file"


def test_reads_go_before_writes_and_deletions_and_the_workspace_closes_last() -> None:
    order = [item["request"]["method"] for _, item in requests()]
    for folder in COLLECTION["item"]:
        methods = [item["request"]["method"] for item in folder["item"]]
        rank = [0 if m == "GET" else 2 if m == "DELETE" else 1 for m in methods]
        assert rank == sorted(rank), folder["name"]
    assert COLLECTION["item"][-1]["name"] == "workspace" and order[-2:] == ["POST", "POST"]
    assert [item["name"].split(":")[0] for item in COLLECTION["item"][-1]["item"]][-2:] == [
        "workspace_close", "workspace_restore",
    ]  # fmt: skip
