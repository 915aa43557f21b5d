"""A Starlette service on the SDK: the same shape as `examples/fastapi_service.py` without FastAPI — one
`AsyncLeadiosa` in the app's lifespan (on `app.state`), the webhook endpoint mounted, its workers run by that
lifespan.

    LEADIOSA_TOKEN=... LEADIOSA_WEBHOOK_SECRET=whsec_... uvicorn examples.starlette_service:create_app --factory
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from leadiosa_async import AsyncLeadiosa
from leadiosa_async.webhooks import WebhookEvent, WebhookReceiver, asgi_app


def create_app(secret: str | None = None) -> Starlette:
    handled: list[dict[str, Any]] = []

    async def on_event(event: WebhookEvent) -> None:
        handled.append({"id": event.id, "type": event.type})

    hooks = asgi_app(WebhookReceiver(secret or os.environ["LEADIOSA_WEBHOOK_SECRET"]), on_event)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with AsyncLeadiosa() as client, hooks.running():
            app.state.leadiosa = client
            yield

    async def open_conversations(request: Request) -> JSONResponse:
        client: AsyncLeadiosa = request.app.state.leadiosa
        page = await client.conversations.list(status="open", limit=20)
        return JSONResponse([{"id": c.id, "subject": c.subject or None} for c in page.data])

    async def events(request: Request) -> JSONResponse:
        return JSONResponse(handled)

    routes = [
        Route("/conversations", open_conversations),
        Route("/events", events),
        Mount("/leadiosa/webhooks", app=hooks),
    ]
    return Starlette(routes=routes, lifespan=lifespan)
