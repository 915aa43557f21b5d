"""webhooks.asgi_app under a real ASGI server (uvicorn on 127.0.0.1), fed the sandbox's signed deliveries: fast
answers, dedupe, 400 and 503, an event log, and a shutdown that drains the queue."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from benchmarks.servers import free_port
from leadiosa_async.testing import Delivery, Sandbox
from leadiosa_async.webhooks import WebhookApp, WebhookEvent, WebhookReceiver, asgi_app
from tests.local_server import uvicorn_serving

pytestmark = pytest.mark.off_spec  # webhook deliveries, not API requests


@contextmanager
def serving(app: WebhookApp) -> Iterator[str]:
    with uvicorn_serving(app) as url:
        yield url + "/leadiosa/webhooks"


def deliveries(count: int) -> tuple[str, list[Delivery]]:
    sandbox = Sandbox()

    async def make() -> str:
        async with sandbox.client() as client:
            endpoint = await client.webhooks.create(url="https://h.example/x", events=["conversation.created"])
            for i in range(count):
                await client.conversations.create(channel="chat", contact={"email": f"w{i}@b.co"})
        assert endpoint.secret is not None
        return endpoint.secret

    secret = anyio.run(make)
    return secret, list(sandbox.deliveries)


def test_answers_at_once_dedupes_logs_and_drains_on_shutdown(tmp_path: Path) -> None:
    secret, sent = deliveries(6)
    handled: list[str] = []

    async def slow_handler(event: WebhookEvent) -> None:
        await anyio.sleep(0.2)
        handled.append(event.id)

    log = tmp_path / "webhooks.jsonl"
    app = asgi_app(WebhookReceiver(secret), slow_handler, workers=2, log_file=log)
    with serving(app) as url:
        timings = []
        for delivery in sent:
            started = time.monotonic()
            assert httpx.post(url, content=delivery.body, headers=delivery.headers).status_code == 204
            timings.append(time.monotonic() - started)
        assert httpx.post(url, content=sent[0].body, headers=sent[0].headers).status_code == 204  # a duplicate
        forged = {**sent[1].headers, "webhook-signature": "v1,AAAA"}
        assert httpx.post(url, content=sent[1].body, headers=forged).status_code == 400
        assert max(timings) < 0.2  # answered before the handler (0.2 s) ran
    # the server has stopped: its shutdown waited for the queue to drain
    assert sorted(handled) == sorted(json.loads(d.body)["id"] for d in sent)
    records = [json.loads(line) for line in log.read_text().splitlines()]
    outcomes = [r["outcome"] for r in records]
    assert outcomes.count("accepted") == 6 and outcomes.count("handled") == 6
    assert outcomes.count("duplicate") == 1 and outcomes.count("refused") == 1
    assert secret not in log.read_text() and all("payload" not in r for r in records)


def test_a_full_queue_answers_503_so_the_api_redelivers() -> None:
    secret, sent = deliveries(5)
    release = threading.Event()

    async def stuck(event: WebhookEvent) -> None:
        await anyio.to_thread.run_sync(release.wait, 10)

    receiver = WebhookReceiver(secret)
    app = asgi_app(receiver, stuck, workers=1, backlog=1)
    with serving(app) as url:
        statuses = [httpx.post(url, content=d.body, headers=d.headers).status_code for d in sent]
        release.set()
    assert statuses[:2] == [204, 204] and 503 in statuses  # one handled, one queued, then full
    rejected = sent[statuses.index(503)]
    with serving(asgi_app(receiver, stuck)) as url:  # same dedupe store: the 503 released its claim
        assert httpx.post(url, content=rejected.body, headers=rejected.headers).status_code == 204


def test_durable_mode_keeps_accepted_deliveries_across_a_hard_kill() -> None:
    """Accepted (204) by a receiver that is then SIGKILLed before handling them: the next one handles each once."""
    import redis

    from benchmarks.servers import _process, redis_server
    from tests.test_webhooks_redis import signed

    def serve(slow: bool) -> tuple[int, Any]:
        port = free_port()
        env = {**os.environ, "REDIS_URL": redis_url, "DURABLE_SLOW": "1" if slow else "0"}
        command = [sys.executable, "-m", "uvicorn", "tests.durable_app:app", "--port", str(port)]
        return port, _process(command, "Uvicorn running on", env=env)

    with redis_server() as redis_url:
        _durable_run(serve, redis.Redis.from_url(redis_url), signed)


def _durable_run(serve: Any, sync: Any, signed: Any) -> None:
    ids = [f"msg_d{i}" for i in range(3)]
    port, first = serve(slow=True)
    with first as process:
        for msg_id in ids:
            payload, headers = signed(msg_id)
            response = httpx.post(f"http://127.0.0.1:{port}/hooks", content=payload, headers=headers, timeout=10)
            assert response.status_code == 204
        process.send_signal(signal.SIGKILL)  # accepted, not handled: a crash
    assert sync.llen("test:durable:handled") == 0
    port, second = serve(slow=False)
    with second:
        deadline = time.monotonic() + 15
        while sync.llen("test:durable:handled") < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.6)  # longer than min_idle: a second handling would show now
    handled = sorted(item.decode() for item in sync.lrange("test:durable:handled", 0, -1))
    assert handled == ids and sync.xlen("leadiosa:wh:queue") == 0
    sync.close()
