"""The sandbox behaves like the Leadiosa API: lifecycle rules, validation, auth, pagination, limits."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
from collections.abc import AsyncIterator

import pytest

from leadiosa_async import (
    AsyncLeadiosa,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CursorExpiredError,
    File,
    Hooks,
    LeadiosaDeprecationWarning,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from leadiosa_async._generated.api.conversations import conversations_list
from leadiosa_async.testing import AGENT_TOKEN, FakeClock, Sandbox

pytestmark = pytest.mark.anyio


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox()


@pytest.fixture
async def api(sandbox: Sandbox) -> AsyncIterator[AsyncLeadiosa]:
    async with sandbox.client() as client:
        yield client


async def test_auth_is_required_and_owner_only_operations_refuse_agents(sandbox: Sandbox) -> None:
    async with sandbox.client(token="wrong") as client:
        with pytest.raises(AuthenticationError) as info:
            await client.workspace.get()
    assert info.value.request_id and info.value.code == "unauthorized"
    async with sandbox.client(token=AGENT_TOKEN) as agent:
        assert (await agent.workspace.get()).status == "active"
        with pytest.raises(PermissionDeniedError):
            await agent.workspace.get_archive_status()
        with pytest.raises(PermissionDeniedError):
            await agent.workspace.close(confirm="Sandbox Workspace")


async def test_conversation_lifecycle_and_assignment_rules(api: AsyncLeadiosa) -> None:
    conv = await api.conversations.create(channel="email", contact={"email": "ana@example.com"}, message="Hi")
    again = await api.conversations.create(channel="chat", contact={"email": "ANA@example.com"})
    assert conv.contact_id == again.contact_id  # found by email, not created twice
    assert conv.status == "open" and not conv.closed_at
    assigned = await api.conversations.update(conv.id, assignee_id="usr_41", status="pending")
    assert (assigned.assignee_id, assigned.status) == ("usr_41", "pending")
    closed = await api.conversations.update(conv.id, status="closed")
    assert closed.closed_at
    with pytest.raises(ConflictError, match="conversation_closed"):
        await api.conversations.update(conv.id, assignee_id="usr_2")
    with pytest.raises(ConflictError):
        await api.messages.create(conv.id, body="too late")
    reopened = await api.conversations.update(conv.id, status="open", assignee_id="usr_2")
    assert reopened.assignee_id == "usr_2" and not reopened.closed_at


@pytest.mark.off_spec  # sends an invalid email on purpose
@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({}, UnprocessableEntityError),
        ({"contact_id": "ct_x", "contact": {"email": "a@b.co"}}, UnprocessableEntityError),
        ({"contact_id": "ct_missing"}, NotFoundError),
        ({"contact": {"email": "a@b.co"}, "assignee_id": "usr_nobody"}, UnprocessableEntityError),
        ({"contact": {"email": "not-an-email"}}, BadRequestError),
    ],
)
async def test_conversation_create_refuses_bad_input(
    api: AsyncLeadiosa, kwargs: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error) as info:
        await api.conversations.create(channel="email", **kwargs)  # type: ignore[arg-type]
    assert getattr(info.value, "request_id", None)


@pytest.mark.off_spec  # sends invalid queries on purpose, below the SDK's own argument checks
async def test_validation_errors_name_the_field(api: AsyncLeadiosa) -> None:
    with pytest.raises(BadRequestError, match="limit: must be <= 100") as info:
        await conversations_list.call(api._transport, {}, limit=500)
    assert info.value.code == "validation_error"
    with pytest.raises(BadRequestError, match="status: must be one of"):
        await conversations_list.call(api._transport, {}, status="weird")  # type: ignore[arg-type]


async def test_notes_are_never_messages(api: AsyncLeadiosa) -> None:
    conv = await api.conversations.create(channel="chat", contact={"email": "a@b.co"}, message="Hello")
    await api.notes.create(conv.id, body="internal only")
    await api.messages.create(conv.id, body="Hi Ana")
    messages = (await api.messages.list(conv.id)).data
    assert [m.body for m in messages] == ["Hello", "Hi Ana"]
    assert [m.author_type for m in messages] == ["contact", "agent"]
    assert [n.body for n in (await api.notes.list(conv.id)).data] == ["internal only"]


async def test_gdpr_erasure_removes_the_contact_and_their_personal_data(api: AsyncLeadiosa) -> None:
    conv = await api.conversations.create(
        channel="sms", contact={"email": "gone@example.com"}, subject="Ana's invoices", message="I am Ana"
    )
    await api.messages.create(conv.id, body="Hi Ana")
    await api.contacts.delete(conv.contact_id)
    with pytest.raises(NotFoundError):
        await api.contacts.get(conv.contact_id)
    assert [c.email async for c in api.paginate(api.contacts.list)] == []
    kept = await api.conversations.get(conv.id)
    assert not kept.subject
    assert [m.body for m in (await api.messages.list(conv.id)).data] == ["[erased]", "Hi Ana"]


async def test_contacts_update_merges_attributes(api: AsyncLeadiosa) -> None:
    conv = await api.conversations.create(channel="chat", contact={"email": "a@b.co", "name": "A"})
    await api.contacts.update(conv.contact_id, attributes={"plan": "pro", "seats": 3})
    contact = await api.contacts.update(conv.contact_id, attributes={"seats": 5}, name="Ana")
    assert contact.attributes.additional_properties == {"plan": "pro", "seats": 5} and contact.name == "Ana"


async def test_cursors_expire_when_the_listed_data_changes(api: AsyncLeadiosa) -> None:
    for i in range(5):
        await api.conversations.create(channel="chat", contact={"email": f"c{i}@example.com"})
    first = await api.conversations.list(limit=2)
    assert first.next_cursor
    await api.conversations.create(channel="chat", contact={"email": "new@example.com"})
    with pytest.raises(CursorExpiredError):
        await api.conversations.list(limit=2, after=first.next_cursor)
    with pytest.raises(BadRequestError, match="cursor"):
        await api.conversations.list(after="cur_garbage")
    seen: list[str] = []
    pages = api.paginate(api.conversations.list, limit=2, restart_on_expired=True)
    async for conv in pages:
        seen.append(conv.id)
        if len(seen) == 3:  # the data changes mid-iteration: the next cursor has expired
            await api.conversations.create(channel="chat", contact={"email": "during@example.com"})
    assert pages.restarts == 1  # it met the expired cursor and started over
    assert len(seen) == len(set(seen)) == 7  # skipping what it had yielded: none twice, none missed


async def test_filters_apply_and_cursors_keep_them(api: AsyncLeadiosa) -> None:
    for i in range(5):
        conv = await api.conversations.create(channel="chat", contact={"email": f"f{i}@example.com"})
        if i % 2:
            await api.conversations.update(conv.id, status="pending")
    pending = [c.status async for c in api.paginate(api.conversations.list, status="pending", limit=1)]
    assert pending == ["pending", "pending"]


async def test_rate_limit_headers_and_the_sdk_throttle_avoid_429s() -> None:
    clock = FakeClock()
    sandbox = Sandbox(rate_limit=3, rate_window=10, clock=clock.time)
    statuses: list[int | None] = []
    hooks = Hooks(on_request_end=lambda event: statuses.append(event.status_code))
    async with sandbox.client(clock=clock, max_retries=0, hooks=hooks) as client:  # a 429 would raise, not retry
        for _ in range(7):
            await client.workspace.get()
        assert client.rate_limit is not None and client.rate_limit.limit == 3
    assert statuses == [200] * 7  # counted: not one 429
    assert clock.sleeps and all(0 < s <= 10 for s in clock.sleeps)  # it waited for resets instead
    clock.advance(10 - clock.now % 10)  # a fresh window
    async with sandbox.client(clock=clock, throttle=False) as client:
        for _ in range(3):
            await client.workspace.get()
        with pytest.raises(RateLimitError) as info:
            await client.workspace.get(max_retries=0)
    assert info.value.retry_after is not None and 0 < info.value.retry_after <= 10


async def test_deprecated_operation_answers_with_the_header(api: AsyncLeadiosa) -> None:
    conv = await api.conversations.create(channel="chat", contact={"email": "a@b.co"})
    with pytest.warns(LeadiosaDeprecationWarning, match="conversations_update"):
        assigned = await api.conversations.assign(conv.id, assignee_id="usr_41")
    assert assigned.assignee_id == "usr_41"


async def test_knowledge_ingest_upload_and_chunks(api: AsyncLeadiosa) -> None:
    text = ("word " * 120).encode()
    article = await api.knowledge.ingest(file=File(payload=io.BytesIO(text), file_name="faq.md"), title="FAQ")
    assert (article.status, article.source, article.title) == ("processing", "upload", "FAQ")
    stored = await api.knowledge.get_article(article.id)
    assert stored.status == "published" and stored.chunk_count == 3
    chunks = [c.index async for c in api.paginate(api.knowledge.list_chunks, article.id, limit=2)]
    assert chunks == [0, 1, 2]
    with pytest.raises(UnprocessableEntityError, match="unsupported_format"):
        await api.knowledge.ingest(file=File(payload=b"x", file_name="tool.exe"))
    big = b"x" * (10 * 1024 * 1024 + 1)
    with pytest.raises(ValueError, match="over the API's limit"):  # the SDK refuses it before sending...
        await api.knowledge.ingest(file=File(payload=big, file_name="big.txt"))
    with pytest.raises(PayloadTooLargeError):  # ...and the sandbox, as the API, answers 413 when it gets one
        await api.request("POST", "/knowledge/ingest", files={"file": ("big.txt", big, "text/plain")})


async def test_workspace_close_and_restore(api: AsyncLeadiosa) -> None:
    with pytest.raises(UnprocessableEntityError):
        await api.workspace.close(confirm="wrong name")
    status = await api.workspace.close(confirm="Sandbox Workspace", reason="testing")
    assert status.status == "scheduled_for_deletion" and status.purge_at
    with pytest.raises(ConflictError):
        await api.workspace.close(confirm="Sandbox Workspace")
    assert (await api.workspace.restore()).status == "active"
    assert (await api.workspace.restore()).status == "active"  # idempotent


async def test_audit_log_records_actions_with_filters(api: AsyncLeadiosa) -> None:
    conv = await api.conversations.create(channel="chat", contact={"email": "a@b.co"})
    await api.conversations.update(conv.id, status="closed")
    actions = [e.action async for e in api.paginate(api.audit.list)]
    assert actions[:2] == ["conversation.updated", "conversation.created"]
    updated = [e.resource_id async for e in api.paginate(api.audit.list, action="conversation.updated")]
    assert updated == [conv.id]


async def test_webhook_deliveries_are_signed_and_recorded(api: AsyncLeadiosa, sandbox: Sandbox) -> None:
    endpoint = await api.webhooks.create(url="https://hooks.example.com/x", events=["conversation.created"])
    assert endpoint.secret.startswith("whsec_")
    assert "secret" not in (await api.webhooks.list()).data[0].additional_properties
    conv = await api.conversations.create(channel="chat", contact={"email": "a@b.co"}, message="hi")
    [delivery] = sandbox.deliveries  # message.created is not subscribed
    event = json.loads(delivery.body)
    assert (event["type"], event["data"]["id"], event["id"]) == ("conversation.created", conv.id,
                                                                delivery.headers["webhook-id"])  # fmt: skip
    key = base64.b64decode(endpoint.secret.removeprefix("whsec_"))
    signed = f"{delivery.headers['webhook-id']}.{delivery.headers['webhook-timestamp']}.".encode() + delivery.body
    expected = "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    assert delivery.headers["webhook-signature"] == expected


async def test_billing_counts_ai_tokens(api: AsyncLeadiosa) -> None:
    conv = await api.conversations.create(channel="chat", contact={"email": "a@b.co"})
    await api.messages.create(conv.id, body="x" * 400, author_type="ai")
    usage = (await api.billing.get_subscription()).ai_tokens
    assert (usage.included, usage.used) == (2_000_000, 100)


async def test_reset_gives_a_fresh_workspace(api: AsyncLeadiosa, sandbox: Sandbox) -> None:
    await api.webhooks.create(url="https://hooks.example.com/x", events=["conversation.created"])
    await api.conversations.create(channel="chat", contact={"email": "a@b.co"})
    assert sandbox.deliveries
    sandbox.reset()
    assert (await api.conversations.list()).data == [] and sandbox.deliveries == []
    assert (await api.webhooks.list()).data == []


@pytest.mark.off_spec
async def test_state_shows_what_the_calls_did_and_reset_empties_it(api: AsyncLeadiosa, sandbox: Sandbox) -> None:
    """GET /_sandbox/state (for tests in other languages): every resource, secrets too; reset over HTTP."""
    import httpx

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox), base_url="http://sb") as http:
        empty = (await http.get("/_sandbox/state")).json()
        conv = await api.conversations.create(channel="chat", contact={"email": "a@b.co"})
        hook = await api.webhooks.create(url="https://hooks.example.com/x", events=["conversation.created"])
        state = (await http.get("/_sandbox/state")).json()
        assert state["conversations"][conv.id]["contact_id"] == conv.contact_id
        assert state["webhook_secrets"][hook.id].startswith("whsec_") and state["contacts"]
        assert (await http.post("/_sandbox/reset")).status_code == 204
        fresh = (await http.get("/_sandbox/state")).json()
        assert fresh.pop("workspace")["id"] == empty.pop("workspace")["id"]  # created anew (its created_at moves)
        assert fresh == empty and not fresh["conversations"] and not fresh["webhook_secrets"]


def test_every_operation_has_a_sandbox_handler() -> None:
    """A missing handler would silently serve the spec's example: a new operation must get its own."""
    from leadiosa_async._generated._operations import OPERATIONS
    from leadiosa_async.testing._handlers import HANDLERS

    assert OPERATIONS and set(OPERATIONS) == set(HANDLERS)
