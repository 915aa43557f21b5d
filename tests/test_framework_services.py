"""The FastAPI and Starlette example services (`examples/`), each run by uvicorn in its own process against the
served sandbox, which forwards its signed webhook deliveries to the service's mounted endpoint as the API would: the
routes reach the API through the app's one client, every delivery is answered 204 at once and handled once, and
the service stops on SIGTERM within 10 s (its lifespan drains the webhook queue and closes the client)."""

from __future__ import annotations

import json
import time
import urllib.request
from typing import Any

import httpx
import pytest

from benchmarks.servers import free_port, served_app, served_sandbox
from leadiosa_async import Leadiosa
from leadiosa_async.testing import OWNER_TOKEN

pytestmark = pytest.mark.off_spec  # the sandbox's control endpoints and the services' own routes


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
        return json.loads(response.read())


@pytest.mark.parametrize("module", ["fastapi_service", "starlette_service"])
def test_the_example_service_lists_conversations_and_handles_each_delivery_once(module: str) -> None:
    port = free_port()
    hooks = f"http://127.0.0.1:{port}/leadiosa/webhooks/"
    with (
        served_sandbox("--rate-limit", "0", "--forward-to", hooks) as sandbox,
        Leadiosa(OWNER_TOKEN, base_url=sandbox + "/api/v1") as client,
    ):
        api = sandbox + "/api/v1"
        endpoint = client.webhooks.create(url="https://hooks.example.com/leadiosa", events=["conversation.created"])
        assert endpoint.secret
        env = {"LEADIOSA_TOKEN": OWNER_TOKEN, "LEADIOSA_BASE_URL": api, "LEADIOSA_WEBHOOK_SECRET": endpoint.secret}
        with served_app(f"examples.{module}:create_app", port, env) as service:
            created = [
                client.conversations.create(channel="chat", contact={"email": f"svc{i}@example.com"}).id
                for i in range(3)
            ]
            listed = httpx.get(service + "/conversations", timeout=10).json()
            assert sorted(c["id"] for c in listed) == sorted(created)
            deadline = time.monotonic() + 15
            while len(events := httpx.get(service + "/events", timeout=10).json()) < 3 and time.monotonic() < deadline:
                time.sleep(0.05)
            sent = get_json(sandbox + "/_sandbox/deliveries")["data"]
    assert [d["attempts"] for d in sent] == [[204]] * 3  # answered at once, the first time
    assert sorted(e["id"] for e in events) == sorted(d["id"] for d in sent)  # each handled once
    assert {e["type"] for e in events} == {"conversation.created"}
