"""Every operation of openapi.json is callable as client.<tag>.<method> and sends what the spec says.

Each case is written by hand (not derived from the spec) so it checks the generator independently:
method, path, query string and JSON body of the request, and the type of the parsed result, with
the spec's own documented example as the response.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, cast

import httpx
import pytest
import respx

from leadiosa_async import AsyncLeadiosa, File, Leadiosa, LeadiosaDeprecationWarning, Page, SyncPage
from leadiosa_async import models as m
from tests.conftest import BASE_URL, TOKEN
from tests.spec_examples import operations, success_example

pytestmark = pytest.mark.anyio

Call = Callable[[AsyncLeadiosa], Awaitable[Any]]


@dataclass
class Case:
    operation_id: str
    call: Call
    path: str
    query: dict[str, str] = field(default_factory=dict)
    body: Any = None
    result: type[Any] | None = None  # None: returns None; for pages, the item type
    page: bool = False


CASES = [
    Case(
        "conversations_list",
        lambda c: c.conversations.list(status="open", assignee_id="usr_41", limit=50, after="cur_1"),
        "/conversations",
        {"status": "open", "assignee_id": "usr_41", "limit": "50", "after": "cur_1"},
        result=m.Conversation,
        page=True,
    ),
    Case(
        "conversations_create",
        lambda c: c.conversations.create(
            channel="email", contact={"email": "a@b.co", "name": "Ana"}, subject="Hi", tags=["vip"]
        ),
        "/conversations",
        body={"channel": "email", "contact": {"email": "a@b.co", "name": "Ana"}, "subject": "Hi", "tags": ["vip"]},
        result=m.Conversation,
    ),
    Case("conversations_get", lambda c: c.conversations.get("conv_1"), "/conversations/conv_1", result=m.Conversation),
    Case(
        "conversations_update",
        lambda c: c.conversations.update("conv_1", status="closed"),
        "/conversations/conv_1",
        body={"status": "closed"},
        result=m.Conversation,
    ),
    Case(
        "conversations_assign",
        lambda c: c.conversations.assign("conv_1", assignee_id="usr_2"),
        "/conversations/conv_1/assign",
        body={"assignee_id": "usr_2"},
        result=m.Conversation,
    ),
    Case(
        "messages_list",
        lambda c: c.messages.list("conv_1", limit=10),
        "/conversations/conv_1/messages",
        {"limit": "10"},
        result=m.Message,
        page=True,
    ),
    Case(
        "messages_create",
        lambda c: c.messages.create("conv_1", body="Hello", author_type="ai"),
        "/conversations/conv_1/messages",
        body={"body": "Hello", "author_type": "ai"},
        result=m.Message,
    ),
    Case(
        "contacts_list",
        lambda c: c.contacts.list(email="a@b.co"),
        "/contacts",
        {"email": "a@b.co"},
        result=m.Contact,
        page=True,
    ),
    Case("contacts_get", lambda c: c.contacts.get("ct_1"), "/contacts/ct_1", result=m.Contact),
    Case(
        "contacts_update",
        lambda c: c.contacts.update("ct_1", name="Ana", attributes={"plan": "pro", "seats": 3}),
        "/contacts/ct_1",
        body={"name": "Ana", "attributes": {"plan": "pro", "seats": 3}},
        result=m.Contact,
    ),
    Case("contacts_delete", lambda c: c.contacts.delete("ct_1"), "/contacts/ct_1"),
    Case("notes_list", lambda c: c.notes.list("conv_1"), "/conversations/conv_1/notes", result=m.Note, page=True),
    Case(
        "notes_create",
        lambda c: c.notes.create("conv_1", body="internal"),
        "/conversations/conv_1/notes",
        body={"body": "internal"},
        result=m.Note,
    ),
    Case(
        "knowledge_list_articles",
        lambda c: c.knowledge.list_articles(status="published"),
        "/knowledge/articles",
        {"status": "published"},
        result=m.Article,
        page=True,
    ),
    Case(
        "knowledge_create_article",
        lambda c: c.knowledge.create_article(title="T", body="B"),
        "/knowledge/articles",
        body={"title": "T", "body": "B"},
        result=m.Article,
    ),
    Case(
        "knowledge_get_article",
        lambda c: c.knowledge.get_article("art_1"),
        "/knowledge/articles/art_1",
        result=m.Article,
    ),
    Case(
        "knowledge_update_article",
        lambda c: c.knowledge.update_article("art_1", title="New"),
        "/knowledge/articles/art_1",
        body={"title": "New"},
        result=m.Article,
    ),
    Case("knowledge_delete_article", lambda c: c.knowledge.delete_article("art_1"), "/knowledge/articles/art_1"),
    Case(
        "knowledge_list_chunks",
        lambda c: c.knowledge.list_chunks("art_1", limit=100, after="cur_2"),
        "/knowledge/articles/art_1/chunks",
        {"limit": "100", "after": "cur_2"},
        result=m.Chunk,
        page=True,
    ),
    Case(
        "knowledge_ingest",
        lambda c: c.knowledge.ingest(
            file=File(payload=io.BytesIO(b"# FAQ\n"), file_name="faq.md", mime_type="text/markdown"), title="FAQ"
        ),
        "/knowledge/ingest",
        body=("multipart", {"file": b"# FAQ\n", "title": b"FAQ"}),
        result=m.Article,
    ),
    Case("webhooks_list", lambda c: c.webhooks.list(), "/webhooks", result=m.WebhookEndpoint, page=True),
    Case(
        "webhooks_create",
        lambda c: c.webhooks.create(url="https://h.example/x", events=["message.created"]),
        "/webhooks",
        body={"url": "https://h.example/x", "events": ["message.created"]},
        result=m.WebhookEndpointCreated,
    ),
    Case("webhooks_delete", lambda c: c.webhooks.delete("wh_1"), "/webhooks/wh_1"),
    Case(
        "audit_list",
        lambda c: c.audit.list(
            since=datetime.datetime(2026, 5, 1, tzinfo=datetime.UTC), action="conversation.assigned"
        ),
        "/audit",
        {"since": "2026-05-01T00:00:00+00:00", "action": "conversation.assigned"},
        result=m.AuditEvent,
        page=True,
    ),
    Case("workspace_get", lambda c: c.workspace.get(), "/workspace", result=m.Workspace),
    Case(
        "workspace_get_archive_status",
        lambda c: c.workspace.get_archive_status(),
        "/workspace/archive-status",
        result=m.ArchiveStatus,
    ),
    Case(
        "workspace_close",
        lambda c: c.workspace.close(confirm="Acme", reason="bye"),
        "/workspace/close",
        body={"confirm": "Acme", "reason": "bye"},
        result=m.ArchiveStatus,
    ),
    Case("workspace_restore", lambda c: c.workspace.restore(), "/workspace/restore", result=m.Workspace),
    Case(
        "billing_get_subscription",
        lambda c: c.billing.get_subscription(),
        "/billing/subscription",
        result=m.Subscription,
    ),
]


def test_every_operation_has_a_case(spec: dict[str, Any]) -> None:
    assert sorted(c.operation_id for c in CASES) == sorted(operations(spec))


def test_every_operation_is_a_namespace_method(spec: dict[str, Any]) -> None:
    client = AsyncLeadiosa("t")
    for op_id, (_, _, op) in operations(spec).items():
        tag = op["tags"][0]
        method = getattr(getattr(client, tag), op_id.removeprefix(tag + "_"))
        assert method.__leadiosa_operation__.operation_id == op_id


def _norm(value: Any) -> Any:
    """JSON with timestamps parsed, so 'Z' and '+00:00' spellings compare equal."""
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4] == "-" and "T" in value:
        return datetime.datetime.fromisoformat(value)
    return value


def _multipart_fields(request: httpx.Request) -> dict[str, bytes]:
    boundary = request.headers["content-type"].split("boundary=", 1)[1].encode()
    fields = {}
    for part in request.content.split(b"--" + boundary)[1:-1]:
        head, _, value = part.removeprefix(b"\r\n").removesuffix(b"\r\n").partition(b"\r\n\r\n")
        name = head.split(b'name="', 1)[1].split(b'"', 1)[0].decode()
        fields[name] = value
    return fields


@pytest.mark.parametrize("kind", ["async", "sync"])
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.operation_id)
async def test_operation_request_and_result(
    case: Case, kind: str, spec: dict[str, Any], client: AsyncLeadiosa, mock_api: respx.MockRouter
) -> None:
    """Both clients: the sync one (`Leadiosa`) runs the same generated operations on the same pipeline."""
    method, _, _ = operations(spec)[case.operation_id]
    status, example = success_example(spec, case.operation_id)
    route = (
        mock_api.request(method, case.path).respond(status, json=example)
        if example is not None
        else (mock_api.request(method, case.path).respond(status))
    )

    deprecated = operations(spec)[case.operation_id][2].get("deprecated", False)
    with pytest.warns(LeadiosaDeprecationWarning) if deprecated else contextlib.nullcontext():
        if kind == "async":
            result = await case.call(client)
        else:
            with Leadiosa(TOKEN, base_url=BASE_URL) as sync_client:
                result = case.call(cast(Any, sync_client))
            if isinstance(result, SyncPage):
                result = result.page

    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == method
    assert request.url.path == "/api/v1" + case.path
    assert dict(request.url.params) == case.query
    assert request.headers["authorization"] == "Bearer lds_test_0123456789abcdef"
    if isinstance(case.body, tuple):
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert _multipart_fields(request) == case.body[1]
        assert b'filename="faq.md"' in request.content and b"Content-Type: text/markdown" in request.content
    elif case.body is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == case.body
    if case.page:
        assert isinstance(result, Page)
        assert result.has_more is True and result.next_cursor == "cur_abc"
        item: Any = result.data[0]
        assert len(result.data) == 1 and case.result is not None and isinstance(item, case.result)
        assert _norm(item.to_dict()) == _norm(example["data"][0])
    elif case.result is None:
        assert result is None
    else:
        assert isinstance(result, case.result)
        assert _norm(result.to_dict()) == _norm(example)
