"""A FastAPI service on the SDK: one `AsyncLeadiosa` for the app, opened and closed by the app's lifespan and handed
to routes by a dependency, and the webhook endpoint mounted, its workers run (and drained) by the same lifespan.

    LEADIOSA_TOKEN=... LEADIOSA_WEBHOOK_SECRET=whsec_... uvicorn examples.fastapi_service:create_app --factory

Register `https://<your host>/leadiosa/webhooks/` with `client.webhooks.create(...)` (a mounted app's path ends
with a slash; Starlette redirects the bare one, and the API does not follow redirects). Try it against the sandbox:
`python -m leadiosa_async.testing --port 8000 --deliver` sends the sandbox's signed deliveries to endpoints on this
machine, and `LEADIOSA_BASE_URL=http://127.0.0.1:8000/api/v1` points the client at it.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request

from leadiosa_async import AsyncLeadiosa
from leadiosa_async.webhooks import WebhookEvent, WebhookReceiver, asgi_app


def leadiosa(request: Request) -> AsyncLeadiosa:
    """The app's client (a dependency): one connection pool and one rate-limit budget for every request."""
    client: AsyncLeadiosa = request.app.state.leadiosa
    return client


Client = Annotated[AsyncLeadiosa, Depends(leadiosa)]


def create_app(secret: str | None = None) -> FastAPI:
    handled: list[dict[str, Any]] = []  # a real service would write to its database here

    async def on_event(event: WebhookEvent) -> None:
        handled.append({"id": event.id, "type": event.type})

    hooks = asgi_app(WebhookReceiver(secret or os.environ["LEADIOSA_WEBHOOK_SECRET"]), on_event)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncLeadiosa() as client, hooks.running():  # token and base URL from the environment
            app.state.leadiosa = client
            yield  # leaving: the webhook queue drains, then the client closes

    app = FastAPI(lifespan=lifespan)
    app.mount("/leadiosa/webhooks", hooks)

    @app.get("/conversations")
    async def open_conversations(client: Client) -> list[dict[str, Any]]:
        page = await client.conversations.list(status="open", limit=20)
        return [{"id": c.id, "subject": c.subject or None} for c in page.data]

    @app.get("/events")
    async def events() -> list[dict[str, Any]]:
        return handled

    return app
