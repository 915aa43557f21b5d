"""What the generator decides about each operation and event, read straight from `codegen.spec_model` (no
rendering: a document parses in milliseconds): idempotency, names, types, bodies, pagination, imports, and the
documents it refuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.parser.openapi import GeneratorData

from codegen.generate import DEFAULT_SPEC, _config, load_spec, parse
from codegen.spec_model import (
    OpInfo,
    SpecError,
    build_events,
    build_operations,
    code,
    parameters,
    request_body,
    tag_descriptions,
    wire,
)

OK = {"200": {"description": "ok"}}


def doc(paths: dict[str, Any], schemas: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
        **extra,
    }


def json_response(schema: dict[str, Any], status: str = "200") -> dict[str, Any]:
    return {status: {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def parsed(spec: dict[str, Any]) -> GeneratorData:
    """openapi-python-client's model of `spec`, as `render()` builds it (nothing is written)."""
    return parse(spec, _config(DEFAULT_SPEC, Path("unused")))


def operations(spec: dict[str, Any], previous: dict[str, str] | None = None) -> dict[str, OpInfo]:
    return {op.operation_id: op for op in build_operations(spec, parsed(spec), previous)}


def events(spec: dict[str, Any]) -> list[Any]:
    return build_events(spec, parsed(spec))


@pytest.fixture  # per test: mutmut links a function to the tests that call it, and a shared fixture calls it once
def committed() -> dict[str, OpInfo]:
    return operations(load_spec(DEFAULT_SPEC))


# operation id -> "METHOD path -> namespace.method returns <type>", then its arguments
COMMITTED = {
    "audit_list": "GET /audit -> audit.list returns Page[AuditEvent]",
    "billing_get_subscription": "GET /billing/subscription -> billing.get_subscription returns Subscription",
    "contacts_delete": "DELETE /contacts/{contact_id} -> contacts.delete returns None",
    "contacts_get": "GET /contacts/{contact_id} -> contacts.get returns Contact",
    "contacts_list": "GET /contacts -> contacts.list returns Page[Contact]",
    "contacts_update": "PATCH /contacts/{contact_id} -> contacts.update returns Contact",
    "conversations_assign": "POST /conversations/{conversation_id}/assign -> conversations.assign returns Conversation",
    "conversations_create": "POST /conversations -> conversations.create returns Conversation",
    "conversations_get": "GET /conversations/{conversation_id} -> conversations.get returns Conversation",
    "conversations_list": "GET /conversations -> conversations.list returns Page[Conversation]",
    "conversations_update": "PATCH /conversations/{conversation_id} -> conversations.update returns Conversation",
    "knowledge_create_article": "POST /knowledge/articles -> knowledge.create_article returns Article",
    "knowledge_delete_article": "DELETE /knowledge/articles/{article_id} -> knowledge.delete_article returns None",
    "knowledge_get_article": "GET /knowledge/articles/{article_id} -> knowledge.get_article returns Article",
    "knowledge_ingest": "POST /knowledge/ingest -> knowledge.ingest returns Article",
    "knowledge_list_articles": "GET /knowledge/articles -> knowledge.list_articles returns Page[Article]",
    "knowledge_list_chunks": "GET /knowledge/articles/{article_id}/chunks -> knowledge.list_chunks returns Page[Chunk]",
    "knowledge_update_article": "PATCH /knowledge/articles/{article_id} -> knowledge.update_article returns Article",
    "messages_create": "POST /conversations/{conversation_id}/messages -> messages.create returns Message",
    "messages_list": "GET /conversations/{conversation_id}/messages -> messages.list returns Page[Message]",
    "notes_create": "POST /conversations/{conversation_id}/notes -> notes.create returns Note",
    "notes_list": "GET /conversations/{conversation_id}/notes -> notes.list returns Page[Note]",
    "webhooks_create": "POST /webhooks -> webhooks.create returns WebhookEndpointCreated",
    "webhooks_delete": "DELETE /webhooks/{webhook_id} -> webhooks.delete returns None",
    "webhooks_list": "GET /webhooks -> webhooks.list returns Page[WebhookEndpoint]",
    "workspace_close": "POST /workspace/close -> workspace.close returns ArchiveStatus",
    "workspace_get": "GET /workspace -> workspace.get returns Workspace",
    "workspace_get_archive_status": (
        "GET /workspace/archive-status -> workspace.get_archive_status returns ArchiveStatus"
    ),
    "workspace_restore": "POST /workspace/restore -> workspace.restore returns Workspace",
}


def test_every_operation_of_the_committed_document_is_named_typed_and_placed(committed: dict[str, OpInfo]) -> None:
    described = {
        key: f"{op.http_method} {op.path} -> {op.tag}.{op.method_name} returns {op.return_type}"
        for key, op in committed.items()
    }
    assert described == COMMITTED
    assert [op.operation_id for op in committed.values()] == sorted(COMMITTED)  # sorted by namespace, method
    for key, op in committed.items():
        assert op.const == key.upper() and op.endpoint_name == key and op.api_tag == op.tag
        assert (
            op.raw is load_spec(DEFAULT_SPEC)["paths"][op.path][op.http_method.lower()]
            or op.raw == (load_spec(DEFAULT_SPEC)["paths"][op.path][op.http_method.lower()])
        )
        assert op.naming_warnings == []


def test_only_posts_and_patches_of_the_committed_document_are_not_idempotent(committed: dict[str, OpInfo]) -> None:
    not_idempotent = {key for key, op in committed.items() if not op.idempotent}
    assert not_idempotent == {key for key, line in COMMITTED.items() if line.startswith(("POST", "PATCH"))}
    assert {op.http_method for key, op in committed.items() if key not in not_idempotent} == {"GET", "DELETE"}


def test_what_each_method_may_resend() -> None:
    methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
    spec = doc({"/things": {m: {"operationId": f"things_{m}", "tags": ["things"], "responses": OK} for m in methods}})
    found = {op.http_method: op.idempotent for op in operations(spec).values()}
    assert found == {
        "GET": True,
        "HEAD": True,
        "OPTIONS": True,
        "TRACE": True,
        "PUT": True,
        "DELETE": True,
        "POST": False,
        "PATCH": False,
    }


def test_arguments_bodies_and_documentation_of_committed_operations(committed: dict[str, OpInfo]) -> None:
    update = committed["contacts_update"]
    assert update.params == ["contact_id", "email", "name", "phone", "attributes"]
    assert update.body_class == "ContactUpdate" and update.returns_json and update.success_type == "Contact"
    assert not update.paginated and update.list_model is None and update.item_type is None
    assert committed["conversations_assign"].deprecated and not committed["conversations_get"].deprecated
    listing = committed["conversations_list"]
    assert listing.params == ["status", "assignee_id", "contact_id", "channel", "limit", "after"]
    assert (listing.paginated, listing.list_model, listing.item_type) == (True, "ConversationList", "Conversation")
    assert listing.success_type == "ConversationList"
    assert listing.item_imports == {"from ..models.conversation import Conversation", "from typing import cast"}
    assert "from .....models.conversation import Conversation" in listing.imports(".....")
    deleted = committed["contacts_delete"]
    assert (deleted.returns_json, deleted.success_type, deleted.params) == (False, "None", ["contact_id"])
    assert committed["workspace_restore"].params == [] and committed["workspace_restore"].body_class is None
    spec = load_spec(DEFAULT_SPEC)
    get = committed["conversations_get"]
    assert get.summary == spec["paths"][get.path]["get"]["summary"] and get.summary
    assert get.description == str(spec["paths"][get.path]["get"].get("description", ""))
    assert get.path_item is spec["paths"][get.path] or get.path_item == spec["paths"][get.path]
    assert set(get.param_docs) == {"conversation_id"} and get.param_docs["conversation_id"]


def test_a_paginated_listing_needs_an_after_parameter_and_a_required_data_list_and_pagination() -> None:
    schemas = {
        "Item": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
        "Pagination": {"type": "object", "properties": {"next_cursor": {"type": ["string", "null"]}}},
        "Full": {
            "type": "object",
            "required": ["data", "pagination"],
            "properties": {"data": {"type": "array", "items": ref("Item")}, "pagination": ref("Pagination")},
        },
        "Optional": {
            "type": "object",
            "required": ["data"],
            "properties": {"data": {"type": "array", "items": ref("Item")}, "pagination": ref("Pagination")},
        },
        "NoData": {
            "type": "object",
            "required": ["pagination"],
            "properties": {"items": {"type": "array", "items": ref("Item")}, "pagination": ref("Pagination")},
        },
        "NotAList": {
            "type": "object",
            "required": ["data", "pagination"],
            "properties": {"data": ref("Item"), "pagination": ref("Pagination")},
        },
        "Strings": {
            "type": "object",
            "required": ["data", "pagination"],
            "properties": {"data": {"type": "array", "items": {"type": "string"}}, "pagination": ref("Pagination")},
        },
    }
    after = [{"name": "after", "in": "query", "schema": {"type": "string"}}]
    other = [{"name": "before", "in": "query", "schema": {"type": "string"}}]

    def listing(schema: str, params: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "get": {
                "operationId": f"items_{schema.lower()}",
                "tags": ["items"],
                "parameters": params,
                "responses": json_response(ref(schema)),
            }
        }

    spec = doc(
        {
            "/full": listing("Full", after),
            "/optional": listing("Optional", after),
            "/notalist": listing("NotAList", after),
            "/nodata": listing("NoData", after),
            "/strings": listing("Strings", after),
            "/nocursor": {"get": {**listing("Full", other)["get"], "operationId": "items_nocursor"}},
            "/array": {
                "get": {
                    "operationId": "items_array",
                    "tags": ["items"],
                    "parameters": after,
                    "responses": json_response({"type": "array", "items": ref("Item")}),
                }
            },
        },
        schemas,
    )
    found = operations(spec)
    full = found["items_full"]
    assert (full.paginated, full.list_model, full.item_type, full.return_type) == (True, "Full", "Item", "Page[Item]")
    assert full.item_imports == {"from ..models.item import Item", "from typing import cast"}
    strings = found["items_strings"]
    assert (strings.paginated, strings.item_type, strings.item_imports) == (True, "str", set())
    for key in ("items_optional", "items_nodata", "items_notalist", "items_nocursor", "items_array"):
        assert not found[key].paginated and found[key].item_type is None, key


def test_read_only_fields_are_never_sent_and_all_of_parts_are_merged() -> None:
    schemas = {
        "Base": {"type": "object", "properties": {"id": {"type": "string", "readOnly": True}}},
        "Thing": {
            "allOf": [
                ref("Base"),
                {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "secret": {"type": "string", "readOnly": True},
                        "note": {"type": "string", "readOnly": False},
                    },
                },
            ]
        },
    }
    body = {"required": True, "content": {"application/json": {"schema": ref("Thing")}}}
    spec = doc(
        {
            "/things": {
                "post": {
                    "operationId": "things_create",
                    "tags": ["things"],
                    "requestBody": body,
                    "responses": json_response(ref("Thing"), "201"),
                }
            }
        },
        schemas,
    )
    op = operations(spec)["things_create"]
    assert op.body_class == "Thing"
    assert [wire(p.name) for p in op.body_fields] == ["name", "note"]
    assert op.params == ["name", "note"] and op.returns_json and op.success_type == "Thing"


def test_a_body_that_is_not_an_object_is_one_body_argument() -> None:
    body = {"content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}
    spec = doc(
        {
            "/tags": {
                "put": {
                    "operationId": "tags_replace",
                    "tags": ["tags"],
                    "requestBody": body,
                    "responses": {"204": {"description": "done"}},
                }
            }
        }
    )
    op = operations(spec)["tags_replace"]
    assert op.body_class is None and op.body_fields == [] and op.params == ["body"]
    assert (op.returns_json, op.success_type, op.idempotent) == (False, "None", True)


def test_the_first_2xx_response_is_the_success_type() -> None:
    responses = {
        "400": {"description": "bad", "content": {"application/json": {"schema": {"type": "integer"}}}},
        **json_response({"type": "string"}, "202"),
        **json_response({"type": "boolean"}, "299"),
    }
    spec = doc({"/jobs": {"post": {"operationId": "jobs_start", "tags": ["jobs"], "responses": responses}}})
    assert operations(spec)["jobs_start"].success_type == "str"
    spec["paths"]["/jobs"]["post"]["responses"] = {"300": {"description": "moved"}, **json_response({}, "400")}
    with pytest.raises(SpecError, match=r"^POST /jobs \(jobs_start\): documents no 2xx response$"):
        operations(spec)


def test_two_request_body_types_are_refused_by_operation() -> None:
    content = {
        "application/json": {"schema": {"type": "object"}},
        "multipart/form-data": {"schema": {"type": "object"}},
    }
    spec = doc(
        {
            "/files": {
                "post": {
                    "operationId": "files_upload",
                    "tags": ["files"],
                    "requestBody": {"content": content},
                    "responses": OK,
                }
            }
        }
    )
    with pytest.raises(SpecError, match=r"^POST /files \(files_upload\): more than one request body content type"):
        operations(spec)


@pytest.mark.parametrize("name", ["timeout", "options", "max_retries", "extra_headers", "retry_non_idempotent"])
def test_a_parameter_with_a_reserved_name_is_refused(name: str) -> None:
    param = {"name": name, "in": "query", "schema": {"type": "string"}}
    spec = doc({"/x": {"get": {"operationId": "x_get", "tags": ["x"], "parameters": [param], "responses": OK}}})
    with pytest.raises(SpecError, match=rf"^x_get: parameter or field '{name}' clashes with a reserved name$"):
        operations(spec)


def test_a_cookie_parameter_with_a_reserved_name_is_refused_too() -> None:
    param = {"name": "timeout", "in": "cookie", "schema": {"type": "string"}}
    spec = doc({"/x": {"get": {"operationId": "x_get", "tags": ["x"], "parameters": [param], "responses": OK}}})
    with pytest.raises(SpecError, match="'timeout' clashes"):
        operations(spec)


def test_names_kept_from_the_previous_generation_and_naming_warnings_reach_every_operation() -> None:
    spec = doc(
        {
            "/a": {"get": {"operationId": "things_list", "tags": ["things"], "responses": OK}},
            "/b": {"get": {"operationId": "getOther", "tags": ["things"], "responses": OK}},
        }
    )
    found = operations(spec, {"things_list": "things.all"})
    assert (found["things_list"].tag, found["things_list"].method_name, found["things_list"].const) == (
        "things",
        "all",
        "THINGS_ALL",
    )
    assert found["getOther"].method_name == "get_other"
    assert found["things_list"].naming_warnings == found["getOther"].naming_warnings
    assert len(found["getOther"].naming_warnings) == 1 and "getOther" in found["getOther"].naming_warnings[0]


def test_an_operation_id_used_twice_is_refused() -> None:
    spec = doc(
        {
            "/a": {"get": {"operationId": "x_get", "tags": ["x"], "responses": OK}},
            "/b": {"post": {"operationId": "x_get", "tags": ["x"], "responses": OK}},
        }
    )
    with pytest.raises(SpecError, match=r"^POST /b: operationId 'x_get' is used twice$"):
        operations(spec)


def test_parameters_follow_refs_and_take_the_operation_s_over_the_path_s() -> None:
    spec = {"components": {"parameters": {"Limit": {"name": "limit", "in": "query", "description": "how many"}}}}
    path_item = {"parameters": [{"name": "id", "in": "path", "description": "path level"}, "junk", {"in": "query"}]}
    op = {
        "parameters": [
            {"$ref": "#/components/parameters/Limit"},
            {"name": "id", "in": "path", "description": "op"},
            {"$ref": "#/components/schemas/Limit"},
            {"$ref": "#/components/parameters/Missing"},
        ]
    }
    found = parameters(spec, op, path_item)
    assert found == {
        "id": {"name": "id", "in": "path", "description": "op"},
        "limit": {"name": "limit", "in": "query", "description": "how many"},
    }
    assert list(found) == ["id", "limit"]
    assert parameters({}, {}, {}) == {}


def test_request_body_follows_refs_to_the_first_content_type_s_schema() -> None:
    schemas = {"A": ref("B"), "B": {"type": "object", "properties": {"x": {}}}}
    spec = {"components": {"schemas": schemas}}
    op = {"requestBody": {"content": {"application/json": {"schema": ref("A")}, "text/plain": {"schema": {}}}}}
    assert request_body(spec, op) == schemas["B"]
    assert request_body(spec, {}) == {}
    assert request_body(spec, {"requestBody": {"content": {"x/y": {"schema": ref("Missing")}}}}) == {}
    assert request_body(spec, {"requestBody": {"content": {"x/y": {"schema": "not a schema"}}}}) == {}


def test_a_chain_of_refs_is_followed_twenty_deep_and_no_further() -> None:
    def chain(length: int) -> dict[str, Any]:
        schemas: dict[str, Any] = {f"S{i}": ref(f"S{i + 1}") for i in range(length)}
        schemas[f"S{length}"] = {"type": "object", "title": "end"}
        return {"components": {"schemas": schemas}}

    op = {"requestBody": {"content": {"application/json": {"schema": ref("S0")}}}}
    assert request_body(chain(19), op) == {"type": "object", "title": "end"}  # 20 refs
    assert request_body(chain(20), op) == ref("S20")  # the 21st is not followed
    cyclic = {"components": {"schemas": {"A": ref("A")}}}
    assert request_body(cyclic, op | {"requestBody": {"content": {"a/b": {"schema": ref("A")}}}}) == ref("A")
    other = {"$ref": "#/components/responses/A"}
    assert request_body(cyclic, {"requestBody": {"content": {"a/b": {"schema": other}}}}) == other


def test_wire_and_code_read_openapi_python_client_s_wrappers_and_plain_values() -> None:
    class Untrusted:
        def get_untrusted_value(self) -> str:
            return "x-id"

    class Embedded:
        def as_unembedded_code(self) -> str:
            return "list[int]"

    assert (wire(Untrusted()), wire("plain"), wire(3)) == ("x-id", "plain", "3")
    assert (code(Embedded()), code("str"), code(None)) == ("list[int]", "str", "None")


def test_tag_descriptions() -> None:
    tags = [{"name": "a", "description": "About a."}, {"name": "b"}, {"description": "nameless"}]
    assert tag_descriptions({"tags": tags}) == {"a": "About a.", "b": ""}
    assert tag_descriptions({}) == {}


def webhook(event_type: Any, data: dict[str, Any] | None = None, *, all_of: bool = False, summary: Any = None) -> Any:
    properties: dict[str, Any] = {} if event_type is None else {"type": {"type": "string", "const": event_type}}
    if data is not None:
        properties["data"] = data
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if all_of:
        schema = {"allOf": [{"type": "object", "properties": {"id": {"type": "string"}}}, schema]}
    post: dict[str, Any] = {"requestBody": {"content": {"application/json": {"schema": schema}}}, "responses": OK}
    if summary is not None:
        post["summary"] = summary
    return {"post": post}


def test_events_are_named_typed_and_sorted_from_the_webhooks_section() -> None:
    schemas = {"ContactRecord": {"type": "object", "properties": {"id": {"type": "string"}}}}
    spec = doc(
        {
            "/contacts": {
                "get": {"operationId": "c_list", "tags": ["c"], "responses": json_response(ref("ContactRecord"))}
            }
        },
        schemas,
        webhooks={
            "zeta": webhook("contact.updated", ref("ContactRecord"), summary="Changed"),
            "alpha": webhook("knowledge.article_ingested", {"type": "object"}, all_of=True),
            "plain_key": webhook(None),
        },
    )
    found = [(e.type, e.class_name, e.summary, e.data_class, e.data_module) for e in events(spec)]
    assert found == [
        ("knowledge.article_ingested", "KnowledgeArticleIngestedEvent", "knowledge.article_ingested", None, None),
        ("plain_key", "PlainKeyEvent", "plain_key", None, None),
        ("contact.updated", "ContactUpdatedEvent", "Changed", "ContactRecord", "contact_record"),
    ]
    assert events(doc({})) == []


@pytest.mark.parametrize("event_type", ["Contact.Updated", "contact..updated", "contact.", "1contact", "a-b", 7])
def test_an_event_type_that_is_not_dotted_snake_case_is_refused(event_type: Any) -> None:
    spec = doc({}, webhooks={"bad": webhook(event_type)})
    with pytest.raises(
        SpecError, match=rf"^webhooks\.bad: the event type must be dotted snake_case, got {event_type!r}$"
    ):
        events(spec)


def test_an_event_whose_data_is_not_a_schema_ref_has_no_data_class() -> None:
    schemas = {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}}
    paths = {"/t": {"get": {"operationId": "t_get", "tags": ["t"], "responses": json_response(ref("Thing"))}}}
    spec = doc(paths, schemas, webhooks={"e": webhook("t.changed", {"$ref": "#/components/responses/Thing"})})
    assert [(e.data_class, e.data_module) for e in events(spec)] == [(None, None)]


def test_a_body_s_own_read_only_fields_are_never_sent() -> None:
    schema = {"type": "object", "properties": {"id": {"type": "string", "readOnly": True}, "name": {"type": "string"}}}
    body = {"content": {"application/json": {"schema": schema}}}
    spec = doc({"/things": {"post": {"operationId": "things_create", "tags": ["things"], "requestBody": body,
                                     "responses": OK}}})  # fmt: skip
    assert operations(spec)["things_create"].params == ["name"]


@pytest.mark.parametrize("status", ["2XX", "299", "200"])
def test_any_2xx_status_or_range_is_the_success_response(status: str) -> None:
    spec = doc({"/jobs": {"get": {"operationId": "jobs_get", "tags": ["jobs"],
                                  "responses": json_response({"type": "integer"}, status)}}})  # fmt: skip
    assert operations(spec)["jobs_get"].success_type == "int"


def test_undocumented_summaries_descriptions_and_parameter_docs_are_empty() -> None:
    param = {"name": "q", "in": "query", "schema": {"type": "string"}}
    spec = doc({"/s": {"get": {"tags": ["s"], "parameters": [param], "responses": OK}}})
    op = operations(spec)["GET /s"]  # no operationId: the key is the method and path
    assert (op.summary, op.description, op.param_docs, op.deprecated) == ("", "", {"q": ""}, False)
    assert (op.tag, op.method_name) == ("s", "get_s")


def test_entries_of_paths_that_are_not_operations_are_left_alone() -> None:
    spec = doc({"/a": {"get": {"operationId": "a_get", "tags": ["a"], "responses": OK}}})
    data = parsed(spec)
    extended = {**spec, "paths": {**spec["paths"], "/junk": "not a path item", "/b": {"get": "not an operation"}}}
    assert [op.operation_id for op in build_operations(extended, data)] == ["a_get"]
    empty = parsed(doc({}))
    assert build_operations({"openapi": "3.1.0"}, empty) == []


def test_a_document_and_its_parsed_model_that_disagree_are_refused() -> None:
    one = doc({"/a": {"get": {"operationId": "a_get", "tags": ["a"], "responses": OK}}})
    two = doc({**one["paths"], "/b": {"get": {"operationId": "b_get", "tags": ["b"], "responses": OK}}})
    with pytest.raises(SpecError, match=r"^operations the generator could not parse: \['b_get'\]$"):
        build_operations(two, parsed(one))
    with pytest.raises(SpecError, match=r"^GET /b: parsed but not found in the document$"):
        build_operations(one, parsed(two))


def test_refs_without_components_resolve_to_nothing() -> None:
    op = {"requestBody": {"content": {"application/json": {"schema": ref("A")}}}}
    assert request_body({}, op) == request_body({"components": {}}, op) == {}
    param_ref = {"parameters": [{"$ref": "#/components/parameters/P"}]}
    assert parameters({}, param_ref, {}) == parameters({"components": {}}, param_ref, {}) == {}


def test_a_parameter_named_like_a_keyword_is_renamed_by_the_parser_and_accepted() -> None:
    param = {"name": "class", "in": "query", "schema": {"type": "string"}}
    spec = doc({"/x": {"get": {"operationId": "x_get", "tags": ["x"], "parameters": [param], "responses": OK}}})
    assert operations(spec)["x_get"].params == ["class_"]


def test_a_body_field_s_models_are_imported_at_any_depth_of_lists_and_unions() -> None:
    schemas = {name: {"type": "object", "properties": {"x": {"type": "string"}}} for name in "ABCD"}
    properties = {
        "maybe": {"oneOf": [ref("A"), {"type": "null"}]},
        "many": {"type": "array", "items": {"oneOf": [ref("B"), ref("C")]}},
        "many_or_none": {"oneOf": [{"type": "array", "items": ref("D")}, {"type": "null"}]},
    }
    body = {"content": {"application/json": {"schema": {"type": "object", "properties": properties}}}}
    spec = doc({"/t": {"post": {"operationId": "t_make", "tags": ["t"], "requestBody": body, "responses": OK}}},
               schemas)  # fmt: skip
    imports = operations(spec)["t_make"].imports("....")
    assert {f"from ....models.{n.lower()} import {n}" for n in "ABCD"} <= imports
    assert not [line for line in imports if line.startswith("from ...") and not line.startswith("from ....")]


def test_events_of_webhooks_without_a_typed_body_take_their_key_as_type() -> None:
    webhooks = {
        "a.no_post": {},
        "b.no_body": {"post": {"responses": OK}},
        "c.no_content": {"post": {"requestBody": {}, "responses": OK}},
        "d.no_json": {"post": {"requestBody": {"content": {}}, "responses": OK}},
        "e.no_schema": {"post": {"requestBody": {"content": {"application/json": {}}}, "responses": OK}},
    }
    assert [(e.type, e.summary, e.data_class) for e in events(doc({}, webhooks=webhooks))] == [
        (key, key, None) for key in sorted(webhooks)
    ]
