"""`webhooks.asgi_app` wherever users put an ASGI app: mounted in FastAPI and Starlette under a real uvicorn on
127.0.0.1 (which send no lifespan events to a mounted app), composed into the host's lifespan, and driven with no
lifespan at all through `httpx.ASGITransport`. A delivery is answered 204 at once and handled exactly once."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
import httpx
import pytest
from fastapi import FastAPI
from starlette.applications import Starlette
from starlette.routing import Mount

from leadiosa_async.webhooks import WebhookApp, WebhookEvent, WebhookReceiver, asgi_app, sign
from leadiosa_async.webhooks import app as _webhook_app
from tests.local_server import uvicorn_serving

pytestmark = pytest.mark.off_spec  # webhook deliveries, not API requests

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def delivery(msg_id: str) -> tuple[bytes, dict[str, str]]:
    body = (
        b'{"id": "%s", "type": "contact.deleted", "timestamp": "2026-05-12T07:28:25Z", "data": {"id": "ct_1"}}'
        % msg_id.encode()
    )
    return body, sign(body, SECRET, msg_id=msg_id, timestamp=int(time.time()))


class Recorder:
    """A handler that records each event it ran for (thread-safe: uvicorn runs in a thread of the test)."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.handled: list[str] = []
        self.lock = threading.Lock()
        self.counted: tuple[int, anyio.Event] | None = None  # wake the test when this many were handled

    async def __call__(self, event: WebhookEvent) -> None:
        await anyio.sleep(self.delay)
        with self.lock:
            self.handled.append(event.id)
        if self.counted is not None and len(self.handled) >= self.counted[0]:
            self.counted[1].set()

    async def handled_at_least(self, count: int) -> None:
        self.counted = (count, anyio.Event())
        if len(self.handled) < count:
            await self.counted[1].wait()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[str]:
        deadline = time.monotonic() + timeout
        while len(self.handled) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return list(self.handled)


def fastapi_app(hooks: WebhookApp, *, compose: bool) -> FastAPI:
    if not compose:
        app = FastAPI()
    else:

        @asynccontextmanager
        async def lifespan(app: FastAPI) -> AsyncIterator[None]:
            async with hooks.running():  # the host's lifespan runs the mounted app's workers, and drains them
                yield

        app = FastAPI(lifespan=lifespan)

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    app.mount("/hooks", hooks)
    return app


def starlette_app(hooks: WebhookApp, *, compose: bool) -> Starlette:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with hooks.running():
            yield

    return Starlette(routes=[Mount("/hooks", app=hooks)], lifespan=lifespan if compose else None)


@pytest.mark.parametrize("framework", [fastapi_app, starlette_app], ids=["fastapi", "starlette"])
@pytest.mark.parametrize("compose", [False, True], ids=["mounted", "mounted-with-lifespan"])
def test_mounted_in_a_framework_a_delivery_is_answered_at_once_and_handled_once(framework: Any, compose: bool) -> None:
    handler = Recorder(delay=0.2)
    hooks = asgi_app(WebhookReceiver(SECRET), handler)
    with uvicorn_serving(framework(hooks, compose=compose)) as url:
        body, headers = delivery("msg_1")
        started = time.monotonic()
        first = httpx.post(url + "/hooks/", content=body, headers=headers, timeout=10)
        answered = time.monotonic() - started
        again = httpx.post(url + "/hooks/", content=body, headers=headers, timeout=10)  # the API redelivers
        assert (first.status_code, again.status_code) == (204, 204)
        assert answered < 0.2  # before the handler's 0.2 s: it runs in the background
        assert handler.wait_for(1) == ["msg_1"]
    assert handler.handled == ["msg_1"]  # once


@pytest.mark.parametrize("framework", [fastapi_app, starlette_app], ids=["fastapi", "starlette"])
def test_with_the_lifespan_composed_shutdown_drains_what_was_accepted(framework: Any) -> None:
    handler = Recorder(delay=0.5)
    hooks = asgi_app(WebhookReceiver(SECRET), handler)
    with uvicorn_serving(framework(hooks, compose=True)) as url:
        for i in range(3):
            body, headers = delivery(f"msg_{i}")
            assert httpx.post(url + "/hooks/", content=body, headers=headers, timeout=10).status_code == 204
        assert handler.handled == []  # still running when the server is told to stop
    assert sorted(handler.handled) == ["msg_0", "msg_1", "msg_2"]


@pytest.mark.anyio
async def test_driven_without_lifespan_events_the_workers_start_at_the_first_delivery(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """`httpx.ASGITransport` sends no lifespan: the workers start once, on the first delivery's event loop, however
    many deliveries arrive together."""
    handler = Recorder()
    hooks = asgi_app(WebhookReceiver(SECRET), handler)
    transport = httpx.ASGITransport(app=hooks)
    async with httpx.AsyncClient(transport=transport, base_url="http://hooks.test") as client:
        statuses: list[int] = []

        async def post(i: int) -> None:
            body, headers = delivery(f"msg_{i % 5}")  # 5 events, each delivered twice
            statuses.append((await client.post("/", content=body, headers=headers)).status_code)

        with caplog.at_level(logging.INFO, logger="leadiosa_async.webhooks"):
            async with anyio.create_task_group() as tg:
                for i in range(10):
                    tg.start_soon(post, i)
        with anyio.fail_after(10):
            await handler.handled_at_least(5)
    assert statuses == [204] * 10
    assert sorted(handler.handled) == [f"msg_{i}" for i in range(5)]  # each once
    started = [r for r in caplog.records if "starting them now" in r.getMessage()]
    assert len(started) == 1  # one start for the ten deliveries that arrived together


@pytest.mark.anyio
async def test_where_the_workers_cannot_start_the_first_delivery_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def cannot(*args: Any) -> None:
        raise RuntimeError("no event loop to run them on")

    monkeypatch.setattr(_webhook_app, "_spawn", cannot)
    handler = Recorder()
    hooks = asgi_app(WebhookReceiver(SECRET), handler)
    body, headers = delivery("msg_1")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=hooks), base_url="http://hooks.test") as client:
        with caplog.at_level(logging.ERROR, logger="leadiosa_async.webhooks"):
            response = await client.post("/", content=body, headers=headers)
    assert response.status_code == 500
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert "cannot start here (no event loop to run them on)" in record.getMessage()
    assert "async with webhook_app.running():" in record.getMessage()
    assert "full" not in record.getMessage()
    assert handler.handled == []


@pytest.mark.anyio
async def test_a_full_queue_answers_503_and_says_full(caplog: pytest.LogCaptureFixture) -> None:
    release = anyio.Event()

    async def stuck(event: WebhookEvent) -> None:
        await release.wait()

    hooks = asgi_app(WebhookReceiver(SECRET), stuck, workers=1, backlog=1)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=hooks), base_url="http://hooks.test") as client:
        with caplog.at_level(logging.INFO, logger="leadiosa_async.webhooks"):
            statuses = []
            for i in range(4):
                body, headers = delivery(f"msg_{i}")
                statuses.append((await client.post("/", content=body, headers=headers)).status_code)
                await anyio.sleep(0.01)  # the worker takes the first one off the queue
        release.set()
    assert statuses[:2] == [204, 204] and 503 in statuses[2:]
    rejected = [r for r in caplog.records if getattr(r, "webhook", {}).get("outcome") == "rejected"]
    assert rejected and all(r.webhook["error"] == "the queue is full" for r in rejected)  # type: ignore[attr-defined]
