"""A revision of openapi.json that adds one operation or schema per OpenAPI construct (test data).

`evolved_spec()` returns the real spec plus an `experiments` tag; `CONSTRUCTS` names each construct with
the docs row it backs ("Supported OpenAPI constructs" in docs/regenerating.md) and the case in `evolution_script.py` that
exercises it. The refused constructs are separate mutations (`REFUSED`), each of which the generator
must refuse with a message naming the construct and where it is.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

from tests.conftest import SPEC_PATH

S = "#/components/schemas/"
ERR = {
    "default": {"description": "An error.", "content": {"application/json": {"schema": {"$ref": S + "ErrorEnvelope"}}}}
}


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _op(op_id: str, summary: str, responses: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "operationId": op_id,
        "tags": ["experiments"],
        "summary": summary,
        "responses": {**responses, **ERR},
        **extra,
    }


SCHEMAS: dict[str, Any] = {
    "Cat": {
        "type": "object",
        "required": ["pet_type", "name"],
        "properties": {"pet_type": {"type": "string"}, "name": {"type": "string"}, "lives": {"type": "integer"}},
    },
    "Dog": {
        "type": "object",
        "required": ["pet_type", "name"],
        "properties": {"pet_type": {"type": "string"}, "name": {"type": "string"}, "good": {"type": "boolean"}},
    },
    "Pet": {
        "oneOf": [{"$ref": S + "Cat"}, {"$ref": S + "Dog"}],
        "discriminator": {"propertyName": "pet_type", "mapping": {"cat": S + "Cat", "dog": S + "Dog"}},
    },
    "Circle": {"type": "object", "required": ["kind", "radius"],
               "properties": {"kind": {"type": "string"}, "radius": {"type": "number"}}},
    "Square": {"type": "object", "required": ["kind", "side"],
               "properties": {"kind": {"type": "string"}, "side": {"type": "number"}}},
    "Shape": {"oneOf": [{"$ref": S + "Circle"}, {"$ref": S + "Square"}], "discriminator": {"propertyName": "kind"}},
    "Owner": {
        "type": "object",
        "required": ["id", "pet", "pets"],
        "properties": {
            "id": {"type": "string"},
            "pet": {"$ref": S + "Pet"},
            "pets": {"type": "array", "items": {"$ref": S + "Pet"}},
            "shape": {"$ref": S + "Shape"},
            "nickname": {"type": ["string", "null"]},
            "class": {"type": "string"},
            "x-trace-id": {"type": "string"},
            "born": {"type": "string", "format": "date"},
            "homepage": {"type": "string", "format": "uri"},
            "labels": {"type": "object", "additionalProperties": {"type": "object", "additionalProperties": {"type": "integer"}}},
            "contact": {"oneOf": [{"$ref": S + "Label"}, {"type": "string"}]},
        },
    },
    "Account": {
        "type": "object",
        "required": ["id", "name", "password"],
        "properties": {"id": {"type": "string", "readOnly": True}, "name": {"type": "string"},
                       "password": {"type": "string", "writeOnly": True}},
    },
    "Badge": {"type": "object", "required": ["color"], "properties": {"color": {"type": "string"}}},
    "Label": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string", "maxLength": 20}}},
    "Stamped": {"type": "object", "required": ["created_at"], "properties": {"created_at": {"type": "string", "format": "date-time"}}},
    "Note2": {"allOf": [{"$ref": S + "Stamped"}, {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}]},
    "Setting": {
        "type": "object",
        "required": ["kind", "value"],
        "properties": {
            "kind": {"const": "setting"},
            "value": {"oneOf": [{"type": "integer"}, {"type": "array", "items": {"oneOf": [{"type": "string"}, {"$ref": S + "Label"}]}}]},
            "level": {"type": "string", "enum": ["low", "high"], "default": "low"},
            "old_name": {"type": "string", "deprecated": True},
        },
    },
    "ItemCreate": {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "label": {"anyOf": [{"$ref": S + "Label"}, {"type": "null"}]},
            "either": {"oneOf": [{"$ref": S + "Label"}, {"type": "integer"}]},
            "badge": {"anyOf": [{"$ref": S + "Badge"}, {"type": "null"}]},  # Badge is named nowhere else
            "size": {"type": "integer", "default": 3, "minimum": 1},
        },
    },
    "Item": {
        "type": "object",
        "required": ["id", "name"],
        "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "label": {"anyOf": [{"$ref": S + "Label"}, {"type": "null"}]}},
    },
}  # fmt: skip

PATHS: dict[str, Any] = {
    "/experiments/pets/{pet_id}": {
        "get": _op("experiments_get_pet", "A pet", {"200": _json({"$ref": S + "Pet"})},
                   parameters=[{"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}]),
    },
    "/experiments/pets": {
        "get": _op("experiments_list_pets", "Pets, as a bare array", {"200": _json({"type": "array", "items": {"$ref": S + "Pet"}})}),
        "post": _op("experiments_create_pet", "A pet as a request body", {"201": _json({"$ref": S + "Pet"})},
                    requestBody={"required": True, "content": {"application/json": {"schema": {"$ref": S + "Pet"}}}}),
    },
    "/experiments/owners/{owner_id}": {
        "get": _op("experiments_get_owner", "An owner",
                   {"200": {**_json({"$ref": S + "Owner"}),
                            "links": {"pets": {"operationId": "experiments_list_pets"}}}},  # documentation only
                   parameters=[{"name": "owner_id", "in": "path", "required": True, "schema": {"type": "string"}}]),
    },
    "/experiments/items/{item_id}": {
        "get": _op("experiments_get_item", "An item by integer id", {"200": _json({"$ref": S + "Item"})},
                   parameters=[{"name": "item_id", "in": "path", "required": True,
                                "schema": {"type": "integer", "minimum": 1}}]),
    },
    "/experiments/items": {
        "post": _op("experiments_create_item", "Nullable and oneOf body fields", {"201": _json({"$ref": S + "Item"})},
                    requestBody={"required": True, "content": {"application/json": {"schema": {"$ref": S + "ItemCreate"}}}}),
    },
    "/experiments/search": {
        "get": _op("experiments_search", "Array and enum query parameters, a header parameter",
                   {"200": _json({"type": "array", "items": {"$ref": S + "Note2"}})},
                   parameters=[
                       {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}},
                       {"name": "level", "in": "query", "schema": {"type": "string", "enum": ["low", "high"]}},
                       {"name": "X-Request-Tag", "in": "header", "schema": {"type": "string"}},
                   ]),
    },
    "/experiments/settings": {
        "post": _op("experiments_put_setting", "const, default and deprecated fields; nested oneOf",
                    {"202": {"description": "Accepted, no body."}},
                    requestBody={"required": True, "content": {"application/json": {"schema": {"$ref": S + "Setting"}}}}),
    },
    "/experiments/files": {
        "post": _op("experiments_upload", "Several files in one multipart body", {"201": _json({"$ref": S + "Label"})},
                    requestBody={"required": True, "content": {"multipart/form-data": {"schema": {
                        "type": "object", "required": ["files"],
                        "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                                       "note": {"type": "string"}}}}}}),
    },
    "/experiments/accounts": {
        "post": _op("experiments_create_account", "readOnly and writeOnly fields", {"201": _json({"$ref": S + "Account"})},
                    requestBody={"required": True, "content": {"application/json": {"schema": {"$ref": S + "Account"}}}}),
    },
    "/experiments/weird": {
        "get": {"operationId": "get-Weird_thing.v2", "summary": "Untagged, unusual operationId",
                "responses": {"200": _json({"$ref": S + "Label"})}},
    },
}  # fmt: skip


def evolved_spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    spec["tags"].append({"name": "experiments", "description": "Constructs the generator must map."})
    spec["components"]["schemas"].update(copy.deepcopy(SCHEMAS))
    spec["paths"].update(copy.deepcopy(PATHS))
    return spec


Mutation = Callable[[dict[str, Any]], None]


def _response_media(media: str) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        spec["paths"]["/experiments/weird"]["get"]["responses"]["200"]["content"] = {
            media: {"schema": {"type": "string"}}
        }

    return mutate


def _security(scheme: dict[str, Any]) -> Mutation:
    def mutate(spec: dict[str, Any]) -> None:
        spec["components"].setdefault("securitySchemes", {})["session"] = scheme

    return mutate


def _callbacks(spec: dict[str, Any]) -> None:
    callback = {"{$request.body#/url}": {"post": {"responses": {"200": {"description": "ok"}}}}}
    spec["paths"]["/experiments/items"]["post"]["callbacks"] = {"created": callback}


# (construct id, mutation, what the refusal must say)
REFUSED: list[tuple[str, Mutation, str]] = [
    ("refused-text-plain-response", _response_media("text/plain"), r"GET /experiments/weird .*'text/plain' is not supported"),
    ("refused-ndjson-response", _response_media("application/x-ndjson"), r"'application/x-ndjson' is not supported"),
    ("refused-cookie-api-key", _security({"type": "apiKey", "in": "cookie", "name": "sid"}),
     r"securitySchemes.session: apiKey in cookie is not supported"),
    ("refused-header-api-key", _security({"type": "apiKey", "in": "header", "name": "X-Key"}),
     r"securitySchemes.session: apiKey in header is not supported"),
    ("refused-callbacks", _callbacks, r"POST /experiments/items \(experiments_create_item\): callbacks are not supported"),
]  # fmt: skip
