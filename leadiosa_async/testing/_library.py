"""Sandbox handlers: knowledge, webhooks, audit, workspace and billing."""

from __future__ import annotations

import base64
import datetime
import secrets
from typing import Any

from ._handlers import Ctx, get_or_404, handles, ok, owner_only
from ._http import ApiError, Response
from ._store import Store, iso

INGEST_LIMIT = 10 * 1024 * 1024
INGEST_FORMATS = (".md", ".txt", ".html", ".pdf")
CHUNK_WORDS = 50


# -- knowledge ----------------------------------------------------------------------------------
@handles("knowledge_list_articles")
def knowledge_list_articles(ctx: Ctx) -> Response:
    status = ctx.query.get("status")
    items = sorted(ctx.store.articles.values(), key=lambda a: a["updated_at"], reverse=True)
    return ok(ctx.store.page("articles", [a for a in items if status in (None, a["status"])], ctx.query))


def _save_article(ctx: Ctx, article: dict[str, Any], text: str) -> None:
    s = ctx.store
    words = text.split()
    pieces = [" ".join(words[i : i + CHUNK_WORDS]) for i in range(0, len(words), CHUNK_WORDS)] or [""]
    s.chunks[article["id"]] = [
        {"id": f"chk_{article['id']}_{i}", "article_id": article["id"], "index": i, "text": piece,
         "token_count": len(piece.split())}
        for i, piece in enumerate(pieces)
    ]  # fmt: skip
    article["chunk_count"] = len(pieces)
    article["updated_at"] = s.now()
    s.articles[article["id"]] = article
    s.changed("articles", f"chunks:{article['id']}")


@handles("knowledge_create_article")
def knowledge_create_article(ctx: Ctx) -> Response:
    s, b = ctx.store, ctx.body
    article = {"id": s.new_id("art"), "title": b["title"], "body": b["body"], "status": b.get("status", "draft"),
               "source": "manual", "chunk_count": 0, "created_at": s.now()}  # fmt: skip
    _save_article(ctx, article, b["body"])
    s.record("knowledge.article.created", ctx.actor, "article", article["id"])
    return ok(article, 201)


@handles("knowledge_get_article")
def knowledge_get_article(ctx: Ctx) -> Response:
    return ok(get_or_404(ctx.store.articles, ctx.path["article_id"], "article"))


@handles("knowledge_update_article")
def knowledge_update_article(ctx: Ctx) -> Response:
    article = get_or_404(ctx.store.articles, ctx.path["article_id"], "article")
    article.update({k: ctx.body[k] for k in ("title", "body", "status") if k in ctx.body})
    _save_article(ctx, article, article.get("body", ""))
    ctx.store.record("knowledge.article.updated", ctx.actor, "article", article["id"])
    return ok(article)


@handles("knowledge_delete_article")
def knowledge_delete_article(ctx: Ctx) -> Response:
    article = get_or_404(ctx.store.articles, ctx.path["article_id"], "article")
    del ctx.store.articles[article["id"]], ctx.store.chunks[article["id"]]
    ctx.store.changed("articles", f"chunks:{article['id']}")
    ctx.store.record("knowledge.article.deleted", ctx.actor, "article", article["id"])
    return Response(204)


@handles("knowledge_list_chunks")
def knowledge_list_chunks(ctx: Ctx) -> Response:
    article = get_or_404(ctx.store.articles, ctx.path["article_id"], "article")
    return ok(ctx.store.page(f"chunks:{article['id']}", ctx.store.chunks[article["id"]], ctx.query))


@handles("knowledge_ingest")
def knowledge_ingest(ctx: Ctx) -> Response:
    s = ctx.store
    filename, content = ctx.body["file"]
    if len(content) > INGEST_LIMIT:
        raise ApiError(413, "payload_too_large", "The uploaded file exceeds the 10 MiB limit.")
    if not filename or not filename.lower().endswith(INGEST_FORMATS):
        raise ApiError(422, "unsupported_format", f"file must be one of {', '.join(INGEST_FORMATS)}.")
    title = ctx.body.get("title", (None, filename.encode()))[1].decode("utf-8", "replace")[:300] or filename
    text = content.decode("utf-8", "replace")
    article = {"id": s.new_id("art"), "title": title, "body": text, "status": "processing", "source": "upload",
               "chunk_count": 0, "created_at": s.now(), "updated_at": s.now()}  # fmt: skip
    response = ok(dict(article), 202)
    article["status"] = "published"  # the sandbox "processes" at once; the 202 shows the state at upload
    _save_article(ctx, article, text)
    s.record("knowledge.article.ingested", ctx.actor, "article", article["id"])
    ctx.emit("knowledge.article.ingested", article)
    return response


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
