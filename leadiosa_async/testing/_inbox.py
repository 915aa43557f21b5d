"""Sandbox handlers: conversations, messages, notes and contacts."""

from __future__ import annotations

from typing import Any

from ._handlers import Ctx, check_member, get_or_404, handles, ok
from ._http import ApiError, Response


# -- conversations ----------------------------------------------------------------------------
@handles("conversations_list")
def conversations_list(ctx: Ctx) -> Response:
    q = ctx.query
    items = [
        c for c in reversed(ctx.store.conversations.values())
        if all(q.get(k) in (None, c.get(k)) for k in ("status", "assignee_id", "contact_id", "channel"))
    ]  # fmt: skip
    return ok(ctx.store.page("conversations", items, q))


@handles("conversations_create")
def conversations_create(ctx: Ctx) -> Response:
    s, b = ctx.store, ctx.body
    if ("contact_id" in b) == ("contact" in b):
        raise ApiError(422, "contact_required", "Give exactly one of contact_id and contact.")
    if "contact_id" in b:
        contact = get_or_404(s.contacts, b["contact_id"], "contact")
    else:
        contact = _find_or_create_contact(ctx, b["contact"])
    if "assignee_id" in b:
        check_member(b["assignee_id"])
    now = s.now()
    conv = {"id": s.new_id("conv"), "status": "open", "channel": b["channel"], "contact_id": contact["id"],
            "created_at": now, "updated_at": now}  # fmt: skip
    conv.update({k: b[k] for k in ("assignee_id", "subject", "tags") if k in b})
    s.conversations[conv["id"]] = conv
    s.messages[conv["id"]], s.notes[conv["id"]] = [], []
    s.changed("conversations")
    s.record("conversation.created", ctx.actor, "conversation", conv["id"])
    ctx.emit("conversation.created", conv)
    if "message" in b:
        _append_message(ctx, conv, {"body": b["message"], "direction": "inbound", "author_type": "contact"})
    return ok(conv, 201)


def _find_or_create_contact(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    s = ctx.store
    for contact in s.contacts.values():
        if contact.get("email", "").lower() == data["email"].lower():
            return contact
    now = s.now()
    contact = {"id": s.new_id("ct"), "attributes": {}, "created_at": now, "updated_at": now}
    contact.update({k: data[k] for k in ("email", "name", "phone") if k in data})
    s.contacts[contact["id"]] = contact
    s.changed("contacts")
    s.record("contact.created", ctx.actor, "contact", contact["id"])
    return contact


@handles("conversations_get")
def conversations_get(ctx: Ctx) -> Response:
    return ok(get_or_404(ctx.store.conversations, ctx.path["conversation_id"], "conversation"))


def _update_conversation(ctx: Ctx, changes: dict[str, Any]) -> Response:
    s = ctx.store
    conv = get_or_404(s.conversations, ctx.path["conversation_id"], "conversation")
    status = changes.get("status", conv["status"])
    if "assignee_id" in changes:
        if status == "closed":
            raise ApiError(409, "conversation_closed", f"Conversation {conv['id']} is closed and cannot be assigned.")
        check_member(changes["assignee_id"])
    was_closed = conv["status"] == "closed"
    conv.update(changes)
    if status == "closed" and not was_closed:
        conv["closed_at"] = s.now()
    elif status != "closed":
        conv.pop("closed_at", None)
    conv["updated_at"] = s.now()
    s.changed("conversations")
    s.record("conversation.updated", ctx.actor, "conversation", conv["id"])
    ctx.emit("conversation.updated", conv)
    if status == "closed" and not was_closed:
        ctx.emit("conversation.closed", conv)
    return ok(conv)


@handles("conversations_update")
def conversations_update(ctx: Ctx) -> Response:
    return _update_conversation(ctx, dict(ctx.body))


@handles("conversations_assign")
def conversations_assign(ctx: Ctx) -> Response:
    return _update_conversation(ctx, {"assignee_id": ctx.body["assignee_id"]})


# -- messages and notes -------------------------------------------------------------------------
@handles("messages_list")
def messages_list(ctx: Ctx) -> Response:
    conv = get_or_404(ctx.store.conversations, ctx.path["conversation_id"], "conversation")
    return ok(ctx.store.page(f"messages:{conv['id']}", ctx.store.messages[conv["id"]], ctx.query))


def _append_message(ctx: Ctx, conv: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    s = ctx.store
    author_type = data.get("author_type", "agent")
    message = {"id": s.new_id("msg"), "conversation_id": conv["id"], "direction": data.get("direction", "outbound"),
               "author_type": author_type, "body": data["body"], "created_at": s.now()}  # fmt: skip
    author = {"contact": conv["contact_id"], "agent": ctx.actor}.get(author_type)
    if author:
        message["author_id"] = author
    if author_type == "ai":
        s.ai_tokens_used += max(1, len(data["body"]) // 4)
    s.messages[conv["id"]].append(message)
    conv["updated_at"] = message["created_at"]
    s.changed(f"messages:{conv['id']}", "conversations")
    s.record("message.created", ctx.actor, "message", message["id"])
    ctx.emit("message.created", message)
    return message


@handles("messages_create")
def messages_create(ctx: Ctx) -> Response:
    conv = get_or_404(ctx.store.conversations, ctx.path["conversation_id"], "conversation")
    if conv["status"] == "closed":
        raise ApiError(409, "conversation_closed", f"Conversation {conv['id']} is closed; reopen it first.")
    return ok(_append_message(ctx, conv, ctx.body), 201)


@handles("notes_list")
def notes_list(ctx: Ctx) -> Response:
    conv = get_or_404(ctx.store.conversations, ctx.path["conversation_id"], "conversation")
    return ok(ctx.store.page(f"notes:{conv['id']}", ctx.store.notes[conv["id"]], ctx.query))


@handles("notes_create")
def notes_create(ctx: Ctx) -> Response:
    s = ctx.store
    conv = get_or_404(s.conversations, ctx.path["conversation_id"], "conversation")
    note = {"id": s.new_id("note"), "conversation_id": conv["id"], "author_id": ctx.actor,
            "body": ctx.body["body"], "created_at": s.now()}  # fmt: skip
    s.notes[conv["id"]].append(note)
    s.changed(f"notes:{conv['id']}")
    s.record("note.created", ctx.actor, "note", note["id"])
    ctx.emit("note.created", note)
    return ok(note, 201)


# -- contacts -----------------------------------------------------------------------------------
@handles("contacts_list")
def contacts_list(ctx: Ctx) -> Response:
    email = ctx.query.get("email")
    items = [c for c in reversed(ctx.store.contacts.values()) if email is None or c.get("email") == email]
    return ok(ctx.store.page("contacts", items, ctx.query))


@handles("contacts_get")
def contacts_get(ctx: Ctx) -> Response:
    return ok(get_or_404(ctx.store.contacts, ctx.path["contact_id"], "contact"))


@handles("contacts_update")
def contacts_update(ctx: Ctx) -> Response:
    s = ctx.store
    contact = get_or_404(s.contacts, ctx.path["contact_id"], "contact")
    email = ctx.body.get("email")
    if email and any(c.get("email") == email and c is not contact for c in s.contacts.values()):
        raise ApiError(409, "email_taken", f"Another contact already has the email {email}.")
    for key in ("email", "name", "phone"):
        if key in ctx.body:
            contact[key] = ctx.body[key]
    contact["attributes"].update(ctx.body.get("attributes", {}))
    contact["updated_at"] = s.now()
    s.changed("contacts")
    s.record("contact.updated", ctx.actor, "contact", contact["id"])
    ctx.emit("contact.updated", contact)
    return ok(contact)


@handles("contacts_delete")
def contacts_delete(ctx: Ctx) -> Response:
    """GDPR erasure: the contact is gone, and so is the personal data in their conversations (their
    messages' text and the subjects); the conversations stay, so the workspace's records hold together."""
    s = ctx.store
    contact = get_or_404(s.contacts, ctx.path["contact_id"], "contact")
    del s.contacts[contact["id"]]
    for conv in [c for c in s.conversations.values() if c["contact_id"] == contact["id"]]:
        conv.pop("subject", None)
        for message in s.messages[conv["id"]]:
            if message.get("author_type") == "contact":
                message["body"] = "[erased]"
        s.changed(f"messages:{conv['id']}")
    s.changed("contacts", "conversations")
    s.record("contact.deleted", ctx.actor, "contact", contact["id"])
    ctx.emit("contact.deleted", {"id": contact["id"]})
    return Response(204)
