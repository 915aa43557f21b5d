"""A minimal ASGI webhook receiver: verify, deduplicate, answer 2xx at once, process in the background.

    LEADIOSA_WEBHOOK_SECRET=whsec_... uvicorn examples.webhook_receiver:app --port 9000

Register https://<your host>/leadiosa/webhooks with `client.webhooks.create(...)` and keep the
secret it returns. Leadiosa redelivers anything not answered with a 2xx, so: a bad signature gets
400 (never retried usefully), a full queue gets 503 (retried later), a duplicate gets 204 again.
Events are processed after the answer, by a worker the app's lifespan owns. Processing here is
in-memory: an event whose processing fails is logged, not redelivered; use a durable queue for that.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from typing import Any

import anyio
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from leadiosa_async.webhooks import WebhookEvent, WebhookReceiver, WebhookVerificationError

logger = logging.getLogger("webhook_receiver")
Message = MutableMapping[str, Any]
MAX_BODY = 1024 * 1024


class WebhookApp:
    def __init__(self, secret: str, process: Callable[[WebhookEvent], Awaitable[object]], backlog: int = 1000) -> None:
        self.receiver = WebhookReceiver(secret)
        self.process = process
        self.backlog = backlog
        self._send: MemoryObjectSendStream[WebhookEvent] | None = None

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Run the background worker for as long as the block lasts (the app's lifespan does this)."""
        send, receive = anyio.create_memory_object_stream[WebhookEvent](self.backlog)
        async with send, receive, anyio.create_task_group() as tg:
            tg.start_soon(self._worker, receive)
            self._send = send
            try:
                yield
            finally:
                self._send = None
                tg.cancel_scope.cancel()

    async def _worker(self, events: MemoryObjectReceiveStream[WebhookEvent]) -> None:
        async for event in events:
            try:
                await self.process(event)
            except Exception:
                logger.exception("processing %s %s failed", event.type, event.id)

    async def _enqueue(self, event: WebhookEvent) -> None:
        if self._send is None:  # not running: no worker would ever see it
            raise anyio.WouldBlock
        self._send.send_nowait(event)  # raises WouldBlock when full: the claim is released, we answer 503

    async def __call__(self, scope: Message, receive: Callable[[], Awaitable[Message]], send: Any) -> None:
        if scope["type"] == "lifespan":
            async with self.running():
                await receive()
                await send({"type": "lifespan.startup.complete"})
                await receive()
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        status = await self._handle(scope, receive)
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})

    async def _handle(self, scope: Message, receive: Callable[[], Awaitable[Message]]) -> int:
        if scope["method"] != "POST":
            return 405
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if len(body) > MAX_BODY:
                return 413
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            event = await self.receiver.receive(body, headers, self._enqueue)
        except WebhookVerificationError as exc:
            logger.warning("refused a delivery: %s", exc)
            return 400
        except anyio.WouldBlock:
            return 503
        if event is None:
            logger.info("duplicate delivery %s ignored", headers.get("webhook-id"))
        return 204


async def log_event(event: WebhookEvent) -> None:
    logger.info("event %s %s: %s", event.type, event.id, event.data)


def create_app() -> WebhookApp | None:
    secret = os.environ.get("LEADIOSA_WEBHOOK_SECRET")
    return WebhookApp(secret, log_event) if secret else None


app = create_app()
