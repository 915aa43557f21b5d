"""`webhooks.asgi_app(receiver, handler)`: an ASGI app (no web framework needed; mountable in Starlette or FastAPI)
that verifies each delivery, deduplicates it, answers 2xx within milliseconds and runs the handler afterwards in a
bounded background task group.

- 204: accepted (or a duplicate); 400: refused by verification (the reason is logged, never the secret); 503: the
  queue is full, or the durable queue's Redis is down — the API delivers it again later; 500: the workers cannot
  run here (logged at ERROR, naming the fix); 405/413: not a webhook delivery.
- Its workers run from the ASGI lifespan when the server sends one to this app (uvicorn serving it directly), from
  `async with app.running():` in the host app's own lifespan (the way to mount it in Starlette or FastAPI, which
  pass no lifespan events to a mounted app), and otherwise start by themselves at the first delivery, on that
  delivery's event loop (a mount without the lifespan composition, `httpx.ASGITransport` in tests).
- Shutdown drains the queue, up to `drain_timeout` seconds, when the workers run from a lifespan (the app's own, or
  the host's through `running()`). Workers that started by themselves stop with their event loop, and deliveries
  accepted but not yet handled are then lost, as in a crash.
- The queue is in memory by default: a hard kill (SIGKILL, a crash) loses the deliveries accepted but not yet
  handled — the API will not redeliver them, since it got its 2xx. `queue=RedisStreamQueue(redis)` makes it durable:
  each delivery is in a Redis Stream before the 2xx, and survives a crash or a restart (`durable_queue.py`).
- An event log: one structured record per delivery on the `leadiosa_async.webhooks` logger (id, type, timestamp,
  verified or the reason it was refused, accepted / duplicate / handled / failed / rejected, duration) and, with
  `log_file=`, one JSON line per record. The payload only with `log_payloads=True`; never the secret.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, MutableMapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from .._exceptions import WebhookVerificationError
from .._generated.webhook_events import parse_event

if TYPE_CHECKING:
    from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

    from .._generated.webhook_events import WebhookEvent
    from .durable_queue import RedisStreamQueue
    from .receiver import Handler, WebhookReceiver

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
        self.queue = queue  # durable: accepted deliveries survive a crash (see durable_queue.py)
        self._send: MemoryObjectSendStream[tuple[WebhookEvent, bytes]] | None = None
        self._loop: object | None = None  # the event loop the workers run on (None: not running)
        self._starting: anyio.Event | None = None  # workers starting by themselves on first use
        self._detached: set[asyncio.Task[None]] = set()  # a strong reference to asyncio's self-started runner

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """The background workers, for as long as the block lasts; leaving drains (up to `drain_timeout`). The ASGI
        lifespan does this when the server sends one to this app; a host app that mounts it (Starlette, FastAPI)
        enters it in its own lifespan: `async with webhook_app.running(): yield`."""
        loop = _current_loop()
        if self.queue is not None:  # durable: what is not handled stays in the stream for the next start
            async with anyio.create_task_group() as tg:
                for _ in range(self.workers):
                    tg.start_soon(self._work_durably, self.queue)
                self._loop = loop
                try:
                    yield
                finally:
                    if self._loop is loop:
                        self._loop = None
                    tg.cancel_scope.cancel()
            return
        send, receive = anyio.create_memory_object_stream[tuple["WebhookEvent", bytes]](self.backlog)
        async with anyio.create_task_group() as tg:
            for _ in range(self.workers):
                tg.start_soon(self._work, receive.clone())
            receive.close()
            self._send, self._loop = send, loop
            try:
                yield
            finally:
                if self._send is send:  # (workers started since on another event loop are not ours to stop)
                    self._send = self._loop = None
                send.close()  # the workers finish what was queued, then stop; the task group waits for them
                tg.cancel_scope.deadline = anyio.current_time() + self.drain_timeout

    async def _ensure_running(self) -> bool:
        """True once workers run on this event loop: those of a lifespan, or started here now, once for all the
        deliveries that arrive together. False (logged at ERROR) when they cannot be started here."""
        loop = _current_loop()
        if self._loop is loop:
            return True
        if self._starting is None:
            self._starting = started = anyio.Event()
            try:
                _spawn(self._run_by_itself, started, self._detached, loop)
            except RuntimeError as exc:
                self._starting = None
                logger.error(
                    "webhook app: its workers are not running and cannot start here (%s): serve it with ASGI lifespan "
                    "events, or enter `async with webhook_app.running():` in your app's lifespan",
                    exc,
                )
                return False
            logger.info("webhook app: no lifespan started its workers; starting them now, on this event loop")
        await self._starting.wait()
        return self._loop is loop

    async def _run_by_itself(self, started: anyio.Event) -> None:
        """The workers, started at the first delivery; they stop with their event loop (no drain)."""
        try:
            async with self.running():
                started.set()
                self._starting = None
                await anyio.sleep_forever()
        except Exception:  # a trio system task must not raise, and asyncio would only log it when collected
            logger.exception("webhook app: the workers stopped")
        finally:
            if self._starting is started:
                self._starting = None
            started.set()

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
        if not await self._ensure_running():
            return 500
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
                except Exception as exc:  # Redis is down: 503, the API delivers again
                    raise anyio.WouldBlock(f"the durable queue could not store it: {exc!r}") from exc
                return
            if self._send is None:  # stopped since _ensure_running (a shutdown): nothing would handle it
                raise anyio.WouldBlock("the app is shutting down")
            try:
                self._send.send_nowait((event, body))
            except anyio.WouldBlock:  # the claim is released, we answer 503
                raise anyio.WouldBlock("the queue is full") from None

        try:
            event = await self.receiver.receive(body, headers, enqueue)
        except WebhookVerificationError as exc:
            self._record(msg_id, None, "refused", started, body, error=str(exc))
            return 400
        except anyio.WouldBlock as exc:
            self._record(msg_id, None, "rejected", started, body, error=str(exc))
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


def _current_loop() -> object:
    """The running event loop: asyncio's loop, or trio's token for the running run."""
    if "trio" in sys.modules:
        import trio

        try:
            return trio.lowlevel.current_trio_token()
        except RuntimeError:  # not in trio: asyncio, below
            pass
    return asyncio.get_running_loop()


def _spawn(
    fn: Callable[[anyio.Event], Coroutine[Any, Any, None]],
    started: anyio.Event,
    keep: set[asyncio.Task[None]],
    loop: object,
) -> None:
    """Run `fn(started)` in the background of `loop` (`_current_loop()`), past the request that starts it: a task of
    asyncio's loop (kept in `keep` until it ends), or a trio system task."""
    if not isinstance(loop, asyncio.AbstractEventLoop):  # trio's token
        import trio

        trio.lowlevel.spawn_system_task(fn, started, name="leadiosa webhook workers")
        return
    task = loop.create_task(fn(started))
    keep.add(task)
    task.add_done_callback(keep.discard)


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
