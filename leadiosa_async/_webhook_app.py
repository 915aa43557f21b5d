"""`webhooks.asgi_app(receiver, handler)`: an ASGI app (no web framework needed; mountable in Starlette or FastAPI)
that verifies each delivery, deduplicates it, answers 2xx within milliseconds and runs the handler afterwards in a
bounded background task group.

- 204: accepted (or a duplicate); 400: refused by verification (the reason is logged, never the secret); 503: the
  queue is full — the API delivers it again later; 405/413: not a webhook delivery.
- Shutdown (the ASGI lifespan) drains the queue: accepted deliveries are handled before the app stops, for up to
  `drain_timeout` seconds.
- The queue is in memory by default: a hard kill (SIGKILL, a crash) loses the deliveries accepted but not yet
  handled — the API will not redeliver them, since it got its 2xx. `queue=RedisStreamQueue(redis)` makes it durable:
  each delivery is in a Redis Stream before the 2xx, and survives a crash or a restart (`_webhook_durable.py`).
- An event log: one structured record per delivery on the `leadiosa_async.webhooks` logger (id, type, timestamp,
  verified or the reason it was refused, accepted / duplicate / handled / failed / rejected, duration) and, with
  `log_file=`, one JSON line per record. The payload only with `log_payloads=True`; never the secret.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from ._exceptions import WebhookVerificationError
from ._generated.webhook_events import parse_event

if TYPE_CHECKING:
    from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

    from ._webhook_durable import RedisStreamQueue
    from .webhooks import Handler, WebhookEvent, WebhookReceiver

logger = logging.getLogger("leadiosa_async.webhooks")
Message = MutableMapping[str, Any]
MAX_BODY = 1024 * 1024


class WebhookApp:
    """The ASGI app `asgi_app()` returns: 204 once a delivery is verified and queued (or is a duplicate), 400
    when verification refuses it, 503 when the queue is full; the handler runs afterwards, in the background.

    Args:
        receiver: Verifies and deduplicates (`WebhookReceiver`).
        handler: An async function taking the typed event.
        backlog: Deliveries accepted but not yet handled, at most (in memory); more get 503.
        workers: Handlers running at once.
        drain_timeout: Seconds shutdown waits for accepted deliveries to be handled.
        log_file: Also write the event log here, one JSON line per record.
        log_payloads: Put each delivery's payload in the event log (never the secret).
        queue: `RedisStreamQueue` to keep accepted deliveries in Redis, surviving a crash or restart.
    """

    def __init__(
        self,
        receiver: WebhookReceiver,
        handler: Handler,
        *,
        backlog: int = 1000,
        workers: int = 4,
        drain_timeout: float = 30.0,
        log_file: str | Path | None = None,
        log_payloads: bool = False,
        queue: RedisStreamQueue | None = None,
    ) -> None:
        if backlog < 1 or workers < 1:
            raise ValueError("backlog and workers must be at least 1")
        self.receiver, self.handler = receiver, handler
        self.backlog, self.workers, self.drain_timeout = backlog, workers, drain_timeout
        self.log_file = Path(log_file) if log_file is not None else None
        self.log_payloads = log_payloads
        self.queue = queue  # durable: accepted deliveries survive a crash (see _webhook_durable.py)
        self._send: MemoryObjectSendStream[tuple[WebhookEvent, bytes]] | None = None

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """The background workers, for as long as the block lasts (the ASGI lifespan does this); leaving
        drains."""
        if self.queue is not None:  # durable: what is not handled stays in the stream for the next start
            async with anyio.create_task_group() as tg:
                for _ in range(self.workers):
                    tg.start_soon(self._work_durably, self.queue)
                try:
                    yield
                finally:
                    tg.cancel_scope.cancel()
            return
        send, receive = anyio.create_memory_object_stream[tuple["WebhookEvent", bytes]](self.backlog)
        async with anyio.create_task_group() as tg:
            for _ in range(self.workers):
                tg.start_soon(self._work, receive.clone())
            receive.close()
            self._send = send
            try:
                yield
            finally:
                self._send = None
                send.close()  # the workers finish what was queued, then stop; the task group waits for them
                tg.cancel_scope.deadline = anyio.current_time() + self.drain_timeout

    async def _work(self, events: MemoryObjectReceiveStream[tuple[WebhookEvent, bytes]]) -> None:
        async with events:
            async for event, body in events:
                started = time.monotonic()
                try:
                    await self.handler(event)
                except Exception as exc:
                    self._record(event.id, event.type, "failed", started, body, error=repr(exc))
                    logger.exception("webhook %s %s: the handler failed", event.type, event.id)
                else:
                    self._record(event.id, event.type, "handled", started, body)

    async def _work_durably(self, queue: RedisStreamQueue) -> None:
        while True:
            try:
                item = await queue.get()
            except Exception:
                logger.exception("webhook queue: reading the stream failed; trying again")
                await anyio.sleep(1)
                continue
            if item is None:
                continue
            entry_id, body = item
            event = parse_event(json.loads(body))
            started = time.monotonic()
            try:
                await self.handler(event)
            except Exception as exc:  # left pending: claimed again after the queue's min_idle
                self._record(event.id, event.type, "failed", started, body, error=repr(exc))
                logger.exception("webhook %s %s: the handler failed (it will be retried)", event.type, event.id)
                continue
            await queue.ack(entry_id)
            self._record(event.id, event.type, "handled", started, body)

    async def __call__(self, scope: Message, receive: Callable[[], Awaitable[Message]], send: Any) -> None:
        if scope["type"] == "lifespan":
            await receive()  # startup
            async with self.running():
                await send({"type": "lifespan.startup.complete"})
                await receive()  # shutdown
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
        started = time.monotonic()
        msg_id = headers.get("webhook-id", "")

        async def enqueue(event: WebhookEvent) -> None:
            if self.queue is not None:
                try:
                    await self.queue.put(body, headers)  # stored before the 2xx goes out
                except Exception as exc:
                    raise anyio.WouldBlock from exc  # Redis is down: 503, the API delivers again
                return
            if self._send is None:
                raise anyio.WouldBlock  # not running: nothing would handle it
            self._send.send_nowait((event, body))  # WouldBlock when full: the claim is released, we answer 503

        try:
            event = await self.receiver.receive(body, headers, enqueue)
        except WebhookVerificationError as exc:
            self._record(msg_id, None, "refused", started, body, error=str(exc))
            return 400
        except anyio.WouldBlock:
            self._record(msg_id, None, "rejected", started, body, error="the queue is full")
            return 503
        self._record(msg_id, event.type if event else None, "accepted" if event else "duplicate", started, body)
        return 204

    def _record(
        self, msg_id: str, event_type: str | None, outcome: str, started: float, body: bytes, error: str | None = None
    ) -> None:
        record: dict[str, Any] = {
            "id": msg_id, "type": event_type, "at": time.time(), "outcome": outcome,
            "verified": outcome not in ("refused",), "duration_ms": round((time.monotonic() - started) * 1000, 3),
        }  # fmt: skip
        if error is not None:
            record["error"] = error
        if self.log_payloads:
            record["payload"] = body.decode("utf-8", "replace")
        logger.info("webhook %s %s: %s", record["type"], msg_id, outcome, extra={"webhook": record})
        if self.log_file is not None:
            with self.log_file.open("a", encoding="utf-8") as sink:
                sink.write(json.dumps(record) + "\n")


def asgi_app(receiver: WebhookReceiver, handler: Handler, **options: Any) -> WebhookApp:
    """The webhook endpoint as an ASGI app (mount it in Starlette or FastAPI, or serve it with uvicorn).

    Args:
        receiver: Verifies and deduplicates (`WebhookReceiver`).
        handler: An async function taking the typed event.
        **options: `WebhookApp`'s options: `backlog`, `workers`, `drain_timeout`, `log_file`, `log_payloads`,
            `queue`.

    Returns:
        The app: 204 accepted or duplicate, 400 refused, 503 full, handled in the background.
    """
    return WebhookApp(receiver, handler, **options)
