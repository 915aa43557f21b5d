"""A client generated from today's spec keeps working against an API that made additive changes
(new fields, new enum values, new optional parameters, new operations), as the versioning policy
promises: the revised spec diffs as additive only, and today's client parses its responses."""

from __future__ import annotations

import contextlib
import copy
import json
from typing import Any

import pytest
import respx

from codegen.diff import surface_diff
from leadiosa_async import AsyncLeadiosa, NotFoundError
from leadiosa_async import models as m
from tests.conftest import SPEC_PATH

pytestmark = pytest.mark.anyio

TODAY: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))


def revised_spec() -> dict[str, Any]:
    spec = copy.deepcopy(TODAY)
    schemas = spec["components"]["schemas"]
    schemas["Conversation"]["properties"]["priority"] = {"type": "string", "enum": ["low", "high", "urgent"]}
    schemas["Conversation"]["properties"]["sla"] = {"type": "object", "properties": {"due_at": {"type": "string"}}}
    schemas["ConversationStatus"]["enum"].append("escalated")
    schemas["Channel"]["enum"].append("instagram")
    schemas["AuthorType"]["enum"].append("bot")
    schemas["Pagination"]["properties"]["total"] = {"type": "integer"}
    schemas["ErrorBody"]["properties"]["docs_url"] = {"type": "string"}
    list_op = spec["paths"]["/conversations"]["get"]
    list_op["parameters"].append({"name": "priority", "in": "query", "schema": {"type": "string"}})
    snooze = copy.deepcopy(spec["paths"]["/conversations/{conversation_id}"]["get"])
    snooze["operationId"] = "conversations_snooze"
    spec["paths"]["/conversations/{conversation_id}/snooze"] = {"post": snooze}
    return spec


CONV = {
    **TODAY["paths"]["/conversations/{conversation_id}"]["get"]["responses"]["200"]["content"]["application/json"][
        "example"
    ],
    "status": "escalated",
    "channel": "instagram",
    "priority": "urgent",
    "sla": {"due_at": "2026-05-13T07:28:25Z"},
}


def test_the_revised_spec_is_additive_only() -> None:
    changes = surface_diff(TODAY, revised_spec())
    assert changes and not [c for c in changes if c.breaking]
    assert {c.kind for c in changes} == {"operation added", "parameter added", "field added", "enum value added"}


async def test_todays_client_reads_the_revised_api(client: AsyncLeadiosa, mock_api: respx.MockRouter) -> None:
    mock_api.get("/conversations/conv_1").respond(200, json=CONV)
    page = {"data": [CONV], "pagination": {"has_more": False, "total": 1}}
    mock_api.get("/conversations").respond(200, json=page)
    message = {"id": "m1", "conversation_id": "conv_1", "direction": "outbound", "author_type": "bot",
               "body": "hi", "created_at": "2026-05-12T07:28:25Z", "reactions": ["+1"]}  # fmt: skip
    mock_api.post("/conversations/conv_1/messages").respond(201, json=message)
    envelope = {"error": {"code": "gone", "message": "no", "request_id": "r1", "docs_url": "https://x"}}
    mock_api.get("/contacts/ct_1").respond(404, json=envelope)

    conv = await client.conversations.get("conv_1")
    assert isinstance(conv, m.Conversation)
    assert (str(conv.status), str(conv.channel)) == ("escalated", "instagram")
    assert conv.additional_properties == {"priority": "urgent", "sla": {"due_at": "2026-05-13T07:28:25Z"}}
    listed = await client.conversations.list()
    assert listed.data[0].id == conv.id and listed.raw.pagination.additional_properties == {"total": 1}
    sent = await client.messages.create("conv_1", body="hi")
    assert str(sent.author_type) == "bot" and sent.additional_properties == {"reactions": ["+1"]}
    with pytest.raises(NotFoundError) as info:
        await client.contacts.get("ct_1")
    assert (info.value.code, info.value.request_id) == ("gone", "r1")
    async with contextlib.aclosing(client.paginate(client.conversations.list).pages()) as pages:
        assert (await anext(pages)).data == [conv]
