"""Sandbox handlers: the workspace's administration: its webhook endpoints, audit log, lifecycle (get, archive status,
close, restore) and billing."""

from __future__ import annotations

import base64
import datetime
import secrets
from typing import Any

from ._handlers import Ctx, get_or_404, handles, ok, owner_only
from ._http import ApiError, Response
from ._store import Store, iso


# -- webhooks, audit ----------------------------------------------------------------------------
@handles("webhooks_list")
def webhooks_list(ctx: Ctx) -> Response:
    return ok(ctx.store.page("webhooks", list(reversed(ctx.store.webhooks.values())), ctx.query))


@handles("webhooks_create")
def webhooks_create(ctx: Ctx) -> Response:
    s, b = ctx.store, ctx.body
    endpoint = {"id": s.new_id("wh"), "url": b["url"], "events": b["events"], "created_at": s.now()}
    if "description" in b:
        endpoint["description"] = b["description"]
    s.webhooks[endpoint["id"]] = endpoint
    s.secrets[endpoint["id"]] = "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()
    s.changed("webhooks")
    s.record("webhook.created", ctx.actor, "webhook", endpoint["id"])
    return ok({**endpoint, "secret": s.secrets[endpoint["id"]]}, 201)


@handles("webhooks_delete")
def webhooks_delete(ctx: Ctx) -> Response:
    endpoint = get_or_404(ctx.store.webhooks, ctx.path["webhook_id"], "webhook")
    del ctx.store.webhooks[endpoint["id"]], ctx.store.secrets[endpoint["id"]]
    ctx.store.changed("webhooks")
    ctx.store.record("webhook.deleted", ctx.actor, "webhook", endpoint["id"])
    return Response(204)


@handles("audit_list")
def audit_list(ctx: Ctx) -> Response:
    q = ctx.query
    since, until = q.get("since"), q.get("until")
    items = [
        e for e in reversed(ctx.store.audit)
        if (since is None or _ts(e["occurred_at"]) >= since) and (until is None or _ts(e["occurred_at"]) < until)
        and q.get("actor_id") in (None, e.get("actor_id")) and q.get("action") in (None, e["action"])
    ]  # fmt: skip
    return ok(ctx.store.page("audit", items, q))


def _ts(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value)


# -- workspace, billing -------------------------------------------------------------------------
@handles("workspace_get")
def workspace_get(ctx: Ctx) -> Response:
    return ok(ctx.store.workspace)


def _archive_status(store: Store) -> dict[str, Any]:
    if store.workspace["status"] == "active" or store.closed_at is None:
        return {"status": "active"}
    purge = _ts(store.closed_at) + datetime.timedelta(days=30)
    return {"status": "scheduled_for_deletion", "closed_at": store.closed_at, "purge_at": iso(purge.timestamp())}


@handles("workspace_get_archive_status")
def workspace_get_archive_status(ctx: Ctx) -> Response:
    owner_only(ctx)
    return ok(_archive_status(ctx.store))


@handles("workspace_close")
def workspace_close(ctx: Ctx) -> Response:
    owner_only(ctx)
    s = ctx.store
    if s.workspace["status"] != "active":
        raise ApiError(409, "workspace_not_active", "The workspace is already closing.")
    if ctx.body["confirm"] != s.workspace["name"]:
        raise ApiError(422, "confirmation_mismatch", "confirm must be the workspace's name.")
    s.workspace["status"], s.closed_at = "closing", s.now()
    s.record("workspace.closed", ctx.actor, "workspace", s.workspace["id"])
    return ok(_archive_status(s))


@handles("workspace_restore")
def workspace_restore(ctx: Ctx) -> Response:
    owner_only(ctx)
    s = ctx.store
    if s.workspace["status"] != "closing":
        return ok(s.workspace)  # already active: restoring is idempotent
    s.workspace["status"], s.closed_at = "active", None
    s.record("workspace.restored", ctx.actor, "workspace", s.workspace["id"])
    return ok(s.workspace)


@handles("billing_get_subscription")
def billing_get_subscription(ctx: Ctx) -> Response:
    start = _ts(ctx.store.workspace["created_at"])
    return ok({"plan": "growth", "billing_cycle": "monthly", "status": "active",
               "current_period_start": iso(start.timestamp()),
               "current_period_end": iso((start + datetime.timedelta(days=30)).timestamp()),
               "ai_tokens": {"included": 2_000_000, "used": ctx.store.ai_tokens_used}})  # fmt: skip
