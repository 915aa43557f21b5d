"""Sandbox handlers: the knowledge base (articles, their chunks, and ingesting a file)."""

from __future__ import annotations

from typing import Any

from ._handlers import Ctx, get_or_404, handles, ok
from ._http import ApiError, Response

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
